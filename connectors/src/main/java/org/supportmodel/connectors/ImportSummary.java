package org.supportmodel.connectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.history.HistoryProblem;
import org.supportmodel.sla.history.Repair;
import org.supportmodel.sla.history.RepairMode;

/**
 * What an import read, in figures: every data row is used, merged or discarded, so {@code rows ==
 * used + merged + discarded}. Lists every problem (strict mode: anything a repair would change;
 * repair mode: what no repair settles), rows that name no ticket, and labels the mapping does not
 * know, with how often each occurs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file or stream name
 * @param mode strict or repair
 * @param rows the data rows read (the header and blank lines excluded)
 * @param tickets the tickets read
 * @param evaluable the tickets that can be evaluated
 * @param used rows that gave an event or assignment
 * @param merged rows that repeated what was known or lasted no time
 * @param discarded rows left out, each with its reason
 * @param repairs the repairs made
 * @param problems every problem, in file order of the tickets
 * @param unattributed rows without a usable ticket id, as "line N: reason"
 * @param afterClose rows of a ticket handed over already by {@link ExportReader#stream}, discarded
 *     as after its close (repair mode; strict mode lists them as problems)
 * @param unmapped labels the mapping does not know, by column, with their counts
 */
public record ImportSummary(
    String source,
    RepairMode mode,
    long rows,
    long tickets,
    long evaluable,
    long used,
    long merged,
    long discarded,
    long repairs,
    List<HistoryProblem> problems,
    List<String> unattributed,
    List<Repair> afterClose,
    Map<String, Map<String, Long>> unmapped) {

  /**
   * Copies and checks the figures.
   *
   * @throws IllegalArgumentException if the rows do not add up
   */
  public ImportSummary {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(unattributed, "unattributed");
    Objects.requireNonNull(afterClose, "afterClose");
    Objects.requireNonNull(unmapped, "unmapped");
    Objects.requireNonNull(mode, "mode");
    problems = List.copyOf(problems);
    unattributed = List.copyOf(unattributed);
    afterClose = List.copyOf(afterClose);
    Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
    unmapped.forEach((column, labels) -> copy.put(column, Collections.unmodifiableMap(new LinkedHashMap<>(labels))));
    unmapped = Collections.unmodifiableMap(copy);
    Checks.check(rows == used + merged + discarded, "rows", rows, "must equal used + merged + discarded (" + used + " + " + merged + " + " + discarded + ")");
    Checks.check(evaluable <= tickets, "evaluable", evaluable, "must not exceed the tickets (" + tickets + ")");
  }

  /**
   * Whether everything read can be evaluated: no problem, and in strict mode no row without a
   * ticket id.
   *
   * @return true if nothing stops the evaluation
   */
  public boolean clean() {
    return problems.isEmpty() && (mode == RepairMode.REPAIR || unattributed.isEmpty());
  }

  /**
   * The summary in one line.
   *
   * @return such as "Read 1,000 rows for 120 tickets from export.csv: 310 used, 650 merged, 40 discarded; 52 repairs"
   */
  public String line() {
    return String.format(Locale.ROOT, "Read %,d rows for %,d tickets from %s (%s mode): %,d used, %,d merged, %,d discarded; %,d repairs",
        rows, tickets, source, mode.name().toLowerCase(Locale.ROOT), used, merged, discarded, repairs)
        + (problems.isEmpty() ? "" : String.format(Locale.ROOT, "; %,d problems", problems.size()))
        + (evaluable == tickets ? "" : String.format(Locale.ROOT, "; %,d tickets not evaluable", tickets - evaluable));
  }
}

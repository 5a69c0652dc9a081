package org.supportmodel.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.core.SlaVerdict;
import org.supportmodel.core.internal.Checks;

/**
 * The share of SLA targets met over a period, per priority and metric, with the tickets that
 * missed.
 *
 * <p>Cycles count by {@link SlaOutcome#countsIn(SlaVerdict, Instant, Instant, Instant, boolean)},
 * the rule every count of met and missed targets uses: a met cycle in the period in which it
 * ended; a missed cycle in the period of its breach (not of its late end), and again in every later
 * period that began while the ticket was still unresolved. Cycles still open within target are not
 * counted. Immutable and thread-safe.
 *
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 * @param rows one row per priority and metric, in priority then metric order
 */
public record Attainment(Instant from, Instant to, List<Row> rows) {

  /**
   * The attainment of one priority and metric.
   *
   * @param priority the priority
   * @param metric the metric
   * @param met how many cycles met the target
   * @param missed how many missed it (met late or breached)
   * @param missedBy the tickets that missed, each once, in the order met
   */
  public record Row(Priority priority, SlaMetric metric, int met, int missed, List<RequestId> missedBy) {
    /**
     * Copies the list and checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Row {
      Objects.requireNonNull(priority, "priority");
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(missedBy, "missedBy");
      missedBy = List.copyOf(missedBy);
      Checks.nonNegative(met, "met");
      Checks.nonNegative(missed, "missed");
    }

    /**
     * The share met.
     *
     * @return met / (met + missed), or empty if nothing was counted
     */
    public Optional<Double> share() {
      int total = met + missed;
      return total == 0 ? Optional.empty() : Optional.of((double) met / total);
    }
  }

  /**
   * Copies the list and checks the period and the rows.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or the rows are not one
   *     per priority and metric in priority then metric order
   */
  public Attainment {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rows, "rows");
    rows = List.copyOf(rows);
    Checks.check(!to.isBefore(from), "to", to, "must not be before from ", from, "");
    int metrics = SlaMetric.values().length;
    Checks.check(
        rows.size() == Priority.values().length * metrics,
        "rows",
        rows.size(),
        "must be one row per priority and metric (" + Priority.values().length * metrics + ")");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Checks.check(
          row.priority().ordinal() == i / metrics && row.metric().ordinal() == i % metrics,
          "rows[" + i + "]",
          row.priority() + "/" + row.metric(),
          "must be in priority then metric order");
    }
  }

  /**
   * Computes the attainment of evaluated tickets over a period.
   *
   * @param tickets the tickets, each evaluated as of the end of the period or later (what was
   *     decided at or after the end does not count)
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @return the attainment, never null
   */
  public static Attainment of(Iterable<TicketSla> tickets, Instant from, Instant to) {
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    int metrics = SlaMetric.values().length;
    int size = Priority.values().length * metrics;
    int[] met = new int[size];
    int[] missed = new int[size];
    List<List<RequestId>> missedBy = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      missedBy.add(new ArrayList<>());
    }
    for (TicketSla ticket : tickets) {
      boolean openAtFrom = ticket.openAt(from);
      for (MetricCycle cycle : ticket.cycles()) {
        SlaVerdict verdict = cycle.verdict();
        if (!verdict.isDecided() || !SlaOutcome.countsIn(verdict, cycle.decidedAt().orElseThrow(), from, to, openAtFrom)) {
          continue;
        }
        int index = cycle.priority().ordinal() * metrics + cycle.metric().ordinal();
        if (verdict == SlaVerdict.MET) {
          met[index]++;
        } else {
          missed[index]++;
          List<RequestId> ids = missedBy.get(index);
          if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(ticket.requestId())) {
            ids.add(ticket.requestId());
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>(size);
    for (Priority priority : Priority.values()) {
      for (SlaMetric metric : SlaMetric.values()) {
        int index = priority.ordinal() * metrics + metric.ordinal();
        rows.add(new Row(priority, metric, met[index], missed[index], missedBy.get(index)));
      }
    }
    return new Attainment(from, to, rows);
  }

  /**
   * The row of one priority and metric.
   *
   * @param priority the priority
   * @param metric the metric
   * @return the row, never null
   */
  public Row row(Priority priority, SlaMetric metric) {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(metric, "metric");
    return rows.get(priority.ordinal() * SlaMetric.values().length + metric.ordinal());
  }

  /**
   * The share of all targets met for some priorities, over every metric: "over 90 % of SLA
   * targets met for P1 and P2".
   *
   * @param priorities the priorities
   * @return the share, or empty if nothing was counted
   */
  public Optional<Double> share(Set<Priority> priorities) {
    Objects.requireNonNull(priorities, "priorities");
    int met = 0;
    int total = 0;
    for (Row row : rows) {
      if (priorities.contains(row.priority())) {
        met += row.met();
        total += row.met() + row.missed();
      }
    }
    return total == 0 ? Optional.empty() : Optional.of((double) met / total);
  }
}

package org.supportmodel.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.history.Assignment;
import org.supportmodel.sla.history.HistoryProblem;
import org.supportmodel.sla.history.Repair;
import org.supportmodel.sla.history.RowFate;

/**
 * One ticket as read from an export: its events for the SLA evaluation, its assignment groups over
 * time, the fate of each of its rows (by line), the repairs made, the problems found, and the
 * extra columns the mapping keeps. With a problem it has no events and every row is discarded,
 * naming the problem.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the ticket id
 * @param events its events in time order; empty if it has problems
 * @param assignments its assignment groups over time
 * @param rows the fate of each of its rows, in file order, by line number
 * @param repairs the repairs made, by line
 * @param problems what keeps it from being evaluated; empty if it can be
 * @param attributes the mapping's extra columns by name: the last value given, in file order
 * @param cancelled whether it ended cancelled
 */
public record ImportedTicket(
    RequestId id,
    List<TicketEvent> events,
    List<Assignment> assignments,
    List<RowFate> rows,
    List<Repair> repairs,
    List<HistoryProblem> problems,
    Map<String, String> attributes,
    boolean cancelled) {

  /**
   * Copies and checks the parts.
   *
   * @throws IllegalArgumentException if it has no row, or problems together with events
   */
  public ImportedTicket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(assignments, "assignments");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(repairs, "repairs");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(attributes, "attributes");
    events = List.copyOf(events);
    assignments = List.copyOf(assignments);
    rows = List.copyOf(rows);
    repairs = List.copyOf(repairs);
    problems = List.copyOf(problems);
    attributes = Map.copyOf(attributes);
    Checks.check(!rows.isEmpty(), "rows", "none", "must hold the ticket's rows");
    Checks.check(problems.isEmpty() || events.isEmpty(), "events", events.size(), "must be empty when the ticket has problems");
  }

  /**
   * Whether the ticket can be evaluated.
   *
   * @return true if it has no problem
   */
  public boolean evaluable() {
    return problems.isEmpty();
  }

  /**
   * The line of its first row in the file.
   *
   * @return the line
   */
  public int firstLine() {
    return rows.get(0).row();
  }

  /**
   * An extra column's value.
   *
   * @param name the attribute's name in the mapping
   * @return the last value given, or empty
   */
  public Optional<String> attribute(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(attributes.get(name));
  }

  /**
   * The assignment groups in order, for an {@link org.supportmodel.routing.AuthorityDirectory}.
   *
   * @return the group names, oldest first, never null
   */
  public List<String> groups() {
    List<String> groups = new ArrayList<>(assignments.size());
    assignments.forEach(a -> groups.add(a.group()));
    return groups;
  }

  /**
   * The instant it was created.
   *
   * @return the creation's instant, or empty if it has problems
   */
  public Optional<java.time.Instant> created() {
    return events.stream().filter(e -> e.type() == TicketEvent.Type.CREATED).findFirst().map(TicketEvent::at);
  }
}

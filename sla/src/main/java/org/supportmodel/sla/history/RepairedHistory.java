package org.supportmodel.sla.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.TicketEvent;

/**
 * One ticket's history as read from an export: the events for {@link
 * org.supportmodel.sla.SlaEvaluation}, the assignment groups over time, what became of every input
 * row, the repairs made and the problems found. With a problem the ticket is not evaluable: it has
 * no events and every row is discarded, naming the problem.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ticket the ticket
 * @param events its events, in time order; empty if it has problems
 * @param assignments its assignment groups over time, oldest first; each a change of group
 * @param rows the fate of every input row, in input order, each row exactly once
 * @param repairs the repairs made, in row order
 * @param problems what makes the history unusable; empty if it is evaluable
 * @param cancelled whether the ticket ended cancelled rather than closed
 */
public record RepairedHistory(
    RequestId ticket,
    List<TicketEvent> events,
    List<Assignment> assignments,
    List<RowFate> rows,
    List<Repair> repairs,
    List<HistoryProblem> problems,
    boolean cancelled) {

  /**
   * Copies the lists and checks them.
   *
   * @throws IllegalArgumentException if a row appears twice, or a ticket with problems has events
   *     or a row that is not discarded
   */
  public RepairedHistory {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(assignments, "assignments");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(repairs, "repairs");
    Objects.requireNonNull(problems, "problems");
    events = List.copyOf(events);
    assignments = List.copyOf(assignments);
    rows = List.copyOf(rows);
    repairs = List.copyOf(repairs);
    problems = List.copyOf(problems);
    int[] numbers = new int[rows.size()];
    for (int i = 0; i < numbers.length; i++) {
      RowFate fate = rows.get(i);
      numbers[i] = fate.row();
      Checks.check(
          problems.isEmpty() || fate.fate() == RowFate.Fate.DISCARDED, "rows", fate, "must be discarded when the ticket has problems");
    }
    Arrays.sort(numbers);
    for (int i = 1; i < numbers.length; i++) {
      Checks.check(numbers[i] != numbers[i - 1], "rows", numbers[i], "appears twice");
    }
    Checks.check(problems.isEmpty() || events.isEmpty(), "events", events.size(), "must be empty when the ticket has problems");
  }

  /**
   * A history that cannot be evaluated: no events, and every row discarded naming the first
   * problem.
   *
   * @param ticket the ticket
   * @param rows the row numbers, in input order
   * @param problems the problems, at least one
   * @return the history, never null
   * @throws IllegalArgumentException if there is no problem or a row appears twice
   */
  public static RepairedHistory notEvaluable(RequestId ticket, List<Integer> rows, List<HistoryProblem> problems) {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(problems, "problems");
    Checks.check(!problems.isEmpty(), "problems", "none", "must hold at least one problem");
    List<HistoryProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(HistoryProblem::row));
    HistoryProblem first = sorted.get(0);
    String reason = "ticket not evaluated: row " + first.row() + " " + first.rule()
        + (sorted.size() > 1 ? " (and " + (sorted.size() - 1) + " more problems)" : "");
    List<RowFate> fates = new ArrayList<>(rows.size());
    rows.forEach(row -> fates.add(new RowFate(row, RowFate.Fate.DISCARDED, reason)));
    return new RepairedHistory(ticket, List.of(), List.of(), fates, List.of(), sorted, false);
  }

  /**
   * Whether the history can be evaluated: it has no problem.
   *
   * @return true if there is no problem
   */
  public boolean evaluable() {
    return problems.isEmpty();
  }

  /**
   * The assignment groups in order, for an {@code AuthorityDirectory} path.
   *
   * @return the group names, oldest first, never null
   */
  public List<String> groups() {
    List<String> groups = new ArrayList<>(assignments.size());
    assignments.forEach(a -> groups.add(a.group()));
    return groups;
  }

  /**
   * The events with an {@code ASSIGNED} event for each assignment, for {@code PartyEvaluation}:
   * the parties are the groups, by the names the export writes (an agreement names the group).
   *
   * @return the events, in time order, never null
   * @throws IllegalArgumentException if a group's name cannot name a party (longer than 128
   *     characters)
   */
  public List<TicketEvent> eventsWithAssignments() {
    List<TicketEvent> all = new ArrayList<>(events.size() + assignments.size());
    all.addAll(events);
    for (Assignment assignment : assignments) {
      all.add(TicketEvent.assigned(assignment.at(), assignment.group()));
    }
    // stable: at one instant the ticket's events (its creation first) come before its assignment
    all.sort(java.util.Comparator.comparing(TicketEvent::at));
    return all;
  }

  /**
   * How often the ticket was reopened.
   *
   * @return the number of {@code REOPENED} events
   */
  public int reopens() {
    return (int) events.stream().filter(e -> e.type() == TicketEvent.Type.REOPENED).count();
  }

  /**
   * How many input rows had a fate.
   *
   * @param fate the fate
   * @return the number of rows
   */
  public int count(RowFate.Fate fate) {
    Objects.requireNonNull(fate, "fate");
    return (int) rows.stream().filter(r -> r.fate() == fate).count();
  }
}

package org.supportmodel.connectors;

import java.time.Instant;
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
import org.supportmodel.sla.history.RepairedHistory;
import org.supportmodel.sla.history.RowFate;

/**
 * One ticket as read from an export: its {@link RepairedHistory} over all of its rows (the rows
 * the reader could not read included, with their reasons; row numbers are line numbers) and the
 * extra columns the mapping keeps. With a problem it has no events and every row is discarded,
 * naming the problem.
 *
 * <p>Immutable and thread-safe.
 *
 * @param history the events, assignments, row fates, repairs and problems
 * @param attributes the mapping's extra columns by name: the last value given, in file order
 */
public record ImportedTicket(RepairedHistory history, Map<String, String> attributes) {

  /**
   * Copies the attributes and checks that the ticket has rows.
   *
   * @throws IllegalArgumentException if the history has no row
   */
  public ImportedTicket {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(attributes, "attributes");
    attributes = Map.copyOf(attributes);
    Checks.check(!history.rows().isEmpty(), "rows", "none", "must hold the ticket's rows");
  }

  /**
   * The ticket id.
   *
   * @return the id, never null
   */
  public RequestId id() {
    return history.ticket();
  }

  /**
   * Its events in time order.
   *
   * @return the events; empty if it has problems
   */
  public List<TicketEvent> events() {
    return history.events();
  }

  /**
   * Its assignment groups over time.
   *
   * @return the assignments, oldest first, never null
   */
  public List<Assignment> assignments() {
    return history.assignments();
  }

  /**
   * The fate of each of its rows, in file order, by line number.
   *
   * @return the fates, never null
   */
  public List<RowFate> rows() {
    return history.rows();
  }

  /**
   * The repairs made, by line.
   *
   * @return the repairs, never null
   */
  public List<Repair> repairs() {
    return history.repairs();
  }

  /**
   * What keeps it from being evaluated.
   *
   * @return the problems; empty if it can be evaluated
   */
  public List<HistoryProblem> problems() {
    return history.problems();
  }

  /**
   * Whether it ended cancelled.
   *
   * @return true if cancelled
   */
  public boolean cancelled() {
    return history.cancelled();
  }

  /**
   * Whether the ticket can be evaluated.
   *
   * @return true if it has no problem
   */
  public boolean evaluable() {
    return history.evaluable();
  }

  /**
   * The line of its first row in the file.
   *
   * @return the line
   */
  public int firstLine() {
    return history.rows().get(0).row();
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
    return history.groups();
  }

  /**
   * The instant it was created.
   *
   * @return the creation's instant, or empty if it has problems
   */
  public Optional<Instant> created() {
    return history.events().stream().filter(e -> e.type() == TicketEvent.Type.CREATED).findFirst().map(TicketEvent::at);
  }
}

package org.supportmodel.sla.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;

/**
 * One row of an export with one row per update, each carrying the ticket's whole current state:
 * when the row was written, the state, and whatever else the export gives. An empty value means
 * the export does not say (a missing column or a value such as {@code ?}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param row where the row is in its source, such as the line number, 1 or more; unique per ticket
 * @param at when the update was made ({@code sys_updated_at}, {@code modifiedon})
 * @param state the state after the update
 * @param priority the priority after the update
 * @param group the assignment group after the update
 * @param openedAt when the ticket was opened ({@code opened_at}, {@code createdon})
 * @param resolvedAt the resolution time the row shows ({@code resolved_at}); exports keep only the
 *     last resolution there
 * @param reopenCount the helpdesk's own count of reopens so far ({@code reopen_count})
 */
public record TicketSnapshot(
    int row,
    Instant at,
    SnapshotState state,
    Optional<Priority> priority,
    Optional<String> group,
    Optional<Instant> openedAt,
    Optional<Instant> resolvedAt,
    OptionalInt reopenCount) {

  /**
   * Checks the row.
   *
   * @throws IllegalArgumentException if the row number is not positive, the group is blank or the
   *     reopen count negative
   */
  public TicketSnapshot {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
    Objects.requireNonNull(reopenCount, "reopenCount");
    Checks.positive(row, "row");
    group.ifPresent(g -> Checks.text(g, "group"));
    reopenCount.ifPresent(n -> Checks.nonNegative(n, "reopenCount"));
  }

  /**
   * A row with only its number, time and state.
   *
   * @param row its number in the source, 1 or more
   * @param at when the update was made
   * @param state the state after it
   * @return the row, never null
   */
  public static TicketSnapshot of(int row, Instant at, SnapshotState state) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(state, "state");
    return new TicketSnapshot(row, at, state, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  /**
   * This row with a priority.
   *
   * @param value the priority
   * @return the row, never null
   */
  public TicketSnapshot withPriority(Priority value) {
    Objects.requireNonNull(value, "value");
    return new TicketSnapshot(row, at, state, Optional.of(value), group, openedAt, resolvedAt, reopenCount);
  }

  /**
   * This row with an assignment group.
   *
   * @param value the group's name
   * @return the row, never null
   */
  public TicketSnapshot withGroup(String value) {
    Objects.requireNonNull(value, "value");
    return new TicketSnapshot(row, at, state, priority, Optional.of(value), openedAt, resolvedAt, reopenCount);
  }

  /**
   * This row with the time the ticket was opened.
   *
   * @param value the instant
   * @return the row, never null
   */
  public TicketSnapshot withOpenedAt(Instant value) {
    Objects.requireNonNull(value, "value");
    return new TicketSnapshot(row, at, state, priority, group, Optional.of(value), resolvedAt, reopenCount);
  }

  /**
   * This row with a resolution time.
   *
   * @param value the instant
   * @return the row, never null
   */
  public TicketSnapshot withResolvedAt(Instant value) {
    Objects.requireNonNull(value, "value");
    return new TicketSnapshot(row, at, state, priority, group, openedAt, Optional.of(value), reopenCount);
  }

  /**
   * This row with the helpdesk's reopen count.
   *
   * @param value the count, not negative
   * @return the row, never null
   */
  public TicketSnapshot withReopenCount(int value) {
    return new TicketSnapshot(row, at, state, priority, group, openedAt, resolvedAt, OptionalInt.of(value));
  }
}

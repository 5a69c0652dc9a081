package org.supportmodel.sla.history;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.TicketStatus;

/**
 * The state a snapshot row shows: an open ticket in a status, or resolved, closed or cancelled.
 * An export's state labels ({@code "Awaiting User Info"}, {@code "Problem Solved"}) are mapped to
 * these by the reader.
 *
 * <p>Immutable and thread-safe.
 *
 * @param phase where the ticket is in its life
 * @param status the status of an open ticket; empty for the other phases
 */
public record SnapshotState(Phase phase, Optional<TicketStatus> status) {
  /** Resolved: the work is done, the requester may still reopen. */
  public static final SnapshotState RESOLVED = new SnapshotState(Phase.RESOLVED, Optional.empty());
  /** Closed: nothing may follow. */
  public static final SnapshotState CLOSED = new SnapshotState(Phase.CLOSED, Optional.empty());
  /** Cancelled: ended without a resolution; nothing may follow. */
  public static final SnapshotState CANCELLED = new SnapshotState(Phase.CANCELLED, Optional.empty());

  /** Where a ticket is in its life. */
  public enum Phase {
    /** Open, in a status that the SLA policy says runs or pauses the clocks. */
    OPEN,
    /** Resolved. */
    RESOLVED,
    /** Closed. */
    CLOSED,
    /** Cancelled. */
    CANCELLED;

    /**
     * Whether nothing may follow.
     *
     * @return true for closed and cancelled
     */
    public boolean isFinal() {
      return this == CLOSED || this == CANCELLED;
    }
  }

  /**
   * Checks that exactly an open ticket has a status.
   *
   * @throws IllegalArgumentException otherwise
   */
  public SnapshotState {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(status, "status");
    Checks.check(
        status.isPresent() == (phase == Phase.OPEN),
        "status",
        status.map(TicketStatus::name).orElse("none"),
        phase == Phase.OPEN ? "must be given for an open ticket" : "must not be given for a " + phase + " ticket");
  }

  /**
   * An open ticket in a status.
   *
   * @param status the status
   * @return the state, never null
   */
  public static SnapshotState open(TicketStatus status) {
    Objects.requireNonNull(status, "status");
    return new SnapshotState(Phase.OPEN, Optional.of(status));
  }

  @Override
  public String toString() {
    return status.map(TicketStatus::name).orElse(phase.name());
  }
}

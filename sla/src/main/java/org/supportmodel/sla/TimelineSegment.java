package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * One stretch of an SLA cycle's life, {@code [start, end)}: what held or ran its clock, and what
 * started it. A cycle's segments follow each other without gaps from its start to its end (or to
 * the instant of the evaluation).
 *
 * <p>Immutable and thread-safe.
 *
 * @param start when the segment starts
 * @param end when it ends, after {@code start}
 * @param kind what the clock did
 * @param businessTime the business time of the segment: all of it for {@link Kind#RUNNING} and
 *     {@link Kind#OVERRIDE}; for {@link Kind#PAUSED}, the business time the pause held back; zero
 *     otherwise
 * @param pausedBy the status that paused the clock, for {@link Kind#PAUSED}
 * @param startedBy the event that started the segment, when an event did (a calendar opening or
 *     closing starts the others)
 * @param reason the segment in words, such as {@code "holiday 2026-04-03 on business-hours"}
 */
public record TimelineSegment(
    Instant start, Instant end, Kind kind, Duration businessTime, Optional<TicketStatus> pausedBy, Optional<TicketEvent> startedBy,
    String reason) {

  /** What the clock did during a segment. */
  public enum Kind {
    /** The clock ran in the calendar's regular hours. */
    RUNNING,
    /** The clock ran in a dated override's hours (extended or reduced hours on that date). */
    OVERRIDE,
    /** The clock would run but the calendar was closed: outside its service hours. */
    OUTSIDE_HOURS,
    /** The clock would run but the date was a holiday. */
    HOLIDAY,
    /** A pause status held the clock. */
    PAUSED,
    /** The ticket was resolved; a reopen continued the cycle afterwards. */
    RESOLVED;

    /**
     * Whether the segment's time counts towards the target.
     *
     * @return true for running and override
     */
    public boolean counts() {
      return this == RUNNING || this == OVERRIDE;
    }
  }

  /**
   * Checks the segment.
   *
   * @throws IllegalArgumentException if it does not end after it starts, its business time is
   *     negative or longer than the segment (for counting kinds, not equal to it), a pause status is
   *     given for another kind, or the reason is blank
   */
  public TimelineSegment {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(businessTime, "businessTime");
    Objects.requireNonNull(pausedBy, "pausedBy");
    Objects.requireNonNull(startedBy, "startedBy");
    Objects.requireNonNull(reason, "reason");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(Checks.message("end", end, "must be after the start " + start));
    }
    Duration length = Duration.between(start, end);
    if (businessTime.isNegative() || businessTime.compareTo(length) > 0) {
      throw new IllegalArgumentException(Checks.message("businessTime", businessTime, "must be between zero and the segment's length " + length));
    }
    if (kind.counts() && !businessTime.equals(length)) {
      throw new IllegalArgumentException(Checks.message("businessTime", businessTime, "must be the whole segment (" + length + ") for " + kind));
    }
    if (!(kind == Kind.PAUSED || kind.counts() || businessTime.isZero())) {
      throw new IllegalArgumentException(Checks.message("businessTime", businessTime, "must be zero for " + kind));
    }
    Checks.check(pausedBy.isEmpty() || kind == Kind.PAUSED, "pausedBy", pausedBy.orElse(TicketStatus.OPEN), "must only be given for PAUSED");
    Checks.text(reason, "reason");
  }

  /**
   * The wall-clock length of the segment.
   *
   * @return the length, positive
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ") " + kind + ": " + reason + startedBy.map(e -> " (from " + e + ")").orElse("");
  }
}

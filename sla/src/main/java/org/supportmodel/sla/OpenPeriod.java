package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A stretch of instants during which a calendar is open, half-open {@code [start, end)}: what
 * {@link BusinessCalendar#openPeriods} gives for timelines and reports.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first open instant
 * @param end the instant the period closes, after {@code start}
 */
public record OpenPeriod(Instant start, Instant end) {
  /**
   * Checks the period.
   *
   * @throws IllegalArgumentException if it does not end after it starts
   */
  public OpenPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Checks.check(end.isAfter(start), "end", end, "must be after the start ", start, "");
  }

  /**
   * The length of the period.
   *
   * @return the duration, positive, never null
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

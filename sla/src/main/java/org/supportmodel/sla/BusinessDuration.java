package org.supportmodel.sla;

import java.time.Duration;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * An amount of business time: time during which a calendar is open, measured as real elapsed
 * time. Not a number of working days: see {@link WorkingDays}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param duration the amount, zero or positive
 */
public record BusinessDuration(Duration duration) implements SlaAmount, Comparable<BusinessDuration> {
  /**
   * The most business time there is: the length of the range a calendar supports, from {@link
   * BusinessCalendar#MIN_SUPPORTED} to {@link BusinessCalendar#MAX_SUPPORTED}.
   */
  public static final Duration MAX = Duration.between(BusinessCalendar.MIN_SUPPORTED, BusinessCalendar.MAX_SUPPORTED);

  /** No business time. */
  public static final BusinessDuration ZERO = new BusinessDuration(Duration.ZERO);

  /**
   * Checks the amount.
   *
   * @throws IllegalArgumentException if it is negative or longer than {@link #MAX}
   */
  public BusinessDuration {
    Objects.requireNonNull(duration, "duration");
    Checks.check(!duration.isNegative(), "businessDuration", duration, "must not be negative");
    Checks.check(duration.compareTo(MAX) <= 0, "businessDuration", duration,
        "must be at most " + MAX + ", the length of the range a calendar supports");
  }

  /**
   * An amount of business time.
   *
   * @param duration the amount
   * @return the business duration, never null
   */
  public static BusinessDuration of(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return new BusinessDuration(duration);
  }

  /**
   * Business hours.
   *
   * @param hours zero or more
   * @return the business duration, never null
   */
  public static BusinessDuration ofHours(long hours) {
    if (hours > MAX.toHours()) { // the message is built only on failure
      throw new IllegalArgumentException(Checks.message("businessDuration", hours + " hours",
          "must be at most " + MAX + ", the length of the range a calendar supports"));
    }
    return new BusinessDuration(Duration.ofHours(hours));
  }

  /**
   * Business minutes.
   *
   * @param minutes zero or more
   * @return the business duration, never null
   */
  public static BusinessDuration ofMinutes(long minutes) {
    if (minutes > MAX.toMinutes()) { // the message is built only on failure
      throw new IllegalArgumentException(Checks.message("businessDuration", minutes + " minutes",
          "must be at most " + MAX + ", the length of the range a calendar supports"));
    }
    return new BusinessDuration(Duration.ofMinutes(minutes));
  }

  /**
   * The amount in nanoseconds.
   *
   * @return the nanoseconds
   */
  public long toNanos() {
    return duration.toNanos();
  }

  @Override
  public int compareTo(BusinessDuration other) {
    Objects.requireNonNull(other, "other");
    return duration.compareTo(other.duration);
  }

  @Override
  public String toString() {
    return duration + " of business time";
  }
}

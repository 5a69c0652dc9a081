package org.supportmodel.sla;

import java.time.Duration;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * When an {@link SlaAction} fires in a cycle: at a percentage of the target's business time, or at
 * a business-time offset from the due instant (negative before it, positive after the breach).
 */
public sealed interface ActionTrigger {
  /** The longest offset from the due instant: ten years of business time. */
  Duration MAX_OFFSET = Duration.ofDays(3650);

  /**
   * At a percentage of the target.
   *
   * @param percent the percentage, 1 to 1,000 (over 100 is after the breach)
   * @return the trigger, never null
   * @throws IllegalArgumentException if the percentage is out of range
   */
  static ActionTrigger percentOfTarget(int percent) {
    return new PercentOfTarget(percent);
  }

  /**
   * At an offset from the due instant, in business time.
   *
   * @param offset negative before the due instant, zero at it, positive after it
   * @return the trigger, never null
   * @throws IllegalArgumentException if the offset is longer than {@link #MAX_OFFSET}
   */
  static ActionTrigger fromDue(Duration offset) {
    return new FromDue(offset);
  }

  /**
   * The business time elapsed in a cycle at which the trigger fires.
   *
   * @param targetNanos the cycle's target, in nanoseconds of business time
   * @return the elapsed business time, zero or more
   */
  long levelNanos(long targetNanos);

  /**
   * At a percentage of the target.
   *
   * @param percent the percentage, 1 to 1,000
   */
  record PercentOfTarget(int percent) implements ActionTrigger {
    /**
     * Checks the percentage.
     *
     * @throws IllegalArgumentException if it is out of range
     */
    public PercentOfTarget {
      Checks.check(percent >= 1 && percent <= 1000, "percent", percent, "must be between 1 and 1000 percent of the target");
    }

    @Override
    public long levelNanos(long targetNanos) {
      // rounded up, so that an action never fires early; no overflow below 9.2e15 ns (106 days) x 1000
      return Math.addExact(Math.multiplyExact(targetNanos / 100, percent), (targetNanos % 100 * percent + 99) / 100);
    }

    @Override
    public String toString() {
      return percent + " % of the target";
    }
  }

  /**
   * At an offset from the due instant.
   *
   * @param offset the offset, negative before the due instant
   */
  record FromDue(Duration offset) implements ActionTrigger {
    /**
     * Checks the offset.
     *
     * @throws IllegalArgumentException if it is longer than {@link #MAX_OFFSET}
     */
    public FromDue {
      Objects.requireNonNull(offset, "offset");
      Checks.check(offset.abs().compareTo(MAX_OFFSET) <= 0, "offset", offset, "must be at most " + MAX_OFFSET + " either way");
    }

    @Override
    public long levelNanos(long targetNanos) {
      return Math.max(0, Math.addExact(targetNanos, offset.toNanos()));
    }

    @Override
    public String toString() {
      return offset.isNegative() ? offset.negated() + " before the due instant" : offset + " after the due instant";
    }
  }
}

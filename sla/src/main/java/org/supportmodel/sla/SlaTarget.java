package org.supportmodel.sla;

import java.util.Objects;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;

/**
 * One SLA target: for a priority and a metric, an amount of business time or working days on a
 * named calendar. The calendar is a name, resolved per request (by region, for follow-the-sun)
 * through a {@link CalendarSet}, so one policy serves every region.
 *
 * <p>Immutable and thread-safe.
 *
 * @param priority the priority
 * @param metric the metric
 * @param amount the target amount
 * @param calendar the name of the calendar it is measured on, such as {@code "business-hours"}
 */
public record SlaTarget(Priority priority, SlaMetric metric, SlaAmount amount, String calendar) {
  /**
   * Checks the target.
   *
   * @throws IllegalArgumentException if the calendar name is invalid or a business-time amount is
   *     zero
   */
  public SlaTarget {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(calendar, "calendar");
    checkAmountAndCalendar(amount, calendar);
  }

  /** The rules every target shares, a party's too: a calendar name, and no zero business time. */
  static void checkAmountAndCalendar(SlaAmount amount, String calendar) {
    Checks.identifier(calendar, "calendar");
    if (amount instanceof BusinessDuration duration) {
      Checks.check(!duration.duration().isZero(), "amount", duration, "must be more than zero");
    }
  }

  /**
   * A target.
   *
   * @param priority the priority
   * @param metric the metric
   * @param amount the amount
   * @param calendar the calendar name
   * @return the target, never null
   */
  public static SlaTarget of(Priority priority, SlaMetric metric, SlaAmount amount, String calendar) {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(calendar, "calendar");
    return new SlaTarget(priority, metric, amount, calendar);
  }
}

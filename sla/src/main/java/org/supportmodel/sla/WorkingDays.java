package org.supportmodel.sla;

import org.supportmodel.core.internal.Checks;

/**
 * A number of working days: dates on which the calendar opens. Never a number of business hours:
 * "1 working day" on an 8-hour calendar is the rest of a working day, not 24 business hours. See
 * {@link BusinessCalendar#plusWorkingDaysToClose} and {@link
 * BusinessCalendar#plusWorkingDaysAtSameTime}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days zero or more
 */
public record WorkingDays(int days) implements SlaAmount {
  /**
   * Checks the count.
   *
   * @throws IllegalArgumentException if it is negative
   */
  public WorkingDays {
    Checks.nonNegative(days, "workingDays");
  }

  /**
   * A number of working days.
   *
   * @param days zero or more
   * @return the amount, never null
   */
  public static WorkingDays of(int days) {
    return new WorkingDays(days);
  }

  @Override
  public String toString() {
    return days + (days == 1 ? " working day" : " working days");
  }
}

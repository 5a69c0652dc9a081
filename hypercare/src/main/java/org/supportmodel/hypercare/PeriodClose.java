package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * The first financial period end after go-live and when it was closed. Practice keeps hypercare
 * at least until the first period end is closed on the new system.
 *
 * @param periodEnd the last day of the period
 * @param closedOn when the period was closed, if it has been
 */
public record PeriodClose(LocalDate periodEnd, Optional<LocalDate> closedOn) {
  /**
   * Checks the dates.
   *
   * @throws IllegalArgumentException if the period was closed before it ended
   */
  public PeriodClose {
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(closedOn, "closedOn");
    closedOn.ifPresent(
        date -> Checks.check(!date.isBefore(periodEnd), "closedOn", date, "must not be before the period end " + periodEnd));
  }

  /**
   * A period that is not closed yet.
   *
   * @param periodEnd the last day of the period
   * @return the period, never null
   */
  public static PeriodClose open(LocalDate periodEnd) {
    Objects.requireNonNull(periodEnd, "periodEnd");
    return new PeriodClose(periodEnd, Optional.empty());
  }

  /**
   * The same period, closed on a date.
   *
   * @param date the date it was closed
   * @return a new value, never null
   */
  public PeriodClose closedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new PeriodClose(periodEnd, Optional.of(date));
  }

  /**
   * Whether the period was closed on or before a date.
   *
   * @param date the date
   * @return true if closed by then
   */
  public boolean closedBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return closedOn.isPresent() && !closedOn.get().isAfter(date);
  }
}

package org.supportmodel.operations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.supportmodel.core.internal.Checks;

/**
 * How often a periodic support task recurs: every day, every week on a day, every n months on a
 * day of the month or on the n-th (or last) weekday of the month. Months are counted from January,
 * so every 3 months is January, April, July and October.
 */
public sealed interface Recurrence {
  /**
   * The dates on which the task falls, in order.
   *
   * @param from the first day considered
   * @param until the day after the last day considered
   * @return the dates, never null
   */
  List<LocalDate> dates(LocalDate from, LocalDate until);

  /**
   * Every day.
   *
   * @return the recurrence, never null
   */
  static Recurrence daily() {
    return new Daily();
  }

  /**
   * Every week on a day.
   *
   * @param day the day of the week
   * @return the recurrence, never null
   */
  static Recurrence weekly(DayOfWeek day) {
    Objects.requireNonNull(day, "day");
    return new Weekly(day);
  }

  /**
   * Every month on a day; 29 to 31 fall on the month's last day in shorter months.
   *
   * @param dayOfMonth 1 to 31
   * @return the recurrence, never null
   */
  static Recurrence monthly(int dayOfMonth) {
    return new Monthly(1, dayOfMonth);
  }

  /**
   * Every 3 months (January, April, July, October) on a day.
   *
   * @param dayOfMonth 1 to 31
   * @return the recurrence, never null
   */
  static Recurrence quarterly(int dayOfMonth) {
    return new Monthly(3, dayOfMonth);
  }

  /**
   * Every month on the n-th weekday, such as the first Sunday; -1 is the last.
   *
   * @param week 1 to 4, or -1 for the last
   * @param day the day of the week
   * @return the recurrence, never null
   */
  static Recurrence monthlyOn(int week, DayOfWeek day) {
    Objects.requireNonNull(day, "day");
    return new MonthlyOn(1, week, day);
  }

  /** The day of every n-th month from January that falls in {@code [from, until)}. */
  private static List<LocalDate> inMonths(LocalDate from, LocalDate until, int everyMonths, Function<YearMonth, LocalDate> dayOf) {
    List<LocalDate> dates = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(until); month = month.plusMonths(1)) {
      if ((month.getMonthValue() - 1) % everyMonths == 0) {
        LocalDate date = dayOf.apply(month);
        if (!date.isBefore(from) && date.isBefore(until)) {
          dates.add(date);
        }
      }
    }
    return dates;
  }

  /** Every day. */
  record Daily() implements Recurrence {
    @Override
    public List<LocalDate> dates(LocalDate from, LocalDate until) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      return from.datesUntil(until).toList();
    }
  }

  /**
   * Every week on a day.
   *
   * @param day the day of the week
   */
  record Weekly(DayOfWeek day) implements Recurrence {
    /** Checks that nothing is null. */
    public Weekly {
      Objects.requireNonNull(day, "day");
    }

    @Override
    public List<LocalDate> dates(LocalDate from, LocalDate until) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      List<LocalDate> dates = new ArrayList<>();
      for (LocalDate date = from.with(TemporalAdjusters.nextOrSame(day)); date.isBefore(until); date = date.plusWeeks(1)) {
        dates.add(date);
      }
      return dates;
    }
  }

  /**
   * Every n months, from January, on a day of the month.
   *
   * @param everyMonths 1 to 12
   * @param dayOfMonth 1 to 31; past a month's end, its last day
   */
  record Monthly(int everyMonths, int dayOfMonth) implements Recurrence {
    /** Checks the numbers. */
    public Monthly {
      Checks.check(everyMonths >= 1 && everyMonths <= 12, "everyMonths", everyMonths, "must be from 1 to 12");
      Checks.check(dayOfMonth >= 1 && dayOfMonth <= 31, "dayOfMonth", dayOfMonth, "must be from 1 to 31");
    }

    @Override
    public List<LocalDate> dates(LocalDate from, LocalDate until) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      return inMonths(from, until, everyMonths, month -> month.atDay(Math.min(dayOfMonth, month.lengthOfMonth())));
    }
  }

  /**
   * Every n months, from January, on the n-th (or last) weekday.
   *
   * @param everyMonths 1 to 12
   * @param week 1 to 4, or -1 for the last
   * @param day the day of the week
   */
  record MonthlyOn(int everyMonths, int week, DayOfWeek day) implements Recurrence {
    /** Checks the numbers. */
    public MonthlyOn {
      Objects.requireNonNull(day, "day");
      Checks.check(everyMonths >= 1 && everyMonths <= 12, "everyMonths", everyMonths, "must be from 1 to 12");
      Checks.check(week == -1 || (week >= 1 && week <= 4), "week", week, "must be from 1 to 4, or -1 for the last");
    }

    @Override
    public List<LocalDate> dates(LocalDate from, LocalDate until) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      return inMonths(from, until, everyMonths, month -> week == -1
          ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
          : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, day)));
    }
  }
}

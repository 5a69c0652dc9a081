package org.supportmodel.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An obviously correct, slow business calendar: the open periods of each day as instants, from
 * the calendar's local intervals and {@link ZonedDateTime} alone (a local time in a gap moves
 * forward, an ambiguous one takes the earlier offset), merged into their union. Business time is
 * the measure of that union.
 */
final class CalendarOracle {
  private final BusinessCalendar calendar;
  private final List<Instant[]> segments;

  /** The union of the open periods of the days from {@code first} to {@code last}, both included. */
  CalendarOracle(BusinessCalendar calendar, LocalDate first, LocalDate last) {
    this.calendar = calendar;
    List<Instant[]> raw = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      for (OpenInterval interval : calendar.intervalsOn(day)) {
        Instant start = ZonedDateTime.of(day.atStartOfDay().plusSeconds(interval.startSecond()), calendar.zone()).toInstant();
        Instant end = ZonedDateTime.of(day.atStartOfDay().plusSeconds(interval.endSecond()), calendar.zone()).toInstant();
        if (end.isAfter(start)) {
          raw.add(new Instant[] {start, end});
        }
      }
    }
    raw.sort((a, b) -> a[0].compareTo(b[0]));
    List<Instant[]> merged = new ArrayList<>();
    for (Instant[] segment : raw) {
      Instant[] last1 = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last1 != null && !segment[0].isAfter(last1[1])) {
        if (segment[1].isAfter(last1[1])) {
          last1[1] = segment[1];
        }
      } else {
        merged.add(new Instant[] {segment[0], segment[1]});
      }
    }
    this.segments = merged;
  }

  /** For an instant well inside the days covered. */
  static CalendarOracle around(BusinessCalendar calendar, Instant from, Instant to) {
    LocalDate a = from.atZone(calendar.zone()).toLocalDate().minusDays(3);
    LocalDate b = to.atZone(calendar.zone()).toLocalDate().plusDays(3);
    return new CalendarOracle(calendar, a, b);
  }

  List<Instant[]> segments() {
    return segments;
  }

  Duration elapsed(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (Instant[] s : segments) {
      Instant a = s[0].isAfter(from) ? s[0] : from;
      Instant b = s[1].isBefore(to) ? s[1] : to;
      if (b.isAfter(a)) {
        total = total.plus(Duration.between(a, b));
      }
    }
    return total;
  }

  /** The first instant at or after t that is open; empty past the days covered. */
  Optional<Instant> nextOpen(Instant t) {
    for (Instant[] s : segments) {
      if (s[1].isAfter(t)) {
        return Optional.of(s[0].isAfter(t) ? s[0] : t);
      }
    }
    return Optional.empty();
  }

  /** The end of the open period containing t, or of the next one; empty past the days covered. */
  Optional<Instant> nextClose(Instant t) {
    for (Instant[] s : segments) {
      if (s[1].isAfter(t)) {
        return Optional.of(s[1]);
      }
    }
    return Optional.empty();
  }

  /** The instant at which {@code amount} of business time from t runs out; empty past the days covered. */
  Optional<Instant> plus(Instant t, Duration amount) {
    if (amount.isZero()) {
      return nextOpen(t);
    }
    Duration left = amount;
    for (Instant[] s : segments) {
      if (!s[1].isAfter(t)) {
        continue;
      }
      Instant a = s[0].isAfter(t) ? s[0] : t;
      Duration here = Duration.between(a, s[1]);
      if (here.compareTo(left) >= 0) {
        return Optional.of(a.plus(left));
      }
      left = left.minus(here);
    }
    return Optional.empty();
  }

  /** The first opening strictly after t; empty past the days covered. */
  Optional<Instant> nextOpening(Instant t) {
    for (Instant[] s : segments) {
      if (s[0].isAfter(t)) {
        return Optional.of(s[0]);
      }
    }
    return Optional.empty();
  }

  /** The start of the open period containing t, or of the last one before; empty before the days covered. */
  Optional<Instant> previousOpen(Instant t) {
    for (int i = segments.size() - 1; i > 0; i--) {
      if (!segments.get(i)[0].isAfter(t)) {
        return Optional.of(segments.get(i)[0]);
      }
    }
    return Optional.empty();
  }

  /** The last opening strictly before t; empty before the days covered. */
  Optional<Instant> previousOpening(Instant t) {
    for (int i = segments.size() - 1; i > 0; i--) {
      if (segments.get(i)[0].isBefore(t)) {
        return Optional.of(segments.get(i)[0]);
      }
    }
    return Optional.empty();
  }

  /** The last closing strictly before t; empty before the days covered. */
  Optional<Instant> previousClosing(Instant t) {
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (segments.get(i)[1].isBefore(t)) {
        return Optional.of(segments.get(i)[1]);
      }
    }
    return Optional.empty();
  }

  /** The open periods in [from, to), clipped. */
  List<OpenPeriod> openPeriods(Instant from, Instant to) {
    List<OpenPeriod> periods = new ArrayList<>();
    for (Instant[] s : segments) {
      Instant a = s[0].isAfter(from) ? s[0] : from;
      Instant b = s[1].isBefore(to) ? s[1] : to;
      if (b.isAfter(a)) {
        periods.add(new OpenPeriod(a, b));
      }
    }
    return periods;
  }

  /** t if open at it or just before it, else the end of the last open period before it. */
  Optional<Instant> previousClose(Instant t) {
    for (int i = segments.size() - 1; i >= 0; i--) {
      Instant[] s = segments.get(i);
      if (!s[0].isAfter(t)) {
        return Optional.of(s[1].isBefore(t) ? s[1] : t);
      }
    }
    return Optional.empty();
  }

  /** The latest start from which {@code amount} (positive) runs out at t; empty before the days covered. */
  Optional<Instant> minus(Instant t, Duration amount) {
    Duration left = amount;
    for (int i = segments.size() - 1; i >= 0; i--) {
      Instant[] s = segments.get(i);
      if (!s[0].isBefore(t)) {
        continue;
      }
      Instant b = s[1].isBefore(t) ? s[1] : t;
      Duration here = Duration.between(s[0], b);
      if (here.compareTo(left) >= 0) {
        return Optional.of(b.minus(left));
      }
      left = left.minus(here);
    }
    return Optional.empty();
  }

  /**
   * Working days, day by day: the working day of t is the date of the first interval that ends
   * after it; each later date with an interval is one more; the answer is the end of that date's
   * last interval.
   */
  static Instant plusWorkingDays(BusinessCalendar calendar, Instant t, int days) {
    LocalDate day = t.atZone(calendar.zone()).toLocalDate().minusDays(1);
    while (true) {
      boolean found = false;
      for (OpenInterval interval : calendar.intervalsOn(day)) {
        Instant start = at(calendar, day, interval.startSecond());
        Instant end = at(calendar, day, interval.endSecond());
        found |= end.isAfter(t) && end.isAfter(start);
      }
      if (found) {
        break;
      }
      day = day.plusDays(1);
    }
    for (int left = days; left > 0; ) {
      day = day.plusDays(1);
      if (!calendar.intervalsOn(day).isEmpty()) {
        left--;
      }
    }
    List<OpenInterval> intervals = calendar.intervalsOn(day);
    return at(calendar, day, intervals.get(intervals.size() - 1).endSecond());
  }

  /**
   * Working days keeping the time of day, day by day: from t's date, the days-th later date with
   * an interval, at t's wall-clock time, then the next open instant (from the given oracle).
   */
  static Optional<Instant> plusWorkingDaysAtSameTime(BusinessCalendar calendar, CalendarOracle oracle, Instant t, int days) {
    java.time.LocalDateTime local = LocalDateTime.ofInstant(t, calendar.zone());
    LocalDate day = local.toLocalDate();
    for (int left = days; left > 0; ) {
      day = day.plusDays(1);
      if (!calendar.intervalsOn(day).isEmpty()) {
        left--;
      }
    }
    return oracle.nextOpen(ZonedDateTime.of(day.atTime(local.toLocalTime()), calendar.zone()).toInstant());
  }

  private static Instant at(BusinessCalendar calendar, LocalDate day, int second) {
    return ZonedDateTime.of(day.atStartOfDay().plusSeconds(second), calendar.zone()).toInstant();
  }

  @Override
  public String toString() {
    return calendar.toString();
  }
}

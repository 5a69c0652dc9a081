package org.supportmodel.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.supportmodel.core.internal.Checks;

/**
 * When support is open, in the calendar's own IANA time zone: weekly opening intervals (several a
 * day, overnight ones belonging to the day they start, {@code 24:00} as a close, breaks as gaps),
 * holidays (which remove the intervals that start on that date), and dated overrides (extended
 * hours at period end or in a seasonal peak, a closed day). On a date that is both a holiday and
 * an override, the override wins.
 *
 * <p>Semantics, for every operation:
 *
 * <ul>
 *   <li>intervals are half-open {@code [open, close)}; business time is real elapsed time, so an
 *       interval across a clock change lasts what the clock says, not what the wall says;
 *   <li>a local time in a DST gap moves forward by the length of the gap; an ambiguous local time
 *       takes the earlier offset;
 *   <li>{@link #plus} returns the closing instant when the budget runs out exactly at a close, and
 *       the next open instant for a zero budget; {@link #elapsed} is negative when the end is before
 *       the start;
 *   <li>business durations and working days are different types ({@link BusinessDuration}, {@link
 *       WorkingDays}).
 * </ul>
 *
 * <p>The arithmetic does not step through minutes or days, so its cost does not grow with the
 * span: whole weeks are counted from the weekly pattern, clock changes are read from a table of
 * the zone's transitions, and from 400 days before the first holiday or override to 400 days after
 * the last the calendar keeps the business time of every day as prefix sums (12 bytes a day, built
 * once), so that a span there is one subtraction and a due instant one binary search.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {
  private static final long DAY = 86_400L;
  private static final long NANOS = 1_000_000_000L;
  private static final OpenInterval[] NONE = new OpenInterval[0];
  private static final long MAX_DIRECT_DAYS = 40_000;
  private static final long MAX_PREFIX_DAYS = 20_000;
  private static final long PREFIX_MARGIN_DAYS = 400;
  /** Up to this many days, elapsed time is summed interval by interval. */
  private static final long SHORT_SPAN_DAYS = 3;

  private final ZoneId zone;
  private final ZoneClock clock;
  private final OpenInterval[][] weekly;
  private final long[] nominalDayNanos;
  private final long weekNanos;
  private final boolean alwaysOpenWeekly;
  private final int weeklyWorkingDays;
  private final Set<LocalDate> holidays;
  private final Map<LocalDate, List<OpenInterval>> overrides;
  private final long[] exceptionDays;
  private final OpenInterval[][] exceptionIntervals;
  private final long[] exceptionRealNanos;
  private final long[] exceptionDeltaPrefix;
  private final int[] exceptionWorkingPrefix;
  private final int[] exceptionsBefore;
  /**
   * Around the holidays and overrides, where the weekly pattern does not hold, the business time
   * of the days before each day from {@code prefixFirstDay}: prefix[k] is the sum of days
   * prefixFirstDay .. prefixFirstDay + k - 1. Empty without exceptions or when they span too long.
   */
  private final long[] prefix;
  private final long prefixFirstDay;
  /** Amounts up to this are added interval by interval: two of the longest weekly days. */
  private final long shortAmountNanos;

  private BusinessCalendar(
      ZoneId zone,
      Map<DayOfWeek, List<OpenInterval>> weeklySchedule,
      Set<LocalDate> holidays,
      Map<LocalDate, List<OpenInterval>> overrides) {
    this.zone = zone;
    this.clock = new ZoneClock(zone.getRules());
    this.weekly = new OpenInterval[7][];
    this.nominalDayNanos = new long[7];
    long week = 0;
    int working = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      OpenInterval[] intervals = sorted(weeklySchedule.getOrDefault(day, List.of()), "weekly[" + day + "]");
      weekly[day.ordinal()] = intervals;
      long nominal = 0;
      for (OpenInterval interval : intervals) {
        nominal += interval.nominalSeconds();
      }
      nominalDayNanos[day.ordinal()] = nominal * NANOS;
      week += nominal;
      working += intervals.length > 0 ? 1 : 0;
    }
    Checks.check(week > 0, "weekly", weeklySchedule, "must open at least once a week");
    checkWeeklyOverlap();
    this.weekNanos = week * NANOS;
    this.shortAmountNanos = 2 * Arrays.stream(nominalDayNanos).max().orElse(0);
    this.alwaysOpenWeekly = week == 7 * DAY;
    this.weeklyWorkingDays = working;
    this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
    Map<LocalDate, List<OpenInterval>> overrideCopy = new TreeMap<>();
    overrides.forEach((date, list) -> overrideCopy.put(date, List.copyOf(list)));
    this.overrides = Collections.unmodifiableMap(overrideCopy);
    // A date that is both a holiday and an override (a public holiday with a special opening, or
    // holiday data plus an extra opening) opens as the override says: overrides are put last.
    TreeMap<Long, OpenInterval[]> exceptions = new TreeMap<>();
    holidays.forEach(date -> exceptions.put(date.toEpochDay(), NONE));
    overrides.forEach((date, list) -> exceptions.put(date.toEpochDay(), sorted(list, "overrides[" + date + "]")));
    int count = exceptions.size();
    this.exceptionDays = new long[count];
    this.exceptionIntervals = new OpenInterval[count][];
    this.exceptionRealNanos = new long[count];
    this.exceptionDeltaPrefix = new long[count + 1];
    this.exceptionWorkingPrefix = new int[count + 1];
    ZoneClock clock = this.clock;
    int i = 0;
    for (Map.Entry<Long, OpenInterval[]> entry : exceptions.entrySet()) {
      long day = entry.getKey();
      exceptionDays[i] = day;
      exceptionIntervals[i] = entry.getValue();
      exceptionRealNanos[i] = realNanos(clock, day, entry.getValue());
      long weeklyReal = realNanos(clock, day, weekly[dow(day)]);
      exceptionDeltaPrefix[i + 1] = exceptionDeltaPrefix[i] + exceptionRealNanos[i] - weeklyReal;
      int workingDelta = (entry.getValue().length > 0 ? 1 : 0) - (weekly[dow(day)].length > 0 ? 1 : 0);
      exceptionWorkingPrefix[i + 1] = exceptionWorkingPrefix[i] + workingDelta;
      i++;
    }
    this.exceptionsBefore = exceptionsBefore(exceptionDays);
    for (LocalDate date : overrides.keySet()) {
      checkNeighbours(date.toEpochDay());
    }
    if (exceptionDays.length > 0 && exceptionDays[exceptionDays.length - 1] - exceptionDays[0] <= MAX_PREFIX_DAYS) {
      this.prefixFirstDay = exceptionDays[0] - PREFIX_MARGIN_DAYS;
      int days = (int) (exceptionDays[exceptionDays.length - 1] + PREFIX_MARGIN_DAYS - prefixFirstDay) + 1;
      this.prefix = new long[days + 1];
      for (int k = 0; k < days; k++) {
        prefix[k + 1] = prefix[k] + dayNanos(clock, prefixFirstDay + k);
      }
    } else {
      this.prefixFirstDay = 0;
      this.prefix = new long[0];
    }
  }

  // ---- construction --------------------------------------------------------------------------

  /**
   * Starts a calendar in a time zone.
   *
   * @param zone the IANA time zone the opening hours are given in
   * @return a new builder, never null
   */
  public static Builder builder(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new Builder(zone);
  }

  /**
   * A calendar that is always open.
   *
   * @param zone the time zone (it only matters for working days)
   * @return the calendar, never null
   */
  public static BusinessCalendar twentyFourSeven(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    Builder builder = builder(zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      builder.open(day, OpenInterval.wholeDay());
    }
    return builder.build();
  }

  private static OpenInterval[] sorted(List<OpenInterval> intervals, String field) {
    OpenInterval[] array = intervals.toArray(NONE);
    Arrays.sort(array);
    for (int i = 1; i < array.length; i++) {
      Checks.check(
          array[i - 1].endSecond() <= array[i].startSecond(),
          field,
          array[i - 1] + " and " + array[i],
          "overlap");
    }
    return array;
  }

  private void checkWeeklyOverlap() {
    for (int d = 0; d < 7; d++) {
      OpenInterval[] today = weekly[d];
      OpenInterval[] tomorrow = weekly[(d + 1) % 7];
      if (today.length > 0 && tomorrow.length > 0) {
        OpenInterval last = today[today.length - 1];
        Checks.check(
            last.endSecond() - DAY <= tomorrow[0].startSecond(),
            "weekly[" + DayOfWeek.values()[d] + "]",
            last,
            "runs into " + DayOfWeek.values()[(d + 1) % 7] + "'s " + tomorrow[0]);
      }
    }
  }

  private void checkNeighbours(long day) {
    OpenInterval[] before = intervalsOn(day - 1);
    OpenInterval[] here = intervalsOn(day);
    OpenInterval[] after = intervalsOn(day + 1);
    if (before.length > 0 && here.length > 0) {
      Checks.check(
          before[before.length - 1].endSecond() - DAY <= here[0].startSecond(),
          "overrides[" + LocalDate.ofEpochDay(day) + "]",
          here[0],
          "overlaps the previous day's " + before[before.length - 1]);
    }
    if (here.length > 0 && after.length > 0) {
      Checks.check(
          here[here.length - 1].endSecond() - DAY <= after[0].startSecond(),
          "overrides[" + LocalDate.ofEpochDay(day) + "]",
          here[here.length - 1],
          "runs into the next day's " + after[0]);
    }
  }

  // ---- accessors ------------------------------------------------------------------------------

  /**
   * The time zone the opening hours are given in.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The weekly opening intervals of a day of the week.
   *
   * @param day the day
   * @return the intervals in order, possibly empty
   */
  public List<OpenInterval> weeklyIntervals(DayOfWeek day) {
    Objects.requireNonNull(day, "day");
    return List.of(weekly[day.ordinal()]);
  }

  /**
   * The holidays.
   *
   * @return the dates, in order
   */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /**
   * The dated overrides; an empty list is a closed day.
   *
   * @return the overrides by date, in date order
   */
  public Map<LocalDate, List<OpenInterval>> overrides() {
    return overrides;
  }

  /**
   * The opening intervals that start on a date, after holidays and overrides.
   *
   * @param date the local date
   * @return the intervals in order, possibly empty
   */
  public List<OpenInterval> intervalsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return List.of(intervalsOn(date.toEpochDay()));
  }

  /**
   * The business time of a normal week, without clock changes, holidays or overrides.
   *
   * @return the weekly business time, never null
   */
  public Duration weeklyBusinessTime() {
    return Duration.ofNanos(weekNanos);
  }

  // ---- queries ----------------------------------------------------------------------------------

  /**
   * Whether the calendar is open at an instant.
   *
   * @param instant the instant
   * @return true if an interval contains it
   */
  public boolean isOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    ZoneClock clock = this.clock;
    long t = nanos(instant);
    long today = localDay(clock, t);
    for (long day = today - 1; day <= today; day++) {
      for (OpenInterval interval : intervalsOn(day)) {
        long start = startNanos(clock, day, interval);
        long end = endNanos(clock, day, interval);
        if (start <= t && t < end) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The first instant at or after the given one at which the calendar is open.
   *
   * @param instant the instant
   * @return the instant itself if open, otherwise the next opening, never null
   */
  public Instant nextOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    ZoneClock clock = this.clock;
    long t = nanos(instant);
    for (long day = localDay(clock, t) - 1; ; day++) {
      for (OpenInterval interval : intervalsOn(day)) {
        long start = startNanos(clock, day, interval);
        long end = endNanos(clock, day, interval);
        if (end > t && end > start) {
          return instant(Math.max(start, t));
        }
      }
    }
  }

  /**
   * The next instant after the given one at which the calendar closes: the end of the interval
   * that contains it, or of the next interval if it is closed. Intervals that touch count as one.
   *
   * @param instant the instant
   * @return the closing instant, or empty if the calendar never closes again
   */
  public Optional<Instant> nextClose(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    ZoneClock clock = this.clock;
    long t = nanos(instant);
    long today = localDay(clock, t);
    if (alwaysOpenWeekly && lowerBound(today - 1) == exceptionDays.length) {
      return Optional.empty();
    }
    long end = Long.MIN_VALUE;
    long lastDay = exceptionDays.length == 0 ? today + 8 : Math.max(today, exceptionDays[exceptionDays.length - 1]) + 8;
    for (long day = today - 1; day <= lastDay; day++) {
      for (OpenInterval interval : intervalsOn(day)) {
        long start = startNanos(clock, day, interval);
        long stop = endNanos(clock, day, interval);
        if (stop <= start || stop <= t) {
          continue;
        }
        if (end == Long.MIN_VALUE) {
          end = stop;
        } else if (start <= end) {
          end = Math.max(end, stop);
        } else {
          return Optional.of(instant(end));
        }
      }
    }
    return end == Long.MIN_VALUE ? Optional.empty() : Optional.of(instant(end));
  }

  /**
   * The business time between two instants: the open time in {@code [from, to)}.
   *
   * @param from the start
   * @param to the end
   * @return the business time, negative if {@code to} is before {@code from}, never null
   */
  public Duration elapsed(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return Duration.ofNanos(elapsedNanos(nanos(from), nanos(to)));
  }

  long elapsedNanos(long from, long to) {
    if (to < from) {
      return -elapsedNanos(to, from);
    }
    ZoneClock clock = this.clock;
    long anchor = localDay(clock, from) - 1;
    long last = localDay(clock, to);
    if (last - anchor <= SHORT_SPAN_DAYS) {
      long sum = 0;
      for (long day = anchor; day <= last; day++) {
        for (OpenInterval interval : intervalsOn(day)) {
          long start = Math.max(from, startNanos(clock, day, interval));
          long end = Math.min(to, endNanos(clock, day, interval));
          if (end > start) {
            sum += end - start;
          }
        }
      }
      return sum;
    }
    return cumulative(clock, anchor, to) - cumulative(clock, anchor, from);
  }

  /**
   * The instant at which an amount of business time, counted from the given instant, runs out:
   * the due instant of a target.
   *
   * @param start the start
   * @param amount the business time
   * @return the instant; a closing instant when the budget runs out exactly at a close, the next
   *     open instant for a zero amount; never null
   */
  public Instant plus(Instant start, BusinessDuration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    return instant(plusNanos(nanos(start), amount.toNanos()));
  }

  long plusNanos(long t, long amount) {
    if (amount == 0) {
      return nanos(nextOpen(instant(t)));
    }
    ZoneClock clock = this.clock;
    long anchor = localDay(clock, t) - 1;
    if (amount <= shortAmountNanos) {
      long budget = amount;
      for (long day = anchor; day <= anchor + SHORT_SPAN_DAYS; day++) {
        for (OpenInterval interval : intervalsOn(day)) {
          long start = Math.max(t, startNanos(clock, day, interval));
          long end = endNanos(clock, day, interval);
          if (end > start) {
            if (budget <= end - start) {
              return start + budget;
            }
            budget -= end - start;
          }
        }
      }
    }
    return firstReaching(clock, anchor, cumulative(clock, anchor, t) + amount);
  }

  /**
   * The latest instant at or before the given one from which the amount of business time runs
   * out exactly at the given instant: the start that a target of this amount due then would have.
   *
   * @param end the end
   * @param amount the business time
   * <p>A zero amount mirrors {@link #plus} of zero (the next opening): it gives the given instant
   * if the calendar is open at it or just before it (at a close), otherwise the previous close.
   *
   * @return the instant, never null
   */
  public Instant minus(Instant end, BusinessDuration amount) {
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(amount, "amount");
    long t = nanos(end);
    long budget = amount.toNanos();
    if (budget == 0) {
      return instant(previousClose(t));
    }
    ZoneClock clock = this.clock;
    long today = localDay(clock, t);
    long weeks = budget / weekNanos + 2;
    long anchor = today - 1 - 7 * weeks;
    while (cumulative(clock, anchor, t) < budget) {
      weeks *= 2;
      anchor = today - 1 - 7 * weeks;
    }
    long target = cumulative(clock, anchor, t) - budget;
    return instant(firstReaching(clock, anchor, target + 1) - 1);
  }

  /**
   * Adds working days: the end of business on the {@code days}-th working day after the working
   * day of {@code start} (a start outside hours counts from the next opening). A working day is a
   * date on which an interval starts. Zero days is the end of business of the start's working day.
   *
   * @param start the start
   * @param days the working days
   * @return the closing instant of the last interval of that working day, never null
   */
  public Instant plusWorkingDays(Instant start, WorkingDays days) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(days, "days");
    ZoneClock clock = this.clock;
    long t = nanos(start);
    long day = localDay(clock, t) - 1;
    boolean found = false;
    while (!found) {
      for (OpenInterval interval : intervalsOn(day)) {
        long begin = startNanos(clock, day, interval);
        long end = endNanos(clock, day, interval);
        if (end > t && end > begin) {
          found = true;
          break;
        }
      }
      if (!found) {
        day++;
      }
    }
    long remaining = days.days();
    while (remaining > 0) {
      long weeks = weeklyWorkingDays == 0 ? 0 : remaining / weeklyWorkingDays - 1;
      if (weeks > 0) {
        long count = workingDays(day + 1, day + 7 * weeks);
        if (count < remaining) {
          day += 7 * weeks;
          remaining -= count;
          continue;
        }
      }
      day++;
      if (intervalsOn(day).length > 0) {
        remaining--;
      }
    }
    OpenInterval[] intervals = intervalsOn(day);
    return instant(endNanos(clock, day, intervals[intervals.length - 1]));
  }

  // ---- the arithmetic ----------------------------------------------------------------------------

  /** Business nanos in intervals starting on days anchor.. up to instant t (clipped at t). */
  private long cumulative(ZoneClock clock, long anchor, long t) {
    long today = localDay(clock, t);
    return fullDays(clock, anchor, today - 2) + clipped(clock, today - 1, t) + clipped(clock, today, t);
  }

  /** The first instant u with cumulative(anchor, u) >= target; target is above cumulative at anchor. */
  private long firstReaching(ZoneClock clock, long anchor, long target) {
    long day = anchor;
    long reached = 0;
    if (anchor >= prefixFirstDay && anchor - prefixFirstDay < prefix.length - 1) {
      int base = (int) (anchor - prefixFirstDay);
      int last = prefix.length - 1;
      if (prefix[last] - prefix[base] >= target) {
        int low = base + 1;
        int high = last;
        while (low < high) {
          int middle = (low + high) >>> 1;
          if (prefix[middle] - prefix[base] >= target) {
            high = middle;
          } else {
            low = middle + 1;
          }
        }
        day = prefixFirstDay + low - 1;
        reached = prefix[low - 1] - prefix[base];
      } else {
        day = prefixFirstDay + last;
        reached = prefix[last] - prefix[base];
      }
    }
    while (target - reached >= 2 * weekNanos) {
      long weeks = (target - reached) / weekNanos - 1;
      boolean jumped = false;
      while (weeks > 0) {
        long sum = reached + fullDays(clock, day, day + 7 * weeks - 1);
        if (sum < target) {
          day += 7 * weeks;
          reached = sum;
          jumped = true;
          break;
        }
        weeks /= 2;
      }
      if (!jumped) {
        break;
      }
    }
    while (true) {
      long real = dayNanos(clock, day);
      if (reached + real >= target) {
        long sum = reached;
        for (OpenInterval interval : intervalsOn(day)) {
          long start = startNanos(clock, day, interval);
          long length = endNanos(clock, day, interval) - start;
          if (length <= 0) {
            continue;
          }
          if (sum + length >= target) {
            return start + (target - sum);
          }
          sum += length;
        }
        throw new IllegalStateException("day " + LocalDate.ofEpochDay(day) + " did not hold its business time");
      }
      reached += real;
      day++;
    }
  }

  /** Business nanos of the intervals starting on days first..last, each counted whole. */
  private long fullDays(ZoneClock clock, long first, long last) {
    if (last < first) {
      return 0;
    }
    if (first >= prefixFirstDay && last + 1 - prefixFirstDay < prefix.length) {
      return prefix[(int) (last + 1 - prefixFirstDay)] - prefix[(int) (first - prefixFirstDay)];
    }
    long days = last - first + 1;
    long sum = days / 7 * weekNanos;
    long rest = days % 7;
    for (long k = 0; k < rest; k++) {
      sum += nominalDayNanos[dow(first + k)];
    }
    sum += exceptionDeltaPrefix[lowerBound(last + 1)] - exceptionDeltaPrefix[lowerBound(first)];
    long from = first * DAY - 2 * DAY;
    long to = (last + 1) * DAY + 2 * DAY;
    if (clock.changesBetween(from, to)) {
      sum += clockChangeCorrection(clock, first, last, from, to);
    }
    return sum;
  }

  /** What clock changes add to or take from the weekly intervals of the days first..last. */
  private long clockChangeCorrection(ZoneClock clock, long first, long last, long from, long to) {
    long correction = 0;
    long lastCorrected = Long.MIN_VALUE;
    for (long change = clock.nextChangeAfter(from - 1); change < to; change = clock.nextChangeAfter(change)) {
      long changeDay = Math.floorDiv(clock.localEpochSecondOf(change), DAY);
      for (long day = changeDay - 1; day <= changeDay; day++) {
        if (day >= first && day <= last && day > lastCorrected) {
          OpenInterval[] intervals = weekly[dow(day)];
          correction += realNanos(clock, day, intervals) - nominalDayNanos[dow(day)];
          lastCorrected = day;
        }
      }
    }
    return correction;
  }

  /** The real business nanos of the intervals starting on a day. */
  private long dayNanos(ZoneClock clock, long day) {
    int index = exceptionIndex(day);
    if (index >= 0) {
      return exceptionRealNanos[index];
    }
    OpenInterval[] intervals = weekly[dow(day)];
    if (intervals.length == 0) {
      return 0;
    }
    if (!clock.changesBetween(day * DAY - 2 * DAY, day * DAY + 3 * DAY)) {
      return nominalDayNanos[dow(day)];
    }
    return realNanos(clock, day, intervals);
  }

  private long clipped(ZoneClock clock, long day, long t) {
    long sum = 0;
    for (OpenInterval interval : intervalsOn(day)) {
      long start = startNanos(clock, day, interval);
      if (start >= t) {
        break;
      }
      long end = endNanos(clock, day, interval);
      if (end > start) {
        sum += Math.min(end, t) - start;
      }
    }
    return sum;
  }

  private long realNanos(ZoneClock clock, long day, OpenInterval[] intervals) {
    long sum = 0;
    for (OpenInterval interval : intervals) {
      sum += Math.max(0, endNanos(clock, day, interval) - startNanos(clock, day, interval));
    }
    return sum;
  }

  private long workingDays(long first, long last) {
    long days = last - first + 1;
    long count = days / 7 * weeklyWorkingDays;
    for (long k = 0; k < days % 7; k++) {
      count += weekly[dow(first + k)].length > 0 ? 1 : 0;
    }
    return count + exceptionWorkingPrefix[lowerBound(last + 1)] - exceptionWorkingPrefix[lowerBound(first)];
  }

  private OpenInterval[] intervalsOn(long day) {
    int index = exceptionIndex(day);
    return index >= 0 ? exceptionIntervals[index] : weekly[dow(day)];
  }

  /** The index of a day among the holidays and overrides, or -1. */
  private int exceptionIndex(long day) {
    if (exceptionsBefore.length > 0) {
      if (day < exceptionDays[0] || day > exceptionDays[exceptionDays.length - 1]) {
        return -1;
      }
      int offset = (int) (day - exceptionDays[0]);
      int index = exceptionsBefore[offset];
      return exceptionsBefore[offset + 1] > index ? index : -1;
    }
    int index = Arrays.binarySearch(exceptionDays, day);
    return index >= 0 ? index : -1;
  }

  /** The number of holidays and overrides before the given day. */
  private int lowerBound(long day) {
    if (exceptionsBefore.length > 0) {
      if (day <= exceptionDays[0]) {
        return 0;
      }
      if (day > exceptionDays[exceptionDays.length - 1]) {
        return exceptionDays.length;
      }
      return exceptionsBefore[(int) (day - exceptionDays[0])];
    }
    int index = Arrays.binarySearch(exceptionDays, day);
    return index >= 0 ? index : -index - 1;
  }

  /**
   * For each day from the first holiday or override to the day after the last, how many come
   * before it; empty when there are none or they span more than {@value #MAX_DIRECT_DAYS} days, in
   * which case a binary search finds them.
   */
  private static int[] exceptionsBefore(long[] days) {
    if (days.length == 0 || days[days.length - 1] - days[0] > MAX_DIRECT_DAYS) {
      return new int[0];
    }
    int[] before = new int[(int) (days[days.length - 1] - days[0]) + 2];
    int k = 0;
    for (int i = 0; i < before.length; i++) {
      while (k < days.length && days[k] < days[0] + i) {
        k++;
      }
      before[i] = k;
    }
    return before;
  }

  private static int dow(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  /**
   * The latest instant at or before {@code t} that ends an open period, or {@code t} itself if the
   * calendar is open at it or just before it. The week opens at least once and exceptions are finite, so
   * the scan back ends.
   */
  private long previousClose(long t) {
    ZoneClock clock = this.clock;
    long best = Long.MIN_VALUE;
    long found = Long.MIN_VALUE;
    for (long day = localDay(clock, t); found == Long.MIN_VALUE || day >= found - 2; day--) {
      for (OpenInterval interval : intervalsOn(day)) {
        long start = startNanos(clock, day, interval);
        long stop = endNanos(clock, day, interval);
        if (stop <= start || start > t) {
          continue;
        }
        if (stop >= t) {
          return t; // open at t or just before it
        }
        if (stop > best) {
          best = stop;
          if (found == Long.MIN_VALUE) {
            found = day;
          }
        }
      }
    }
    return best;
  }

  private static long startNanos(ZoneClock clock, long day, OpenInterval interval) {
    return clock.epochSecondOf(day * DAY + interval.startSecond()) * NANOS;
  }

  private static long endNanos(ZoneClock clock, long day, OpenInterval interval) {
    return clock.epochSecondOf(day * DAY + interval.endSecond()) * NANOS;
  }

  private static long localDay(ZoneClock clock, long t) {
    return Math.floorDiv(clock.localEpochSecondOf(Math.floorDiv(t, NANOS)), DAY);
  }

  static long nanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS), instant.getNano());
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }

  // ---- identity -----------------------------------------------------------------------------

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof BusinessCalendar that)) {
      return false;
    }
    return zone.equals(that.zone)
        && Arrays.deepEquals(weekly, that.weekly)
        && holidays.equals(that.holidays)
        && overrides.equals(that.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, Arrays.deepHashCode(weekly), holidays, overrides);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("BusinessCalendar{").append(zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (weekly[day.ordinal()].length > 0) {
        text.append(", ").append(day.name(), 0, 3).append('=').append(Arrays.toString(weekly[day.ordinal()]));
      }
    }
    return text.append(", ").append(holidays.size()).append(" holidays, ")
        .append(overrides.size()).append(" overrides}").toString();
  }

  /** Collects a calendar's opening hours. Not thread-safe; {@link #build()} copies everything. */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpenInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    private final List<OpenInterval> breaks = new ArrayList<>();
    private final Set<LocalDate> holidays = new TreeSet<>();
    private final Map<LocalDate, List<OpenInterval>> overrides = new TreeMap<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Adds weekly opening intervals to a day of the week.
     *
     * @param day the day
     * @param intervals the intervals
     * @return this builder
     */
    public Builder open(DayOfWeek day, OpenInterval... intervals) {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(intervals, "intervals");
      weekly.computeIfAbsent(day, d -> new ArrayList<>()).addAll(List.of(intervals));
      return this;
    }

    /**
     * Adds weekly opening intervals, written {@code "HH:mm-HH:mm"}, to a day of the week.
     *
     * @param day the day
     * @param intervals the intervals, such as {@code "08:00-12:00"}
     * @return this builder
     */
    public Builder open(DayOfWeek day, String... intervals) {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(intervals, "intervals");
      for (String interval : intervals) {
        open(day, OpenInterval.parse(interval));
      }
      return this;
    }

    /**
     * Adds the same opening intervals to Monday to Friday.
     *
     * @param intervals the intervals, such as {@code "08:00-17:00"}
     * @return this builder
     */
    public Builder weekdays(String... intervals) {
      Objects.requireNonNull(intervals, "intervals");
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
          open(day, intervals);
        }
      }
      return this;
    }

    /**
     * Closes a break in every weekly interval it falls in, such as lunch.
     *
     * @param interval the break, such as {@code "12:00-13:00"}
     * @return this builder
     */
    public Builder breakTime(String interval) {
      Objects.requireNonNull(interval, "interval");
      breaks.add(OpenInterval.parse(interval));
      return this;
    }

    /**
     * Adds a holiday: the intervals that start on that date do not open.
     *
     * @param date the local date
     * @return this builder
     */
    public Builder holiday(LocalDate date) {
      Objects.requireNonNull(date, "date");
      holidays.add(date);
      return this;
    }

    /**
     * Adds holidays.
     *
     * @param dates the local dates
     * @return this builder
     */
    public Builder holidays(Iterable<LocalDate> dates) {
      Objects.requireNonNull(dates, "dates");
      dates.forEach(this::holiday);
      return this;
    }

    /**
     * Replaces the opening intervals of one date, such as extended hours at period end.
     *
     * @param date the local date
     * @param intervals the intervals of that date, such as {@code "07:00-22:00"}
     * @return this builder
     */
    public Builder override(LocalDate date, String... intervals) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(intervals, "intervals");
      List<OpenInterval> parsed = new ArrayList<>();
      for (String interval : intervals) {
        parsed.add(OpenInterval.parse(interval));
      }
      Checks.check(!overrides.containsKey(date), "overrides", date, "is given twice");
      overrides.put(date, parsed);
      return this;
    }

    /**
     * Closes one date that would otherwise open.
     *
     * @param date the local date
     * @return this builder
     */
    public Builder closed(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return override(date);
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar, never null
     * @throws IllegalArgumentException if intervals overlap, the week never opens, or a date is
     *     both a holiday and an override
     */
    public BusinessCalendar build() {
      Map<DayOfWeek, List<OpenInterval>> schedule = new EnumMap<>(DayOfWeek.class);
      weekly.forEach((day, intervals) -> schedule.put(day, withoutBreaks(intervals)));
      return new BusinessCalendar(zone, schedule, holidays, overrides);
    }

    private List<OpenInterval> withoutBreaks(List<OpenInterval> intervals) {
      List<OpenInterval> result = new ArrayList<>(intervals);
      for (OpenInterval pause : breaks) {
        List<OpenInterval> next = new ArrayList<>();
        for (OpenInterval interval : result) {
          if (pause.endSecond() <= interval.startSecond() || pause.startSecond() >= interval.endSecond()) {
            next.add(interval);
            continue;
          }
          if (pause.startSecond() > interval.startSecond()) {
            next.add(new OpenInterval(interval.startSecond(), pause.startSecond()));
          }
          if (pause.endSecond() < interval.endSecond() && pause.endSecond() < DAY) {
            next.add(new OpenInterval(pause.endSecond(), interval.endSecond()));
          }
        }
        result = next;
      }
      return result;
    }
  }
}

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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.supportmodel.core.internal.Checks;

/**
 * When support is open, in the calendar's own IANA time zone: weekly opening intervals (several a
 * day, overnight ones belonging to the day they start, {@code 24:00} as a close), breaks (weekly,
 * and dated ones for a single date), holidays (which remove the intervals that start on that date),
 * and dated overrides (extended hours at period end or in a seasonal peak, a closed day). On a
 * date that is both a holiday and an override, the override wins.
 *
 * <p>Semantics, for every operation:
 *
 * <ul>
 *   <li>each interval is a half-open period {@code [open, close)} of instants; a local time in a
 *       DST gap moves forward by the length of the gap, an ambiguous local time takes the earlier
 *       offset;
 *   <li>business time is the measure of the <em>union</em> of those periods on the instant line:
 *       real elapsed time, so an interval across a clock change lasts what the clock says, and
 *       where the zone makes two intervals overlap (a close in a spring-forward gap moves past the
 *       next open) the overlap counts once;
 *   <li>{@link #plus} returns the closing instant when the budget runs out exactly at a close, and
 *       the next open instant for a zero budget; {@link #minus} of zero mirrors it; {@link
 *       #elapsed} is negative when the end is before the start;
 *   <li>business durations and working days are different types ({@link BusinessDuration}, {@link
 *       WorkingDays});
 *   <li>instants and results must lie from {@link #MIN_SUPPORTED} to {@link #MAX_SUPPORTED}; outside
 *       that range an operation fails with an {@link IllegalArgumentException} naming the value,
 *       never with a wrong answer.
 * </ul>
 *
 * <p>The arithmetic does not step through minutes or days, so its cost does not grow with the
 * span: whole weeks are counted from the weekly pattern, clock changes are read from a table of
 * the zone's transitions, and from 400 days before the first holiday or override to 400 days after
 * the last the calendar keeps the business time of every day as prefix sums (8 bytes a day, built
 * once), so that a span there is one subtraction and a due instant one binary search.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {
  /** The earliest instant the calendar arithmetic accepts or returns: 1900-01-01T00:00:00Z. */
  public static final Instant MIN_SUPPORTED = Instant.parse("1900-01-01T00:00:00Z");
  /** The latest instant the calendar arithmetic accepts or returns: 2150-01-01T00:00:00Z. */
  public static final Instant MAX_SUPPORTED = Instant.parse("2150-01-01T00:00:00Z");

  private static final long DAY = 86_400L;
  private static final long NANOS = 1_000_000_000L;
  private static final long MIN_NANOS = MIN_SUPPORTED.getEpochSecond() * NANOS;
  private static final long MAX_NANOS = MAX_SUPPORTED.getEpochSecond() * NANOS;
  /** Days scanned beyond the supported range before an operation gives up: intervals reach two days. */
  private static final long MIN_DAY = MIN_SUPPORTED.getEpochSecond() / DAY - 3;
  private static final long MAX_DAY = MAX_SUPPORTED.getEpochSecond() / DAY + 3;
  private static final OpenInterval[] NONE = new OpenInterval[0];
  private static final long[] NO_PIECES = new long[0];
  /** The whole supported range: a calendar combined across zones has exceptions all along it. */
  private static final long MAX_DIRECT_DAYS = 100_000;
  private static final long MAX_PREFIX_DAYS = 100_000;
  private static final long PREFIX_MARGIN_DAYS = 400;
  /** Up to this many days, elapsed time is summed piece by piece. */
  private static final long SHORT_SPAN_DAYS = 3;

  private final ZoneId zone;
  private final ZoneClock clock;
  private final List<OpenInterval> breaks;
  private final Set<LocalDate> holidays;
  private final Map<LocalDate, List<OpenInterval>> overrides;
  private final Map<LocalDate, List<OpenInterval>> datedBreaks;
  /** The weekly intervals after the weekly breaks, by day of the week. */
  private final OpenInterval[][] weekly;
  /** The same as pairs of nanoseconds after the local midnight: open, close, open, close... */
  private final long[][] weeklyLocal;
  private final long[] nominalDayNanos;
  private final long weekNanos;
  private final boolean alwaysOpenWeekly;
  private final int weeklyWorkingDays;
  /** The days whose intervals differ from the weekly ones: holidays, overrides, dated breaks. */
  private final long[] exceptionDays;
  private final OpenInterval[][] exceptionIntervals;
  private final long[][] exceptionLocal;
  private final long[] exceptionNominalNanos;
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
  /** Amounts up to this are added piece by piece: two of the longest weekly days. */
  private final long shortAmountNanos;

  private BusinessCalendar(Builder builder) {
    this.zone = builder.zone;
    this.clock = new ZoneClock(zone.getRules());
    this.breaks = List.copyOf(builder.breaks);
    this.weekly = new OpenInterval[7][];
    this.weeklyLocal = new long[7][];
    this.nominalDayNanos = new long[7];
    OpenInterval[][] configured = new OpenInterval[7][];
    for (DayOfWeek day : DayOfWeek.values()) {
      configured[day.ordinal()] = sorted(builder.weekly.getOrDefault(day, List.of()), () -> "weekly[" + day + "]");
    }
    checkWeeklyOverlap(configured);
    long week = 0;
    int working = 0;
    for (int d = 0; d < 7; d++) {
      OpenInterval[] intervals = configured[d];
      for (OpenInterval pause : breaks) {
        for (int shift = -1; shift <= 1; shift++) {
          intervals = without(intervals, pause.startSecond() + shift * (int) DAY, pause.endSecond() + shift * (int) DAY);
        }
      }
      weekly[d] = intervals;
      weeklyLocal[d] = local(intervals);
      nominalDayNanos[d] = nominal(intervals);
      week += nominalDayNanos[d];
      working += intervals.length > 0 ? 1 : 0;
    }
    Checks.check(week > 0, "weekly", builder.weekly, "must open at least once a week");
    this.weekNanos = week;
    this.shortAmountNanos = 2 * Arrays.stream(nominalDayNanos).max().orElse(0);
    this.alwaysOpenWeekly = week == 7 * DAY * NANOS;
    this.weeklyWorkingDays = working;
    this.holidays = Collections.unmodifiableSet(new TreeSet<>(builder.holidays));
    this.overrides = frozen(builder.overrides);
    this.datedBreaks = frozen(builder.datedBreaks);

    // A date that is both a holiday and an override (a public holiday with a special opening, or
    // holiday data plus an extra opening) opens as the override says: overrides are put last.
    TreeMap<Long, OpenInterval[]> exceptions = new TreeMap<>();
    holidays.forEach(date -> exceptions.put(date.toEpochDay(), NONE));
    overrides.forEach((date, list) -> exceptions.put(date.toEpochDay(), sorted(list, () -> "overrides[" + date + "]")));
    for (LocalDate date : overrides.keySet()) {
      checkNeighbours(date.toEpochDay(), exceptions);
    }
    // A dated break closes a period of one date's wall clock in whatever interval it falls in: the
    // date's own, the previous day's overnight one, or the next day's if the break runs past midnight.
    datedBreaks.forEach((date, pauses) -> {
      for (OpenInterval pause : pauses) {
        for (long day = date.toEpochDay() - 1; day <= date.toEpochDay() + 1; day++) {
          int shift = (int) ((date.toEpochDay() - day) * DAY);
          OpenInterval[] before = exceptions.getOrDefault(day, weekly[dow(day)]);
          OpenInterval[] after = without(before, pause.startSecond() + shift, pause.endSecond() + shift);
          if (after != before) {
            exceptions.put(day, after);
          }
        }
      }
    });
    int count = exceptions.size();
    this.exceptionDays = new long[count];
    this.exceptionIntervals = new OpenInterval[count][];
    this.exceptionLocal = new long[count][];
    this.exceptionNominalNanos = new long[count];
    this.exceptionDeltaPrefix = new long[count + 1];
    this.exceptionWorkingPrefix = new int[count + 1];
    int i = 0;
    for (Map.Entry<Long, OpenInterval[]> entry : exceptions.entrySet()) {
      long day = entry.getKey();
      OpenInterval[] intervals = entry.getValue();
      exceptionDays[i] = day;
      exceptionIntervals[i] = intervals;
      exceptionLocal[i] = local(intervals);
      exceptionNominalNanos[i] = nominal(intervals);
      exceptionDeltaPrefix[i + 1] = exceptionDeltaPrefix[i] + exceptionNominalNanos[i] - nominalDayNanos[dow(day)];
      int workingDelta = (intervals.length > 0 ? 1 : 0) - (weekly[dow(day)].length > 0 ? 1 : 0);
      exceptionWorkingPrefix[i + 1] = exceptionWorkingPrefix[i] + workingDelta;
      i++;
    }
    this.exceptionsBefore = exceptionsBefore(exceptionDays);
    if (count > 0 && exceptionDays[count - 1] - exceptionDays[0] <= MAX_PREFIX_DAYS) {
      this.prefixFirstDay = Math.max(MIN_DAY, exceptionDays[0] - PREFIX_MARGIN_DAYS);
      int days = (int) (Math.min(MAX_DAY, exceptionDays[count - 1] + PREFIX_MARGIN_DAYS) - prefixFirstDay) + 1;
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

  /**
   * A builder holding this calendar's hours, breaks, holidays, overrides and dated breaks, to
   * derive a calendar from it (add the public holidays of a region, a dated break).
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder(zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      builder.open(day, weekly[day.ordinal()]);
    }
    builder.breaks.addAll(breaks);
    builder.holidays.addAll(holidays);
    overrides.forEach((date, list) -> builder.overrides.put(date, new ArrayList<>(list)));
    datedBreaks.forEach((date, list) -> builder.datedBreaks.put(date, new ArrayList<>(list)));
    return builder;
  }

  /**
   * The calendar open whenever this one or the other is: follow-the-sun support from regional
   * calendars, or a helpdesk with extended hours on some days. Computed once into a calendar of its
   * own, with the same arithmetic and speed: its week is the union of the two weeks, and every
   * date on which either calendar has a holiday, an override or a dated break (and the day after,
   * for overnight intervals) becomes an override. Intervals are cut at midnight; periods that
   * touch still count as one.
   *
   * <p>The result is open exactly when either calendar is, at every instant: around a
   * spring-forward gap, where each calendar moves an opening or closing inside the gap forward on
   * its own, the day is restated from the open periods on the instant line.
   *
   * <p>Calendars in different zones (EMEA and APAC, say) combine in UTC, the only zone in which
   * both are plain: the result's {@link #zone()} is UTC, its intervals and working days are UTC
   * dates, and its week changes with the clock changes of either zone (the weeks that differ from
   * the most common one are overrides).
   *
   * @param other the other calendar, in any zone
   * @return the union, never null
   */
  public BusinessCalendar union(BusinessCalendar other) {
    Objects.requireNonNull(other, "other");
    return CalendarCombination.combine(this, other, true);
  }

  /**
   * The calendar open only when this one and the other both are: a partner's hours within ours.
   * Computed like {@link #union}.
   *
   * @param other the other calendar, in any zone
   * @return the intersection, never null
   * @throws IllegalArgumentException if the two weeks never overlap
   */
  public BusinessCalendar intersection(BusinessCalendar other) {
    Objects.requireNonNull(other, "other");
    return CalendarCombination.combine(this, other, false);
  }

  /** The weekly intervals of a day of the week by ordinal, after breaks: the calendar's own array. */
  OpenInterval[] weekly(int dayOfWeek) {
    return weekly[dayOfWeek];
  }

  /** The days of the holidays, overrides and dated breaks, ascending: the calendar's own array. */
  long[] exceptionDays() {
    return exceptionDays;
  }

  ZoneClock clock() {
    return clock;
  }

  /** Whether a holiday, override or dated break lies within two days of a day. */
  boolean nearException(long day) {
    return lowerBound(day + 3) > lowerBound(day - 2);
  }

  /** The open periods in [from, to) as pairs of seconds after {@code from} (intervals are whole seconds). */
  int[] instantPieces(long from, long to) {
    List<Integer> pairs = new ArrayList<>();
    Periods periods = new Periods(from, to);
    long base = Math.floorDiv(from, NANOS);
    while (periods.hasNext()) {
      OpenPeriod period = periods.next();
      pairs.add((int) (period.start().getEpochSecond() - base));
      pairs.add((int) (period.end().getEpochSecond() - base));
    }
    return pairs.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Map<LocalDate, List<OpenInterval>> frozen(Map<LocalDate, List<OpenInterval>> map) {
    Map<LocalDate, List<OpenInterval>> copy = new TreeMap<>();
    map.forEach((date, list) -> copy.put(date, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  private static OpenInterval[] sorted(List<OpenInterval> intervals, Supplier<String> field) {
    OpenInterval[] array = intervals.toArray(NONE);
    Arrays.sort(array);
    for (int i = 1; i < array.length; i++) {
      if (array[i - 1].endSecond() > array[i].startSecond()) {
        throw new IllegalArgumentException(Checks.message(field.get(), array[i - 1] + " and " + array[i], "overlap"));
      }
    }
    return array;
  }

  /**
   * The intervals with the local period [from, to) (seconds after the day's midnight, possibly
   * negative or past it) closed; the same array if nothing changes.
   */
  private static OpenInterval[] without(OpenInterval[] intervals, int from, int to) {
    List<OpenInterval> result = new ArrayList<>();
    boolean changed = false;
    for (OpenInterval interval : intervals) {
      if (to <= interval.startSecond() || from >= interval.endSecond()) {
        result.add(interval);
        continue;
      }
      changed = true;
      if (from > interval.startSecond()) {
        result.add(new OpenInterval(interval.startSecond(), from));
      }
      if (to < interval.endSecond()) {
        result.add(new OpenInterval(to, interval.endSecond()));
      }
    }
    return changed ? result.toArray(NONE) : intervals;
  }

  private static long[] local(OpenInterval[] intervals) {
    long[] pieces = new long[2 * intervals.length];
    for (int k = 0; k < intervals.length; k++) {
      pieces[2 * k] = intervals[k].startSecond() * NANOS;
      pieces[2 * k + 1] = intervals[k].endSecond() * NANOS;
    }
    return pieces;
  }

  private static long nominal(OpenInterval[] intervals) {
    long sum = 0;
    for (OpenInterval interval : intervals) {
      sum += interval.nominalSeconds() * NANOS;
    }
    return sum;
  }

  private static void checkWeeklyOverlap(OpenInterval[][] week) {
    for (int d = 0; d < 7; d++) {
      OpenInterval[] today = week[d];
      OpenInterval[] tomorrow = week[(d + 1) % 7];
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

  private void checkNeighbours(long day, Map<Long, OpenInterval[]> exceptions) {
    OpenInterval[] before = exceptions.getOrDefault(day - 1, weekly[dow(day - 1)]);
    OpenInterval[] here = exceptions.getOrDefault(day, weekly[dow(day)]);
    OpenInterval[] after = exceptions.getOrDefault(day + 1, weekly[dow(day + 1)]);
    // the messages are built only on failure: a calendar combined across zones has thousands of overrides
    if (before.length > 0 && here.length > 0 && before[before.length - 1].endSecond() - DAY > here[0].startSecond()) {
      throw new IllegalArgumentException(Checks.message("overrides[" + LocalDate.ofEpochDay(day) + "]", here[0],
          "overlaps the previous day's " + before[before.length - 1]));
    }
    if (here.length > 0 && after.length > 0 && here[here.length - 1].endSecond() - DAY > after[0].startSecond()) {
      throw new IllegalArgumentException(Checks.message("overrides[" + LocalDate.ofEpochDay(day) + "]", here[here.length - 1],
          "runs into the next day's " + after[0]));
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
   * The weekly opening intervals of a day of the week, after the weekly breaks.
   *
   * @param day the day
   * @return the intervals in order, possibly empty
   */
  public List<OpenInterval> weeklyIntervals(DayOfWeek day) {
    Objects.requireNonNull(day, "day");
    return List.of(weekly[day.ordinal()]);
  }

  /**
   * The weekly breaks, as given.
   *
   * @return the breaks, in the order given
   */
  public List<OpenInterval> breaks() {
    return breaks;
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
   * The dated breaks: periods of one date's wall clock during which the calendar is closed.
   *
   * @return the breaks by date, in date order
   */
  public Map<LocalDate, List<OpenInterval>> datedBreaks() {
    return datedBreaks;
  }

  /**
   * The opening intervals that start on a date, after breaks, holidays and overrides. The
   * remainder of an overnight interval after a break opens after midnight ({@link
   * OpenInterval#opensNextDay()}) and still belongs to this date.
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
  //
  // Naming: nextOpen and previousClose look at the state at t (they may return t itself); nextClose
  // and previousOpen are the ends of the open period containing t (or the nearest one); the -ing
  // methods find events strictly after or before t and never return t.

  /**
   * Whether the calendar is open at an instant.
   *
   * @param instant the instant
   * @return true if an interval contains it
   * @throws IllegalArgumentException if the instant is outside the supported range
   */
  public boolean isOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    ZoneClock clock = this.clock;
    long t = nanos(instant, "instant");
    long today = localDay(clock, t);
    for (long day = today - 1; day <= today; day++) {
      for (OpenInterval interval : intervalsOn(day)) {
        if (startNanos(clock, day, interval) <= t && t < endNanos(clock, day, interval)) {
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
   * @throws IllegalArgumentException if the instant or the result is outside the supported range
   */
  public Instant nextOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    long t = nanos(instant, "instant");
    try {
      return instant(result(nextOpenNanos(t)));
    } catch (OutOfRange e) {
      throw beyondRange("nextOpen(" + instant + ")");
    }
  }

  private long nextOpenNanos(long t) {
    Walk walk = new Walk(localDay(clock, t) - 1, true);
    while (walk.advance()) {
      if (walk.end > t) {
        return Math.max(walk.start, t);
      }
    }
    return t; // a 24x7 week beyond the last exception: open for good
  }

  /**
   * The end of the open period that contains the given instant, or of the next one if the
   * calendar is closed at it: always strictly after it. Intervals that touch count as one period.
   *
   * @param instant the instant
   * @return the closing instant, or empty if the calendar never closes again
   * @throws IllegalArgumentException if the instant or the result is outside the supported range
   */
  public Optional<Instant> nextClose(Instant instant) {
    return search(instant, "nextClose", -1, true, (walk, t) -> {
      long end = NOT_FOUND;
      while (walk.advance()) {
        if (walk.end <= t) {
          continue;
        }
        if (end == NOT_FOUND || walk.start <= end) {
          end = walk.end;
        } else {
          return end;
        }
      }
      return NOT_FOUND;
    });
  }

  /**
   * The first opening strictly after the given instant: the start of an open period, an instant
   * at which the calendar opens after being closed.
   *
   * @param instant the instant
   * @return the opening, or empty if the calendar never opens again after it (it stays open)
   * @throws IllegalArgumentException if the instant or the result is outside the supported range
   */
  public Optional<Instant> nextOpening(Instant instant) {
    return search(instant, "nextOpening", -2, true, (walk, t) -> {
      long reached = Long.MIN_VALUE;
      while (walk.advance()) {
        if (walk.start > t && walk.start > reached) {
          return walk.start;
        }
        reached = walk.end;
      }
      return NOT_FOUND;
    });
  }

  /**
   * The latest instant at or before the given one at which an open period ends or is under way:
   * the instant itself if the calendar is open at it or just before it, otherwise the end of the
   * last open period before it. The mirror of {@link #nextOpen}; {@link #minus} of zero.
   *
   * @param instant the instant
   * @return the instant, never null
   * @throws IllegalArgumentException if the instant or the result is outside the supported range
   */
  public Instant previousClose(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    long t = nanos(instant, "instant");
    try {
      return instant(result(previousCloseNanos(t)));
    } catch (OutOfRange e) {
      throw beyondRange("previousClose(" + instant + ")");
    }
  }

  private long previousCloseNanos(long t) {
    Walk walk = new Walk(localDay(clock, t) + 1, false);
    while (walk.advance()) {
      if (walk.start <= t) {
        return walk.end >= t ? t : walk.end;
      }
    }
    return t; // a 24x7 week before the first exception: open all along
  }

  /**
   * The start of the open period that contains the given instant, or of the last one before it
   * if the calendar is closed at it: at or before it. The mirror of {@link #nextClose}.
   *
   * @param instant the instant
   * @return the opening, or empty if that period has been open since before any exception of a
   *     24x7 week
   * @throws IllegalArgumentException if the instant or the result is outside the supported range
   */
  public Optional<Instant> previousOpen(Instant instant) {
    return search(instant, "previousOpen", 1, false, (walk, t) -> {
      long start = NOT_FOUND;
      while (walk.advance()) {
        if (start == NOT_FOUND) {
          if (walk.start <= t) {
            start = walk.start;
          }
        } else if (walk.end >= start) {
          start = walk.start;
        } else {
          return start;
        }
      }
      return NOT_FOUND;
    });
  }

  /**
   * The last opening strictly before the given instant.
   *
   * @param instant the instant
   * @return the opening, or empty if there is none (a 24x7 week before any exception)
   * @throws IllegalArgumentException if the instant or the result is outside the supported range
   */
  public Optional<Instant> previousOpening(Instant instant) {
    return search(instant, "previousOpening", 1, false, (walk, t) -> {
      long candidate = NOT_FOUND;
      while (walk.advance()) {
        if (candidate != NOT_FOUND && walk.end < candidate) {
          return candidate;
        }
        if (walk.start < t) {
          candidate = walk.start;
        }
      }
      return NOT_FOUND;
    });
  }

  /**
   * The last closing strictly before the given instant: the end of an open period.
   *
   * @param instant the instant
   * @return the closing, or empty if there is none (a 24x7 week before any exception)
   * @throws IllegalArgumentException if the instant or the result is outside the supported range
   */
  public Optional<Instant> previousClosing(Instant instant) {
    return search(instant, "previousClosing", 1, false, (walk, t) -> {
      long laterStart = Long.MAX_VALUE;
      while (walk.advance()) {
        if (walk.end < t && walk.end < laterStart) {
          return walk.end;
        }
        laterStart = walk.start;
      }
      return NOT_FOUND;
    });
  }

  /** What a {@link Search} returns when there is no such instant. */
  private static final long NOT_FOUND = Long.MIN_VALUE;

  /** A search along the pieces of open time from an instant. */
  @FunctionalInterface
  private interface Search {
    /** The instant found, in nanos, or {@link #NOT_FOUND}. */
    long run(Walk walk, long t);
  }

  /**
   * Runs a search from the pieces of the day {@code firstDay} days after the instant's local day,
   * forward or backward; a result outside the supported range fails naming the operation.
   */
  private Optional<Instant> search(Instant instant, String operation, int firstDay, boolean forward, Search search) {
    Objects.requireNonNull(instant, "instant");
    long t = nanos(instant, "instant");
    try {
      long found = search.run(new Walk(localDay(clock, t) + firstDay, forward), t);
      return found == NOT_FOUND ? Optional.empty() : Optional.of(instant(result(found)));
    } catch (OutOfRange e) {
      throw beyondRange(operation + "(" + instant + ")");
    }
  }

  /**
   * The open periods between two instants, clipped to them, in order and computed lazily: for
   * timelines and reports. Intervals that touch form one period.
   *
   * @param from the start, included
   * @param to the end, excluded; not before {@code from}
   * @return the periods, each of positive length, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from} or either is outside the
   *     supported range
   */
  public Stream<OpenPeriod> openPeriods(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    long a = nanos(from, "from");
    long b = nanos(to, "to");
    Checks.check(b >= a, "to", to, "must not be before from ", from, "");
    Periods periods = new Periods(a, b);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(periods, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * The business time between two instants: the open time in {@code [from, to)}.
   *
   * @param from the start
   * @param to the end
   * @return the business time, negative if {@code to} is before {@code from}, never null
   * @throws IllegalArgumentException if an instant is outside the supported range
   */
  public Duration elapsed(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return Duration.ofNanos(elapsedNanos(nanos(from, "from"), nanos(to, "to")));
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
        long origin = origin(clock, day);
        long[] pieces = pieces(clock, day, origin);
        for (int k = 0; k < pieces.length; k += 2) {
          long start = Math.max(from, origin + pieces[k]);
          long end = Math.min(to, origin + pieces[k + 1]);
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
   * @throws IllegalArgumentException if the start or the result is outside the supported range
   */
  public Instant plus(Instant start, BusinessDuration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    return instant(plusNanos(nanos(start, "start"), amount.toNanos()));
  }

  /** plus on nanos; the result is in the supported range or an IllegalArgumentException says why not. */
  long plusNanos(long t, long amount) {
    try {
      if (amount == 0) {
        return result(nextOpenNanos(t));
      }
      ZoneClock clock = this.clock;
      long anchor = localDay(clock, t) - 1;
      if (amount <= shortAmountNanos) {
        long budget = amount;
        for (long day = anchor; day <= anchor + SHORT_SPAN_DAYS; day++) {
          long origin = origin(clock, day);
          long[] pieces = pieces(clock, day, origin);
          for (int k = 0; k < pieces.length; k += 2) {
            long start = Math.max(t, origin + pieces[k]);
            long end = origin + pieces[k + 1];
            if (end > start) {
              if (budget <= end - start) {
                return result(start + budget);
              }
              budget -= end - start;
            }
          }
        }
      }
      long reached = cumulative(clock, anchor, t);
      if (amount > Long.MAX_VALUE - reached) {
        throw new OutOfRange();
      }
      return result(firstReaching(clock, anchor, reached + amount));
    } catch (OutOfRange e) {
      throw beyondRange("adding " + Duration.ofNanos(amount) + " of business time to " + instant(t));
    }
  }

  /**
   * The latest instant at or before the given one from which the amount of business time runs
   * out exactly at the given instant: the start that a target of this amount due then would have.
   *
   * <p>A zero amount mirrors {@link #plus} of zero (the next opening): it is {@link
   * #previousClose}, the given instant if the calendar is open at it or just before it (at a
   * close), otherwise the end of the last open period before it.
   *
   * @param end the end
   * @param amount the business time
   * @return the instant, never null
   * @throws IllegalArgumentException if the end or the result is outside the supported range
   */
  public Instant minus(Instant end, BusinessDuration amount) {
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(amount, "amount");
    long t = nanos(end, "end");
    long budget = amount.toNanos();
    try {
      if (budget == 0) {
        return instant(result(previousCloseNanos(t)));
      }
      ZoneClock clock = this.clock;
      long today = localDay(clock, t);
      long weeks = budget / weekNanos + 2;
      long anchor = Math.max(MIN_DAY, today - 1 - 7 * weeks);
      while (cumulative(clock, anchor, t) < budget) {
        if (anchor == MIN_DAY) {
          throw new OutOfRange();
        }
        weeks *= 2;
        anchor = Math.max(MIN_DAY, today - 1 - 7 * weeks);
      }
      long target = cumulative(clock, anchor, t) - budget;
      return instant(result(firstReaching(clock, anchor, target + 1) - 1));
    } catch (OutOfRange e) {
      throw beyondRange("subtracting " + amount.duration() + " of business time from " + end);
    }
  }

  /**
   * Adds working days and gives the <em>end of business</em>: the close of the last interval of
   * the {@code days}-th working day after the working day of {@code start} (a start outside hours
   * counts from the next opening). A working day is a date on which an interval starts. Zero days
   * is the end of business of the start's working day. For the same time of day some working days
   * later, see {@link #plusWorkingDaysAtSameTime}.
   *
   * @param start the start
   * @param days the working days
   * @return the closing instant of the last interval of that working day, never null
   * @throws IllegalArgumentException if the start or the result is outside the supported range
   */
  public Instant plusWorkingDaysToClose(Instant start, WorkingDays days) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(days, "days");
    long t = nanos(start, "start");
    ZoneClock clock = this.clock;
    try {
      long day = localDay(clock, t) - 1;
      while (!endsAfter(clock, day, t)) {
        day++;
        if (day > MAX_DAY) {
          throw new OutOfRange();
        }
      }
      day = workingDayAfter(day, days.days());
      OpenInterval[] intervals = intervalsOn(day);
      return instant(result(endNanos(clock, day, intervals[intervals.length - 1])));
    } catch (OutOfRange e) {
      throw beyondRange("adding " + days + " to " + start);
    }
  }

  /**
   * Adds working days and keeps the <em>time of day</em>: Monday 13:00 plus two working days is
   * Wednesday 13:00, or the next open instant after it if the calendar is closed then. The days
   * are counted from the start's date, whether or not it is a working day (Saturday 13:00 plus one
   * is Monday 13:00). For the end of business instead, see {@link #plusWorkingDaysToClose}.
   *
   * @param start the start
   * @param days the working days
   * @return the instant, never null
   * @throws IllegalArgumentException if the start or the result is outside the supported range
   */
  public Instant plusWorkingDaysAtSameTime(Instant start, WorkingDays days) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(days, "days");
    long t = nanos(start, "start");
    ZoneClock clock = this.clock;
    try {
      long local = clock.localEpochSecondOf(Math.floorDiv(t, NANOS));
      long date = Math.floorDiv(local, DAY);
      long day = workingDayAfter(date, days.days());
      long at = clock.epochSecondOf(day * DAY + Math.floorMod(local, DAY)) * NANOS + Math.floorMod(t, NANOS);
      return instant(result(nextOpenNanos(at)));
    } catch (OutOfRange e) {
      throw beyondRange("adding " + days + " to " + start);
    }
  }

  /** Whether one of the day's intervals ends after t: t's working day is the first such day. */
  private boolean endsAfter(ZoneClock clock, long day, long t) {
    for (OpenInterval interval : intervalsOn(day)) {
      long begin = startNanos(clock, day, interval);
      long end = endNanos(clock, day, interval);
      if (end > t && end > begin) {
        return true;
      }
    }
    return false;
  }

  /** The n-th working day after a day (the day itself for n = 0). */
  private long workingDayAfter(long day, long n) {
    long remaining = n;
    while (remaining > 0) {
      long weeks = Math.min(remaining / weeklyWorkingDays - 1, (MAX_DAY - day) / 7);
      if (weeks > 0) {
        long count = workingDays(day + 1, day + 7 * weeks);
        if (count < remaining) {
          day += 7 * weeks;
          remaining -= count;
          continue;
        }
      }
      day++;
      if (day > MAX_DAY) {
        throw new OutOfRange();
      }
      if (intervalsOn(day).length > 0) {
        remaining--;
      }
    }
    return day;
  }

  // ---- the arithmetic ----------------------------------------------------------------------------

  /** Business nanos in pieces of days anchor.. up to instant t (clipped at t). */
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
      long weeks = Math.min((target - reached) / weekNanos - 1, (MAX_DAY - day) / 7);
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
      if (day > MAX_DAY) {
        throw new OutOfRange();
      }
      long real = dayNanos(clock, day);
      if (reached + real >= target) {
        long origin = origin(clock, day);
        long[] pieces = pieces(clock, day, origin);
        long sum = reached;
        for (int k = 0; k < pieces.length; k += 2) {
          long length = pieces[k + 1] - pieces[k];
          if (sum + length >= target) {
            return origin + pieces[k] + (target - sum);
          }
          sum += length;
        }
        throw new IllegalStateException("day " + LocalDate.ofEpochDay(day) + " did not hold its business time");
      }
      reached += real;
      day++;
    }
  }

  /** Business nanos of the pieces of days first..last, each counted whole. */
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
    return sum + clockChangeCorrection(clock, first, last);
  }

  /**
   * What clock changes add to or take from the nominal business time of the days first..last:
   * the difference on each day that is not {@link #steady}, that is each day within two days
   * before or three days after a change.
   */
  private long clockChangeCorrection(ZoneClock clock, long first, long last) {
    long correction = 0;
    long corrected = first - 1;
    for (long change = clock.nextChangeAfter(first * DAY - 2 * DAY - 1); change < last * DAY + 3 * DAY;
        change = clock.nextChangeAfter(change)) {
      long low = Math.max(corrected + 1, Math.floorDiv(change - 3 * DAY, DAY) + 1);
      long high = Math.min(last, Math.floorDiv(change + 2 * DAY, DAY));
      for (long day = low; day <= high; day++) {
        correction += dayNanos(clock, day) - nominalNanos(day);
      }
      corrected = Math.max(corrected, high);
    }
    return correction;
  }

  /** The real business nanos of a day's pieces. */
  private long dayNanos(ZoneClock clock, long day) {
    if (steady(clock, day)) {
      return nominalNanos(day);
    }
    long[] pieces = exactPieces(clock, day, 0);
    long sum = 0;
    for (int k = 0; k < pieces.length; k += 2) {
      sum += pieces[k + 1] - pieces[k];
    }
    return sum;
  }

  /** The business nanos of a day's intervals as on a day without a clock change. */
  private long nominalNanos(long day) {
    int index = exceptionIndex(day);
    return index >= 0 ? exceptionNominalNanos[index] : nominalDayNanos[dow(day)];
  }

  private long clipped(ZoneClock clock, long day, long t) {
    long origin = origin(clock, day);
    long[] pieces = pieces(clock, day, origin);
    long sum = 0;
    for (int k = 0; k < pieces.length; k += 2) {
      long start = origin + pieces[k];
      if (start >= t) {
        break;
      }
      sum += Math.min(origin + pieces[k + 1], t) - start;
    }
    return sum;
  }

  // ---- pieces: a day's open time on the instant line ---------------------------------------------

  /** The instant, in nanos, of the local midnight that starts a day; pieces are relative to it. */
  static long origin(ZoneClock clock, long day) {
    return clock.epochSecondOf(day * DAY) * NANOS;
  }

  /**
   * Whether no clock change is near a day (from two days before its midnight to three after), so
   * that its intervals and those of the days before it map to instants with one offset.
   */
  private static boolean steady(ZoneClock clock, long day) {
    return !clock.changesBetween(day * DAY - 2 * DAY, day * DAY + 3 * DAY);
  }

  /**
   * The day's pieces of open time, relative to {@link #origin}: open, close, open, close...,
   * ascending and disjoint. The pieces of all days are disjoint and their union is the union of
   * all intervals: on a steady day they are the day's intervals; near a clock change, what an
   * earlier interval (the day's own or the two previous days') already covers is left out, so
   * that an overlap the zone creates counts once.
   */
  private long[] pieces(ZoneClock clock, long day, long origin) {
    if (steady(clock, day)) {
      int index = exceptionIndex(day);
      return index >= 0 ? exceptionLocal[index] : weeklyLocal[dow(day)];
    }
    return exactPieces(clock, day, origin);
  }

  private long[] exactPieces(ZoneClock clock, long day, long origin) {
    // Usually the clock change makes no interval overlap another: then the pieces are the day's
    // intervals as they map, in order, and nothing else is allocated.
    long reached = Long.MIN_VALUE;
    for (long earlier = day - 2; earlier < day; earlier++) {
      for (OpenInterval interval : intervalsOn(earlier)) {
        reached = Math.max(reached, endNanos(clock, earlier, interval));
      }
    }
    OpenInterval[] own = intervalsOn(day);
    long[] pieces = new long[2 * own.length];
    int count = 0;
    for (OpenInterval interval : own) {
      long start = startNanos(clock, day, interval);
      long end = endNanos(clock, day, interval);
      if (end <= start) {
        continue;
      }
      if (start < reached) {
        return overlappingPieces(clock, day, origin);
      }
      pieces[count++] = start - origin;
      pieces[count++] = end - origin;
      reached = end;
    }
    return count == pieces.length ? pieces : Arrays.copyOf(pieces, count);
  }

  /** {@link #exactPieces} when intervals overlap on the instant line: what is covered earlier is left out. */
  private long[] overlappingPieces(ZoneClock clock, long day, long origin) {
    List<long[]> covered = new ArrayList<>();
    for (long earlier = day - 2; earlier < day; earlier++) {
      for (OpenInterval interval : intervalsOn(earlier)) {
        long start = startNanos(clock, earlier, interval);
        long end = endNanos(clock, earlier, interval);
        if (end > start) {
          covered.add(new long[] {start, end});
        }
      }
    }
    List<long[]> owned = new ArrayList<>();
    for (OpenInterval interval : intervalsOn(day)) {
      long start = startNanos(clock, day, interval);
      long end = endNanos(clock, day, interval);
      if (end <= start) {
        continue;
      }
      covered.sort((x, y) -> Long.compare(x[0], y[0]));
      long cursor = start;
      for (long[] other : covered) {
        if (other[1] <= cursor) {
          continue;
        }
        if (other[0] >= end) {
          break;
        }
        if (other[0] > cursor) {
          owned.add(new long[] {cursor, other[0]});
        }
        cursor = other[1];
        if (cursor >= end) {
          break;
        }
      }
      if (cursor < end) {
        owned.add(new long[] {cursor, end});
      }
      covered.add(new long[] {start, end});
    }
    owned.sort((x, y) -> Long.compare(x[0], y[0]));
    long[] pieces = new long[2 * owned.size()];
    for (int k = 0; k < owned.size(); k++) {
      pieces[2 * k] = owned.get(k)[0] - origin;
      pieces[2 * k + 1] = owned.get(k)[1] - origin;
    }
    return pieces;
  }

  /**
   * Walks the pieces of open time one by one, forward or backward on the instant line, from the
   * pieces of a day.
   */
  private final class Walk {
    private final boolean forward;
    private long day;
    private long origin;
    private long[] pieces = NO_PIECES;
    private int next;
    long start;
    long end;

    Walk(long firstDay, boolean forward) {
      this.forward = forward;
      this.day = forward ? firstDay - 1 : firstDay + 1;
    }

    /**
     * Moves to the next piece. False when the calendar is open for good from here on (or, walking
     * back, has been open all along before here): a 24x7 week beyond the holidays and overrides.
     *
     * @throws OutOfRange past the supported range
     */
    boolean advance() {
      while (next >= pieces.length) {
        day += forward ? 1 : -1;
        if (alwaysOpenWeekly && (forward ? day > lastExceptionDay() + 2 : day < firstExceptionDay() - 2)) {
          return false;
        }
        if (day > MAX_DAY || day < MIN_DAY) {
          throw new OutOfRange();
        }
        origin = origin(clock, day);
        pieces = pieces(clock, day, origin);
        next = 0;
      }
      int k = forward ? next : pieces.length - 2 - next;
      start = origin + pieces[k];
      end = origin + pieces[k + 1];
      next += 2;
      return true;
    }
  }

  /** The open periods in [from, to), merged from the pieces, one at a time. */
  private final class Periods implements Iterator<OpenPeriod> {
    private final long from;
    private final long to;
    private final Walk walk;
    /** The piece read ahead, if any; none once the walk reports the calendar open for good. */
    private boolean hasPiece;
    private long pieceStart;
    private long pieceEnd;
    /** The end of the last piece read, where the open-for-good stretch begins. */
    private long lastEnd = Long.MIN_VALUE;
    private boolean done;

    Periods(long from, long to) {
      this.from = from;
      this.to = to;
      this.walk = new Walk(localDay(clock, from) - 1, true);
      read();
      while (hasPiece && pieceEnd <= from) {
        read();
      }
    }

    private void read() {
      try {
        hasPiece = walk.advance();
      } catch (OutOfRange e) {
        throw beyondRange("openPeriods up to " + instant(to));
      }
      if (hasPiece) {
        pieceStart = walk.start;
        pieceEnd = walk.end;
        lastEnd = walk.end;
      }
    }

    @Override
    public boolean hasNext() {
      if (done) {
        return false;
      }
      long start = hasPiece ? Math.max(from, pieceStart) : Math.max(from, lastEnd);
      done = start >= to;
      return !done;
    }

    @Override
    public OpenPeriod next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more open periods before " + instant(to));
      }
      long start;
      long end;
      if (hasPiece) {
        start = Math.max(from, pieceStart);
        end = pieceEnd;
        read();
        while (hasPiece && pieceStart <= end && end < to) {
          end = pieceEnd;
          read();
        }
        if (!hasPiece && end == lastEnd) {
          end = to; // the period runs into the open-for-good stretch
        }
      } else {
        start = Math.max(from, lastEnd);
        end = to;
      }
      if (end >= to) {
        end = to;
        done = true;
      }
      return new OpenPeriod(instant(start), instant(end));
    }
  }

  private long firstExceptionDay() {
    return exceptionDays.length == 0 ? Long.MAX_VALUE / 4 : exceptionDays[0];
  }

  private long lastExceptionDay() {
    return exceptionDays.length == 0 ? Long.MIN_VALUE / 4 : exceptionDays[exceptionDays.length - 1];
  }

  private long workingDays(long first, long last) {
    long days = last - first + 1;
    long count = days / 7 * weeklyWorkingDays;
    for (long k = 0; k < days % 7; k++) {
      count += weekly[dow(first + k)].length > 0 ? 1 : 0;
    }
    return count + exceptionWorkingPrefix[lowerBound(last + 1)] - exceptionWorkingPrefix[lowerBound(first)];
  }

  OpenInterval[] intervalsOn(long day) {
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

  static int dow(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
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

  /**
   * An instant as nanoseconds since the epoch, checked to lie in the supported range.
   *
   * @throws IllegalArgumentException naming the field and the value otherwise
   */
  static long nanos(Instant instant, String field) {
    long second = instant.getEpochSecond();
    if (second < MIN_SUPPORTED.getEpochSecond() || instant.isAfter(MAX_SUPPORTED)) {
      throw new IllegalArgumentException(Checks.message(field, instant, "must be within the supported range " + range()));
    }
    return second * NANOS + instant.getNano();
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }

  /** A result, checked to lie in the supported range. */
  private static long result(long nanos) {
    if (nanos < MIN_NANOS || nanos > MAX_NANOS) {
      throw new OutOfRange();
    }
    return nanos;
  }

  private static IllegalArgumentException beyondRange(String operation) {
    return new IllegalArgumentException(operation + ": the result lies outside the supported range " + range());
  }

  private static String range() {
    return MIN_SUPPORTED + " to " + MAX_SUPPORTED;
  }

  /** A result past the supported range, caught by the public method that names its arguments. */
  private static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfRange() {
      super(null, null, false, false);
    }
  }

  /**
   * The first and last day of the prefix table, as documented in the class comment, or none: for
   * tests of the arithmetic's layout.
   */
  List<LocalDate> prefixTable() {
    return prefix.length == 0
        ? List.of()
        : List.of(LocalDate.ofEpochDay(prefixFirstDay), LocalDate.ofEpochDay(prefixFirstDay + prefix.length - 2));
  }

  /** Whether holidays and overrides are found by a direct table rather than a binary search. */
  boolean directExceptionTable() {
    return exceptionsBefore.length > 0;
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
        && overrides.equals(that.overrides)
        && datedBreaks.equals(that.datedBreaks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, Arrays.deepHashCode(weekly), holidays, overrides, datedBreaks);
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
        .append(overrides.size()).append(" overrides, ").append(datedBreaks.size()).append(" dated breaks}").toString();
  }

  /** Collects a calendar's opening hours. Not thread-safe; {@link #build()} copies everything. */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpenInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    private final List<OpenInterval> breaks = new ArrayList<>();
    private final Set<LocalDate> holidays = new TreeSet<>();
    private final Map<LocalDate, List<OpenInterval>> overrides = new TreeMap<>();
    private final Map<LocalDate, List<OpenInterval>> datedBreaks = new TreeMap<>();

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
     * Closes a break in every weekly interval it falls in, such as lunch, including the part of an
     * overnight interval after midnight (a {@code 02:00-03:00} break splits a {@code 22:00-06:00}
     * shift). Overrides state their whole day and take no weekly breaks.
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
     * Closes a period of one date's wall clock, such as 10:00-11:30 for a staff meeting, in
     * whatever opens then: that date's intervals (weekly or override), the previous day's
     * overnight interval, or the next day's if the break runs past midnight. The rest of the day
     * keeps its hours.
     *
     * @param date the local date
     * @param intervals the closed periods, such as {@code "10:00-11:30"}
     * @return this builder
     */
    public Builder breakOn(LocalDate date, String... intervals) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(intervals, "intervals");
      for (String interval : intervals) {
        datedBreaks.computeIfAbsent(date, d -> new ArrayList<>()).add(OpenInterval.parse(interval));
      }
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

    void putOverride(LocalDate date, List<OpenInterval> intervals) {
      overrides.put(date, intervals);
    }

    void removeOverride(LocalDate date) {
      overrides.remove(date);
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar, never null
     * @throws IllegalArgumentException if intervals overlap or the week never opens
     */
    public BusinessCalendar build() {
      return new BusinessCalendar(this);
    }
  }
}

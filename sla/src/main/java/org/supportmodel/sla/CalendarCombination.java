package org.supportmodel.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.supportmodel.core.internal.Checks;

/**
 * Unions and intersections of business calendars ({@link BusinessCalendar#union}, {@link
 * BusinessCalendar#intersection}), computed once into a calendar of their own so that the result
 * has the same arithmetic and speed as any calendar.
 */
final class CalendarCombination {
  private static final long DAY = 86_400L;
  private static final long NANOS = 1_000_000_000L;
  private static final Instant MIN_SUPPORTED = BusinessCalendar.MIN_SUPPORTED;
  private static final Instant MAX_SUPPORTED = BusinessCalendar.MAX_SUPPORTED;
  private static final long MIN_DAY = MIN_SUPPORTED.getEpochSecond() / DAY - 3;
  private static final long MAX_DAY = MAX_SUPPORTED.getEpochSecond() / DAY + 3;
  private static final OpenInterval[] NONE = new OpenInterval[0];

  private CalendarCombination() {}

  /** A calendar's week after breaks, by day-of-week ordinal. */
  private static OpenInterval[][] week(BusinessCalendar calendar) {
    OpenInterval[][] week = new OpenInterval[7][];
    for (int d = 0; d < 7; d++) {
      week[d] = calendar.weekly(d);
    }
    return week;
  }

  static BusinessCalendar combine(BusinessCalendar self, BusinessCalendar other, boolean union) {
    String operation = union ? "union" : "intersection";
    if (!self.zone().equals(other.zone())) {
      return acrossZones(self, other, union, operation);
    }
    BusinessCalendar.Builder builder = BusinessCalendar.builder(self.zone());
    boolean opens = false;
    for (DayOfWeek day : DayOfWeek.values()) {
      int d = day.ordinal();
      int[] mine = coverage(self.weekly(d), self.weekly((d + 6) % 7));
      int[] theirs = coverage(other.weekly(d), other.weekly((d + 6) % 7));
      List<OpenInterval> combined = intervals(union ? unite(mine, theirs) : intersect(mine, theirs));
      builder.open(day, combined.toArray(NONE));
      opens |= !combined.isEmpty();
    }
    Checks.check(opens, operation, self + " and " + other, "is never open in a normal week");
    TreeSet<Long> dates = new TreeSet<>();
    for (long[] days : List.of(self.exceptionDays(), other.exceptionDays())) {
      for (long day : days) {
        dates.add(day);
        dates.add(day + 1);
      }
    }
    for (long day : dates) {
      int[] mine = coverage(self.intervalsOn(day), self.intervalsOn(day - 1));
      int[] theirs = coverage(other.intervalsOn(day), other.intervalsOn(day - 1));
      builder.putOverride(LocalDate.ofEpochDay(day), intervals(union ? unite(mine, theirs) : intersect(mine, theirs)));
    }
    BusinessCalendar wallClock = builder.build();
    // On a spring-forward day each calendar moves an opening or closing inside the gap forward on
    // its own, so the wall-clock combination can differ from the combination of the open periods
    // on the instant line: there the day is restated from those periods.
    boolean restated = false;
    Set<String> sameAsWallClock = new HashSet<>();
    for (ZoneOffsetTransition gap = self.zone().getRules().nextTransition(MIN_SUPPORTED);
        gap != null && gap.getInstant().isBefore(MAX_SUPPORTED);
        gap = self.zone().getRules().nextTransition(gap.getInstant())) {
      if (!gap.isGap()) {
        continue;
      }
      long day = gap.getDateTimeBefore().toLocalDate().toEpochDay();
      // Away from holidays and overrides, a gap at the same wall-clock time on the same weekday
      // gives the same answer: only the first such day is checked.
      boolean nearException = self.nearException(day) || other.nearException(day);
      String shape = BusinessCalendar.dow(day) + " " + gap.getDateTimeBefore().toLocalTime() + " " + gap.getDuration();
      if (!nearException && sameAsWallClock.contains(shape)) {
        continue;
      }
      boolean differs = false;
      for (long date = day - 1; date <= day + 1; date++) {
        long from = BusinessCalendar.origin(self.clock(), date);
        long to = BusinessCalendar.origin(self.clock(), date + 1);
        int[] exact = onWallClock(self.clock(), date, union ? unite(self.instantPieces(from, to), other.instantPieces(from, to))
            : intersect(self.instantPieces(from, to), other.instantPieces(from, to)));
        int[] combined = onWallClock(self.clock(), date, wallClock.instantPieces(from, to));
        if (!Arrays.equals(exact, combined)) {
          builder.putOverride(LocalDate.ofEpochDay(date), intervals(exact));
          restated = true;
          differs = true;
        }
      }
      if (!differs && !nearException) {
        sameAsWallClock.add(shape);
      }
    }
    return restated ? builder.build() : wallClock;
  }

  /**
   * Two calendars in different zones combined in UTC, which has no clock changes: each stretch
   * between two clock changes of either zone has a week of its own (the two weeks moved to UTC by
   * that stretch's offsets); the most common one is the weekly pattern and the others are overrides.
   * The days around each clock change and around each holiday, override or dated break are
   * restated from the open periods on the instant line.
   */
  private static BusinessCalendar acrossZones(BusinessCalendar self, BusinessCalendar other, boolean union, String operation) {
    TreeSet<Long> changes = new TreeSet<>();
    transitions(self.zone(), changes);
    transitions(other.zone(), changes);
    List<Long> stretchStarts = new ArrayList<>();
    stretchStarts.add(MIN_SUPPORTED.getEpochSecond() - 7 * DAY);
    stretchStarts.addAll(changes);
    Map<Long, int[][]> weeks = new HashMap<>();
    Map<Long, Long> daysByPair = new HashMap<>();
    long[] pairs = new long[stretchStarts.size()];
    int[][][] stretchWeeks = new int[stretchStarts.size()][][];
    for (int k = 0; k < stretchStarts.size(); k++) {
      Instant at = Instant.ofEpochSecond(stretchStarts.get(k));
      int mine = self.zone().getRules().getOffset(at).getTotalSeconds();
      int theirs = other.zone().getRules().getOffset(at).getTotalSeconds();
      long pair = mine * 200_000L + theirs;
      pairs[k] = pair;
      stretchWeeks[k] = weeks.computeIfAbsent(pair, p -> {
        int[][] a = inUtc(week(self), mine);
        int[][] b = inUtc(week(other), theirs);
        int[][] week = new int[7][];
        for (int d = 0; d < 7; d++) {
          week[d] = union ? unite(a[d], b[d]) : intersect(a[d], b[d]);
        }
        return week;
      });
      long end = k + 1 < stretchStarts.size() ? stretchStarts.get(k + 1) : MAX_SUPPORTED.getEpochSecond() + 7 * DAY;
      daysByPair.merge(pair, (end - stretchStarts.get(k)) / DAY, Long::sum);
    }
    long basePair = daysByPair.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    int[][] base = Objects.requireNonNull(weeks.get(basePair), "base week");
    BusinessCalendar.Builder builder = BusinessCalendar.builder(ZoneOffset.UTC);
    boolean opens = false;
    for (DayOfWeek day : DayOfWeek.values()) {
      builder.open(day, intervals(base[day.ordinal()]).toArray(NONE));
      opens |= base[day.ordinal()].length > 0;
    }
    Checks.check(opens, operation, self + " and " + other, "is never open in a normal week");
    Map<List<OpenInterval>, List<OpenInterval>> shared = new HashMap<>();
    for (int k = 0; k < stretchStarts.size(); k++) {
      if (pairs[k] == basePair) {
        continue;
      }
      int[][] week = stretchWeeks[k];
      long first = Math.max(MIN_DAY, Math.floorDiv(stretchStarts.get(k), DAY) + 2);
      long last = Math.min(MAX_DAY, k + 1 < stretchStarts.size() ? Math.floorDiv(stretchStarts.get(k + 1), DAY) - 2 : MAX_DAY);
      for (long date = first; date <= last; date++) {
        if (!Arrays.equals(week[BusinessCalendar.dow(date)], base[BusinessCalendar.dow(date)])) {
          List<OpenInterval> intervals = shared.computeIfAbsent(intervals(week[BusinessCalendar.dow(date)]), list -> list);
          builder.putOverride(LocalDate.ofEpochDay(date), intervals);
        }
      }
    }
    TreeSet<Long> exact = new TreeSet<>();
    for (long change : changes) {
      long day = Math.floorDiv(change, DAY);
      for (long date = day - 1; date <= day + 1; date++) {
        exact.add(date);
      }
    }
    for (BusinessCalendar calendar : List.of(self, other)) {
      for (long day : calendar.exceptionDays()) {
        long from = Math.floorDiv(BusinessCalendar.origin(calendar.clock(), day), NANOS * DAY) - 1;
        long to = Math.floorDiv(BusinessCalendar.origin(calendar.clock(), day + 2), NANOS * DAY) + 1;
        for (long date = from; date <= to; date++) {
          exact.add(date);
        }
      }
    }
    // runs of consecutive dates share one walk through each calendar's open periods
    exact.removeIf(date -> date < MIN_DAY + 3 || date > MAX_DAY - 3);
    while (!exact.isEmpty()) {
      long first = exact.first();
      long last = first;
      while (exact.contains(last + 1)) {
        last++;
      }
      long from = first * DAY * NANOS;
      long to = (last + 1) * DAY * NANOS;
      int[] mine = self.instantPieces(from, to);
      int[] theirs = other.instantPieces(from, to);
      int[] run = union ? unite(mine, theirs) : intersect(mine, theirs);
      for (long date = first; date <= last; date++) {
        int[] day = clip(run, (int) ((date - first) * DAY));
        if (!Arrays.equals(day, base[BusinessCalendar.dow(date)])) {
          builder.putOverride(LocalDate.ofEpochDay(date), intervals(day));
        } else {
          builder.removeOverride(LocalDate.ofEpochDay(date));
        }
        exact.remove(date);
      }
    }
    return builder.build();
  }

  /** The pairs of seconds within [offset, offset + 86400), relative to offset. */
  private static int[] clip(int[] pairs, int offset) {
    List<Integer> clipped = new ArrayList<>();
    for (int k = 0; k < pairs.length; k += 2) {
      int start = Math.max(pairs[k], offset);
      int end = (int) Math.min(pairs[k + 1], offset + DAY);
      if (start < end) {
        clipped.add(start - offset);
        clipped.add(end - offset);
      }
    }
    return clipped.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The clock changes of a zone within the supported range, give or take a week, in epoch seconds. */
  private static void transitions(ZoneId zone, Set<Long> changes) {
    Instant end = MAX_SUPPORTED.plusSeconds(7 * DAY);
    for (ZoneOffsetTransition change = zone.getRules().nextTransition(MIN_SUPPORTED.minusSeconds(7 * DAY));
        change != null && change.getInstant().isBefore(end);
        change = zone.getRules().nextTransition(change.getInstant())) {
      changes.add(change.getInstant().getEpochSecond());
    }
  }

  /**
   * A week of wall-clock intervals moved to UTC by a fixed offset: for each UTC weekday, the
   * sorted disjoint pairs of seconds within [0, 86400] during which it is open.
   */
  private static int[][] inUtc(OpenInterval[][] week, int offset) {
    long length = 7 * DAY;
    List<List<OpenInterval>> days = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      days.add(new ArrayList<>());
    }
    for (int d = 0; d < 7; d++) {
      int[] covered = coverage(week[d], week[(d + 6) % 7]);
      for (int k = 0; k < covered.length; k += 2) {
        long start = Math.floorMod(d * DAY + covered[k] - offset, length);
        long end = start + covered[k + 1] - covered[k];
        for (long cut = start; cut < end; ) {
          long next = Math.min(end, (cut / DAY + 1) * DAY);
          int day = (int) (cut / DAY % 7);
          long dayStart = cut / DAY * DAY;
          days.get(day).add(new OpenInterval((int) (cut - dayStart), (int) (next - dayStart)));
          cut = next;
        }
      }
    }
    int[][] result = new int[7][];
    for (int d = 0; d < 7; d++) {
      result[d] = coverage(days.get(d).toArray(NONE), NONE);
    }
    return result;
  }

  /**
   * Pairs of seconds after the instant a day starts, as wall-clock seconds of that day (at most
   * its midnight: a close in a gap at the next midnight is the same instant).
   */
  private static int[] onWallClock(ZoneClock clock, long day, int[] pairs) {
    long base = Math.floorDiv(BusinessCalendar.origin(clock, day), NANOS);
    int[] local = new int[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      local[k] = (int) Math.min(DAY, clock.localEpochSecondOf(base + pairs[k]) - day * DAY);
    }
    return local;
  }

  /**
   * The wall-clock seconds of one day during which intervals are open: the day's own intervals
   * up to midnight and the previous day's beyond it, as sorted disjoint pairs within [0, 86400].
   */
  private static int[] coverage(OpenInterval[] today, OpenInterval[] yesterday) {
    List<int[]> ranges = new ArrayList<>();
    for (OpenInterval interval : yesterday) {
      if (interval.endSecond() > DAY) {
        ranges.add(new int[] {(int) Math.max(0, interval.startSecond() - DAY), (int) (interval.endSecond() - DAY)});
      }
    }
    for (OpenInterval interval : today) {
      if (interval.startSecond() < DAY) {
        ranges.add(new int[] {interval.startSecond(), (int) Math.min(DAY, interval.endSecond())});
      }
    }
    ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] range : ranges) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.add(range.clone());
      }
    }
    int[] pairs = new int[2 * merged.size()];
    for (int k = 0; k < merged.size(); k++) {
      pairs[2 * k] = merged.get(k)[0];
      pairs[2 * k + 1] = merged.get(k)[1];
    }
    return pairs;
  }

  /** The union of two sorted lists of disjoint pairs, merged where they overlap or touch. */
  private static int[] unite(int[] a, int[] b) {
    List<Integer> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      boolean fromA = j >= b.length || (i < a.length && a[i] <= b[j]);
      int start = fromA ? a[i] : b[j];
      int end = fromA ? a[i + 1] : b[j + 1];
      if (fromA) {
        i += 2;
      } else {
        j += 2;
      }
      int last = pairs.size() - 1;
      if (last > 0 && start <= pairs.get(last)) {
        pairs.set(last, Math.max(pairs.get(last), end));
      } else {
        pairs.add(start);
        pairs.add(end);
      }
    }
    return pairs.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] intersect(int[] a, int[] b) {
    List<Integer> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int start = Math.max(a[i], b[j]);
      int end = Math.min(a[i + 1], b[j + 1]);
      if (start < end) {
        pairs.add(start);
        pairs.add(end);
      }
      if (a[i + 1] < b[j + 1]) {
        i += 2;
      } else {
        j += 2;
      }
    }
    return pairs.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<OpenInterval> intervals(int[] pairs) {
    List<OpenInterval> intervals = new ArrayList<>();
    for (int k = 0; k < pairs.length; k += 2) {
      intervals.add(new OpenInterval(pairs[k], pairs[k + 1]));
    }
    return intervals;
  }

}

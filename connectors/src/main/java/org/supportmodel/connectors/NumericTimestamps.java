package org.supportmodel.connectors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fast reading of all-numeric local timestamp patterns such as {@code d/M/yyyy H:mm} or {@code
 * dd.MM.yyyy HH:mm:ss}, with optional sections as alternatives ({@code [d/M/yyyy H:mm][d-M-yyyy
 * H:mm]}). It reads only what it is sure of: a single letter takes one or two digits, a double
 * letter exactly two, {@code yyyy} or {@code uuuu} exactly four, separators as written. Anything
 * else is left to the {@link java.time.format.DateTimeFormatter} (empty result), so the two always
 * agree; a test checks them against each other. Immutable and thread-safe; package-private.
 */
final class NumericTimestamps {
  private static final int YEAR = 0;
  private static final int MONTH = 1;
  private static final int DAY = 2;
  private static final int HOUR = 3;
  private static final int MINUTE = 4;
  private static final int SECOND = 5;

  /** One alternative: fields and the separator after each. Private and never compared. */
  @SuppressWarnings("ArrayRecordComponent")
  private record Layout(int[] fields, int[] widths, char[] separators) {}

  private final List<Layout> layouts;
  private final ZoneId zone;
  private final ZoneRules rules;

  private NumericTimestamps(List<Layout> layouts, ZoneId zone) {
    this.layouts = layouts;
    this.zone = zone;
    this.rules = zone.getRules();
  }

  /**
   * The fast reading of a pattern, if it is all numeric.
   *
   * @return the reader, or empty if the pattern has anything else (text, AM/PM, quotes, fractions)
   */
  static Optional<NumericTimestamps> of(String pattern, ZoneId zone) {
    List<String> alternatives = new ArrayList<>();
    if (pattern.startsWith("[")) {
      int start = 0;
      while (start < pattern.length()) {
        if (pattern.charAt(start) != '[') {
          return Optional.empty();
        }
        int end = pattern.indexOf(']', start);
        if (end < 0 || (pattern.indexOf('[', start + 1) >= 0 && pattern.indexOf('[', start + 1) < end)) {
          return Optional.empty();
        }
        alternatives.add(pattern.substring(start + 1, end));
        start = end + 1;
      }
    } else {
      alternatives.add(pattern);
    }
    List<Layout> layouts = new ArrayList<>();
    for (String alternative : alternatives) {
      Layout layout = layout(alternative);
      if (layout == null) {
        return Optional.empty();
      }
      layouts.add(layout);
    }
    return Optional.of(new NumericTimestamps(List.copyOf(layouts), zone));
  }

  private static @Nullable Layout layout(String pattern) {
    List<Integer> fields = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    StringBuilder separators = new StringBuilder();
    boolean[] seen = new boolean[6];
    boolean needField = true;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      int field = switch (c) {
        case 'y', 'u' -> run == 4 ? YEAR : -1;
        case 'M' -> run <= 2 ? MONTH : -1;
        case 'd' -> run <= 2 ? DAY : -1;
        case 'H' -> run <= 2 ? HOUR : -1;
        case 'm' -> run == 2 ? MINUTE : -1;
        case 's' -> run == 2 ? SECOND : -1;
        default -> Character.isLetter(c) || c == '\'' || c == '[' || c == ']' || run > 1 ? -1 : -2;
      };
      if (field == -1) {
        return null; // text, AM/PM, fractions, quotes: the formatter's job
      }
      if (field >= 0) {
        if (!needField || seen[field]) {
          return null; // two fields without a separator, or a field twice
        }
        seen[field] = true;
        fields.add(field);
        widths.add(run);
        needField = false;
      } else {
        if (needField) {
          return null; // a separator first or two in a row
        }
        separators.append(c);
        needField = true;
      }
      i += run;
    }
    if (needField || !seen[YEAR] || !seen[MONTH] || !seen[DAY] || !seen[HOUR] || !seen[MINUTE]) {
      return null;
    }
    return new Layout(fields.stream().mapToInt(Integer::intValue).toArray(), widths.stream().mapToInt(Integer::intValue).toArray(),
        separators.toString().toCharArray());
  }

  /**
   * Reads a timestamp.
   *
   * @return the instant, or empty if the text does not fit exactly (the formatter then decides)
   */
  @Nullable Instant read(String text) {
    return read(text, new Offsets(1));
  }

  /**
   * Reads a timestamp, remembering in {@code offsets} the offset of each local hour without a clock
   * change: exports repeat hours on row after row.
   *
   * @return the instant, or empty if the text does not fit exactly (the formatter then decides)
   */
  @Nullable Instant read(String text, Offsets offsets) {
    for (Layout layout : layouts) {
      Instant at = read(layout, text, offsets);
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  private @Nullable Instant read(Layout layout, String text, Offsets offsets) {
    int[] values = offsets.values;
    java.util.Arrays.fill(values, 0);
    int position = 0;
    int length = text.length();
    for (int f = 0; f < layout.fields.length; f++) {
      int width = layout.fields[f] == YEAR ? 4 : layout.widths[f];
      int value = 0;
      int digits = 0;
      while (position < length && digits < (width == 1 ? 2 : width)) {
        char c = text.charAt(position);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        digits++;
        position++;
      }
      if (digits == 0 || (width > 1 && digits != width)) {
        return null;
      }
      values[layout.fields[f]] = value;
      if (f < layout.separators.length) {
        if (position >= length || text.charAt(position) != layout.separators[f]) {
          return null;
        }
        position++;
      }
    }
    if (position != length) {
      return null;
    }
    return instant(values, offsets);
  }

  /**
   * The instant of local date-time fields, without building the local date-time when the hour has
   * one offset (no clock change in it): the usual case, memoized for the last hour seen.
   */
  private @Nullable Instant instant(int[] values, Offsets offsets) {
    int year = values[YEAR];
    int month = values[MONTH];
    int day = values[DAY];
    if (month < 1 || month > 12 || day < 1 || (day > 28 && day > Month.of(month).length(Year.isLeap(year)))
        || values[HOUR] > 23 || values[MINUTE] > 59 || values[SECOND] > 59 || year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      return null; // such as 31 February: the formatter gives the message
    }
    long local = epochDay(year, month, day) * 86_400L + values[HOUR] * 3_600L + values[MINUTE] * 60L + values[SECOND];
    long hour = Math.floorDiv(local, 3_600L);
    int slot = (int) (hour & (offsets.hours.length - 1));
    if (offsets.hours[slot] == hour) {
      return Instant.ofEpochSecond(local - offsets.seconds[slot]);
    }
    LocalDateTime dateTime = LocalDateTime.of(year, month, day, values[HOUR], values[MINUTE], values[SECOND]);
    List<ZoneOffset> start = rules.getValidOffsets(dateTime.withMinute(0).withSecond(0));
    if (start.size() == 1 && start.equals(rules.getValidOffsets(dateTime.withMinute(59).withSecond(59)))) {
      offsets.hours[slot] = hour;
      offsets.seconds[slot] = start.get(0).getTotalSeconds();
    }
    return dateTime.atZone(zone).toInstant();
  }

  /**
   * The offsets of local hours without a clock change, by hour: a direct-mapped cache for one
   * reader. Not thread-safe.
   */
  static final class Offsets {
    /** The slots of a reader of many rows. */
    static final int SLOTS = 4096;
    final long[] hours;
    /** Scratch space for the fields of the timestamp being read. */
    final int[] values = new int[6];
    final int[] seconds;

    /** A cache of a power-of-two number of slots: {@link #SLOTS} for a reader, one for a single read. */
    Offsets(int slots) {
      hours = new long[slots];
      seconds = new int[slots];
      java.util.Arrays.fill(hours, Long.MIN_VALUE);
    }
  }

  /** Days from 1970-01-01 to a valid proleptic date (the algorithm of {@code LocalDate.toEpochDay}). */
  private static long epochDay(long year, int month, int day) {
    long total = 365 * year;
    if (year >= 0) {
      total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    } else {
      total -= year / -4 - year / -100 + year / -400;
    }
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!Year.isLeap(year)) {
        total--;
      }
    }
    return total - 719_528L;
  }
}

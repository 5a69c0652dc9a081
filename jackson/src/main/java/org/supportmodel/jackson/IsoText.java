package org.supportmodel.jackson;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * ISO-8601 instants and durations written, and instants read, without {@code DateTimeFormatter}
 * and {@code StringBuilder}, which were most of the time of writing a ticket's SLA. An instant's
 * text is exactly {@link Instant#toString()} for years 0 to 9999 (other years fall back to it), a
 * duration's exactly {@link Duration#toString()}; reading accepts {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]}
 * followed by {@code Z} or {@code ±HH:mm}, returning null for anything else so that the caller
 * falls back to the JDK's parser and its refusal. Package-private.
 */
final class IsoText {
  private static final long SECONDS_PER_DAY = 86_400;
  /** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
  private static final long DAYS_0000_TO_1970 = 719_468;
  /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds. */
  private static final long MIN_FAST = -62_167_219_200L;
  private static final long MAX_FAST = 253_402_300_800L;

  private IsoText() {}

  /** The instant as {@link Instant#toString()} writes it. */
  static String format(Instant instant) {
    Buffer buffer = new Buffer();
    return new String(buffer.chars, 0, format(instant, buffer, 0));
  }

  /** The longest text of an instant, {@code +1000000000-12-31T23:59:59.999999999Z}, with room to spare. */
  static final int MAX_LENGTH = 48;

  /**
   * Characters for one value at a time, reused within one document, with the last date written:
   * the instants of one ticket fall on a few days, and the date is the costly part.
   */
  static final class Buffer {
    final char[] chars = new char[MAX_LENGTH + 2];
    private long day = Long.MIN_VALUE;
    private final char[] date = new char[10];
  }

  /**
   * Writes the instant as {@link Instant#toString()} does into the buffer's characters from
   * {@code at}, with room for {@link #MAX_LENGTH} characters after it.
   *
   * @return the index after the last character written
   */
  static int format(Instant instant, Buffer buffer, int at) {
    char[] text = buffer.chars;
    long seconds = instant.getEpochSecond();
    if (seconds < MIN_FAST || seconds >= MAX_FAST) {
      String slow = instant.toString();
      slow.getChars(0, slow.length(), text, at);
      return at + slow.length();
    }
    int nanos = instant.getNano();
    int end = at + (nanos == 0 ? 20 : nanos % 1_000_000 == 0 ? 24 : nanos % 1_000 == 0 ? 27 : 30);
    long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    if (days != buffer.day) {
      date(days, buffer.date);
      buffer.day = days;
    }
    System.arraycopy(buffer.date, 0, text, at, 10);
    text[at + 10] = 'T';
    two(text, at + 11, secondOfDay / 3600);
    text[at + 13] = ':';
    two(text, at + 14, secondOfDay / 60 % 60);
    text[at + 16] = ':';
    two(text, at + 17, secondOfDay % 60);
    if (nanos != 0) {
      text[at + 19] = '.';
      int length = end - at - 21;
      digits(text, at + 20, nanos / pow10(9 - length), length);
    }
    text[end - 1] = 'Z';
    return end;
  }

  /** The {@code yyyy-MM-dd} of an epoch day in the years 0 to 9999 (H. Hinnant's algorithm: eras of 400 years from March 1). */
  private static void date(long days, char[] date) {
    long z = days + DAYS_0000_TO_1970;
    long era = Math.floorDiv(z, 146_097);
    int dayOfEra = (int) (z - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    two(date, 0, year / 100);
    two(date, 2, year % 100);
    date[4] = '-';
    two(date, 5, month);
    date[7] = '-';
    two(date, 8, day);
  }

  /**
   * Writes the duration as {@link Duration#toString()} does into {@code text} from {@code at},
   * with room for {@link #MAX_LENGTH} characters after it.
   *
   * @return the index after the last character written
   */
  static int format(Duration duration, char[] text, int at) {
    long seconds = duration.getSeconds();
    if (duration.getNano() != 0) {
      String slow = duration.toString();
      slow.getChars(0, slow.length(), text, at);
      return at + slow.length();
    }
    text[at] = 'P';
    text[at + 1] = 'T';
    if (seconds == 0) {
      text[at + 2] = '0';
      text[at + 3] = 'S';
      return at + 4;
    }
    int end = at + 2;
    end = part(text, end, seconds / 3600, 'H');
    end = part(text, end, (seconds % 3600) / 60, 'M');
    return part(text, end, seconds % 60, 'S');
  }

  /** A signed number and its unit, or nothing for zero. */
  private static int part(char[] text, int at, long value, char unit) {
    if (value == 0) {
      return at;
    }
    int end = at;
    if (value < 0) {
      text[end++] = '-';
    }
    int width = 1;
    for (long rest = Math.abs(value) / 10; rest > 0; rest /= 10) {
      width++;
    }
    long rest = Math.abs(value);
    for (int i = end + width - 1; i >= end; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    text[end + width] = unit;
    return end + width + 1;
  }

  private static int pow10(int exponent) {
    int power = 1;
    for (int i = 0; i < exponent; i++) {
      power *= 10;
    }
    return power;
  }

  /** Two digits, 00 to 99. */
  private static void two(char[] text, int at, int value) {
    text[at] = (char) ('0' + value / 10);
    text[at + 1] = (char) ('0' + value % 10);
  }

  private static void digits(char[] text, int at, int value, int width) {
    int rest = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }

  /**
   * The instant of {@code yyyy-MM-ddTHH:mm[:ss[.fraction]](Z|±HH:mm)}, or null when the text is
   * of another shape or not a valid date and time (the caller then asks the JDK, which explains).
   */
  static @Nullable Instant parse(String text) {
    int length = text.length();
    if (length < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':') {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int at = 16;
    int second = 0;
    int nanos = 0;
    if (at < length && text.charAt(at) == ':') {
      second = number(text, at + 1, 2);
      at += 3;
      if (at < length && text.charAt(at) == '.') {
        int start = ++at;
        while (at < length && at - start < 9 && Character.isDigit(text.charAt(at))) {
          at++;
        }
        if (at == start) {
          return null;
        }
        nanos = number(text, start, at - start) * pow10(9 - (at - start));
      }
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || at >= length) {
      return null;
    }
    int offsetSeconds;
    char sign = text.charAt(at);
    if (sign == 'Z' && at + 1 == length) {
      offsetSeconds = 0;
    } else if ((sign == '+' || sign == '-') && at + 6 == length && text.charAt(at + 3) == ':') {
      int offsetHours = number(text, at + 1, 2);
      int offsetMinutes = number(text, at + 4, 2);
      if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
      if (Math.abs(offsetSeconds) > 18 * 3600) {
        return null;
      }
    } else {
      return null;
    }
    long days = daysFromCivil(year, month, day);
    return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
  }

  /** The decimal number of {@code width} digits at {@code at}, or -1 if one of them is not a digit. */
  private static int number(String text, int at, int width) {
    if (at + width > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = at; i < at + width; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
  private static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - DAYS_0000_TO_1970;
  }
}

package org.supportmodel.sla;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * One opening of a business calendar on a day, as local wall-clock times: half-open {@code [open,
 * close)}. A close at or before the open runs overnight into the next day ({@code 22:00-06:00}
 * belongs to the day it starts); {@code 24:00} closes at the following midnight. A break in an
 * overnight interval can leave a remainder that opens after that midnight: such an interval starts
 * at 86400 s or later, still belongs to the day the shift started, and prints with {@code (+1)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param startSecond the open, in seconds after the local midnight of its day: 0 to 86399, or up to
 *     172799 for the remainder of an overnight interval after a break
 * @param endSecond the close, in seconds after the same midnight: above {@code startSecond}, at
 *     most 86400 on the same day and up to 172800 overnight
 */
public record OpenInterval(int startSecond, int endSecond) implements Comparable<OpenInterval> {
  static final int DAY = 86_400;

  /**
   * Checks the interval.
   *
   * @throws IllegalArgumentException if it is empty, lasts more than 24 hours, starts before its
   *     day or ends after the next one
   */
  public OpenInterval {
    Checks.check(startSecond >= 0 && startSecond < 2 * DAY, "open", startSecond,
        "must be within the day or, for the remainder of an overnight interval, the next (0 to 172799 s)");
    Checks.check(endSecond > startSecond, "close", endSecond, "must be after the open " + startSecond);
    Checks.check(endSecond - startSecond <= DAY, "close", endSecond, "must be at most 24 hours after the open");
    Checks.check(endSecond <= 2 * DAY, "close", endSecond, "must be at most the end of the next day (172800 s)");
  }

  /**
   * An opening from {@code open} to {@code close}; a close at or before the open runs overnight,
   * so a close equal to the open is 24 hours later ({@code 00:00-00:00} is the whole day, {@code
   * 09:00-09:00} runs to 09:00 the next day), as other business-hours libraries read it.
   *
   * @param open the local opening time
   * @param close the local closing time
   * @return the interval, never null
   */
  public static OpenInterval of(LocalTime open, LocalTime close) {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(close, "close");
    int start = open.toSecondOfDay();
    int end = close.toSecondOfDay();
    return new OpenInterval(start, end > start ? end : end + DAY);
  }

  /**
   * An opening from {@code open} to the following midnight ({@code 24:00}).
   *
   * @param open the local opening time
   * @return the interval, never null
   */
  public static OpenInterval untilMidnight(LocalTime open) {
    Objects.requireNonNull(open, "open");
    return new OpenInterval(open.toSecondOfDay(), DAY);
  }

  /**
   * The whole day, {@code 00:00-24:00}.
   *
   * @return the interval, never null
   */
  public static OpenInterval wholeDay() {
    return new OpenInterval(0, DAY);
  }

  /**
   * Parses {@code "HH:mm-HH:mm"}; the close may be {@code 24:00}. What {@link #toString} writes
   * reads back, the remainder of an overnight interval after midnight ({@code "03:00-06:00 (+1)"})
   * too.
   *
   * @param text the text, such as {@code "08:00-17:00"}, {@code "22:00-06:00"} or {@code
   *     "16:00-24:00"}
   * @return the interval, never null
   * @throws IllegalArgumentException naming the text if it is not an interval
   */
  public static OpenInterval parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.endsWith("(+1)")) {
      // the remainder of an overnight interval that opens after midnight, as toString writes it
      OpenInterval base = parse(trimmed.substring(0, trimmed.length() - 4));
      Checks.check(!base.isOvernight(), "interval", text, "must not run overnight after midnight");
      return new OpenInterval(base.startSecond + DAY, base.endSecond + DAY);
    }
    String[] parts = trimmed.split("-", -1);
    Checks.check(parts.length == 2, "interval", text, "must be 'HH:mm-HH:mm'");
    try {
      LocalTime open = LocalTime.parse(parts[0].strip());
      String closeText = parts[1].strip();
      if (closeText.equals("24:00")) {
        return untilMidnight(open);
      }
      return of(open, LocalTime.parse(closeText));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(Checks.message("interval", text, "must be 'HH:mm-HH:mm': " + e.getMessage()), e);
    }
  }

  /**
   * Whether the interval runs past the midnight that ends its day.
   *
   * @return true for an overnight interval
   */
  public boolean isOvernight() {
    return endSecond > DAY;
  }

  /**
   * The nominal length in seconds, as on a day without a clock change.
   *
   * @return the length
   */
  public int nominalSeconds() {
    return endSecond - startSecond;
  }

  @Override
  public int compareTo(OpenInterval other) {
    Objects.requireNonNull(other, "other");
    return Integer.compare(startSecond, other.startSecond);
  }

  /**
   * Whether the interval is the remainder of an overnight interval that opens after the midnight
   * ending its day.
   *
   * @return true if it opens at 86400 s or later
   */
  public boolean opensNextDay() {
    return startSecond >= DAY;
  }

  @Override
  public String toString() {
    return opensNextDay()
        ? time(startSecond - DAY) + "-" + time(endSecond - DAY) + " (+1)"
        : time(startSecond) + "-" + time(endSecond);
  }

  private static String time(int second) {
    int s = second % DAY == 0 && second > 0 ? DAY : second % DAY;
    return String.format("%02d:%02d", s / 3600, s / 60 % 60) + (s % 60 == 0 ? "" : String.format(":%02d", s % 60));
  }
}

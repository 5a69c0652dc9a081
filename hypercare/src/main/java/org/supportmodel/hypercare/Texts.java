package org.supportmodel.hypercare;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How instants and durations read in evidence: local time with its offset and the zone's id,
 * the same on every JDK (zone abbreviations come from locale data that differs between JDKs) and
 * unambiguous in the hour a clock change repeats.
 */
final class Texts {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mmxxx VV", Locale.ROOT);

  private Texts() {}

  /** {@code 2026-05-12 14:00+02:00 Europe/Berlin}. */
  static String at(Instant instant, ZoneId zone) {
    return LOCAL.format(instant.atZone(zone));
  }

  /** {@code 2 d 3 h}, {@code 19 h 10 min}, {@code 45 min}, {@code 0 min}. */
  static String duration(Duration duration) {
    long minutes = duration.toMinutes();
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    return hours > 0 ? hours + " h " + rest + " min" : rest + " min";
  }
}

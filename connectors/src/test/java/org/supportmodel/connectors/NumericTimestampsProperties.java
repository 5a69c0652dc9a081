package org.supportmodel.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of numeric timestamps agrees with the strict formatter, and is used. */
class NumericTimestampsProperties {
  private static final List<String> PATTERNS =
      List.of("d/M/yyyy H:mm", "dd/MM/yyyy HH:mm", "[d/M/yyyy H:mm][d-M-yyyy H:mm]", "dd.MM.yyyy HH:mm:ss", "yyyy-MM-dd HH:mm", "M/d/yyyy H:mm");
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Australia/Lord_Howe"));

  private static Optional<Instant> formatter(String pattern, ZoneId zone, String text) {
    try {
      return Optional.of(LocalDateTime.parse(text, ExportMapping.strict(pattern, Locale.ROOT)).atZone(zone).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void fastReadingsAgreeWithTheStrictFormatterOnAnyText() {
    qt().withExamples(20_000).forAll(integers().between(0, PATTERNS.size() - 1), integers().between(0, ZONES.size() - 1), longs().all())
        .checkAssert((p, z, seed) -> {
          Random random = new Random(seed);
          String pattern = PATTERNS.get(p);
          ZoneId zone = ZONES.get(z);
          NumericTimestamps fast = NumericTimestamps.of(pattern, zone).orElseThrow();
          String text = text(random, pattern);
          Instant read = fast.read(text);
          Optional<Instant> expected = formatter(pattern, zone, text);
          if (read != null) {
            assertEquals(expected, Optional.of(read), () -> pattern + " '" + text + "'");
          }
        });
  }

  @Test
  void theFastReadingIsUsedForWellFormedTextsAcrossClockChanges() {
    qt().withExamples(5_000).forAll(integers().between(0, PATTERNS.size() - 1), longs().between(0, 60L * 24 * 366 * 4))
        .checkAssert((p, minutes) -> {
          String pattern = PATTERNS.get(p);
          String single = pattern.startsWith("[") ? pattern.substring(1, pattern.indexOf(']')) : pattern;
          LocalDateTime local = LocalDateTime.of(2015, 1, 1, 0, 0).plusMinutes(minutes);
          String text = DateTimeFormatter.ofPattern(single, Locale.ROOT).format(local);
          for (ZoneId zone : ZONES) {
            Instant read = NumericTimestamps.of(pattern, zone).orElseThrow().read(text);
            assertEquals(formatter(pattern, zone, text).orElseThrow(), read, () -> pattern + " '" + text + "' in " + zone);
          }
        });
  }

  @Test
  void oneReaderWalkingThroughClockChangesAgreesEveryMinuteItReads() {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("d/M/yyyy H:mm", Locale.ROOT);
    for (ZoneId zone : ZONES) {
      NumericTimestamps fast = NumericTimestamps.of("d/M/yyyy H:mm", zone).orElseThrow();
      Random random = new Random(zone.hashCode());
      LocalDateTime local = LocalDateTime.of(2015, 1, 1, 0, 0);
      while (local.getYear() < 2017) {
        String text = format.format(local);
        assertEquals(formatter("d/M/yyyy H:mm", zone, text).orElseThrow(), fast.read(text), () -> text + " in " + zone);
        // mostly forward, as exports run, sometimes back: the memo must follow either way
        local = local.plusMinutes(random.nextInt(10) == 0 ? -random.nextInt(90) : random.nextInt(40));
      }
    }
  }

  @Test
  void patternsWithTextAreLeftToTheFormatter() {
    assertEquals(Optional.empty(), NumericTimestamps.of("M/d/yyyy h:mm a", ZoneId.of("UTC")));
    assertEquals(Optional.empty(), NumericTimestamps.of("d MMM yyyy HH:mm", ZoneId.of("UTC")));
    assertEquals(Optional.empty(), NumericTimestamps.of("yyyyMMddHHmm", ZoneId.of("UTC")), "fields without separators");
    assertEquals(Optional.empty(), NumericTimestamps.of("dd/MM/yy HH:mm", ZoneId.of("UTC")));
    assertTrue(NumericTimestamps.of("[d/M/yyyy H:mm][d-M-yyyy H:mm]", ZoneId.of("UTC")).isPresent());
  }

  @Test
  void aDateThatDoesNotExistIsAnErrorNotTheLastDayOfTheMonth() {
    ExportMapping mapping = ExportFormats.serviceNowIncidents(ZoneId.of("UTC"));
    assertEquals(Optional.empty(), mapping.tryInstant("31/2/2016 10:00"));
    assertEquals(Optional.of(Instant.parse("2016-02-29T10:00:00Z")), mapping.tryInstant("29-02-2016 10:00"));
    ExportMapping d365 = ExportFormats.dynamics365Cases(ZoneId.of("UTC"));
    assertEquals(Optional.empty(), d365.tryInstant("2/30/2026 9:15 AM"));
    assertEquals(Optional.of(Instant.parse("2026-02-03T21:15:00Z")), d365.tryInstant("2/3/2026 9:15 PM"));
  }

  /** A text near the pattern's form: valid, out of range, mis-padded, or with a wrong separator. */
  private static String text(Random random, String pattern) {
    String single = pattern.startsWith("[") ? pattern.substring(1 + (random.nextBoolean() ? pattern.indexOf("][") + 1 : 0)).replaceAll("\\].*", "")
        : pattern;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < single.length(); ) {
      char c = single.charAt(i);
      int run = 1;
      while (i + run < single.length() && single.charAt(i + run) == c) {
        run++;
      }
      int value = switch (c) {
        case 'y' -> 1990 + random.nextInt(60);
        case 'M' -> random.nextInt(14);
        case 'd' -> random.nextInt(33);
        case 'H' -> random.nextInt(26);
        case 'm', 's' -> random.nextInt(62);
        default -> -1;
      };
      if (value < 0) {
        text.append(random.nextInt(20) == 0 ? '.' : c);
      } else {
        int width = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : run;
        text.append(String.format(Locale.ROOT, "%0" + width + "d", value));
      }
      i += run;
    }
    if (random.nextInt(30) == 0) {
      text.append(random.nextBoolean() ? " " : "x");
    }
    return text.toString();
  }
}

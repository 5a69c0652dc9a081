package org.supportmodel.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The fast instant text is the JDK's, and the fast reading never answers differently from the JDK's parser. */
class IsoTextTest {
  @Test
  void formatIsInstantToStringForEveryInstant() {
    qt().withExamples(20_000).forAll(longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          Instant instant = Instant.ofEpochSecond(seconds, nanos % 7 == 0 ? 0 : nanos % 5 == 0 ? nanos / 1_000_000 * 1_000_000 : nanos);
          assertEquals(instant.toString(), IsoText.format(instant));
        });
    qt().withExamples(20_000).forAll(longs().between(-62_167_219_300L, 253_402_300_900L), integers().between(0, 999_999_999))
        .checkAssert((seconds, nanos) -> {
          Instant instant = Instant.ofEpochSecond(seconds, nanos % 3 == 0 ? nanos / 1000 * 1000 : nanos);
          assertEquals(instant.toString(), IsoText.format(instant));
          boolean fourDigitYear = !instant.isBefore(Instant.parse("0000-01-01T00:00:00Z")) && instant.isBefore(Instant.parse("+10000-01-01T00:00:00Z"));
          assertEquals(fourDigitYear ? instant : null, IsoText.parse(IsoText.format(instant)), instant::toString);
        });
    assertEquals("0000-01-01T00:00:00Z", IsoText.format(Instant.parse("0000-01-01T00:00:00Z")));
    assertEquals("2024-02-29T23:59:59.000000001Z", IsoText.format(Instant.parse("2024-02-29T23:59:59.000000001Z")));
  }

  @Test
  void leapDaysAndTheEndsOfFourHundredYearErasAreExact() {
    for (String day : new String[] {"1600-02-29", "1600-03-01", "1999-12-31", "2000-02-29", "2000-03-01", "2000-12-31", "2100-02-28",
        "2100-03-01", "2399-12-31", "2400-02-29", "2400-12-31", "0000-02-29", "0000-03-01", "9999-12-31"}) {
      for (String time : new String[] {"T00:00:00Z", "T23:59:59.999Z"}) {
        Instant instant = Instant.parse(day + time);
        assertEquals(instant.toString(), IsoText.format(instant));
        assertEquals(instant, IsoText.parse(day + time));
      }
    }
    for (String day : new String[] {"1900-02-29", "2100-02-29", "2026-02-29", "2026-04-31"}) {
      assertNull(IsoText.parse(day + "T10:00:00Z"), day);
    }
    assertEquals(Instant.parse("2024-02-29T10:00:00Z"), IsoText.parse("2024-02-29T10:00:00Z"));
  }

  @Test
  void oneBufferWritesEveryInstantOfADocumentRightWhetherItsDayIsTheLastOneOrNot() {
    IsoText.Buffer buffer = new IsoText.Buffer();
    qt().withExamples(20_000).forAll(longs().between(0, 3), longs().between(-62_167_219_200L, 253_402_300_799L), integers().between(0, 86_399))
        .checkAssert((sameDay, seconds, secondOfDay) -> {
          Instant instant = sameDay > 0
              ? Instant.ofEpochSecond(1_774_396_800L + secondOfDay) // 2026-03-25, the day most instants of a document fall on
              : Instant.ofEpochSecond(seconds);
          assertEquals(instant.toString(), new String(buffer.chars, 0, IsoText.format(instant, buffer, 0)));
        });
  }

  @Test
  void aDurationIsWrittenAsDurationToString() {
    qt().withExamples(20_000).forAll(longs().all(), integers().between(0, 999_999_999)).checkAssert((seconds, nanos) -> {
      java.time.Duration duration = java.time.Duration.ofSeconds(seconds / (nanos % 3 == 0 ? 1 : 1_000_000_000L), nanos % 5 == 0 ? nanos : 0);
      char[] text = new char[IsoText.MAX_LENGTH];
      assertEquals(duration.toString(), new String(text, 0, IsoText.format(duration, text, 0)));
    });
    for (java.time.Duration duration : new java.time.Duration[] {java.time.Duration.ZERO, java.time.Duration.ofSeconds(-1),
        java.time.Duration.ofMinutes(-77), java.time.Duration.ofHours(16), java.time.Duration.ofSeconds(Long.MIN_VALUE),
        java.time.Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)}) {
      char[] text = new char[IsoText.MAX_LENGTH];
      assertEquals(duration.toString(), new String(text, 0, IsoText.format(duration, text, 0)));
    }
  }

  @Test
  void parseAgreesWithTheJdkOnEveryOffsetAndShape() {
    qt().withExamples(20_000).forAll(longs().between(-62_000_000_000L, 253_000_000_000L), integers().between(-64_800, 64_800),
        integers().between(0, 999_999_999)).checkAssert((seconds, offset, nanos) -> {
          ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset / 60 * 60);
          String text = OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos % 4 == 0 ? 0 : nanos), zone).toString();
          assertEquals(OffsetDateTime.parse(text).toInstant(), IsoText.parse(text), text);
        });
  }

  @Test
  void textOfAnotherShapeOrAnInvalidDateIsLeftToTheJdk() {
    for (String text : new String[] {"2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T10:60:00Z",
        "2026-03-02T10:00:60Z", "2026-03-02 10:00:00Z", "2026-03-02T10:00:00", "2026-03-02T10:00:00+19:00", "2026-03-02T10:00:00+01",
        "2026-03-02T10:00:00.Z", "2026-03-02T10:00:00.1234567891Z", "+12026-03-02T10:00:00Z", "2026-03-02T10:00:00z", "2026-3-2T10:00:00Z",
        "2026-03-02T10:00:00+01:00:30", "2026-03-02T1a:00:00Z", "2026-03-02T10:00:", "2026-03-02T10:00:5Z", "2026-03-02T10:00",
        "2026-03-02T10:00:00+01:0", "2026-03-02T10:00:00Zx", "2026-03-02T10:00:00+01:60", "2026-03-02T10:00:00-18:01"}) {
      assertNull(IsoText.parse(text), text);
    }
    qt().withExamples(20_000).forAll(longs().between(0, 4_000_000_000L), integers().between(0, 24), integers().between(0, 127))
        .checkAssert((seconds, position, character) -> {
          StringBuilder text = new StringBuilder(OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.ofHours(2)).toString());
          text.setCharAt(Math.min(position, text.length() - 1), (char) (int) character);
          Instant fast = IsoText.parse(text.toString());
          if (fast != null) {
            // what the fast path reads, the JDK reads the same; what it leaves, the JDK reads or refuses
            assertEquals(OffsetDateTime.parse(text).toInstant(), fast, text::toString);
          }
        });
  }
}

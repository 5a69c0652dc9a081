package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link BusinessCalendar} against {@link CalendarOracle}, a slow implementation that anyone can
 * check by reading, on thousands of random calendars in zones with unusual clock changes, with
 * starts often exactly at an opening or a closing. The seed is fixed so that CI repeats the same
 * cases; a failure prints the seed, the case's own seed, the calendar and the instants.
 *
 * <p>The calendars have split days, overnight intervals, {@code 24:00}, closes inside
 * spring-forward gaps past the next opening, weekly breaks (on overnight intervals too), holidays,
 * overrides (some on holidays), and dated breaks: see {@link CalendarGenerators}.
 */
class BusinessCalendarDifferentialTest {
  private static final long SEED = 20261201L;
  private static final int CASES = 2500;
  private static final List<ZoneId> ZONES = CalendarGenerators.ZONES;
  private static final Instant BASE = CalendarGenerators.BASE.atStartOfDay(ZoneId.of("UTC")).toInstant();

  @Test
  void everyOperationAgreesWithTheOracle() {
    AtomicInteger compared = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(CASES).withShrinkCycles(0)
        .forAll(CalendarGenerators.calendars(ZONES), longs().all())
        .checkAssert((calendar, caseSeed) -> {
          List<String> disagreements = new ArrayList<>();
          compared.addAndGet(compareOneCase(calendar, new SplittableRandom(caseSeed), disagreements));
          assertTrue(disagreements.isEmpty(), "seed " + SEED + ", case seed " + caseSeed + ":\n" + String.join("\n", disagreements));
        });
    assertTrue(compared.get() > 4 * CASES, "compared only " + compared.get());
  }

  private static int compareOneCase(BusinessCalendar calendar, SplittableRandom random, List<String> disagreements) {
    int compared = 0;
    Instant t = BASE.plusSeconds(60L * random.nextInt(2 * 366 * 24 * 60));
    // the oracle covers 200 days either side of t: every comparison below stays within 190
    CalendarOracle near = CalendarOracle.around(calendar, t.minus(Duration.ofDays(200)), t.plus(Duration.ofDays(200)));
    if (random.nextBoolean()) {
      Instant from = t;
      List<Instant[]> close = near.segments().stream()
          .filter(s -> s[1].isAfter(from.minus(Duration.ofDays(3))) && s[0].isBefore(from.plus(Duration.ofDays(3)))).toList();
      if (!close.isEmpty()) {
        Instant[] segment = close.get(random.nextInt(close.size()));
        t = random.nextBoolean() ? segment[0] : segment[1]; // exactly at an opening or a closing
      }
    }
    String where = calendar + " t=" + t + " (" + t.atZone(calendar.zone()) + ")";
    Duration amount = Duration.ofMinutes(random.nextInt(random.nextBoolean() ? 24 * 60 : 60 * 24 * 60));
    compared += compare(disagreements, where + " nextOpen", near.nextOpen(t), calendar.nextOpen(t));
    compared += compare(disagreements, where + " previousClose", near.previousClose(t), calendar.previousClose(t));
    compared += compare(disagreements, where + " nextOpening", near.nextOpening(t), calendar.nextOpening(t));
    compared += compare(disagreements, where + " previousOpen", near.previousOpen(t), calendar.previousOpen(t));
    compared += compare(disagreements, where + " previousOpening", near.previousOpening(t), calendar.previousOpening(t));
    compared += compare(disagreements, where + " previousClosing", near.previousClosing(t), calendar.previousClosing(t));
    Instant until = t.plus(Duration.ofMinutes(random.nextInt(8 * 24 * 60)));
    compared++;
    List<OpenPeriod> periods = calendar.openPeriods(t, until).toList();
    if (!near.openPeriods(t, until).equals(periods)) {
      disagreements.add(where + " openPeriods to " + until + ": oracle " + near.openPeriods(t, until) + ", calendar " + periods);
    }
    int sameTimeDays = random.nextInt(random.nextBoolean() ? 10 : 120);
    compared += compare(disagreements, where + " plusWorkingDaysAtSameTime " + sameTimeDays,
        CalendarOracle.plusWorkingDaysAtSameTime(calendar, near, t, sameTimeDays),
        calendar.plusWorkingDaysAtSameTime(t, WorkingDays.of(sameTimeDays)));
    compared += compare(disagreements, where + " minus 0", near.previousClose(t), calendar.minus(t, BusinessDuration.ZERO));
    int days = random.nextInt(random.nextBoolean() ? 10 : 300);
    compared += compare(disagreements, where + " plusWorkingDaysToClose " + days,
        Optional.of(CalendarOracle.plusWorkingDays(calendar, t, days)), calendar.plusWorkingDaysToClose(t, WorkingDays.of(days)));
    Optional<Instant> close = calendar.nextClose(t);
    if (close.isPresent()) {
      compared += compare(disagreements, where + " nextClose", near.nextClose(t), close.get());
    } else {
      compared++;
      Instant[] last = near.segments().get(near.segments().size() - 1);
      if (!near.nextClose(t).equals(Optional.of(last[1])) || last[1].isBefore(t.plus(Duration.ofDays(190)))) {
        disagreements.add(where + " nextClose: calendar says it never closes, oracle closes at " + near.nextClose(t));
      }
    }
    Optional<Instant> plus = near.plus(t, amount);
    if (plus.isPresent()) {
      compared += compare(disagreements, where + " plus " + amount, plus, calendar.plus(t, BusinessDuration.of(amount)));
    }
    if (!amount.isZero()) {
      Optional<Instant> minus = near.minus(t, amount);
      if (minus.isPresent() && minus.get().isAfter(t.minus(Duration.ofDays(190)))) {
        compared += compare(disagreements, where + " minus " + amount, minus, calendar.minus(t, BusinessDuration.of(amount)));
      }
    }
    Instant to = t.plus(Duration.ofMinutes(random.nextInt(random.nextBoolean() ? 3 * 24 * 60 : 190 * 24 * 60)));
    Duration expected = near.elapsed(t, to);
    Duration actual = calendar.elapsed(t, to);
    compared++;
    if (!expected.equals(actual)) {
      disagreements.add(where + " elapsed to " + to + ": oracle " + expected + ", calendar " + actual);
    }
    if (!expected.negated().equals(calendar.elapsed(to, t))) {
      disagreements.add(where + " elapsed back from " + to + ": oracle " + expected.negated() + ", calendar " + calendar.elapsed(to, t));
    }
    return compared;
  }

  private static int compare(List<String> disagreements, String what, Optional<Instant> oracle, Optional<Instant> actual) {
    if (oracle.isEmpty()) {
      return 0;
    }
    if (!oracle.equals(actual)) {
      disagreements.add(what + ": oracle " + oracle.get() + ", calendar " + actual);
    }
    return 1;
  }

  private static int compare(List<String> disagreements, String what, Optional<Instant> oracle, Instant actual) {
    if (oracle.isEmpty()) {
      return 0;
    }
    if (!oracle.get().equals(actual)) {
      disagreements.add(what + ": oracle " + oracle.get() + ", calendar " + actual);
    }
    return 1;
  }

  @Test
  void theOracleCountsTheUnionOnce() {
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("UTC")).weekdays("08:00-12:00", "12:00-17:00").build();
    CalendarOracle oracle = new CalendarOracle(calendar, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
    assertEquals(1, oracle.segments().size(), "touching intervals are one open period");
    assertEquals(Duration.ofHours(9), oracle.elapsed(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")));
  }
}

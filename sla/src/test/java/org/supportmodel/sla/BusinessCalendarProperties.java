package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Laws of business-calendar arithmetic over generated calendars in five zones. */
class BusinessCalendarProperties {

  @Test
  void elapsedUpToTheDueInstantGivesBackTheAmount() {
    qt().withExamples(1500)
        .forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), CalendarGenerators.durations())
        .checkAssert(
            (calendar, start, amount) -> {
              Instant due = calendar.plus(start, BusinessDuration.of(amount));
              assertEquals(amount, calendar.elapsed(start, due), () -> calendar + " from " + start + " due " + due);
            });
  }

  @Test
  void plusIsMonotonicInTheAmount() {
    qt().withExamples(1000)
        .forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), CalendarGenerators.durations(),
            CalendarGenerators.durations())
        .checkAssert(
            (calendar, start, a, b) -> {
              Duration smaller = a.compareTo(b) <= 0 ? a : b;
              Duration larger = a.compareTo(b) <= 0 ? b : a;
              assertFalse(
                  calendar.plus(start, BusinessDuration.of(larger)).isBefore(calendar.plus(start, BusinessDuration.of(smaller))));
            });
  }

  @Test
  void elapsedIsAdditiveOverAdjacentSpans() {
    qt().withExamples(1500)
        .forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), CalendarGenerators.instants(),
            CalendarGenerators.instants())
        .checkAssert(
            (calendar, a, b, c) ->
                assertEquals(calendar.elapsed(a, c), calendar.elapsed(a, b).plus(calendar.elapsed(b, c))));
  }

  @Test
  void aDueInstantIsInHoursOrAtAClosingInstant() {
    qt().withExamples(1500)
        .forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), CalendarGenerators.durations())
        .checkAssert(
            (calendar, start, amount) -> {
              Instant due = calendar.plus(start, BusinessDuration.of(amount));
              assertTrue(calendar.isOpen(due) || calendar.isOpen(due.minusNanos(1)), () -> calendar + " due " + due);
              assertFalse(due.isBefore(start));
            });
  }

  @Test
  void elapsedMatchesMinuteByMinuteCounting() {
    qt().withExamples(300)
        .forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), integers().between(0, 6 * 24 * 60))
        .checkAssert(
            (calendar, from, minutes) -> {
              Instant to = from.plusSeconds(60L * minutes);
              assertEquals(CalendarGenerators.oracleElapsed(calendar, from, to), calendar.elapsed(from, to),
                  () -> calendar + " " + from + " → " + to);
            });
  }

  @Test
  void isOpenMatchesTheOracle() {
    qt().withExamples(3000)
        .forAll(CalendarGenerators.calendars(), CalendarGenerators.instants())
        .checkAssert(
            (calendar, t) -> assertEquals(CalendarGenerators.oracleOpen(calendar, t), calendar.isOpen(t), () -> calendar + " at " + t));
  }

  @Test
  void minusUndoesPlusWhenTheStartIsInHours() {
    qt().withExamples(1000)
        .forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), CalendarGenerators.durations())
        .checkAssert(
            (calendar, start, amount) -> {
              Instant end = calendar.plus(start, BusinessDuration.of(amount));
              Instant back = calendar.minus(end, BusinessDuration.of(amount));
              assertEquals(amount, calendar.elapsed(back, end));
              assertFalse(back.isAfter(end));
              assertFalse(back.isBefore(start), () -> calendar + " " + start + " back " + back);
            });
  }

  @Test
  void workingDaysEndAtAClose() {
    qt().withExamples(500)
        .forAll(CalendarGenerators.calendars(), CalendarGenerators.instants(), integers().between(0, 30))
        .checkAssert(
            (calendar, start, days) -> {
              Instant due = calendar.plusWorkingDaysToClose(start, WorkingDays.of(days));
              assertTrue(calendar.isOpen(due.minusNanos(1)));
              assertTrue(due.isAfter(start));
              if (days > 0) {
                assertTrue(due.isAfter(calendar.plusWorkingDaysToClose(start, WorkingDays.of(days - 1))));
              }
            });
  }
}

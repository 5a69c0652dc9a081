package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.BusinessCalendarTest.BERLIN;
import static org.supportmodel.sla.BusinessCalendarTest.berlin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;

/** The calendar edges of issue 11, each with the figures from the issue. */
class CalendarEdgesTest {
  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void aCloseInASpringForwardGapCountsTheOverlapOnce() {
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("America/New_York"))
        .open(DayOfWeek.SUNDAY, "01:00-02:30", "03:00-05:00").build();
    Instant start = at("2020-03-08T01:00-05:00");
    Instant end = at("2020-03-08T05:00-04:00");
    assertEquals(end, calendar.plus(start, BusinessDuration.ofMinutes(180)));
    assertEquals(Duration.ofHours(3), calendar.elapsed(start, end));
    assertEquals(start, calendar.minus(end, BusinessDuration.ofMinutes(180)));
  }

  @Test
  void aCloseInSaoPaulosMidnightGapCountsTheOverlapOnce() {
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("America/Sao_Paulo"))
        .open(DayOfWeek.SATURDAY, "20:00-00:30").open(DayOfWeek.SUNDAY, "01:00-05:00").build();
    assertEquals(Duration.ofHours(8), calendar.elapsed(at("2018-11-03T12:00-03:00"), at("2018-11-04T12:00-02:00")));
  }

  // ---- breaks on overnight intervals ----

  @Test
  void aBreakAfterMidnightCutsTheNightShift() {
    BusinessCalendar nights = BusinessCalendar.builder(BERLIN).weekdays("22:00-06:00").breakTime("02:00-03:00").build();
    assertEquals("[22:00-02:00, 03:00-06:00 (+1)]", nights.intervalsOn(LocalDate.parse("2026-03-02")).toString());
    assertEquals(Duration.ofHours(7), nights.elapsed(berlin("2026-03-02T20:00"), berlin("2026-03-03T20:00")));
    assertFalse(nights.isOpen(berlin("2026-03-03T02:30")));
    assertTrue(nights.isOpen(berlin("2026-03-03T03:00")));
    assertEquals(berlin("2026-03-03T04:00"), nights.plus(berlin("2026-03-03T01:00"), BusinessDuration.ofHours(2)));
  }

  @Test
  void aBreakBeforeMidnightLeavesTheHoursAfterIt() {
    BusinessCalendar nights = BusinessCalendar.builder(BERLIN).weekdays("22:00-06:00").breakTime("23:00-24:00").build();
    assertEquals(Duration.ofHours(7), nights.elapsed(berlin("2026-03-02T20:00"), berlin("2026-03-03T20:00")));
    assertFalse(nights.isOpen(berlin("2026-03-02T23:30")));
    assertTrue(nights.isOpen(berlin("2026-03-03T00:00")));
    assertTrue(nights.isOpen(berlin("2026-03-03T05:59")));
    BusinessCalendar acrossMidnight = BusinessCalendar.builder(BERLIN).weekdays("22:00-06:00").breakTime("23:30-00:30").build();
    assertEquals(Duration.ofHours(7), acrossMidnight.elapsed(berlin("2026-03-02T20:00"), berlin("2026-03-03T20:00")));
    assertFalse(acrossMidnight.isOpen(berlin("2026-03-03T00:15")));
  }

  @Test
  void aDatedBreakClosesPartOfOneDateOnly() {
    BusinessCalendar calendar = BusinessCalendarTest.officeHours(BERLIN).toBuilder()
        .breakOn(LocalDate.parse("2026-03-03"), "10:00-11:30").build();
    assertEquals("[08:00-10:00, 11:30-12:00, 13:00-17:00]", calendar.intervalsOn(LocalDate.parse("2026-03-03")).toString());
    assertEquals(Duration.ofMinutes(390), calendar.elapsed(berlin("2026-03-03T00:00"), berlin("2026-03-04T00:00")));
    assertEquals(Duration.ofHours(8), calendar.elapsed(berlin("2026-03-10T00:00"), berlin("2026-03-11T00:00")), "a week later: normal");
    assertEquals(List.of(OpenInterval.parse("10:00-11:30")), calendar.datedBreaks().get(LocalDate.parse("2026-03-03")));
    assertEquals(java.util.Map.of(), calendar.overrides(), "a dated break is not an override");
    BusinessCalendar nights = BusinessCalendar.builder(BERLIN).weekdays("22:00-06:00")
        .breakOn(LocalDate.parse("2026-03-03"), "02:00-03:00").build();
    assertEquals(Duration.ofHours(15), nights.elapsed(berlin("2026-03-02T20:00"), berlin("2026-03-04T20:00")),
        "the break falls in Monday's shift, on Tuesday's wall clock");
  }

  // ---- the next close of a calendar that never closes ----

  @Test
  void aTwentyFourSevenWeekWithAnOpenOverrideNeverCloses() {
    BusinessCalendar open = BusinessCalendar.twentyFourSeven(BERLIN).toBuilder()
        .override(LocalDate.parse("2026-12-24"), "00:00-24:00").build();
    assertEquals(Optional.empty(), open.nextClose(berlin("2026-12-20T10:00")));
    assertEquals(Optional.empty(), open.nextOpening(berlin("2026-12-20T10:00")));
    BusinessCalendar closedOnce = BusinessCalendar.twentyFourSeven(BERLIN).toBuilder().closed(LocalDate.parse("2026-12-25")).build();
    assertEquals(Optional.of(berlin("2026-12-25T00:00")), closedOnce.nextClose(berlin("2026-12-20T10:00")));
    assertEquals(Optional.of(berlin("2026-12-26T00:00")), closedOnce.nextOpening(berlin("2026-12-20T10:00")));
    assertEquals(Optional.empty(), closedOnce.nextClose(berlin("2026-12-26T00:00")));
    assertEquals(Optional.of(berlin("2026-12-26T00:00")), closedOnce.previousOpen(berlin("2027-06-01T00:00")));
    assertEquals(Optional.empty(), closedOnce.previousOpen(berlin("2026-12-01T00:00")), "open since before any exception");
  }

  // ---- the supported range ----

  @Test
  void resultsPastTheSupportedRangeFailNamingTheValue() {
    String range = "the result lies outside the supported range 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z";
    BusinessCalendar office = BusinessCalendarTest.officeHours(BERLIN);
    Instant start = berlin("2026-03-02T10:00");
    assertEquals("adding PT600000H of business time to 2026-03-02T09:00:00Z: " + range,
        message(() -> office.plus(start, BusinessDuration.ofHours(600_000))));
    assertEquals("adding 1000000 working days to 2026-03-02T09:00:00Z: " + range,
        message(() -> office.plusWorkingDaysToClose(start, WorkingDays.of(1_000_000))));
    assertEquals("adding 1000000 working days to 2026-03-02T09:00:00Z: " + range,
        message(() -> office.plusWorkingDaysAtSameTime(start, WorkingDays.of(1_000_000))));
    BusinessCalendar oneMinute = BusinessCalendar.builder(ZoneId.of("UTC")).open(DayOfWeek.MONDAY, "09:00-09:01").build();
    assertEquals("adding PT10000H of business time to 2026-03-02T09:00:00Z: " + range,
        message(() -> oneMinute.plus(start, BusinessDuration.ofHours(10_000))));
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
    assertEquals("adding PT2H of business time to 2149-12-31T23:00:00Z: " + range,
        message(() -> always.plus(Instant.parse("2149-12-31T23:00:00Z"), BusinessDuration.ofHours(2))));
    assertEquals(Instant.parse("2150-01-01T00:00:00Z"), always.plus(Instant.parse("2149-12-31T22:00:00Z"), BusinessDuration.ofHours(2)),
        "the last supported instant is included");
    assertEquals("subtracting PT2H of business time from 1900-01-01T01:00:00Z: " + range,
        message(() -> always.minus(Instant.parse("1900-01-01T01:00:00Z"), BusinessDuration.ofHours(2))));
    assertEquals("nextOpen(2149-12-31T20:00:00Z): " + range,
        message(() -> office.nextOpen(Instant.parse("2149-12-31T20:00:00Z"))));
  }

  @Test
  void instantsOutsideTheSupportedRangeAreRefusedByName() {
    String rule = "' must be within the supported range 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z";
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
    assertEquals("start: '2262-04-11T23:00:00Z" + rule,
        message(() -> always.plus(Instant.parse("2262-04-11T23:00:00Z"), BusinessDuration.ofHours(2))));
    assertEquals("from: '" + Instant.MAX + rule, message(() -> always.elapsed(Instant.MAX, Instant.EPOCH)));
    assertEquals("to: '" + Instant.MIN + rule, message(() -> always.elapsed(Instant.EPOCH, Instant.MIN)));
    assertEquals("instant: '3000-01-01T00:00:00Z" + rule, message(() -> always.isOpen(Instant.parse("3000-01-01T00:00:00Z"))));
    assertEquals("instant: '2150-01-01T00:00:00.000000001Z" + rule,
        message(() -> always.nextOpen(Instant.parse("2150-01-01T00:00:00.000000001Z"))));
    assertEquals("instant: '1899-12-31T23:59:59.999999999Z" + rule,
        message(() -> always.nextOpen(Instant.parse("1899-12-31T23:59:59.999999999Z"))));
    assertTrue(message(() -> BusinessDuration.ofHours(3_000_000)).startsWith("businessDuration: '3000000 hours' must be at most PT"));
    assertTrue(message(() -> BusinessDuration.of(Duration.ofDays(365L * 300))).contains("the length of the range a calendar supports"));
  }

  @Test
  void anSlaTargetWhoseDueInstantLiesPastTheRangeFailsInsteadOfRunning() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    for (Priority priority : Priority.values()) {
      builder.target(priority, SlaMetric.RESOLUTION, BusinessDuration.ofHours(2_000_000), "24x7");
    }
    SlaPolicy policy = builder.usualStatuses().priorityChange(PriorityChangePolicy.KEEP_ELAPSED).reopen(ReopenPolicy.NEW_CYCLE).build();
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> SlaEvaluation.evaluate(SlaFixtures.ID,
        List.of(TicketEvent.created(berlin("2026-03-02T10:00"), Priority.P1)), policy, SlaFixtures.CALENDARS, berlin("2026-03-02T11:00")));
    assertTrue(String.valueOf(failure.getMessage()).startsWith("adding PT1999999H of business time to 2026-03-02T10:00:00Z: the result lies"),
        failure.getMessage());
  }

  // ---- the operations integrators ask for ----

  @Test
  void openingsAndClosingsBeforeAndAfter() {
    BusinessCalendar office = BusinessCalendarTest.officeHours(BERLIN);
    assertEquals(Optional.of(berlin("2026-03-02T13:00")), office.nextOpening(berlin("2026-03-02T10:00")));
    assertEquals(Optional.of(berlin("2026-03-02T13:00")), office.nextOpening(berlin("2026-03-02T08:00")), "strictly after");
    assertEquals(Optional.of(berlin("2026-03-02T08:00")), office.nextOpening(berlin("2026-03-02T07:00")));
    assertEquals(Optional.of(berlin("2026-03-02T08:00")), office.previousOpen(berlin("2026-03-02T10:00")));
    assertEquals(Optional.of(berlin("2026-03-02T08:00")), office.previousOpen(berlin("2026-03-02T12:30")), "the last period's start");
    assertEquals(Optional.of(berlin("2026-03-02T13:00")), office.previousOpen(berlin("2026-03-02T13:00")), "at or before");
    assertEquals(Optional.of(berlin("2026-03-02T08:00")), office.previousOpening(berlin("2026-03-02T13:00")), "strictly before");
    assertEquals(Optional.of(berlin("2026-03-02T13:00")), office.previousOpening(berlin("2026-03-02T14:00")));
    assertEquals(Optional.of(berlin("2026-02-27T17:00")), office.previousClosing(berlin("2026-03-02T12:00")), "strictly before");
    assertEquals(Optional.of(berlin("2026-03-02T12:00")), office.previousClosing(berlin("2026-03-02T12:30")));
    assertEquals(berlin("2026-03-02T12:00"), office.previousClose(berlin("2026-03-02T12:30")));
    assertEquals(berlin("2026-03-02T10:00"), office.previousClose(berlin("2026-03-02T10:00")), "open: itself");
  }

  @Test
  void workingDaysKeepingTheTimeOfDayOrToTheClose() {
    BusinessCalendar office = BusinessCalendarTest.officeHours(BERLIN);
    assertEquals(berlin("2026-03-04T13:00"), office.plusWorkingDaysAtSameTime(berlin("2026-03-02T13:00"), WorkingDays.of(2)));
    assertEquals(berlin("2026-03-04T17:00"), office.plusWorkingDaysToClose(berlin("2026-03-02T13:00"), WorkingDays.of(2)));
    assertEquals(berlin("2026-03-09T13:00"), office.plusWorkingDaysAtSameTime(berlin("2026-03-07T13:00"), WorkingDays.of(1)),
        "Saturday 13:00 plus one is Monday 13:00");
    assertEquals(berlin("2026-03-04T13:00"), office.plusWorkingDaysAtSameTime(berlin("2026-03-02T12:30"), WorkingDays.of(2)),
        "Wednesday 12:30 is lunch: the next open instant");
    assertEquals(berlin("2026-03-10T08:00"), office.plusWorkingDaysAtSameTime(berlin("2026-03-06T18:00"), WorkingDays.of(1)),
        "Monday 18:00 is closed: Tuesday's opening");
    assertEquals(berlin("2026-03-02T10:00"), office.plusWorkingDaysAtSameTime(berlin("2026-03-02T10:00"), WorkingDays.of(0)));
  }

  @Test
  void openPeriodsAreListedLazilyAsInstants() {
    BusinessCalendar office = BusinessCalendarTest.officeHours(BERLIN);
    assertEquals(List.of(new OpenPeriod(berlin("2026-03-02T10:00"), berlin("2026-03-02T12:00")),
            new OpenPeriod(berlin("2026-03-02T13:00"), berlin("2026-03-02T17:00")),
            new OpenPeriod(berlin("2026-03-03T08:00"), berlin("2026-03-03T09:00"))),
        office.openPeriods(berlin("2026-03-02T10:00"), berlin("2026-03-03T09:00")).toList());
    assertEquals(3, office.openPeriods(berlin("2026-03-02T10:00"), Instant.parse("2149-01-01T00:00:00Z")).limit(3).count(),
        "a century ahead, computed only as far as asked");
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(BERLIN);
    assertEquals(List.of(new OpenPeriod(berlin("2026-03-02T10:00"), berlin("2027-03-02T10:00"))),
        always.openPeriods(berlin("2026-03-02T10:00"), berlin("2027-03-02T10:00")).toList());
    assertEquals(List.of(), office.openPeriods(berlin("2026-03-07T10:00"), berlin("2026-03-08T10:00")).toList(), "a weekend");
    assertEquals("to: '2026-03-01T00:00:00Z' must not be before from 2026-03-02T00:00:00Z",
        message(() -> office.openPeriods(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"))));
  }

  private static String message(Runnable action) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, action::run).getMessage());
  }
}

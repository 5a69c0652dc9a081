package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.BusinessCalendarTest.BERLIN;
import static org.supportmodel.sla.BusinessCalendarTest.berlin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The documented layout of the calendar arithmetic (the prefix table around the exceptions, the
 * direct exception table) and the edges of every range and accessor, pinned exactly.
 */
class CalendarLayoutTest {
  private static final ZoneId UTC = ZoneOffset.UTC;

  private static BusinessCalendar office(LocalDate... holidays) {
    return BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").holidays(List.of(holidays)).build();
  }

  @Test
  void thePrefixTableRunsFrom400DaysBeforeTheFirstExceptionTo400DaysAfterTheLast() {
    BusinessCalendar calendar = office(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-12-24"));
    assertEquals(List.of(LocalDate.parse("2026-04-03").minusDays(400), LocalDate.parse("2026-12-24").plusDays(400)),
        calendar.prefixTable());
    assertEquals(List.of(), office().prefixTable(), "no exceptions, no table");
    BusinessCalendar early = office(LocalDate.parse("1900-06-01"));
    assertEquals(LocalDate.parse("1899-12-29"), early.prefixTable().get(0), "clamped three days before the supported range");
    BusinessCalendar late = office(LocalDate.parse("2149-06-01"));
    assertEquals(LocalDate.parse("2150-01-04"), late.prefixTable().get(1), "clamped three days after it");
    LocalDate first = LocalDate.parse("1950-01-01");
    assertEquals(2, office(first, first.plusDays(100_000)).prefixTable().size(), "up to 100,000 days apart");
    assertEquals(List.of(), office(first, first.plusDays(100_001)).prefixTable(), "farther apart: no table");
  }

  @Test
  void exceptionsAreFoundByADirectTableUpTo100000DaysApart() {
    LocalDate first = LocalDate.parse("1950-01-01");
    assertTrue(office(first, first.plusDays(100_000)).directExceptionTable());
    assertFalse(office(first, first.plusDays(100_001)).directExceptionTable());
    assertFalse(office().directExceptionTable());
    BusinessCalendar searched = office(LocalDate.parse("1800-01-01"), LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"),
        LocalDate.parse("2200-01-01"));
    BusinessCalendar direct = office(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"));
    Instant from = berlin("2026-03-30T00:00");
    Instant to = berlin("2026-04-13T00:00");
    assertEquals(Duration.ofHours(9).multipliedBy(8), searched.elapsed(from, to), "two weeks less Good Friday and Easter Monday");
    assertEquals(direct.elapsed(from, to), searched.elapsed(from, to));
    assertEquals(direct.plus(from, BusinessDuration.ofHours(40)), searched.plus(from, BusinessDuration.ofHours(40)));
    assertEquals(berlin("2026-04-02T17:00"), searched.plus(from, BusinessDuration.ofHours(36)));
    assertEquals(berlin("2026-04-07T09:00"), searched.plus(from, BusinessDuration.ofHours(37)), "over Easter");
    assertEquals(berlin("2026-04-07T17:00"), searched.plusWorkingDaysToClose(from, WorkingDays.of(4)));
    assertFalse(searched.isOpen(berlin("2026-04-06T10:00")));
    assertTrue(searched.isOpen(berlin("2026-04-07T10:00")));
  }

  @Test
  void theEdgesOfTheSupportedRangeAreIncluded() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(UTC);
    assertTrue(always.isOpen(BusinessCalendar.MIN_SUPPORTED));
    assertTrue(always.isOpen(BusinessCalendar.MAX_SUPPORTED));
    assertEquals(BusinessCalendar.MIN_SUPPORTED, always.minus(Instant.parse("1900-01-01T02:00:00Z"), BusinessDuration.ofHours(2)));
    assertEquals(BusinessCalendar.MAX_SUPPORTED, always.plus(Instant.parse("2149-12-31T22:00:00Z"), BusinessDuration.ofHours(2)));
    assertEquals(BusinessDuration.MAX, BusinessDuration.of(BusinessDuration.MAX).duration(), "the maximum itself is allowed");
    assertThrows(IllegalArgumentException.class, () -> BusinessDuration.of(BusinessDuration.MAX.plusNanos(1)));
    assertEquals(BusinessDuration.MAX.toHours(), BusinessDuration.ofHours(BusinessDuration.MAX.toHours()).duration().toHours());
    assertThrows(IllegalArgumentException.class, () -> BusinessDuration.ofHours(BusinessDuration.MAX.toHours() + 1));
    assertEquals(BusinessDuration.MAX.toMinutes(), BusinessDuration.ofMinutes(BusinessDuration.MAX.toMinutes()).duration().toMinutes());
    assertThrows(IllegalArgumentException.class, () -> BusinessDuration.ofMinutes(BusinessDuration.MAX.toMinutes() + 1));
    assertEquals(Duration.ofDays(91_311), BusinessDuration.MAX, "1900 to 2150: 250 years with 61 leap days");
  }

  @Test
  void aTwentyFourSevenWeekIsOpenForGoodBeyondItsExceptions() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(BERLIN);
    Instant t = berlin("2026-03-02T10:00");
    assertEquals(t, always.nextOpen(t));
    assertEquals(t, always.previousClose(t));
    assertEquals(Optional.empty(), always.nextClose(t));
    assertEquals(Optional.empty(), always.previousOpen(t));
    assertEquals(Optional.empty(), always.previousOpening(t));
    assertEquals(Optional.empty(), always.previousClosing(t));
    assertEquals(Optional.empty(), always.nextOpening(t));
    BusinessCalendar closedOnce = always.toBuilder().closed(LocalDate.parse("2026-03-04")).build();
    assertEquals(Optional.empty(), closedOnce.previousOpen(berlin("2026-03-03T10:00")), "open since before the closed day");
    assertEquals(Optional.empty(), closedOnce.previousClosing(berlin("2026-03-04T00:00")), "strictly before its close");
    assertEquals(Optional.of(berlin("2026-03-04T00:00")), closedOnce.previousClosing(berlin("2026-03-04T00:00:01")));
    assertEquals(Optional.of(berlin("2026-03-05T00:00")), closedOnce.previousOpening(berlin("2026-03-09T00:00")));
    assertEquals(Optional.empty(), closedOnce.previousOpening(berlin("2026-03-05T00:00")), "strictly before");
    assertEquals(berlin("2026-03-04T00:00"), closedOnce.previousClose(berlin("2026-03-04T12:00")));
    assertEquals(berlin("2026-03-05T00:00"), closedOnce.nextOpen(berlin("2026-03-04T12:00")));
    assertEquals(berlin("2026-03-12T00:00"), closedOnce.nextOpen(berlin("2026-03-12T00:00")), "well beyond: open");
    assertEquals(Optional.of(berlin("2026-03-04T00:00")), closedOnce.nextClose(berlin("2026-03-01T00:00")));
  }

  @Test
  void openPeriodsMergeTouchingIntervalsAndStopAtTheEnd() {
    BusinessCalendar split = BusinessCalendar.builder(BERLIN).weekdays("08:00-12:00", "12:00-17:00").build();
    assertEquals(List.of(new OpenPeriod(berlin("2026-03-02T08:00"), berlin("2026-03-02T17:00"))),
        split.openPeriods(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00")).toList());
    assertEquals(List.of(new OpenPeriod(berlin("2026-03-02T08:00"), berlin("2026-03-02T12:00"))),
        split.openPeriods(berlin("2026-03-02T00:00"), berlin("2026-03-02T12:00")).toList(), "ends at the end");
    assertEquals(List.of(new OpenPeriod(berlin("2026-03-02T12:00"), berlin("2026-03-02T13:00"))),
        split.openPeriods(berlin("2026-03-02T12:00"), berlin("2026-03-02T13:00")).toList(), "starts at the start");
    assertEquals(List.of(), split.openPeriods(berlin("2026-03-02T17:00"), berlin("2026-03-02T17:00")).toList(), "empty span");
    BusinessCalendar nights = BusinessCalendar.builder(BERLIN).weekdays("22:00-24:00").open(DayOfWeek.TUESDAY, "00:00-06:00").build();
    assertEquals(List.of(new OpenPeriod(berlin("2026-03-02T22:00"), berlin("2026-03-03T06:00")),
            new OpenPeriod(berlin("2026-03-03T22:00"), berlin("2026-03-04T00:00"))),
        nights.openPeriods(berlin("2026-03-02T00:00"), berlin("2026-03-04T12:00")).toList(), "across midnight: one period");
    BusinessCalendar closedOnce = BusinessCalendar.twentyFourSeven(BERLIN).toBuilder().closed(LocalDate.parse("2026-03-04")).build();
    assertEquals(List.of(new OpenPeriod(berlin("2026-03-03T00:00"), berlin("2026-03-04T00:00")),
            new OpenPeriod(berlin("2026-03-05T00:00"), berlin("2026-04-01T00:00"))),
        closedOnce.openPeriods(berlin("2026-03-03T00:00"), berlin("2026-04-01T00:00")).toList(), "then open for good");
    var iterator = split.openPeriods(berlin("2026-03-07T00:00"), berlin("2026-03-08T00:00")).iterator();
    assertFalse(iterator.hasNext());
    assertThrows(java.util.NoSuchElementException.class, iterator::next);
    assertEquals(Duration.ofHours(9), new OpenPeriod(berlin("2026-03-02T08:00"), berlin("2026-03-02T17:00")).duration());
    assertEquals("[2026-03-02T07:00:00Z, 2026-03-02T16:00:00Z)", new OpenPeriod(berlin("2026-03-02T08:00"), berlin("2026-03-02T17:00")).toString());
    assertEquals("end: '2026-03-02T07:00:00Z' must be after the start 2026-03-02T07:00:00Z",
        assertThrows(IllegalArgumentException.class, () -> new OpenPeriod(berlin("2026-03-02T08:00"), berlin("2026-03-02T08:00"))).getMessage());
  }

  @Test
  void aCalendarIsItsHoursBreaksHolidaysOverridesAndDatedBreaks() {
    LocalDate date = LocalDate.parse("2026-03-03");
    BusinessCalendar calendar = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00")
        .holiday(LocalDate.parse("2026-04-03")).override(LocalDate.parse("2026-03-31"), "07:00-21:00").breakOn(date, "10:00-11:00").build();
    assertEquals(calendar, calendar.toBuilder().build(), "toBuilder keeps everything");
    assertEquals(calendar.hashCode(), calendar.toBuilder().build().hashCode());
    assertEquals(List.of(OpenInterval.parse("12:00-13:00")), calendar.breaks());
    assertEquals(Map.of(LocalDate.parse("2026-03-31"), List.of(OpenInterval.parse("07:00-21:00"))), calendar.overrides());
    assertEquals(Map.of(date, List.of(OpenInterval.parse("10:00-11:00"))), calendar.datedBreaks());
    BusinessCalendar withoutDatedBreak = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00")
        .holiday(LocalDate.parse("2026-04-03")).override(LocalDate.parse("2026-03-31"), "07:00-21:00").build();
    assertNotEquals(calendar, withoutDatedBreak);
    assertNotEquals(calendar.hashCode(), withoutDatedBreak.hashCode());
    assertNotEquals(calendar, BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00")
        .override(LocalDate.parse("2026-03-31"), "07:00-21:00").breakOn(date, "10:00-11:00").build(), "holidays count");
    assertNotEquals(calendar, BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00")
        .holiday(LocalDate.parse("2026-04-03")).breakOn(date, "10:00-11:00").build(), "overrides count");
    assertFalse(calendar.equals("a calendar"));
    assertEquals("BusinessCalendar{Europe/Berlin, Mon=[08:00-12:00, 13:00-17:00], Tue=[08:00-12:00, 13:00-17:00], "
        + "Wed=[08:00-12:00, 13:00-17:00], Thu=[08:00-12:00, 13:00-17:00], Fri=[08:00-12:00, 13:00-17:00], "
        + "1 holidays, 1 overrides, 1 dated breaks}", calendar.toString().replace("MON", "Mon").replace("TUE", "Tue")
            .replace("WED", "Wed").replace("THU", "Thu").replace("FRI", "Fri"));
  }

  @Test
  void intervalsAroundMidnightAndTheirText() {
    assertTrue(new OpenInterval(86_400, 90_000).opensNextDay());
    assertEquals("00:00-01:00 (+1)", new OpenInterval(86_400, 90_000).toString());
    assertEquals("23:00-24:00", new OpenInterval(82_800, 86_400).toString());
    assertEquals("23:00-01:00", new OpenInterval(82_800, 90_000).toString());
    assertEquals("08:00:30-09:00", new OpenInterval(28_830, 32_400).toString());
    assertEquals(new OpenInterval(0, 172_800 - 86_400), OpenInterval.parse("00:00-24:00"));
    assertEquals(172_800, new OpenInterval(86_400, 172_800).endSecond(), "the end of the next day is allowed");
  }
}

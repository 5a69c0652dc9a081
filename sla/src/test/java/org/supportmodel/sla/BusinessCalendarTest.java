package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  /** Monday to Friday 08:00-17:00 with a lunch break 12:00-13:00: 8 business hours a day. */
  static BusinessCalendar officeHours(ZoneId zone) {
    return BusinessCalendar.builder(zone).weekdays("08:00-17:00").breakTime("12:00-13:00").build();
  }

  static Instant at(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  static Instant berlin(String localDateTime) {
    return at(BERLIN, localDateTime);
  }

  // 2026-03-02 is a Monday.

  @Test
  void addsAcrossTheLunchBreak() {
    assertEquals(berlin("2026-03-02T15:00"), officeHours(BERLIN).plus(berlin("2026-03-02T10:00"), BusinessDuration.ofHours(4)));
  }

  @Test
  void aBudgetRunningOutAtCloseGivesTheClosingInstant() {
    BusinessCalendar calendar = officeHours(BERLIN);
    assertEquals(berlin("2026-03-02T17:00"), calendar.plus(berlin("2026-03-02T16:00"), BusinessDuration.ofHours(1)));
    assertEquals(berlin("2026-03-02T12:00"), calendar.plus(berlin("2026-03-02T08:00"), BusinessDuration.ofHours(4)));
  }

  @Test
  void addingZeroGivesTheNextOpenInstant() {
    BusinessCalendar calendar = officeHours(BERLIN);
    assertEquals(berlin("2026-03-09T08:00"), calendar.plus(berlin("2026-03-07T10:00"), BusinessDuration.ZERO));
    assertEquals(berlin("2026-03-02T13:00"), calendar.plus(berlin("2026-03-02T12:15"), BusinessDuration.ZERO));
    assertEquals(berlin("2026-03-02T10:00"), calendar.plus(berlin("2026-03-02T10:00"), BusinessDuration.ZERO));
  }

  @Test
  void aStartOutsideHoursCountsFromTheNextOpening() {
    BusinessCalendar calendar = officeHours(BERLIN);
    assertEquals(berlin("2026-03-09T09:00"), calendar.plus(berlin("2026-03-06T16:00"), BusinessDuration.ofHours(2)));
    assertEquals(berlin("2026-03-03T10:00"), calendar.plus(berlin("2026-03-02T22:00"), BusinessDuration.ofHours(2)));
  }

  @Test
  void elapsedCountsOnlyOpenTimeAndIsNegativeBackwards() {
    BusinessCalendar calendar = officeHours(BERLIN);
    assertEquals(Duration.ofHours(8), calendar.elapsed(berlin("2026-03-02T07:00"), berlin("2026-03-02T18:00")));
    assertEquals(Duration.ofHours(-8), calendar.elapsed(berlin("2026-03-02T18:00"), berlin("2026-03-02T07:00")));
    assertEquals(Duration.ZERO, calendar.elapsed(berlin("2026-03-07T07:00"), berlin("2026-03-08T18:00")));
    assertEquals(Duration.ofMinutes(90), calendar.elapsed(berlin("2026-03-02T11:30"), berlin("2026-03-02T14:00")));
  }

  @Test
  void multiWeekSpansLandOnTheRightDay() {
    BusinessCalendar calendar = officeHours(BERLIN);
    assertEquals(berlin("2026-03-13T17:00"), calendar.plus(berlin("2026-03-02T08:00"), BusinessDuration.ofHours(80)));
    assertEquals(berlin("2026-06-01T09:00"), calendar.plus(berlin("2026-03-02T09:00"), BusinessDuration.ofHours(8 * 65)));
    assertEquals(Duration.ofHours(8 * 65), calendar.elapsed(berlin("2026-03-02T09:00"), berlin("2026-06-01T09:00")));
  }

  @Test
  void holidaysRemoveTheirDay() {
    BusinessCalendar calendar =
        BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00")
            .holiday(LocalDate.parse("2026-04-03")).holiday(LocalDate.parse("2026-04-06")).build();
    assertEquals(berlin("2026-04-07T09:00"), calendar.plus(berlin("2026-04-02T16:00"), BusinessDuration.ofHours(2)));
    assertEquals(Duration.ofHours(2), calendar.elapsed(berlin("2026-04-02T16:00"), berlin("2026-04-07T09:00")));
    assertFalse(calendar.isOpen(berlin("2026-04-03T10:00")));
    assertEquals(berlin("2026-04-07T08:00"), calendar.nextOpen(berlin("2026-04-02T17:00")));
  }

  @Test
  void overnightIntervalsBelongToTheDayTheyStart() {
    BusinessCalendar nights =
        BusinessCalendar.builder(BERLIN).weekdays("22:00-06:00").holiday(LocalDate.parse("2026-03-03")).build();
    assertTrue(nights.isOpen(berlin("2026-03-03T03:00")), "Monday's shift runs into the Tuesday holiday");
    assertFalse(nights.isOpen(berlin("2026-03-03T23:00")), "the Tuesday shift is removed by the holiday");
    assertTrue(nights.isOpen(berlin("2026-03-07T05:59")), "Friday's shift runs into Saturday");
    assertEquals(Duration.ofHours(8), nights.elapsed(berlin("2026-03-02T20:00"), berlin("2026-03-03T20:00")));
    assertEquals(berlin("2026-03-04T23:00"), nights.plus(berlin("2026-03-03T05:00"), BusinessDuration.ofHours(2)));
  }

  @Test
  void midnightCloseIsWrittenAs2400() {
    BusinessCalendar evenings = BusinessCalendar.builder(BERLIN).weekdays("16:00-24:00").build();
    assertEquals(berlin("2026-03-03T00:00"), evenings.plus(berlin("2026-03-02T16:00"), BusinessDuration.ofHours(8)));
    assertEquals("16:00-24:00", evenings.weeklyIntervals(DayOfWeek.MONDAY).get(0).toString());
  }

  @Test
  void overridesExtendHoursOrCloseADay() {
    BusinessCalendar calendar =
        BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00")
            .override(LocalDate.parse("2026-01-30"), "07:00-22:00")
            .closed(LocalDate.parse("2026-01-29"))
            .build();
    assertEquals(Duration.ofHours(15), calendar.elapsed(berlin("2026-01-30T00:00"), berlin("2026-01-31T00:00")));
    assertEquals(Duration.ZERO, calendar.elapsed(berlin("2026-01-29T00:00"), berlin("2026-01-30T00:00")));
    assertEquals(berlin("2026-01-30T21:00"), calendar.plus(berlin("2026-01-28T16:00"), BusinessDuration.ofHours(15)));
  }

  @Test
  void springForwardShortensA24x7DayInBerlin() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(BERLIN);
    assertEquals(Duration.ofHours(23), always.elapsed(berlin("2026-03-28T12:00"), berlin("2026-03-29T12:00")));
    assertEquals(berlin("2026-03-29T12:00"), always.plus(berlin("2026-03-28T12:00"), BusinessDuration.ofHours(23)));
  }

  @Test
  void fallBackLengthensA24x7DayInBerlin() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(BERLIN);
    assertEquals(Duration.ofHours(25), always.elapsed(berlin("2026-10-24T12:00"), berlin("2026-10-25T12:00")));
    assertEquals(Optional.empty(), always.nextClose(berlin("2026-10-24T12:00")));
  }

  @Test
  void anIntervalAcrossTheClockChangeLastsRealTime() {
    BusinessCalendar nightShift = BusinessCalendar.builder(BERLIN).open(DayOfWeek.SATURDAY, "22:00-06:00").build();
    assertEquals(Duration.ofHours(7), nightShift.elapsed(berlin("2026-03-28T20:00"), berlin("2026-03-29T08:00")));
    assertEquals(Duration.ofHours(9), nightShift.elapsed(berlin("2026-10-24T20:00"), berlin("2026-10-25T08:00")));
    assertEquals(berlin("2026-03-29T06:00"), nightShift.plus(berlin("2026-03-28T21:00"), BusinessDuration.ofHours(7)));
  }

  @Test
  void aLocalTimeInTheGapMovesForwardAndAnAmbiguousOneTakesTheEarlierOffset() {
    BusinessCalendar sunday = BusinessCalendar.builder(BERLIN).open(DayOfWeek.SUNDAY, "02:30-04:00").build();
    // 2026-03-29: 02:00 jumps to 03:00, so 02:30 becomes 03:30 and the interval lasts 30 minutes.
    assertEquals(berlin("2026-03-29T03:30"), sunday.nextOpen(berlin("2026-03-29T00:00")));
    assertEquals(Duration.ofMinutes(30), sunday.elapsed(berlin("2026-03-29T00:00"), berlin("2026-03-29T05:00")));
    // 2026-10-25: 03:00 falls back to 02:00, so 02:30 happens twice; the interval opens at the first.
    Instant firstHalfPastTwo = Instant.parse("2026-10-25T00:30:00Z");
    assertEquals(firstHalfPastTwo, sunday.nextOpen(berlin("2026-10-25T00:00")));
    assertEquals(Duration.ofMinutes(150), sunday.elapsed(berlin("2026-10-25T00:00"), berlin("2026-10-25T05:00")));
  }

  @Test
  void sydneyClocksGoBackInAprilAndForwardInOctober() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(SYDNEY);
    assertEquals(Duration.ofHours(25), always.elapsed(at(SYDNEY, "2026-04-04T12:00"), at(SYDNEY, "2026-04-05T12:00")));
    assertEquals(Duration.ofHours(23), always.elapsed(at(SYDNEY, "2026-10-03T12:00"), at(SYDNEY, "2026-10-04T12:00")));
    BusinessCalendar nights = BusinessCalendar.builder(SYDNEY).open(DayOfWeek.SATURDAY, "22:00-06:00").build();
    assertEquals(Duration.ofHours(7), nights.elapsed(at(SYDNEY, "2026-10-03T20:00"), at(SYDNEY, "2026-10-04T08:00")));
    assertEquals(Duration.ofHours(9), nights.elapsed(at(SYDNEY, "2026-04-04T20:00"), at(SYDNEY, "2026-04-05T08:00")));
  }

  @Test
  void officeHoursInSydneyAcrossAYear() {
    BusinessCalendar calendar = officeHours(SYDNEY);
    Instant start = at(SYDNEY, "2026-01-05T09:00");
    Instant due = calendar.plus(start, BusinessDuration.ofHours(8L * 5 * 52));
    assertEquals(at(SYDNEY, "2027-01-04T09:00"), due);
    assertEquals(Duration.ofHours(8L * 5 * 52), calendar.elapsed(start, due));
  }

  @Test
  void subtractsToTheLatestStart() {
    BusinessCalendar calendar = officeHours(BERLIN);
    assertEquals(berlin("2026-03-02T10:00"), calendar.minus(berlin("2026-03-02T15:00"), BusinessDuration.ofHours(4)));
    assertEquals(berlin("2026-03-06T16:00"), calendar.minus(berlin("2026-03-09T09:00"), BusinessDuration.ofHours(2)));
    assertEquals(berlin("2026-03-09T08:00"), calendar.minus(berlin("2026-03-09T09:00"), BusinessDuration.ofHours(1)));
    assertEquals(berlin("2026-03-06T17:00"), calendar.minus(berlin("2026-03-07T10:00"), BusinessDuration.ZERO),
        "zero on a Saturday: Friday's close, mirroring plus zero (issue 11)");
  }

  @Test
  void workingDaysAreNotBusinessHours() {
    BusinessCalendar calendar =
        BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").holiday(LocalDate.parse("2026-03-04")).build();
    assertEquals(berlin("2026-03-03T17:00"), calendar.plusWorkingDaysToClose(berlin("2026-03-02T10:00"), WorkingDays.of(1)));
    assertEquals(berlin("2026-03-02T17:00"), calendar.plusWorkingDaysToClose(berlin("2026-03-02T10:00"), WorkingDays.of(0)));
    assertEquals(berlin("2026-03-05T17:00"), calendar.plusWorkingDaysToClose(berlin("2026-03-02T10:00"), WorkingDays.of(2)));
    assertEquals(berlin("2026-03-09T17:00"), calendar.plusWorkingDaysToClose(berlin("2026-03-06T18:00"), WorkingDays.of(0)));
    assertEquals(berlin("2026-05-04T17:00"), calendar.plusWorkingDaysToClose(berlin("2026-03-02T10:00"), WorkingDays.of(44)));
    assertTrue(calendar.plus(berlin("2026-03-02T10:00"), BusinessDuration.ofHours(24)).isAfter(berlin("2026-03-04T17:00")),
        "24 business hours are three days of nine hours, not one working day");
  }

  @Test
  void nextCloseMergesTouchingIntervals() {
    BusinessCalendar calendar = officeHours(BERLIN);
    assertEquals(Optional.of(berlin("2026-03-02T12:00")), calendar.nextClose(berlin("2026-03-02T10:00")));
    assertEquals(Optional.of(berlin("2026-03-02T17:00")), calendar.nextClose(berlin("2026-03-02T12:30")));
    BusinessCalendar split = BusinessCalendar.builder(BERLIN).weekdays("08:00-12:00", "12:00-17:00").build();
    assertEquals(Optional.of(berlin("2026-03-02T17:00")), split.nextClose(berlin("2026-03-02T10:00")));
  }

  @Test
  void badCalendarsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> BusinessCalendar.builder(BERLIN).weekdays("08:00-12:00", "11:00-17:00").build());
    IllegalArgumentException never = assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder(BERLIN).build());
    assertTrue(String.valueOf(never.getMessage()).startsWith("weekly: '{}' must open at least once a week"));
    IllegalArgumentException spill = assertThrows(IllegalArgumentException.class,
        () -> BusinessCalendar.builder(BERLIN).open(DayOfWeek.MONDAY, "22:00-06:00").open(DayOfWeek.TUESDAY, "05:00-09:00").build());
    assertTrue(String.valueOf(spill.getMessage()).contains("runs into TUESDAY's 05:00-09:00"), spill.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OpenInterval.parse("8-17"));
  }

  @Test
  void whatAnIntervalWritesReadsBackTheRemainderAfterMidnightToo() {
    BusinessCalendar saturdayNight = BusinessCalendar.builder(BERLIN).open(DayOfWeek.SATURDAY, "22:00-06:00").breakTime("02:00-03:00").build();
    List<OpenInterval> intervals = saturdayNight.weeklyIntervals(DayOfWeek.SATURDAY);
    assertEquals(List.of("22:00-02:00", "03:00-06:00 (+1)"), intervals.stream().map(OpenInterval::toString).toList());
    for (OpenInterval interval : intervals) {
      assertEquals(interval, OpenInterval.parse(interval.toString()));
    }
    assertEquals(new OpenInterval(27 * 3600, 30 * 3600), OpenInterval.parse(" 03:00-06:00 (+1) "));
    assertEquals("interval: '22:00-06:00 (+1)' must not run overnight after midnight",
        assertThrows(IllegalArgumentException.class, () -> OpenInterval.parse("22:00-06:00 (+1)")).getMessage());
  }

  @Test
  void calendarsWithTheSameHoursAreEqual() {
    assertEquals(officeHours(BERLIN), officeHours(BERLIN));
    assertEquals(officeHours(BERLIN).hashCode(), officeHours(BERLIN).hashCode());
    assertFalse(officeHours(BERLIN).equals(officeHours(SYDNEY)));
    assertEquals(Duration.ofHours(40), officeHours(BERLIN).weeklyBusinessTime());
  }

  @Test
  void minusZeroAtAClosedInstantIsThePreviousCloseMirroringPlusZero() {
    BusinessCalendar calendar = officeHours(BERLIN);
    assertEquals(berlin("2026-03-02T17:00"), calendar.minus(berlin("2026-03-02T20:00"), BusinessDuration.ZERO), "evening: the close");
    assertEquals(berlin("2026-03-02T12:00"), calendar.minus(berlin("2026-03-02T12:30"), BusinessDuration.ZERO), "lunch: the close before it");
    assertEquals(berlin("2026-02-27T17:00"), calendar.minus(berlin("2026-03-01T10:00"), BusinessDuration.ZERO), "Sunday: Friday's close");
    assertEquals(berlin("2026-03-02T10:00"), calendar.minus(berlin("2026-03-02T10:00"), BusinessDuration.ZERO), "open: itself");
    assertEquals(berlin("2026-03-02T17:00"), calendar.minus(berlin("2026-03-02T17:00"), BusinessDuration.ZERO), "at the close: itself");
    assertEquals(berlin("2026-03-02T08:00"), calendar.minus(berlin("2026-03-02T08:00"), BusinessDuration.ZERO), "at the open: itself");
    assertEquals(berlin("2026-03-02T13:00"), calendar.plus(berlin("2026-03-02T12:30"), BusinessDuration.ZERO), "plus zero: the next open");
  }

  @Test
  void onADateThatIsBothAHolidayAndAnOverrideTheOverrideWins() {
    LocalDate christmasEve = LocalDate.parse("2026-12-24");
    BusinessCalendar calendar = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").holiday(christmasEve)
        .override(christmasEve, "08:00-12:00").build();
    assertEquals(List.of(OpenInterval.parse("08:00-12:00")), calendar.intervalsOn(christmasEve));
    assertTrue(calendar.holidays().contains(christmasEve), "the holiday stays recorded");
    assertEquals(Duration.ofHours(4), calendar.elapsed(berlin("2026-12-24T00:00"), berlin("2026-12-25T00:00")));
  }

  @Test
  void aCloseEqualToTheOpenIsTwentyFourHoursLater() {
    BusinessCalendar wholeDays = BusinessCalendar.builder(BERLIN).weekdays("00:00-00:00").build();
    assertEquals(Duration.ofHours(24), wholeDays.elapsed(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00")));
    BusinessCalendar shift = BusinessCalendar.builder(BERLIN).open(DayOfWeek.MONDAY, "09:00-09:00").build();
    assertEquals(Duration.ofHours(24), shift.elapsed(berlin("2026-03-02T00:00"), berlin("2026-03-04T00:00")));
    assertTrue(shift.isOpen(berlin("2026-03-03T08:59")));
    assertFalse(shift.isOpen(berlin("2026-03-03T09:00")));
  }

  @Test
  void anOverrideMayNotOverlapItsNeighbouringDays() {
    LocalDate monday = LocalDate.parse("2026-03-02");
    IllegalArgumentException intoTuesday = assertThrows(IllegalArgumentException.class,
        () -> BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").override(monday, "20:00-09:00").build());
    assertEquals("overrides[2026-03-02]: '20:00-09:00' runs into the next day's 08:00-17:00", intoTuesday.getMessage());
    IllegalArgumentException fromSunday = assertThrows(IllegalArgumentException.class,
        () -> BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").open(DayOfWeek.SUNDAY, "22:00-07:00")
            .override(monday, "06:00-12:00").build());
    assertEquals("overrides[2026-03-02]: '06:00-12:00' overlaps the previous day's 22:00-07:00", fromSunday.getMessage());
    BusinessCalendar touching = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").open(DayOfWeek.SUNDAY, "22:00-07:00")
        .override(monday, "07:00-12:00").override(LocalDate.parse("2026-03-03"), "12:00-08:00").build();
    assertEquals(Duration.ofHours(9 + 5 + 12), touching.elapsed(berlin("2026-03-01T00:00"), berlin("2026-03-04T00:00")),
        "an override may touch its neighbours: Sunday 22:00 to Monday 07:00, Monday 07-12, Tuesday 12:00 to Wednesday 00:00");
  }

  @Test
  void thePreviousCloseLooksBackOverClosedDaysAndOvernightShifts() {
    BusinessCalendar nights = BusinessCalendar.builder(BERLIN).open(DayOfWeek.MONDAY, "22:00-06:00").build();
    assertEquals(berlin("2026-03-03T06:00"), nights.minus(berlin("2026-03-08T12:00"), BusinessDuration.ZERO),
        "the Monday night shift closes on Tuesday morning");
    assertEquals(berlin("2026-03-03T02:00"), nights.minus(berlin("2026-03-03T02:00"), BusinessDuration.ZERO), "inside the shift: itself");
    BusinessCalendar withHolidays = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00")
        .holiday(LocalDate.parse("2026-04-03")).holiday(LocalDate.parse("2026-04-06")).build();
    assertEquals(berlin("2026-04-02T17:00"), withHolidays.minus(berlin("2026-04-06T12:00"), BusinessDuration.ZERO),
        "Easter: back over Monday, the weekend and Good Friday to Thursday's close");
  }
}


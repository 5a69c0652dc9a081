package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.supportmodel.sla.BusinessCalendarTest.BERLIN;
import static org.supportmodel.sla.BusinessCalendarTest.berlin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unions and intersections of calendars: open when either (both) is, and inclusion-exclusion for
 * business time, in zones with unusual gaps and with intervals that open or close inside them.
 */
class CalendarUnionProperties {
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Sao_Paulo"));

  @Test
  void aUnionIsOpenWhenEitherIsAndAnIntersectionWhenBothAre() {
    for (ZoneId zone : ZONES) {
      qt().withFixedSeed(20261202L).withExamples(80)
          .forAll(CalendarGenerators.calendars(List.of(zone)), CalendarGenerators.calendars(List.of(zone)), CalendarGenerators.instants())
          .checkAssert((a, b, t) -> {
            BusinessCalendar union = a.union(b);
            assertEquals(a.isOpen(t) || b.isOpen(t), union.isOpen(t), () -> a + " | " + b + " at " + t);
            if (weeksOverlap(a, b)) {
              assertEquals(a.isOpen(t) && b.isOpen(t), a.intersection(b).isOpen(t), () -> a + " & " + b + " at " + t);
            }
          });
    }
  }

  @Test
  void businessTimeObeysInclusionExclusion() {
    for (ZoneId zone : ZONES) {
      qt().withFixedSeed(20261203L).withExamples(80)
          .forAll(CalendarGenerators.calendars(List.of(zone)), CalendarGenerators.calendars(List.of(zone)),
              CalendarGenerators.instants(), CalendarGenerators.instants())
          .checkAssert((a, b, x, y) -> {
            BusinessCalendar intersection;
            try {
              intersection = a.intersection(b);
            } catch (IllegalArgumentException e) {
              return; // the weeks never overlap
            }
            BusinessCalendar union = a.union(b);
            Instant from = x.isBefore(y) ? x : y;
            Instant to = x.isBefore(y) ? y : x;
            assertEquals(a.elapsed(from, to).plus(b.elapsed(from, to)).minus(intersection.elapsed(from, to)), union.elapsed(from, to),
                () -> a + " | " + b + " from " + from + " to " + to);
            Instant due = union.plus(from, BusinessDuration.of(Duration.ofHours(30)));
            assertEquals(Duration.ofHours(30), union.elapsed(from, due));
          });
    }
  }

  @Test
  void acrossZonesTooAUnionIsOpenWhenEitherIsAndBusinessTimeObeysInclusionExclusion() {
    List<List<ZoneId>> pairs = List.of(List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York")),
        List.of(ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Sao_Paulo")),
        List.of(ZoneId.of("Asia/Tehran"), ZoneId.of("Asia/Kolkata")));
    for (List<ZoneId> zones : pairs) {
      qt().withFixedSeed(20261204L).withExamples(5)
          .forAll(CalendarGenerators.calendars(List.of(zones.get(0))), CalendarGenerators.calendars(List.of(zones.get(1))),
              CalendarGenerators.instants(), CalendarGenerators.instants())
          .checkAssert((a, b, x, y) -> {
            BusinessCalendar union = a.union(b);
            assertEquals(java.time.ZoneOffset.UTC, union.zone());
            for (Instant t : List.of(x, y, x.plusSeconds(1800), y.minusSeconds(5400))) {
              assertEquals(a.isOpen(t) || b.isOpen(t), union.isOpen(t), () -> a + " | " + b + " at " + t);
            }
            BusinessCalendar intersection;
            try {
              intersection = a.intersection(b);
            } catch (IllegalArgumentException e) {
              return; // the weeks never overlap
            }
            Instant from = x.isBefore(y) ? x : y;
            Instant to = x.isBefore(y) ? y : x;
            assertEquals(a.isOpen(from) && b.isOpen(from), intersection.isOpen(from));
            assertEquals(a.elapsed(from, to).plus(b.elapsed(from, to)).minus(intersection.elapsed(from, to)), union.elapsed(from, to),
                () -> a + " | " + b + " from " + from + " to " + to);
          });
    }
  }

  @Test
  void followTheSunAcrossThreeRegions() {
    BusinessCalendar emea = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").build();
    BusinessCalendar apac = BusinessCalendar.builder(ZoneId.of("Asia/Singapore")).weekdays("09:00-18:00").build();
    BusinessCalendar americas = BusinessCalendar.builder(ZoneId.of("America/New_York")).weekdays("08:00-17:00").build();
    BusinessCalendar sun = emea.union(apac).union(americas);
    // Winter: Singapore 01:00-10:00Z, Berlin 07:00-16:00Z, New York 13:00-22:00Z
    assertEquals(Duration.ofHours(21), sun.elapsed(Instant.parse("2026-01-12T00:00:00Z"), Instant.parse("2026-01-13T00:00:00Z")));
    assertEquals(java.util.Optional.of(Instant.parse("2026-01-12T22:00:00Z")), sun.nextClose(Instant.parse("2026-01-12T02:00:00Z")));
    // Summer: Berlin 06:00-15:00Z, New York 12:00-21:00Z
    assertEquals(Duration.ofHours(20), sun.elapsed(Instant.parse("2026-07-13T00:00:00Z"), Instant.parse("2026-07-14T00:00:00Z")));
    // New York already on summer time, Berlin not yet (2026-03-09 to 2026-03-27): 07:00-16:00Z and 12:00-21:00Z
    assertEquals(Duration.ofHours(20), sun.elapsed(Instant.parse("2026-03-16T00:00:00Z"), Instant.parse("2026-03-17T00:00:00Z")));
    assertEquals(Instant.parse("2026-01-13T03:00:00Z"), sun.plus(Instant.parse("2026-01-12T21:00:00Z"), BusinessDuration.ofHours(3)));
  }

  @Test
  void everyQuarterHourOfTwoYearsAgreesWithTheTwoCalendars() {
    BusinessCalendar berlin = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00")
        .open(java.time.DayOfWeek.SUNDAY, "01:00-02:30", "03:00-05:00").holiday(LocalDate.parse("2018-12-25"))
        .override(LocalDate.parse("2019-03-29"), "07:00-21:00").breakOn(LocalDate.parse("2018-10-28"), "02:00-02:30").build();
    BusinessCalendar newYork = BusinessCalendar.builder(ZoneId.of("America/New_York")).weekdays("07:00-19:00")
        .open(java.time.DayOfWeek.SATURDAY, "22:00-02:30").holiday(LocalDate.parse("2018-07-04")).build();
    BusinessCalendar saoPaulo = BusinessCalendar.builder(ZoneId.of("America/Sao_Paulo")).weekdays("09:00-18:00")
        .open(java.time.DayOfWeek.SATURDAY, "20:00-00:30").open(java.time.DayOfWeek.SUNDAY, "01:00-05:00").build();
    BusinessCalendar berlinNights = BusinessCalendar.builder(BERLIN).weekdays("22:00-06:00").open(java.time.DayOfWeek.SATURDAY, "22:00-06:00")
        .breakTime("02:00-03:00").build();
    for (BusinessCalendar[] pair : List.of(new BusinessCalendar[] {berlin, newYork}, new BusinessCalendar[] {newYork, saoPaulo},
        new BusinessCalendar[] {berlin, berlinNights}, new BusinessCalendar[] {saoPaulo, berlin})) {
      BusinessCalendar a = pair[0];
      BusinessCalendar b = pair[1];
      BusinessCalendar union = a.union(b);
      BusinessCalendar intersection = a.intersection(b);
      Instant start = Instant.parse("2018-01-01T00:00:00Z");
      for (Instant t = start; t.isBefore(Instant.parse("2020-01-01T00:00:00Z")); t = t.plusSeconds(900)) {
        boolean inA = a.isOpen(t);
        boolean inB = b.isOpen(t);
        if (union.isOpen(t) != (inA || inB) || intersection.isOpen(t) != (inA && inB)) {
          throw new AssertionError(a + " and " + b + " at " + t + ": " + inA + ", " + inB + ", union " + union.isOpen(t)
              + ", intersection " + intersection.isOpen(t));
        }
      }
      for (Instant day = start; day.isBefore(Instant.parse("2020-01-01T00:00:00Z")); day = day.plusSeconds(86_400)) {
        Instant next = day.plusSeconds(86_400);
        assertEquals(a.elapsed(day, next).plus(b.elapsed(day, next)).minus(intersection.elapsed(day, next)), union.elapsed(day, next),
            a + " and " + b + " on " + day);
      }
      assertEquals(a.elapsed(start, Instant.parse("2020-01-01T00:00:00Z")).plus(b.elapsed(start, Instant.parse("2020-01-01T00:00:00Z")))
          .minus(intersection.elapsed(start, Instant.parse("2020-01-01T00:00:00Z"))),
          union.elapsed(start, Instant.parse("2020-01-01T00:00:00Z")));
    }
  }

  private static boolean weeksOverlap(BusinessCalendar a, BusinessCalendar b) {
    try {
      a.intersection(b);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void followTheSunAndAPartnersHoursWithinOurs() {
    BusinessCalendar early = BusinessCalendar.builder(BERLIN).weekdays("06:00-14:00").holiday(LocalDate.parse("2026-03-03")).build();
    BusinessCalendar late = BusinessCalendar.builder(BERLIN).weekdays("12:00-22:00").build();
    BusinessCalendar both = early.union(late);
    assertEquals(Duration.ofHours(16), both.elapsed(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00")));
    assertEquals(Duration.ofHours(10), both.elapsed(berlin("2026-03-03T00:00"), berlin("2026-03-04T00:00")), "the early shift's holiday");
    assertEquals(java.util.Optional.of(berlin("2026-03-02T22:00")), both.nextClose(berlin("2026-03-02T07:00")));
    BusinessCalendar overlap = early.intersection(late);
    assertEquals(Duration.ofHours(2), overlap.elapsed(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00")));
    assertEquals(Duration.ZERO, overlap.elapsed(berlin("2026-03-03T00:00"), berlin("2026-03-04T00:00")));
    BusinessCalendar nights = BusinessCalendar.builder(BERLIN).weekdays("22:00-06:00").build();
    assertEquals(Duration.ofHours(24), nights.union(both).elapsed(berlin("2026-03-04T00:00"), berlin("2026-03-05T00:00")),
        "around the clock on a Wednesday: the Tuesday night shift, the two day shifts and Wednesday's night shift");
    BusinessCalendar withSingapore = early.union(BusinessCalendar.twentyFourSeven(ZoneId.of("Asia/Singapore")));
    assertEquals(java.time.ZoneOffset.UTC, withSingapore.zone(), "calendars in two zones combine in UTC");
    assertEquals(Duration.ofHours(24), withSingapore.elapsed(berlin("2026-03-03T00:00"), berlin("2026-03-04T00:00")));
    IllegalArgumentException never = assertThrows(IllegalArgumentException.class,
        () -> early.intersection(BusinessCalendar.builder(BERLIN).weekdays("18:00-20:00").build()));
    assertTrue(String.valueOf(never.getMessage()).endsWith("is never open in a normal week"), never.getMessage());
  }
}

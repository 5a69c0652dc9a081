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
    IllegalArgumentException zones = assertThrows(IllegalArgumentException.class,
        () -> early.union(BusinessCalendar.twentyFourSeven(ZoneId.of("Asia/Singapore"))));
    assertEquals("other.zone: 'Asia/Singapore' must be Europe/Berlin for a union: calendars in different time zones are not combined",
        zones.getMessage());
    IllegalArgumentException never = assertThrows(IllegalArgumentException.class,
        () -> early.intersection(BusinessCalendar.builder(BERLIN).weekdays("18:00-20:00").build()));
    assertTrue(String.valueOf(never.getMessage()).endsWith("is never open in a normal week"), never.getMessage());
  }
}

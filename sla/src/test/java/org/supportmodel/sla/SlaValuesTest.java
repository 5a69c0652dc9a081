package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supportmodel.core.Priority;

/** The small SLA values and the rules they enforce, each with its message. */
class SlaValuesTest {
  private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

  private static String message(Runnable action) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, action::run).getMessage());
  }

  @Test
  void anIntervalLiesInItsDayAndLastsAtMostADay() {
    String rule = " must be within the day or, for the remainder of an overnight interval, the next (0 to 172799 s)";
    assertEquals("open: '-1'" + rule, message(() -> new OpenInterval(-1, 3600)));
    assertEquals("open: '172800'" + rule, message(() -> new OpenInterval(172_800, 172_860)));
    assertEquals("close: '172801' must be at most the end of the next day (172800 s)", message(() -> new OpenInterval(172_799, 172_801)));
    OpenInterval remainder = new OpenInterval(86_400 + 3 * 3600, 86_400 + 6 * 3600);
    assertTrue(remainder.opensNextDay(), "the rest of a night shift after a 02:00-03:00 break");
    assertEquals("03:00-06:00 (+1)", remainder.toString());
    assertFalse(new OpenInterval(86_399, 86_400).opensNextDay());
    assertEquals("close: '3600' must be after the open 3600", message(() -> new OpenInterval(3600, 3600)));
    assertEquals("close: '90001' must be at most 24 hours after the open", message(() -> new OpenInterval(3600, 3600 + 86_401)));
    assertEquals(86_400, new OpenInterval(0, 86_400).nominalSeconds(), "a whole day");
    assertEquals(new OpenInterval(86_399, 86_400 + 86_399), new OpenInterval(86_399, 86_400 + 86_399));
    assertEquals(new OpenInterval(32_400, 32_400 + 86_400), OpenInterval.of(LocalTime.of(9, 0), LocalTime.of(9, 0)),
        "a close equal to the open is 24 hours later (issue 11)");
    assertEquals(OpenInterval.wholeDay(), OpenInterval.parse("00:00-00:00"));
    assertEquals("09:00-09:00", OpenInterval.parse("09:00-09:00").toString());
    assertEquals("interval: '09:00' must be 'HH:mm-HH:mm'", message(() -> OpenInterval.parse("09:00")));
    assertTrue(message(() -> OpenInterval.parse("9-17")).startsWith("interval: '9-17' must be 'HH:mm-HH:mm': "));
  }

  @ParameterizedTest(name = "{0} reads back as {1}, overnight {2}")
  @CsvSource({
    "08:00-17:00, 08:00-17:00, false", "22:00-06:00, 22:00-06:00, true", "00:00-24:00, 00:00-24:00, false",
    "09:30-24:00, 09:30-24:00, false", "23:59-00:01, 23:59-00:01, true", "08:00:30-09:00, 08:00:30-09:00, false"
  })
  void intervalsPrintAsTheyAreWritten(String text, String printed, boolean overnight) {
    OpenInterval interval = OpenInterval.parse(text);
    assertEquals(printed, interval.toString());
    assertEquals(overnight, interval.isOvernight());
  }

  @Test
  void intervalsOrderByTheirOpening() {
    assertTrue(OpenInterval.parse("08:00-09:00").compareTo(OpenInterval.parse("09:00-10:00")) < 0);
    assertTrue(OpenInterval.parse("10:00-11:00").compareTo(OpenInterval.parse("09:00-17:00")) > 0);
    assertEquals(0, OpenInterval.parse("09:00-10:00").compareTo(OpenInterval.parse("09:00-17:00")));
  }

  @ParameterizedTest(name = "break {0} on 08:00-17:00 leaves {1}")
  @CsvSource({
    "12:00-13:00, '[08:00-12:00, 13:00-17:00]'",
    "08:00-09:00, '[09:00-17:00]'",
    "16:00-17:00, '[08:00-16:00]'",
    "07:00-08:00, '[08:00-17:00]'",
    "17:00-18:00, '[08:00-17:00]'",
    "07:00-09:00, '[09:00-17:00]'",
    "16:30-18:00, '[08:00-16:30]'"
  })
  void aBreakCutsTheIntervalItLiesIn(String pause, String left) {
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("UTC")).weekdays("08:00-17:00").breakTime(pause).build();
    assertEquals(left, calendar.intervalsOn(LocalDate.of(2026, 3, 2)).toString());
  }

  @Test
  void anOverrideIsGivenOncePerDate() {
    LocalDate date = LocalDate.of(2026, 3, 31);
    assertEquals("overrides: '2026-03-31' is given twice",
        message(() -> BusinessCalendar.builder(ZoneId.of("UTC")).weekdays("08:00-17:00").override(date, "07:00-21:00").closed(date)));
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("UTC")).weekdays("08:00-17:00")
        .holidays(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6))).build();
    assertEquals(java.util.Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)), calendar.holidays());
    assertEquals(List.of(), calendar.intervalsOn(LocalDate.of(2026, 4, 6)));
    assertEquals(Map.of(), calendar.overrides());
  }

  @Test
  void eventsCarryThePriorityAndStatusTheirTypeNeeds() {
    assertEquals("priority: 'none' must be given for CREATED",
        message(() -> new TicketEvent(AT, TicketEvent.Type.CREATED, Optional.empty(), Optional.empty())));
    assertEquals("priority: 'P1' must not be given for UPDATE",
        message(() -> new TicketEvent(AT, TicketEvent.Type.UPDATE, Optional.of(Priority.P1), Optional.empty())));
    assertEquals("status: 'OPEN' must not be given for RESOLVED",
        message(() -> new TicketEvent(AT, TicketEvent.Type.RESOLVED, Optional.empty(), Optional.of(TicketStatus.OPEN))));
    assertEquals("status: 'none' must be given for STATUS_CHANGED",
        message(() -> new TicketEvent(AT, TicketEvent.Type.STATUS_CHANGED, Optional.empty(), Optional.empty())));
    TicketEvent created = new TicketEvent(AT, TicketEvent.Type.CREATED, Optional.of(Priority.P2), Optional.of(TicketStatus.IN_PROGRESS));
    assertTrue(created.toString().contains("P2") && created.toString().contains("IN_PROGRESS"), created.toString());
  }

  @Test
  void amountsOfBusinessTimeAndWorkingDays() {
    assertEquals("businessDuration: 'PT-1S' must not be negative", message(() -> BusinessDuration.of(Duration.ofSeconds(-1))));
    assertEquals(BusinessDuration.ZERO, BusinessDuration.of(Duration.ZERO));
    assertTrue(BusinessDuration.ofHours(1).compareTo(BusinessDuration.ofMinutes(61)) < 0);
    assertTrue(BusinessDuration.ofHours(2).compareTo(BusinessDuration.ofMinutes(61)) > 0);
    assertEquals("PT4H of business time", BusinessDuration.ofHours(4).toString());
    assertEquals("1 working day", WorkingDays.of(1).toString());
    assertEquals("3 working days", WorkingDays.of(3).toString());
    assertEquals("0 working days", WorkingDays.of(0).toString());
  }

  @Test
  void aCalendarSetNamesEachCalendar() {
    BusinessCalendar calendar = BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"));
    assertEquals("calendars: '{}' must hold at least one calendar", message(() -> new CalendarSet(Map.of())));
    assertEquals("calendars.name: ' x' must not start or end with white space", message(() -> CalendarSet.of(" x", calendar)));
  }

  @Test
  void aPolicyHasOneTargetPerPriorityAndMetricAndOrderedDistinctThresholds() {
    assertEquals("targets: 'P1 RESOLUTION' is given more than once",
        message(() -> SlaFixtures.policyBuilder().target(Priority.P1, SlaMetric.RESOLUTION, BusinessDuration.ofHours(5), "24x7")
            .reopen(ReopenPolicy.NEW_CYCLE).build()));
    assertEquals("warningThresholds: '0' must be between 1 and 99 percent", message(() -> SlaFixtures.policy().withWarningThresholds(0, 50)));
    assertEquals(List.of(1, 99), SlaFixtures.policy().withWarningThresholds(1, 99).warningThresholds());
    assertEquals("warningThresholds: '50' is given more than once", message(() -> SlaFixtures.policy().withWarningThresholds(50, 50)));
    assertEquals("warningThresholds: '[75, 50]' must be ascending", message(() -> SlaFixtures.policy().withWarningThresholds(75, 50)));
    assertEquals("activeStatuses: '[]' must hold at least one status", message(() -> SlaFixtures.policy().withActiveStatuses()));
  }

  @Test
  void aHistoryErrorKeepsItsParts() {
    TicketHistoryException e = new TicketHistoryException("INC-1", "RESOLVED at 2026-03-02T08:00:00Z", "comes before the CREATED event");
    assertEquals("INC-1", e.ticket());
    assertEquals("RESOLVED at 2026-03-02T08:00:00Z", e.event());
    assertEquals("comes before the CREATED event", e.rule());
    assertEquals("ticket INC-1 events: 'RESOLVED at 2026-03-02T08:00:00Z' comes before the CREATED event", e.getMessage());
    assertEquals(1, e.violations().size());
    assertEquals("violations: '[]' must hold at least one violation",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TicketHistoryException("INC-1", List.of())).getMessage());
    IllegalArgumentException negative = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new TicketHistoryException.Violation(java.util.OptionalInt.of(-1), "x", "y"));
    assertEquals("index: '-1' must not be negative", negative.getMessage());
    assertFalse(e.getMessage().isBlank());
    assertEquals(DayOfWeek.MONDAY, LocalDate.of(2026, 3, 2).getDayOfWeek());
  }

  @Test
  void aThresholdFiresAtItsShareOfTheTargetRoundedUpNeverEarly() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    for (Priority priority : Priority.values()) {
      builder.target(priority, SlaMetric.RESOLUTION, BusinessDuration.of(Duration.ofNanos(1_000_000_001)), "24x7");
    }
    SlaPolicy policy = builder.addWarningThresholds(50, 99).usualStatuses().priorityChange(PriorityChangePolicy.KEEP_ELAPSED)
        .reopen(ReopenPolicy.NEW_CYCLE).build();
    CalendarSet calendars = CalendarSet.of("24x7", BusinessCalendar.twentyFourSeven(ZoneId.of("UTC")));
    TicketSla sla = SlaEvaluation.evaluate(org.supportmodel.core.RequestId.of("INC-1"), List.of(TicketEvent.created(AT, Priority.P1)),
        policy, calendars, AT.plusSeconds(2));
    MetricCycle cycle = sla.latest(SlaMetric.RESOLUTION).orElseThrow();
    assertEquals(List.of(new ThresholdCrossing(50, AT.plusNanos(500_000_001)), new ThresholdCrossing(99, AT.plusNanos(990_000_001))),
        cycle.thresholdsFired(), "50 % of 1,000,000,001 ns is 500,000,000.5 ns: the threshold fires at the next whole nanosecond");
    assertEquals(Optional.of(AT.plusNanos(1_000_000_001)), cycle.breachedAt());
    assertEquals(SlaState.BREACHED, cycle.state());
  }

  @Test
  void afterAPauseThresholdsAndTheBreachFallDueByTheTimeStillToRun() {
    // P1 resolution: 4 hours around the clock, warnings at 50 % and 75 %
    Instant created = Instant.parse("2026-03-02T00:00:00Z");
    List<TicketEvent> history = List.of(
        TicketEvent.created(created, Priority.P1),
        TicketEvent.statusChanged(created.plusSeconds(3600), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(created.plusSeconds(3 * 3600), TicketStatus.IN_PROGRESS));
    MetricCycle cycle = SlaEvaluation.evaluate(org.supportmodel.core.RequestId.of("INC-1"), history, SlaFixtures.policy(),
        SlaFixtures.CALENDARS, created.plusSeconds(6 * 3600 + 1800)).latest(SlaMetric.RESOLUTION).orElseThrow();
    assertEquals(List.of(new ThresholdCrossing(50, created.plusSeconds(4 * 3600)), new ThresholdCrossing(75, created.plusSeconds(5 * 3600))),
        cycle.thresholdsFired(), "1 hour ran before the pause: 2 hours are reached one hour after the resume at 03:00");
    assertEquals(Optional.of(created.plusSeconds(6 * 3600)), cycle.breachedAt());
    assertEquals(Duration.ofMinutes(6 * 60 + 30 - 120), cycle.elapsed(), "6.5 hours since creation less the 2-hour pause");
    MetricCycle atResume = SlaEvaluation.evaluate(org.supportmodel.core.RequestId.of("INC-1"), history, SlaFixtures.policy(),
        SlaFixtures.CALENDARS, created.plusSeconds(3 * 3600)).latest(SlaMetric.RESOLUTION).orElseThrow();
    assertEquals(Duration.ofHours(1), atResume.elapsed(), "at the resume the clock has not run again yet");
    assertEquals(SlaState.RUNNING, atResume.state(), "the evaluation applies an event at its own instant");
  }
}


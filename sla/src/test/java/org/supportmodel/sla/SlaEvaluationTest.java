package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.SlaFixtures.berlin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;

class SlaEvaluationTest {
  // 2026-03-02 is a Monday; business hours are 08:00-12:00 and 13:00-17:00 in Berlin.

  private static TicketSla evaluate(SlaPolicy policy, Instant asOf, TicketEvent... events) {
    return SlaEvaluation.evaluate(SlaFixtures.ID, List.of(events), policy, SlaFixtures.CALENDARS, asOf);
  }

  private static TicketSla evaluate(Instant asOf, TicketEvent... events) {
    return evaluate(SlaFixtures.policy(), asOf, events);
  }

  private static MetricCycle resolution(TicketSla sla) {
    return sla.latest(SlaMetric.RESOLUTION).orElseThrow();
  }

  private static TicketEvent created(String at, Priority priority) {
    return TicketEvent.created(berlin(at), priority);
  }

  private static TicketEvent event(String at, TicketEvent.Type type) {
    return TicketEvent.of(berlin(at), type);
  }

  private static TicketEvent status(String at, TicketStatus status) {
    return TicketEvent.statusChanged(berlin(at), status);
  }

  @Test
  void runningWithinTargetGivesElapsedRemainingDueAndNextChange() {
    TicketSla sla = evaluate(berlin("2026-03-02T10:00"), created("2026-03-02T09:00", Priority.P2));

    MetricCycle resolution = resolution(sla);
    assertEquals(SlaState.RUNNING, resolution.state());
    assertEquals(Duration.ofHours(1), resolution.elapsed());
    assertEquals(Duration.ofHours(7), resolution.remaining());
    assertEquals(Optional.of(berlin("2026-03-03T09:00")), resolution.due());
    assertEquals(Optional.of(berlin("2026-03-02T14:00")), resolution.nextChange(), "the 50 % warning");

    MetricCycle response = sla.latest(SlaMetric.FIRST_RESPONSE).orElseThrow();
    assertEquals(SlaState.WARNING, response.state(), "1 hour of 2 is the 50 % threshold, reached at asOf");
    assertEquals(List.of(new ThresholdCrossing(50, berlin("2026-03-02T10:00"))), response.thresholdsFired());
    assertEquals(Optional.of(berlin("2026-03-02T10:30")), response.nextChange(), "the 75 % warning");
    assertEquals(Optional.of(berlin("2026-03-02T10:30")), sla.nextChange());
    assertEquals(List.of(), sla.cycles(SlaMetric.PERIODIC_UPDATE), "periodic updates start at the first response");
  }

  @Test
  void breachedAfterTheTargetPassesDuringBusinessHours() {
    TicketSla sla =
        evaluate(berlin("2026-03-03T10:00"), created("2026-03-02T09:00", Priority.P2), event("2026-03-02T09:30", TicketEvent.Type.FIRST_RESPONSE));
    MetricCycle resolution = resolution(sla);
    assertEquals(SlaState.BREACHED, resolution.state());
    assertEquals(Optional.of(berlin("2026-03-03T09:00")), resolution.breachedAt());
    assertEquals(Duration.ofHours(-1), resolution.remaining());
    assertEquals(
        List.of(new ThresholdCrossing(50, berlin("2026-03-02T14:00")), new ThresholdCrossing(75, berlin("2026-03-02T16:00"))),
        resolution.thresholdsFired());
    assertEquals(Optional.empty(), resolution.nextChange(), "only an event changes a breached cycle");
    assertEquals(SlaState.MET, sla.latest(SlaMetric.FIRST_RESPONSE).orElseThrow().state());
  }

  @Test
  void resolvedAfterTheBreachIsMetLate() {
    TicketSla sla =
        evaluate(berlin("2026-03-04T10:00"), created("2026-03-02T09:00", Priority.P2), event("2026-03-03T11:00", TicketEvent.Type.RESOLVED));
    assertEquals(SlaState.MET_LATE, resolution(sla).state());
    assertEquals(Optional.of(berlin("2026-03-03T11:00")), resolution(sla).end());
    assertEquals(Duration.ofHours(10), resolution(sla).elapsed());
    MetricCycle response = sla.latest(SlaMetric.FIRST_RESPONSE).orElseThrow();
    assertEquals(SlaState.MET_LATE, response.state(), "the resolution counts as the response, late");
    assertEquals(Optional.of(berlin("2026-03-03T11:00")), response.end());
  }

  @Test
  void pauseStatusesStopTheResolutionClockButNotTheFirstResponse() {
    TicketEvent[] history = {
      created("2026-03-02T09:00", Priority.P2),
      status("2026-03-02T10:00", TicketStatus.WAITING_FOR_CUSTOMER),
      status("2026-03-02T15:00", TicketStatus.IN_PROGRESS)
    };
    TicketSla paused = evaluate(berlin("2026-03-02T12:30"), history);
    assertEquals(SlaState.PAUSED, resolution(paused).state());
    assertEquals(Duration.ofHours(1), resolution(paused).elapsed());
    assertEquals(Optional.empty(), resolution(paused).due());
    assertEquals(Optional.empty(), resolution(paused).nextChange());
    assertEquals(SlaState.BREACHED, paused.latest(SlaMetric.FIRST_RESPONSE).orElseThrow().state());

    TicketSla resumed = evaluate(berlin("2026-03-02T17:00"), history);
    assertEquals(Duration.ofHours(3), resolution(resumed).elapsed());
    assertEquals(Optional.of(berlin("2026-03-03T14:00")), resolution(resumed).due(), "four paused business hours later");
  }

  @Test
  void priorityChangeKeepsElapsedTimeAndRetargets() {
    TicketEvent[] history = {
      created("2026-03-02T09:00", Priority.P3),
      TicketEvent.priorityChanged(berlin("2026-03-02T11:00"), Priority.P1)
    };
    MetricCycle kept = resolution(evaluate(berlin("2026-03-02T11:30"), history));
    assertEquals(Priority.P1, kept.priority());
    assertEquals("24x7", kept.calendar());
    assertEquals(Duration.ofMinutes(150), kept.elapsed());
    assertEquals(List.of(new ThresholdCrossing(50, berlin("2026-03-02T11:00"))), kept.thresholdsFired(),
        "2 of 4 hours were already behind at the change");
    assertEquals(Optional.of(berlin("2026-03-02T13:00")), kept.due());

    SlaPolicy restart = SlaFixtures.policyBuilder().reopen(ReopenPolicy.NEW_CYCLE).build()
        .withPriorityChange(PriorityChangePolicy.RESTART);
    MetricCycle restarted = resolution(evaluate(restart, berlin("2026-03-02T11:30"), history));
    assertEquals(Duration.ofMinutes(30), restarted.elapsed());
    assertEquals(Optional.of(berlin("2026-03-02T15:00")), restarted.due());
    assertEquals(berlin("2026-03-02T11:00"), restarted.start());
  }

  @Test
  void reopenStartsANewCycleOrContinuesTheOld() {
    TicketEvent[] history = {
      created("2026-03-02T09:00", Priority.P2),
      event("2026-03-02T12:00", TicketEvent.Type.RESOLVED),
      event("2026-03-03T09:00", TicketEvent.Type.REOPENED)
    };
    TicketSla fresh = evaluate(berlin("2026-03-03T10:00"), history);
    List<MetricCycle> cycles = fresh.cycles(SlaMetric.RESOLUTION);
    assertEquals(2, cycles.size());
    assertEquals(SlaState.MET, cycles.get(0).state());
    assertEquals(SlaState.RUNNING, cycles.get(1).state());
    assertEquals(Duration.ofHours(1), cycles.get(1).elapsed());

    SlaPolicy continuing = SlaFixtures.policyBuilder().reopen(ReopenPolicy.CONTINUE_CYCLE).build();
    TicketSla continued = evaluate(continuing, berlin("2026-03-03T10:00"), history);
    assertEquals(1, continued.cycles(SlaMetric.RESOLUTION).size());
    assertEquals(Duration.ofHours(4), resolution(continued).elapsed(), "3 hours before resolution, 1 after reopening");
    assertEquals(SlaState.WARNING, resolution(continued).state());
  }

  @Test
  void periodicUpdatesRunFromEachResponse() {
    TicketSla sla =
        evaluate(
            berlin("2026-03-02T05:00"),
            created("2026-03-02T00:00", Priority.P1),
            event("2026-03-02T00:30", TicketEvent.Type.FIRST_RESPONSE),
            event("2026-03-02T02:00", TicketEvent.Type.UPDATE));
    List<MetricCycle> updates = sla.cycles(SlaMetric.PERIODIC_UPDATE);
    assertEquals(2, updates.size());
    assertEquals(SlaState.MET, updates.get(0).state());
    assertEquals(Duration.ofMinutes(90), updates.get(0).elapsed());
    assertEquals(SlaState.BREACHED, updates.get(1).state());
    assertEquals(Optional.of(berlin("2026-03-02T04:00")), updates.get(1).breachedAt());
  }

  @Test
  void workingDayTargetsEndAtTheCloseOfTheLastDay() {
    MetricCycle resolution = resolution(evaluate(berlin("2026-03-02T10:00"), created("2026-03-02T10:00", Priority.P3)));
    assertEquals(WorkingDays.of(3), resolution.target());
    assertEquals(Optional.of(berlin("2026-03-05T17:00")), resolution.due());
  }

  @Test
  void eventsAfterAsOfHaveNotHappenedYet() {
    TicketSla sla =
        evaluate(berlin("2026-03-02T10:00"), created("2026-03-02T09:00", Priority.P2), event("2026-03-02T11:00", TicketEvent.Type.RESOLVED));
    assertEquals(SlaState.RUNNING, resolution(sla).state());
  }

  @Test
  void outOfOrderEventsAreSorted() {
    List<TicketEvent> history =
        new ArrayList<>(
            List.of(
                created("2026-03-02T09:00", Priority.P2),
                event("2026-03-02T09:20", TicketEvent.Type.FIRST_RESPONSE),
                status("2026-03-02T10:00", TicketStatus.WAITING_FOR_THIRD_PARTY),
                status("2026-03-02T14:00", TicketStatus.IN_PROGRESS),
                event("2026-03-03T12:00", TicketEvent.Type.RESOLVED)));
    TicketSla inOrder = SlaEvaluation.evaluate(SlaFixtures.ID, history, SlaFixtures.policy(), SlaFixtures.CALENDARS, berlin("2026-03-04T00:00"));
    Collections.reverse(history);
    TicketSla reversed = SlaEvaluation.evaluate(SlaFixtures.ID, history, SlaFixtures.policy(), SlaFixtures.CALENDARS, berlin("2026-03-04T00:00"));
    assertEquals(inOrder, reversed);
  }

  @Test
  void impossibleHistoriesNameTheEvent() {
    TicketHistoryException early =
        assertThrows(TicketHistoryException.class,
            () -> evaluate(berlin("2026-03-05T00:00"), event("2026-03-02T08:00", TicketEvent.Type.RESOLVED), created("2026-03-02T09:00", Priority.P2)));
    assertEquals("ticket INC-1 events[0]: 'RESOLVED at 2026-03-02T07:00:00Z' comes before the ticket was created", early.getMessage());
    assertEquals(List.of(new TicketHistoryException.Violation(OptionalInt.of(0), "RESOLVED at 2026-03-02T07:00:00Z", "comes before the ticket was created")),
        early.violations());
    assertEquals("comes before the ticket was created", early.rule());

    TicketHistoryException unknown =
        assertThrows(TicketHistoryException.class,
            () -> evaluate(berlin("2026-03-05T00:00"), created("2026-03-02T09:00", Priority.P2), status("2026-03-02T10:00", TicketStatus.of("ON_HOLD"))));
    assertTrue(unknown.getMessage().contains("has the unknown status 'ON_HOLD'"), unknown.getMessage());

    TicketHistoryException duplicate =
        assertThrows(TicketHistoryException.class,
            () -> evaluate(berlin("2026-03-05T00:00"), created("2026-03-02T09:00", Priority.P2),
                event("2026-03-02T10:00", TicketEvent.Type.UPDATE), event("2026-03-02T10:00", TicketEvent.Type.UPDATE)));
    assertEquals("is a duplicate", duplicate.rule());

    assertThrows(TicketHistoryException.class,
        () -> evaluate(berlin("2026-03-05T00:00"), created("2026-03-02T09:00", Priority.P2), event("2026-03-02T10:00", TicketEvent.Type.REOPENED)));
    assertThrows(TicketHistoryException.class,
        () -> evaluate(berlin("2026-03-05T00:00"), created("2026-03-02T09:00", Priority.P2),
            event("2026-03-02T10:00", TicketEvent.Type.RESOLVED), event("2026-03-02T11:00", TicketEvent.Type.RESOLVED)));
    TicketHistoryException afterClose =
        assertThrows(TicketHistoryException.class,
            () -> evaluate(berlin("2026-03-05T00:00"), created("2026-03-02T09:00", Priority.P2),
                event("2026-03-02T10:00", TicketEvent.Type.CLOSED), event("2026-03-02T11:00", TicketEvent.Type.UPDATE)));
    assertEquals("comes after the ticket was closed", afterClose.rule());
    assertThrows(TicketHistoryException.class, () -> evaluate(berlin("2026-03-05T00:00")));
    assertThrows(TicketHistoryException.class,
        () -> evaluate(berlin("2026-03-05T00:00"), created("2026-03-02T09:00", Priority.P2), created("2026-03-02T09:30", Priority.P1)));
  }

  @Test
  void everyProblemIsReportedAtOnceWithThePositionGiven() {
    // given out of order: positions are those of the list given, problems in the order of the history
    TicketHistoryException e =
        assertThrows(TicketHistoryException.class,
            () -> evaluate(berlin("2026-03-05T00:00"),
                event("2026-03-02T12:00", TicketEvent.Type.RESOLVED),
                event("2026-03-02T08:00", TicketEvent.Type.UPDATE),
                created("2026-03-02T09:00", Priority.P2),
                event("2026-03-02T13:00", TicketEvent.Type.RESOLVED),
                event("2026-03-02T14:00", TicketEvent.Type.CLOSED),
                event("2026-03-02T15:00", TicketEvent.Type.REOPENED),
                event("2026-03-02T13:00", TicketEvent.Type.RESOLVED)));
    assertEquals(List.of(
            new TicketHistoryException.Violation(OptionalInt.of(1), "UPDATE at 2026-03-02T07:00:00Z", "comes before the ticket was created"),
            new TicketHistoryException.Violation(OptionalInt.of(3), "RESOLVED at 2026-03-02T12:00:00Z", "resolves a ticket that is already resolved"),
            new TicketHistoryException.Violation(OptionalInt.of(6), "RESOLVED at 2026-03-02T12:00:00Z", "is a duplicate"),
            new TicketHistoryException.Violation(OptionalInt.of(5), "REOPENED at 2026-03-02T14:00:00Z", "comes after the ticket was closed")),
        e.violations());
    assertEquals("ticket INC-1: 4 problems: events[1]: 'UPDATE at 2026-03-02T07:00:00Z' comes before the ticket was created; "
            + "events[3]: 'RESOLVED at 2026-03-02T12:00:00Z' resolves a ticket that is already resolved; "
            + "events[6]: 'RESOLVED at 2026-03-02T12:00:00Z' is a duplicate; "
            + "events[5]: 'REOPENED at 2026-03-02T14:00:00Z' comes after the ticket was closed",
        e.getMessage());
    assertEquals("UPDATE at 2026-03-02T07:00:00Z", e.event());
    assertEquals("comes before the ticket was created", e.rule());

    TicketHistoryException none = assertThrows(TicketHistoryException.class, () -> evaluate(berlin("2026-03-05T00:00")));
    assertEquals("ticket INC-1 events: 'none' the history has no CREATED event", none.getMessage());
    TicketHistoryException noCreation =
        assertThrows(TicketHistoryException.class, () -> evaluate(berlin("2026-03-05T00:00"), event("2026-03-02T08:00", TicketEvent.Type.UPDATE)));
    assertEquals(List.of(OptionalInt.of(0), OptionalInt.empty()), noCreation.violations().stream().map(TicketHistoryException.Violation::index).toList());
  }

  @Test
  @SuppressWarnings("JdkObsolete") // a linked list on purpose: a caller's list of any kind must work
  void aNullEventIsRejectedWithItsPositionAndAnyListWorks() {
    List<TicketEvent> withNull = new ArrayList<>(List.of(created("2026-03-02T09:00", Priority.P2)));
    withNull.add(null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> SlaEvaluation.evaluate(SlaFixtures.ID, withNull, SlaFixtures.policy(), SlaFixtures.CALENDARS, berlin("2026-03-05T00:00")));
    assertEquals("events[1]", e.getMessage());
    List<TicketEvent> linked = new java.util.LinkedList<>(List.of(event("2026-03-02T10:00", TicketEvent.Type.UPDATE), created("2026-03-02T09:00", Priority.P2)));
    assertEquals(evaluate(berlin("2026-03-05T00:00"), created("2026-03-02T09:00", Priority.P2), event("2026-03-02T10:00", TicketEvent.Type.UPDATE)),
        SlaEvaluation.evaluate(SlaFixtures.ID, linked, SlaFixtures.policy(), SlaFixtures.CALENDARS, berlin("2026-03-05T00:00")));
  }

  @Test
  void duplicatesAreFoundAmongManyEventsAtOneInstant() {
    List<TicketEvent> history = new ArrayList<>();
    history.add(created("2026-03-02T09:00", Priority.P2));
    history.add(event("2026-03-02T10:00", TicketEvent.Type.FIRST_RESPONSE));
    for (int i = 0; i < 20; i++) {
      history.add(status("2026-03-02T11:00", i % 2 == 0 ? TicketStatus.WAITING_FOR_CUSTOMER : TicketStatus.IN_PROGRESS));
    }
    history.add(event("2026-03-02T11:00", TicketEvent.Type.UPDATE));
    history.add(event("2026-03-02T11:00", TicketEvent.Type.UPDATE));
    TicketHistoryException e = assertThrows(TicketHistoryException.class,
        () -> SlaEvaluation.evaluate(SlaFixtures.ID, history, SlaFixtures.policy(), SlaFixtures.CALENDARS, berlin("2026-03-05T00:00")));
    // statuses 2 and 3 are the first of each kind; the other 18 repeat one of them, and the second update the first
    assertEquals(19, e.violations().size());
    assertEquals(OptionalInt.of(4), e.violations().get(0).index());
    assertEquals(OptionalInt.of(23), e.violations().get(18).index());
    // indices 12 and more are checked through the set of the instant's events: every one of them is reported
    assertEquals(java.util.stream.IntStream.rangeClosed(4, 21).boxed().toList(),
        e.violations().subList(0, 18).stream().map(v -> v.index().getAsInt()).toList());
    assertTrue(e.violations().stream().allMatch(v -> v.rule().equals("is a duplicate")));
  }

  @Test
  void closingAnUnresolvedTicketResolvesIt() {
    TicketSla sla =
        evaluate(berlin("2026-03-03T00:00"), created("2026-03-02T09:00", Priority.P2), event("2026-03-02T11:00", TicketEvent.Type.CLOSED));
    assertEquals(SlaState.MET, resolution(sla).state());
    assertEquals(Optional.empty(), sla.nextChange());
  }

  @Test
  void aMissingCalendarIsNamed() {
    CalendarSet onlyOne = CalendarSet.of("business-hours", BusinessCalendarTest.officeHours(SlaFixtures.BERLIN));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class,
            () -> SlaEvaluation.evaluate(SlaFixtures.ID, List.of(created("2026-03-02T09:00", Priority.P1)),
                SlaFixtures.policy(), onlyOne, berlin("2026-03-02T10:00")));
    assertEquals("calendar: '24x7' is not in the calendar set [business-hours]", error.getMessage());
  }

  @Test
  void theSamePolicyServesAnotherRegionThroughItsCalendars() {
    CalendarSet sydney =
        CalendarSet.of("business-hours", BusinessCalendarTest.officeHours(BusinessCalendarTest.SYDNEY),
            "24x7", BusinessCalendar.twentyFourSeven(BusinessCalendarTest.SYDNEY));
    Instant created = Instant.parse("2026-03-02T08:00:00Z"); // 09:00 in Berlin, 19:00 in Sydney
    List<TicketEvent> history = List.of(TicketEvent.created(created, Priority.P2));
    Instant asOf = Instant.parse("2026-03-02T10:00:00Z");
    TicketSla berlinSla = SlaEvaluation.evaluate(SlaFixtures.ID, history, SlaFixtures.policy(), SlaFixtures.CALENDARS, asOf);
    TicketSla sydneySla = SlaEvaluation.evaluate(SlaFixtures.ID, history, SlaFixtures.policy(), sydney, asOf);
    assertEquals(Duration.ofHours(2), resolution(berlinSla).elapsed());
    assertEquals(Duration.ZERO, resolution(sydneySla).elapsed(), "Sydney is closed at night");
  }

  @Test
  void badPoliciesAreRejected() {
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class,
            () -> SlaPolicy.builder().target(Priority.P1, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4), "24x7")
                .addWarningThresholds(50).usualStatuses().priorityChange(PriorityChangePolicy.KEEP_ELAPSED)
                .reopen(ReopenPolicy.NEW_CYCLE).build());
    assertEquals("targets: 'P2 RESOLUTION' is missing: a measured metric needs a target for every priority", missing.getMessage());
    IllegalArgumentException threshold =
        assertThrows(IllegalArgumentException.class, () -> SlaFixtures.policy().withWarningThresholds(50, 100));
    assertEquals("warningThresholds: '100' must be between 1 and 99 percent", threshold.getMessage());
    IllegalArgumentException overlap =
        assertThrows(IllegalArgumentException.class, () -> SlaFixtures.policy().withPausedStatuses(TicketStatus.OPEN));
    assertEquals("pausedStatuses: 'OPEN' is also an active status", overlap.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SlaTarget.of(Priority.P1, SlaMetric.RESOLUTION, BusinessDuration.ZERO, "24x7"));
    assertThrows(IllegalArgumentException.class, () -> TicketEvent.of(berlin("2026-03-02T09:00"), TicketEvent.Type.CREATED));
  }
}

package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.SlaFixtures.berlin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.TimelineSegment.Kind;

class SlaTimelineTest {
  /** Office hours with Good Friday off and the day before open until 20:00. */
  private static final CalendarSet EASTER =
      CalendarSet.of(
          "business-hours",
          BusinessCalendarTest.officeHours(SlaFixtures.BERLIN).toBuilder()
              .holiday(LocalDate.of(2026, 4, 3))
              .override(LocalDate.of(2026, 4, 2), "08:00-20:00")
              .build(),
          "24x7", BusinessCalendar.twentyFourSeven(SlaFixtures.BERLIN));

  private static void assertSegment(TimelineSegment segment, String from, String to, Kind kind, Duration business, String reason) {
    assertEquals(berlin(from), segment.start(), segment::toString);
    assertEquals(berlin(to), segment.end(), segment::toString);
    assertEquals(kind, segment.kind(), segment::toString);
    assertEquals(business, segment.businessTime(), segment::toString);
    assertEquals(reason, segment.reason());
  }

  @Test
  void aP2OverEasterShowsEveryStretchOfItsResolutionClock() {
    TicketEvent created = TicketEvent.created(berlin("2026-04-02T16:00"), Priority.P2);
    TicketEvent waiting = TicketEvent.statusChanged(berlin("2026-04-02T19:00"), TicketStatus.WAITING_FOR_CUSTOMER);
    TicketEvent resumed = TicketEvent.statusChanged(berlin("2026-04-03T10:00"), TicketStatus.IN_PROGRESS);
    SlaTimeline timeline =
        SlaEvaluation.timeline(SlaFixtures.ID, List.of(created, waiting, resumed), SlaFixtures.policy(), EASTER, berlin("2026-04-07T12:00"));

    CycleTimeline resolution = timeline.of(SlaMetric.RESOLUTION, 1).orElseThrow();
    List<TimelineSegment> segments = resolution.segments();
    assertEquals(9, segments.size(), segments::toString);
    assertSegment(segments.get(0), "2026-04-02T16:00", "2026-04-02T19:00", Kind.OVERRIDE, Duration.ofHours(3),
        "the clock runs in the override hours of 2026-04-02 on business-hours");
    assertEquals(Optional.of(created), segments.get(0).startedBy());
    assertSegment(segments.get(1), "2026-04-02T19:00", "2026-04-03T10:00", Kind.PAUSED, Duration.ofHours(1),
        "paused by WAITING_FOR_CUSTOMER");
    assertEquals(Optional.of(TicketStatus.WAITING_FOR_CUSTOMER), segments.get(1).pausedBy());
    assertEquals(Optional.of(waiting), segments.get(1).startedBy());
    assertSegment(segments.get(2), "2026-04-03T10:00", "2026-04-04T00:00", Kind.HOLIDAY, Duration.ZERO, "holiday 2026-04-03 on business-hours");
    assertEquals(Optional.of(resumed), segments.get(2).startedBy());
    assertSegment(segments.get(3), "2026-04-04T00:00", "2026-04-06T08:00", Kind.OUTSIDE_HOURS, Duration.ZERO,
        "outside the service hours of business-hours");
    assertEquals(Optional.empty(), segments.get(3).startedBy(), "the calendar, not an event, starts it");
    assertSegment(segments.get(4), "2026-04-06T08:00", "2026-04-06T12:00", Kind.RUNNING, Duration.ofHours(4), "the clock runs on business-hours");
    assertSegment(segments.get(5), "2026-04-06T12:00", "2026-04-06T13:00", Kind.OUTSIDE_HOURS, Duration.ZERO,
        "outside the service hours of business-hours");
    assertSegment(segments.get(6), "2026-04-06T13:00", "2026-04-06T17:00", Kind.RUNNING, Duration.ofHours(4), "the clock runs on business-hours");
    assertSegment(segments.get(7), "2026-04-06T17:00", "2026-04-07T08:00", Kind.OUTSIDE_HOURS, Duration.ZERO,
        "outside the service hours of business-hours");
    assertSegment(segments.get(8), "2026-04-07T08:00", "2026-04-07T12:00", Kind.RUNNING, Duration.ofHours(4), "the clock runs on business-hours");

    MetricCycle cycle = timeline.sla().latest(SlaMetric.RESOLUTION).orElseThrow();
    assertEquals(Duration.ofHours(15), resolution.elapsed());
    assertEquals(cycle.elapsed(), resolution.elapsed());
    assertEquals(Duration.ofHours(1), resolution.paused());
    // 8 hours: 3 on Thursday evening, 4 on Monday morning, the last at 14:00 on Monday
    assertEquals(Optional.of(berlin("2026-04-06T14:00")), cycle.breachedAt());
    assertEquals(SlaEvaluation.evaluate(SlaFixtures.ID, List.of(created, waiting, resumed), SlaFixtures.policy(), EASTER, berlin("2026-04-07T12:00")),
        timeline.sla());
  }

  @Test
  void aReopenThatContinuesTheCycleShowsTheResolvedStretch() {
    SlaPolicy continuing = SlaFixtures.policyBuilder().reopen(ReopenPolicy.CONTINUE_CYCLE).build();
    List<TicketEvent> events = List.of(
        TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P1),
        TicketEvent.of(berlin("2026-03-02T10:00"), TicketEvent.Type.RESOLVED),
        TicketEvent.of(berlin("2026-03-02T11:30"), TicketEvent.Type.REOPENED),
        TicketEvent.of(berlin("2026-03-02T12:00"), TicketEvent.Type.RESOLVED));
    CycleTimeline resolution = SlaEvaluation.timeline(SlaFixtures.ID, events, continuing, SlaFixtures.CALENDARS, berlin("2026-03-03T00:00"))
        .of(SlaMetric.RESOLUTION, 1).orElseThrow();
    assertEquals(List.of(Kind.RUNNING, Kind.RESOLVED, Kind.RUNNING), resolution.segments().stream().map(TimelineSegment::kind).toList());
    assertEquals(Duration.ofMinutes(90), resolution.elapsed());
    assertEquals(berlin("2026-03-02T12:00"), resolution.end());
    assertEquals("resolved: no clock until the reopen", resolution.segments().get(1).reason());
  }

  @Test
  void aPriorityChangeKeepingTheElapsedTimeSwitchesTheCalendarInTheTimeline() {
    List<TicketEvent> events = List.of(
        TicketEvent.created(berlin("2026-03-06T16:00"), Priority.P2),
        TicketEvent.priorityChanged(berlin("2026-03-06T16:30"), Priority.P1));
    CycleTimeline resolution = SlaEvaluation.timeline(SlaFixtures.ID, events, SlaFixtures.policy(), SlaFixtures.CALENDARS, berlin("2026-03-06T18:00"))
        .of(SlaMetric.RESOLUTION, 1).orElseThrow();
    assertEquals(List.of("the clock runs on business-hours", "the clock runs on 24x7"),
        resolution.segments().stream().map(TimelineSegment::reason).toList());
    assertEquals(Duration.ofHours(2), resolution.elapsed());
  }

  @Test
  void segmentsAndTimelinesRejectWhatCannotBe() {
    Instant t = berlin("2026-03-02T09:00");
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> new TimelineSegment(t, t, Kind.RUNNING, Duration.ZERO, Optional.empty(), Optional.empty(), "x"));
    assertTrue(String.valueOf(empty.getMessage()).startsWith("end: '2026-03-02T08:00:00Z' must be after the start"), empty.getMessage());
    IllegalArgumentException partial = assertThrows(IllegalArgumentException.class,
        () -> new TimelineSegment(t, t.plusSeconds(60), Kind.RUNNING, Duration.ofSeconds(30), Optional.empty(), Optional.empty(), "x"));
    assertEquals("businessTime: 'PT30S' must be the whole segment (PT1M) for RUNNING", partial.getMessage());
    IllegalArgumentException closed = assertThrows(IllegalArgumentException.class,
        () -> new TimelineSegment(t, t.plusSeconds(60), Kind.HOLIDAY, Duration.ofSeconds(30), Optional.empty(), Optional.empty(), "x"));
    assertEquals("businessTime: 'PT30S' must be zero for HOLIDAY", closed.getMessage());
    IllegalArgumentException status = assertThrows(IllegalArgumentException.class,
        () -> new TimelineSegment(t, t.plusSeconds(60), Kind.HOLIDAY, Duration.ZERO, Optional.of(TicketStatus.IN_PROGRESS), Optional.empty(), "x"));
    assertEquals("pausedBy: 'IN_PROGRESS' must only be given for PAUSED", status.getMessage());
    TimelineSegment one = new TimelineSegment(t, t.plusSeconds(60), Kind.RUNNING, Duration.ofSeconds(60), Optional.empty(), Optional.empty(), "x");
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
        () -> new CycleTimeline(SlaMetric.RESOLUTION, 1, t.minusSeconds(1), t.plusSeconds(60), List.of(one)));
    assertTrue(String.valueOf(gap.getMessage()).startsWith("segments[0]:"), gap.getMessage());
    IllegalArgumentException shortOf = assertThrows(IllegalArgumentException.class,
        () -> new CycleTimeline(SlaMetric.RESOLUTION, 1, t, t.plusSeconds(120), List.of(one)));
    assertTrue(String.valueOf(shortOf.getMessage()).startsWith("segments: '1' must end at the cycle's end"), shortOf.getMessage());
  }
}

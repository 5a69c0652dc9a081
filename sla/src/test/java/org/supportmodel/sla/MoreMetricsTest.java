package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supportmodel.sla.SlaFixtures.berlin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SlaVerdict;

class MoreMetricsTest {
  /** The fixtures' policy with a 1-hour next reply, 6 hours of agent work and 4 hours of requester wait, on business hours. */
  static final SlaPolicy POLICY = withEveryPriority(SlaFixtures.policy(), SlaMetric.NEXT_REPLY, BusinessDuration.ofHours(1),
      SlaMetric.AGENT_WORK, BusinessDuration.ofHours(6), SlaMetric.REQUESTER_WAIT, BusinessDuration.ofHours(4));

  private static SlaPolicy withEveryPriority(SlaPolicy policy, Object... metricsAndAmounts) {
    List<SlaTarget> targets = new java.util.ArrayList<>(policy.targets());
    for (int i = 0; i < metricsAndAmounts.length; i += 2) {
      for (Priority priority : Priority.values()) {
        targets.add(SlaTarget.of(priority, (SlaMetric) metricsAndAmounts[i], (SlaAmount) metricsAndAmounts[i + 1], "business-hours"));
      }
    }
    return policy.withTargets(targets);
  }

  private static TicketSla evaluate(String asOf, TicketEvent... events) {
    return SlaEvaluation.evaluate(SlaFixtures.ID, List.of(events), POLICY, SlaFixtures.CALENDARS, berlin(asOf));
  }

  private static TicketEvent at(String time, TicketEvent.Type type) {
    return TicketEvent.of(berlin(time), type);
  }

  @Test
  void eachRequesterReplyStartsANextReplyClockThatTheNextAgentReplyStops() {
    TicketSla sla = evaluate("2026-03-02T17:00",
        TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P3),
        at("2026-03-02T09:10", TicketEvent.Type.FIRST_RESPONSE),
        at("2026-03-02T10:00", TicketEvent.Type.CUSTOMER_REPLY),
        at("2026-03-02T10:20", TicketEvent.Type.CUSTOMER_REPLY),
        at("2026-03-02T10:45", TicketEvent.Type.UPDATE),
        at("2026-03-02T13:30", TicketEvent.Type.CUSTOMER_REPLY));
    List<MetricCycle> replies = sla.cycles(SlaMetric.NEXT_REPLY);
    assertEquals(2, replies.size(), "the second reply at 10:20 joins the clock the first one started");
    assertEquals(SlaState.MET, replies.get(0).state());
    assertEquals(Duration.ofMinutes(45), replies.get(0).elapsed());
    // started at 13:30, no agent reply: breached at 14:30
    assertEquals(Optional.of(berlin("2026-03-02T14:30")), replies.get(1).breachedAt());
    assertEquals(Optional.of(SlaVerdict.MISSED), sla.verdict(SlaMetric.NEXT_REPLY));
  }

  @Test
  void agentWorkAndRequesterWaitSplitTheTicketsLifeByStatusAcrossAReopen() {
    TicketSla sla = evaluate("2026-03-03T17:00",
        TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P3),
        TicketEvent.statusChanged(berlin("2026-03-02T10:00"), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(berlin("2026-03-02T14:00"), TicketStatus.IN_PROGRESS),
        at("2026-03-02T15:00", TicketEvent.Type.RESOLVED),
        at("2026-03-03T09:00", TicketEvent.Type.REOPENED),
        TicketEvent.statusChanged(berlin("2026-03-03T10:00"), TicketStatus.WAITING_FOR_THIRD_PARTY),
        TicketEvent.statusChanged(berlin("2026-03-03T11:00"), TicketStatus.IN_PROGRESS),
        at("2026-03-03T12:00", TicketEvent.Type.RESOLVED));
    MetricCycle work = sla.latest(SlaMetric.AGENT_WORK).orElseThrow();
    MetricCycle wait = sla.latest(SlaMetric.REQUESTER_WAIT).orElseThrow();
    assertEquals(1, sla.cycles(SlaMetric.AGENT_WORK).size(), "one cycle for the ticket's life");
    // work: 09-10, 14-15 on Monday, 09-10 and 11-12 on Tuesday; wait: 10-12 and 13-14 on Monday, 10-11 on Tuesday
    assertEquals(Duration.ofHours(4), work.elapsed());
    assertEquals(Duration.ofHours(4), wait.elapsed());
    assertEquals(SlaState.MET, work.state());
    assertEquals(SlaState.MET_LATE, wait.state(), "4 hours of wait reached the 4-hour target");
    assertEquals(Optional.of(berlin("2026-03-03T11:00")), wait.breachedAt());
    assertEquals(Optional.of(berlin("2026-03-03T12:00")), work.end());
  }

  @Test
  void aResolutionEndsTheNextReplyClockAndAReopenStartsANewUpdateCycle() {
    TicketSla sla = evaluate("2026-03-03T12:00",
        TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P3),
        at("2026-03-02T09:10", TicketEvent.Type.FIRST_RESPONSE),
        at("2026-03-02T10:00", TicketEvent.Type.CUSTOMER_REPLY),
        at("2026-03-02T10:30", TicketEvent.Type.RESOLVED),
        at("2026-03-02T11:00", TicketEvent.Type.CUSTOMER_REPLY),
        at("2026-03-03T09:00", TicketEvent.Type.REOPENED));
    assertEquals(1, sla.cycles(SlaMetric.NEXT_REPLY).size(), "a reply to a resolved ticket starts no clock");
    assertEquals(Optional.of(berlin("2026-03-02T10:30")), sla.cycles(SlaMetric.NEXT_REPLY).get(0).end());
    assertEquals(SlaState.MET, sla.cycles(SlaMetric.NEXT_REPLY).get(0).state());
    assertEquals(2, sla.cycles(SlaMetric.PERIODIC_UPDATE).size(), "one from the response, one from the reopen");
    assertEquals(berlin("2026-03-03T09:00"), sla.cycles(SlaMetric.PERIODIC_UPDATE).get(1).start());
    assertEquals(List.of(berlin("2026-03-02T10:30"), berlin("2026-03-03T09:00")), sla.resolutionChanges());
    assertEquals(true, sla.openAt(berlin("2026-03-03T09:00")), "reopened");
    assertEquals(false, sla.openAt(berlin("2026-03-02T10:30")));
    assertEquals(true, sla.openAt(berlin("2026-03-02T10:29")));
  }

  @Test
  void aTicketCreatedWaitingStartsWithItsClocksPaused() {
    TicketSla sla = evaluate("2026-03-02T12:00", TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P2, TicketStatus.WAITING_FOR_CUSTOMER));
    assertEquals(SlaState.PAUSED, sla.latest(SlaMetric.RESOLUTION).orElseThrow().state());
    assertEquals(Duration.ofHours(3), sla.latest(SlaMetric.REQUESTER_WAIT).orElseThrow().elapsed());
    assertEquals(Duration.ZERO, sla.latest(SlaMetric.AGENT_WORK).orElseThrow().elapsed());
    TicketSla working = evaluate("2026-03-02T12:00", TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P2, TicketStatus.IN_PROGRESS));
    assertEquals(SlaState.RUNNING, working.latest(SlaMetric.RESOLUTION).orElseThrow().state());
  }

  @Test
  void theNewMetricsAreOptionalAndLeaveTheOthersAlone() {
    TicketEvent[] events = {TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P2), at("2026-03-02T09:30", TicketEvent.Type.CUSTOMER_REPLY)};
    TicketSla plain = SlaEvaluation.evaluate(SlaFixtures.ID, List.of(events), SlaFixtures.policy(), SlaFixtures.CALENDARS, berlin("2026-03-02T12:00"));
    assertEquals(List.of(), plain.cycles(SlaMetric.NEXT_REPLY));
    assertEquals(Optional.empty(), plain.verdict(SlaMetric.AGENT_WORK));
    TicketSla with = evaluate("2026-03-02T12:00", events);
    assertEquals(plain.cycles(SlaMetric.RESOLUTION).get(0).elapsed(), with.cycles(SlaMetric.RESOLUTION).get(0).elapsed());
  }
}

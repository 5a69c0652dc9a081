package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.SlaFixtures.berlin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;

class PolicyVersionsTest {
  private static final SlaPolicy V1 = SlaFixtures.policy().withVersion("2026-01");
  /** From April, P2 resolution in 4 business hours instead of 8. */
  private static final SlaPolicy V2 = SlaFixtures.policyBuilder().reopen(ReopenPolicy.NEW_CYCLE).version("2026-04").build()
      .withTargets(SlaFixtures.policy().targets().stream()
          .map(t -> t.priority() == Priority.P2 && t.metric() == SlaMetric.RESOLUTION ? SlaTarget.of(Priority.P2, SlaMetric.RESOLUTION,
              BusinessDuration.ofHours(4), "business-hours") : t)
          .toList());
  private static final PolicyVersions VERSIONS = PolicyVersions.from(Instant.parse("2026-01-01T00:00:00Z"), V1).then(berlin("2026-04-01T00:00"), V2);

  private static List<TicketEvent> p2(String created, String resolved) {
    return List.of(TicketEvent.created(berlin(created), Priority.P2), TicketEvent.of(berlin(resolved), TicketEvent.Type.RESOLVED));
  }

  @Test
  void aTicketIsMeasuredByTheVersionInForceWhenItWasCreated() {
    TicketSla march = SlaEvaluation.evaluate(SlaFixtures.ID, p2("2026-03-31T09:00", "2026-03-31T15:00"), VERSIONS, SlaFixtures.CALENDARS,
        berlin("2026-04-10T00:00"));
    TicketSla april = SlaEvaluation.evaluate(SlaFixtures.ID, p2("2026-04-01T09:00", "2026-04-01T15:00"), VERSIONS, SlaFixtures.CALENDARS,
        berlin("2026-04-10T00:00"));
    MetricCycle before = march.latest(SlaMetric.RESOLUTION).orElseThrow();
    MetricCycle after = april.latest(SlaMetric.RESOLUTION).orElseThrow();
    assertEquals("2026-01", before.policyVersion());
    assertEquals(SlaState.MET, before.state(), "5 business hours within the old 8");
    assertEquals("2026-04", after.policyVersion());
    assertEquals(SlaState.MET_LATE, after.state(), "5 business hours beyond the new 4");
    assertEquals(Optional.empty(), after.retargetedBy());

    IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> VERSIONS.forCreation(Instant.parse("2025-12-31T23:00:00Z")));
    assertEquals("created: '2025-12-31T23:00:00Z' is before the first policy version (2026-01, effective from 2026-01-01T00:00:00Z)", early.getMessage());
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class, () -> VERSIONS.then(berlin("2026-02-01T00:00"), V1.withVersion("x")));
    assertTrue(String.valueOf(order.getMessage()).startsWith("versions[2].effectiveFrom: "), order.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> VERSIONS.then(berlin("2026-05-01T00:00"), V2));
    assertTrue(String.valueOf(twice.getMessage()).startsWith("versions: '2026-04'"), twice.getMessage());
  }

  @Test
  void whatIfShowsTheCyclesAnotherPolicyWouldDecideOtherwiseWithoutChangingAny() {
    List<TicketEvent> events = p2("2026-03-02T09:00", "2026-03-02T15:00");
    TicketSla before = SlaEvaluation.evaluate(SlaFixtures.ID, events, V1, SlaFixtures.CALENDARS, berlin("2026-03-10T00:00"));
    WhatIf whatIf = SlaEvaluation.whatIf(SlaFixtures.ID, events, V1, V2, SlaFixtures.CALENDARS, berlin("2026-03-10T00:00"));
    assertEquals(before, whatIf.actual(), "the actual evaluation is unchanged");
    assertEquals(1, whatIf.differences().size(), whatIf.differences()::toString);
    WhatIf.Difference difference = whatIf.differences().get(0);
    assertEquals(SlaMetric.RESOLUTION, difference.metric());
    assertEquals("MET -> MISSED", difference.verdicts());
    assertEquals(List.of(difference), whatIf.newlyMissed());
    assertEquals(List.of(), whatIf.noLongerMissed());
    // the other way round, the same cycle is no longer missed
    WhatIf back = WhatIf.of(/* actual= */ whatIf.alternative(), /* alternative= */ whatIf.actual());
    assertEquals(List.of(SlaMetric.RESOLUTION), back.noLongerMissed().stream().map(WhatIf.Difference::metric).toList());
    assertEquals("MISSED -> MET", back.noLongerMissed().get(0).verdicts());
    assertEquals(List.of(), back.newlyMissed());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> WhatIf.of(before,
        SlaEvaluation.evaluate(SlaFixtures.ID, events, V1, SlaFixtures.CALENDARS, berlin("2026-03-11T00:00"))));
    assertTrue(String.valueOf(other.getMessage()).contains("must be the same ticket as of the same instant"), other.getMessage());
  }

  @Test
  void aCycleOnlyOnePolicyHasIsADifferenceToo() {
    List<TicketEvent> events = List.of(TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P2),
        TicketEvent.of(berlin("2026-03-02T09:30"), TicketEvent.Type.FIRST_RESPONSE),
        TicketEvent.of(berlin("2026-03-02T10:00"), TicketEvent.Type.UPDATE));
    SlaPolicy withoutUpdates = V1.withTargets(V1.targets().stream().filter(t -> t.metric() != SlaMetric.PERIODIC_UPDATE).toList());
    WhatIf whatIf = SlaEvaluation.whatIf(SlaFixtures.ID, events, withoutUpdates, V1, SlaFixtures.CALENDARS, berlin("2026-03-02T11:00"));
    assertEquals(List.of("PERIODIC_UPDATE 1 none -> MET", "PERIODIC_UPDATE 2 none -> OPEN"),
        whatIf.differences().stream().map(d -> d.metric() + " " + d.cycle() + " " + d.verdicts()).toList());
    WhatIf back = SlaEvaluation.whatIf(SlaFixtures.ID, events, V1, withoutUpdates, SlaFixtures.CALENDARS, berlin("2026-03-02T11:00"));
    assertEquals(List.of("PERIODIC_UPDATE 1 MET -> none", "PERIODIC_UPDATE 2 OPEN -> none"),
        back.differences().stream().map(d -> d.metric() + " " + d.cycle() + " " + d.verdicts()).toList());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new PolicyVersions(List.of()));
    assertEquals("versions: '[]' must hold at least one version", none.getMessage());
  }

  @Test
  void aPriorityChangeMidCycleKeepsTheElapsedTimeOrRecomputesItFromTheStartAndSaysWhich() {
    // P2 on business hours from Monday 16:00; P1 (24x7) from Tuesday 08:30
    List<TicketEvent> events = List.of(TicketEvent.created(berlin("2026-03-02T16:00"), Priority.P2),
        TicketEvent.priorityChanged(berlin("2026-03-03T08:30"), Priority.P1));
    Instant asOf = berlin("2026-03-03T09:00");
    MetricCycle kept = SlaEvaluation.evaluate(SlaFixtures.ID, events, SlaFixtures.policy(), SlaFixtures.CALENDARS, asOf)
        .latest(SlaMetric.RESOLUTION).orElseThrow();
    // 1 h Monday + 30 min Tuesday on business hours, then 30 min on 24x7
    assertEquals(Duration.ofHours(2), kept.elapsed());
    assertEquals(Optional.of(PriorityChangePolicy.KEEP_ELAPSED), kept.retargetedBy());
    MetricCycle recomputed = SlaEvaluation.evaluate(SlaFixtures.ID, events, SlaFixtures.policy().withPriorityChange(PriorityChangePolicy.RECOMPUTE_FROM_START),
        SlaFixtures.CALENDARS, asOf).latest(SlaMetric.RESOLUTION).orElseThrow();
    // as if P1 from the start: 17 hours on 24x7, beyond the 4-hour P1 target: breached at the change, not before
    assertEquals(Duration.ofHours(17), recomputed.elapsed());
    assertEquals(Optional.of(PriorityChangePolicy.RECOMPUTE_FROM_START), recomputed.retargetedBy());
    assertEquals(SlaState.BREACHED, recomputed.state());
    assertEquals(Optional.of(berlin("2026-03-03T08:30")), recomputed.breachedAt());
    MetricCycle restarted = SlaEvaluation.evaluate(SlaFixtures.ID, events, SlaFixtures.policy().withPriorityChange(PriorityChangePolicy.RESTART),
        SlaFixtures.CALENDARS, asOf).latest(SlaMetric.RESOLUTION).orElseThrow();
    assertEquals(Duration.ofMinutes(30), restarted.elapsed());
    assertEquals(Optional.of(PriorityChangePolicy.RESTART), restarted.retargetedBy());
  }
}

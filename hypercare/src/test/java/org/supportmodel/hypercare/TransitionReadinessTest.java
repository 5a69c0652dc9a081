package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SlaOutcome;

class TransitionReadinessTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate START = LocalDate.of(2026, 3, 30);
  private static final ReadinessTarget UAT_END =
      new ReadinessTarget(LocalDate.of(2026, 4, 10), Threshold.atLeast(0.6), Threshold.atLeast(0.8), Threshold.atLeast(0.7));
  private static final ReadinessTarget GO_LIVE =
      new ReadinessTarget(LocalDate.of(2026, 5, 4), Threshold.atLeast(0.9), Threshold.atLeast(0.95), Threshold.over(0.9));

  private static ReadinessPlan plan(List<HandoverItem> items) {
    return new ReadinessPlan("Alpine readiness", BERLIN, START, LocalDate.of(2026, 5, 4), List.of(UAT_END, GO_LIVE), 2,
        Set.of(Priority.P1, Priority.P2), items);
  }

  private static final List<HandoverItem> ITEMS = List.of(
      HandoverItem.of("TRN-1", HandoverKind.TRAINING, "Warehouse waves", "Project team", LocalDate.of(2026, 4, 20)).signedOffOn(LocalDate.of(2026, 4, 17)),
      HandoverItem.of("SHD-1", HandoverKind.SHADOWING, "Two weeks beside the project team", "Project team", LocalDate.of(2026, 4, 30)));

  /** Ten rehearsal requests: 7 resolved by the planned party, 2 by the project team, one open; one bounced; one P2 missed. */
  private static List<RehearsalRequest> rehearsal() {
    List<RehearsalRequest> requests = new ArrayList<>();
    Instant start = START.atStartOfDay(BERLIN).toInstant();
    for (int i = 1; i <= 10; i++) {
      Instant opened = start.plusSeconds(i * 20_000L);
      Priority priority = i % 2 == 0 ? Priority.P2 : Priority.P3;
      RequestRecord record = RequestRecord.opened("UAT-" + i, priority, opened);
      Instant due = opened.plusSeconds(8 * 3600);
      if (i != 10) {
        Instant resolved = opened.plusSeconds(i == 4 ? 9 * 3600 : 3600);
        record = record.resolvedAt(resolved, AuthorityKind.INTERNAL_D365_TEAM)
            .withSla(i == 4 ? SlaOutcome.metLate("RESOLUTION", priority, due, resolved, BERLIN) : SlaOutcome.met("RESOLUTION", priority, due, resolved, BERLIN));
      }
      requests.add(new RehearsalRequest(record, AuthorityKind.INTERNAL_D365_TEAM, i == 3 || i == 5, i == 7 ? 4 : 1));
    }
    return requests;
  }

  @Test
  @DisplayName("\"validate readiness before go-live\": an intermediate target during UAT, measured on a rehearsal run as if live")
  void anIntermediateTargetIsMetByTheRehearsal() {
    ReadinessAssessment assessment = TransitionReadiness.assess(plan(ITEMS), rehearsal(), Instant.parse("2026-04-09T08:00:00Z"));
    assertEquals(UAT_END, assessment.target(), "the milestone the project works towards");
    assertFalse(assessment.forGoLive());
    CriterionResult planned = assessment.results().get(0);
    assertEquals("planned-authority", planned.id());
    assertEquals("77.8 % (7 of 9 resolved requests)", planned.measured());
    assertEquals(List.of("UAT-3: resolved by the project team, planned for the internal Dynamics 365 team",
        "UAT-5: resolved by the project team, planned for the internal Dynamics 365 team"), planned.evidence());
    assertEquals(CriterionStatus.PASS, planned.status());
    assertEquals("90.0 % (9 of 10 requests)", assessment.results().get(1).measured());
    assertEquals(List.of("UAT-7: 4 reassignments"), assessment.results().get(1).evidence());
    assertEquals("rehearsal-sla", assessment.results().get(2).id());
    assertEquals("75.0 % (3 of 4 requests decided)", assessment.results().get(2).measured(), "P2 only: UAT-2, 4, 6, 8; UAT-4 missed");
    assertEquals(CriterionStatus.FAIL, assessment.results().get(3).status(), "shadowing is not signed off");
    assertEquals(Optional.of("Complete and sign off TRN-1, SHD-1"), assessment.results().get(3).toPass(), "TRN-1 is signed off on 04-17");
    assertEquals(Optional.of(0.0), assessment.results().get(3).value(), "none of 2 signed off yet");
    assertEquals("0 of 2 signed off", assessment.results().get(3).measured());
    assertEquals(ReadinessAssessment.Verdict.NOT_READY, assessment.verdict());
  }

  @Test
  @DisplayName("before go-live the last target applies: the project team resolving requests is not readiness")
  void theGoLiveTargetIsStricter() {
    List<HandoverItem> signed = List.of(ITEMS.get(0), ITEMS.get(1).signedOffOn(LocalDate.of(2026, 4, 28)));
    ReadinessAssessment assessment = TransitionReadiness.assess(plan(signed), rehearsal(), Instant.parse("2026-05-02T08:00:00Z"));
    assertEquals(GO_LIVE, assessment.target());
    assertTrue(assessment.forGoLive());
    assertEquals(CriterionStatus.FAIL, assessment.results().get(0).status());
    assertEquals(Optional.of("Route rehearsal requests to their planned resolving authority instead of the project team"),
        assessment.results().get(0).toPass());
    assertEquals(CriterionStatus.PASS, assessment.results().get(3).status());
    assertEquals(ReadinessAssessment.Verdict.NOT_READY, assessment.verdict());
  }

  @Test
  void noRehearsalIsNoDataNeverReady() {
    ReadinessAssessment assessment = TransitionReadiness.assess(plan(List.of()), List.of(), Instant.parse("2026-04-01T08:00:00Z"));
    assertEquals(UAT_END, assessment.target(), "before the first target's date, the first target");
    assertEquals(GO_LIVE, plan(List.of()).targetOn(LocalDate.of(2026, 4, 11)), "after the UAT target, the go-live one");
    assertEquals(UAT_END, plan(List.of()).targetOn(LocalDate.of(2026, 4, 10)), "on its date, still the UAT target");
    assertEquals(GO_LIVE, plan(List.of()).targetOn(LocalDate.of(2026, 6, 1)), "after every date, the last");
    assertTrue(assessment.results().stream().allMatch(r -> r.status() == CriterionStatus.NO_DATA), assessment.results()::toString);
    assertEquals(ReadinessAssessment.Verdict.NOT_READY, assessment.verdict());
  }

  @Test
  void anUnrecordedResolverCountsOnlyIfItCannotChangeTheResult() {
    List<RehearsalRequest> requests = new ArrayList<>(rehearsal());
    RequestRecord record = RequestRecord.opened("UAT-11", Priority.P3, START.atStartOfDay(BERLIN).toInstant().plusSeconds(3600))
        .resolvedAt(START.atStartOfDay(BERLIN).toInstant().plusSeconds(7200));
    requests.add(new RehearsalRequest(record, AuthorityKind.INTERNAL_D365_TEAM, false, 0));
    CriterionResult planned = TransitionReadiness.assess(plan(ITEMS), requests, Instant.parse("2026-04-09T08:00:00Z")).results().get(0);
    assertEquals("70.0 % to 80.0 % (7 of 10 resolved requests, 1 not recorded)", planned.measured());
    assertEquals(CriterionStatus.PASS, planned.status(), "at least 60 % whichever way it went");
    assertTrue(planned.evidence().contains("UAT-11: resolver not recorded"), planned.evidence()::toString);
    CriterionResult goLive = TransitionReadiness.assess(plan(ITEMS), requests, Instant.parse("2026-05-02T08:00:00Z")).results().get(0);
    assertEquals(CriterionStatus.FAIL, goLive.status(), "below 90 % whichever way it went");
  }

  @Test
  void aRequestWithExactlyTheAllowedReassignmentsDoesNotBounce() {
    List<RehearsalRequest> requests = new ArrayList<>(rehearsal());
    requests.set(0, new RehearsalRequest(requests.get(0).record(), AuthorityKind.INTERNAL_D365_TEAM, false, 2));
    assertEquals("90.0 % (9 of 10 requests)", TransitionReadiness.assess(plan(ITEMS), requests, Instant.parse("2026-04-09T08:00:00Z"))
        .results().get(1).measured(), "2 reassignments is the limit, not a bounce; UAT-7's 4 are");
    requests.add(requests.get(1));
    assertThrows(IllegalArgumentException.class, () -> TransitionReadiness.assess(plan(ITEMS), requests, Instant.parse("2026-04-09T08:00:00Z")));
  }

  @Test
  void anAssessmentsVerdictFollowsItsResults() {
    ReadinessAssessment assessment = TransitionReadiness.assess(plan(ITEMS), rehearsal(), Instant.parse("2026-04-09T08:00:00Z"));
    assertEquals("verdict: 'READY' must be NOT_READY while a criterion does not pass", String.valueOf(assertThrows(IllegalArgumentException.class,
        () -> new ReadinessAssessment(assessment.plan(), assessment.asOf(), assessment.asOfDate(), assessment.target(), false, assessment.results(),
            ReadinessAssessment.Verdict.READY)).getMessage()));
    List<CriterionResult> passing = List.of(assessment.results().get(0));
    assertEquals("verdict: 'NOT_READY' must be READY when every criterion passes", String.valueOf(assertThrows(IllegalArgumentException.class,
        () -> new ReadinessAssessment(assessment.plan(), assessment.asOf(), assessment.asOfDate(), assessment.target(), false, passing,
            ReadinessAssessment.Verdict.NOT_READY)).getMessage()));
  }

  @Test
  void badPlansAreRefusedNamingTheField() {
    assertEquals("maxReassignments: '0' must be at least 1", String.valueOf(assertThrows(IllegalArgumentException.class,
        () -> new ReadinessPlan("p", BERLIN, START, LocalDate.of(2026, 5, 4), List.of(GO_LIVE), 0, Set.of(Priority.P1), List.of())).getMessage()));
    assertEquals("slaPriorities: '[]' must hold at least one priority", String.valueOf(assertThrows(IllegalArgumentException.class,
        () -> new ReadinessPlan("p", BERLIN, START, LocalDate.of(2026, 5, 4), List.of(GO_LIVE), 2, Set.of(), List.of())).getMessage()));
    assertThrows(IllegalArgumentException.class, () -> new ReadinessPlan("p", BERLIN, START, LocalDate.of(2026, 5, 4), List.of(GO_LIVE), 2,
        Set.of(Priority.P1), List.of(ITEMS.get(0), ITEMS.get(0))));
    assertEquals("targets[1].by: '2026-04-10' must be after the previous target's date 2026-04-10", String.valueOf(assertThrows(
        IllegalArgumentException.class, () -> new ReadinessPlan("p", BERLIN, START, LocalDate.of(2026, 5, 4), List.of(UAT_END, UAT_END), 2,
            Set.of(Priority.P1), List.of())).getMessage()));
    assertEquals("targets[0].by: '2026-05-04' must not be after the go-live date 2026-05-03", String.valueOf(assertThrows(
        IllegalArgumentException.class, () -> new ReadinessPlan("p", BERLIN, START, LocalDate.of(2026, 5, 3), List.of(GO_LIVE), 2,
            Set.of(Priority.P1), List.of())).getMessage()));
    assertEquals("rehearsalStart: '2026-05-04' must be before the go-live date 2026-05-04", String.valueOf(assertThrows(
        IllegalArgumentException.class, () -> new ReadinessPlan("p", BERLIN, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4), List.of(GO_LIVE), 2,
            Set.of(Priority.P1), List.of())).getMessage()));
  }
}

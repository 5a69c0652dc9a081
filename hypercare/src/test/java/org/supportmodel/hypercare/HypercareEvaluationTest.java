package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.hypercare.HypercareFixtures.GO_LIVE;
import static org.supportmodel.hypercare.HypercareFixtures.ORDER_TO_CASH;
import static org.supportmodel.hypercare.HypercareFixtures.PROCURE_TO_PAY;
import static org.supportmodel.hypercare.HypercareFixtures.at;
import static org.supportmodel.hypercare.HypercareFixtures.bare;
import static org.supportmodel.hypercare.HypercareFixtures.request;
import static org.supportmodel.hypercare.HypercareFixtures.slaOutcome;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;

class HypercareEvaluationTest {
  // Go-live Monday 2026-05-04 in Berlin; week 1 is 05-04..05-10, week 2 05-11..05-17, and so on.
  private static final Instant END_OF_WEEK_3 = at("2026-05-25T00:00");

  private static CriterionResult only(HypercarePlan plan, List<RequestRecord> records, List<ProcessKpi> kpis, Instant asOf) {
    ExitAssessment assessment = HypercareEvaluation.assess(plan, records, kpis, asOf);
    assertEquals(1, assessment.results().size());
    return assessment.results().get(0);
  }

  private static List<RequestRecord> outcomes(int met, int missed) {
    List<RequestRecord> records = new ArrayList<>();
    for (int i = 0; i < met; i++) {
      records.add(slaOutcome("MET-" + i, true, "2026-05-20T10:00"));
    }
    for (int i = 0; i < missed; i++) {
      records.add(slaOutcome("MISSED-" + i, false, "2026-05-20T11:00"));
    }
    return records;
  }

  // ---- SLA attainment --------------------------------------------------------------------------

  @Test
  void exactlyNinetyPercentOfTargetsMetIsNotOverNinety() {
    CriterionResult result = only(bare(ExitCriteria.slaAttainment()).build(), outcomes(9, 1), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.FAIL, result.status());
    assertEquals(Optional.of(0.9), result.value());
    assertEquals("90.0 % (9 of 10 requests decided)", result.measured());
    assertEquals("> 90.0 %", result.threshold());
    assertEquals(10, result.evidence().size(), "the miss and the nine met requests it rests on");
    assertEquals(
        "missed: MISSED-0 (P2) RESOLUTION due 2026-05-20 11:00+02:00 Europe/Berlin, breached then, met late 2026-05-20 12:00+02:00 Europe/Berlin, 1 h 0 min late",
        result.evidence().get(0));
    assertEquals("met: MET-0 (P2) 1 target met", result.evidence().get(1));
    assertEquals(
        Optional.of("Over the next 14 days, at the volume of the last 14 days (10 requests decided), at most 0 requests may miss"
            + " a target (1 missed in the last 14 days)"),
        result.toPass(),
        "advice in the window's terms, never more than arrives in it");
  }

  @Test
  void overNinetyPercentPasses() {
    CriterionResult result = only(bare(ExitCriteria.slaAttainment()).build(), outcomes(10, 1), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.PASS, result.status());
    assertEquals("90.9 % (10 of 11 requests decided)", result.measured());
    assertEquals(Optional.empty(), result.toPass());
  }

  @Test
  void slaOutcomesOutsideTheWindowOrOfOtherPrioritiesDoNotCount() {
    List<RequestRecord> records = new ArrayList<>(outcomes(10, 0));
    records.add(slaOutcome("OLD", false, "2026-05-05T10:00"));
    Instant at = at("2026-05-06T10:00");
    records.add(
        RequestRecord.opened("P3-LATE", Priority.P3, at)
            .withSla(SlaOutcome.breached("RESOLUTION", Priority.P3, at.plusSeconds(60), HypercareFixtures.BERLIN)));
    CriterionResult result = only(bare(ExitCriteria.slaAttainment()).build(), records, List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.PASS, result.status());
    assertEquals("100.0 % (10 of 10 requests decided)", result.measured());
  }

  @Test
  void anSlaOutcomeAfterTheInstantOfTheEvaluationHasNotHappenedYet() {
    CriterionResult result =
        only(bare(ExitCriteria.slaAttainment()).build(), outcomes(10, 1), List.of(), at("2026-05-20T10:30"));
    assertEquals(CriterionStatus.PASS, result.status(), "the miss at 11:00 comes later");
  }

  @Test
  void noSlaOutcomeIsNoDataNotAPass() {
    CriterionResult result = only(bare(ExitCriteria.slaAttainment()).build(), List.of(), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.NO_DATA, result.status());
    assertEquals(Optional.empty(), result.value());
    assertTrue(result.toPass().isPresent());
  }

  @Test
  void aRisingWeeklySlaTrendProjectsTheWeekItPassesTheThreshold() {
    List<RequestRecord> records = new ArrayList<>();
    // weeks 1 to 3: 70 %, 80 %, 85 % met
    int[][] weeks = {{7, 3}, {8, 2}, {17, 3}};
    for (int w = 0; w < weeks.length; w++) {
      String day = GO_LIVE.plusDays(7L * w + 2) + "T10:00";
      for (int i = 0; i < weeks[w][0]; i++) {
        records.add(slaOutcome("W" + w + "-MET-" + i, true, day));
      }
      for (int i = 0; i < weeks[w][1]; i++) {
        records.add(slaOutcome("W" + w + "-MISSED-" + i, false, day));
      }
    }
    CriterionResult result = only(bare(ExitCriteria.slaAttainment()).build(), records, List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.FAIL, result.status());
    // the line through (1, .70), (2, .80), (3, .85) is .625 + .075 w: over .90 from week 4
    assertEquals(Optional.of(LocalDate.of(2026, 6, 1)), result.projection().earliest(), result.projection().basis());
  }

  // ---- resolved without hypercare resources ----------------------------------------------------

  private static List<RequestRecord> resolutions(int without, int with) {
    List<RequestRecord> records = new ArrayList<>();
    for (int i = 0; i < without + with; i++) {
      records.add(request("R-" + i, Priority.P3, "2026-05-19T09:00", 2).withHypercareResources(i >= without));
    }
    return records;
  }

  @Test
  void exactlyNinetyFivePercentWithoutHypercareResourcesIsNotOverNinetyFive() {
    HypercarePlan plan = bare(ExitCriteria.resolvedWithoutHypercareResources()).build();
    CriterionResult fails = only(plan, resolutions(19, 1), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.FAIL, fails.status());
    assertEquals("95.0 % (19 of 20 resolutions)", fails.measured());
    assertEquals(
        List.of("19 of 20 resolutions without hypercare resources, 1 with, 0 not recorded", "used hypercare resources: R-19"),
        fails.evidence());
    assertEquals(
        Optional.of("Over the next 14 days, at the volume of the last 14 days (20 resolutions), use hypercare resources for at"
            + " most 0 (1 did in the last 14 days)"),
        fails.toPass());
    CriterionResult passes = only(plan, resolutions(20, 1), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.PASS, passes.status());
  }

  @Test
  void newRequirementsAreNotSupportRequests() {
    List<RequestRecord> records = new ArrayList<>(resolutions(20, 0));
    records.add(request("REQ-1", Priority.P4, "2026-05-19T09:00", 2).withKind(RequestKind.NEW_REQUIREMENT).withHypercareResources(true));
    CriterionResult result = only(bare(ExitCriteria.resolvedWithoutHypercareResources()).build(), records, List.of(), END_OF_WEEK_3);
    assertEquals("100.0 % (20 of 20 resolutions)", result.measured());
  }

  // ---- open P1 without an action plan ----------------------------------------------------------

  @Test
  void anOpenP1NeedsAnAcceptedActionPlanThatIsNotOverdue() {
    List<RequestRecord> records =
        List.of(request("P1-OPEN", Priority.P1, "2026-05-18T09:00", -1), request("P1-DONE", Priority.P1, "2026-05-18T09:00", 3));
    ActionItem plan = ActionItem.of("A-1", "Patch the posting profile", "Partner Fabrikam", LocalDate.of(2026, 5, 29)).forRequest(RequestId.of("P1-OPEN"));

    CriterionResult none = only(bare(ExitCriteria.noOpenP1WithoutActionPlan()).build(), records, List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.FAIL, none.status());
    assertEquals("1 open P1, 1 without an accepted action plan", none.measured());
    assertEquals(List.of("P1-OPEN: no action plan"), none.evidence());
    assertEquals(Optional.of("Accept an action plan for, or resolve: P1-OPEN"), none.toPass());

    CriterionResult proposed = only(bare(ExitCriteria.noOpenP1WithoutActionPlan()).addActionItem(plan).build(), records, List.of(), END_OF_WEEK_3);
    assertEquals(List.of("P1-OPEN: action plan A-1 not accepted"), proposed.evidence());

    HypercarePlan accepted = bare(ExitCriteria.noOpenP1WithoutActionPlan()).addActionItem(plan.acceptedOn(LocalDate.of(2026, 5, 20))).build();
    CriterionResult ok = only(accepted, records, List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.PASS, ok.status());
    assertEquals("1 open P1, 0 without an accepted action plan", ok.measured());

    CriterionResult overdue = only(accepted, records, List.of(), at("2026-05-30T12:00"));
    assertEquals(CriterionStatus.FAIL, overdue.status());
    assertEquals(List.of("P1-OPEN: action plan A-1 overdue since 2026-05-29"), overdue.evidence());
  }

  @Test
  void noOpenP1PassesWhenThereAreRequests() {
    CriterionResult result =
        only(bare(ExitCriteria.noOpenP1WithoutActionPlan()).build(), List.of(request("P3", Priority.P3, "2026-05-18T09:00", -1)), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.PASS, result.status());
  }

  // ---- key processes ---------------------------------------------------------------------------

  @Test
  void keyProcessesPassAtTheirTargetAndFailBelowIt() {
    HypercarePlan plan =
        bare(ExitCriteria.keyProcessesAtTarget())
            .addKeyProcess(new ProcessTarget(ORDER_TO_CASH, 0.90))
            .addKeyProcess(new ProcessTarget(PROCURE_TO_PAY, 0.85))
            .build();
    List<ProcessKpi> atTarget =
        List.of(ProcessKpi.of("O2C", LocalDate.of(2026, 5, 22), 0.90), ProcessKpi.of("P2P", LocalDate.of(2026, 5, 22), 0.86));
    assertEquals(CriterionStatus.PASS, only(plan, List.of(), atTarget, END_OF_WEEK_3).status());

    List<ProcessKpi> below =
        List.of(
            ProcessKpi.of("O2C", LocalDate.of(2026, 5, 8), 0.70),
            ProcessKpi.of("O2C", LocalDate.of(2026, 5, 15), 0.80),
            ProcessKpi.of("O2C", LocalDate.of(2026, 5, 22), 0.85),
            ProcessKpi.of("O2C", LocalDate.of(2026, 5, 29), 0.99),
            ProcessKpi.of("P2P", LocalDate.of(2026, 5, 22), 0.86));
    CriterionResult result = only(plan, List.of(), below, END_OF_WEEK_3);
    assertEquals(CriterionStatus.FAIL, result.status(), "the 99 % of 05-29 is measured after the evaluation");
    assertEquals("1 of 2 key processes at target", result.measured());
    assertEquals(Optional.of("Raise Order to cash from 85.0 % to 90.0 %"), result.toPass());
    assertTrue(result.evidence().contains("O2C Order to cash: 85.0 % on 2026-05-22 (target 90.0 %)"), result.evidence().toString());
    // the least-squares line through (05-08, .70), (05-15, .80), (05-22, .85) is .7083 + .010714 a day
    // from 05-08: it reaches .90 after 17.9 days, on 2026-05-26
    assertEquals(Optional.of(LocalDate.of(2026, 5, 26)), result.projection().earliest(), result.projection().basis());
  }

  @Test
  void aKeyProcessWithoutKpisIsNoData() {
    HypercarePlan plan = bare(ExitCriteria.keyProcessesAtTarget()).addKeyProcess(new ProcessTarget(ORDER_TO_CASH, 0.9)).build();
    CriterionResult result = only(plan, List.of(), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.NO_DATA, result.status());
    assertEquals(Optional.of("Measure Order to cash"), result.toPass());
  }

  // ---- backlog trend ---------------------------------------------------------------------------

  @Test
  void theBacklogMustNotGrowInTheLastTwoCompleteWeeks() {
    List<RequestRecord> records = new ArrayList<>();
    // week 1: 4 in, 1 closed; week 2: 2 in, 2 closed; week 3: 1 in, 2 closed
    records.add(request("A", Priority.P3, "2026-05-05T09:00", 2));
    records.add(request("B", Priority.P3, "2026-05-05T09:00", 24 * 7));
    records.add(request("C", Priority.P3, "2026-05-06T09:00", 24 * 7));
    records.add(request("D", Priority.P3, "2026-05-07T09:00", 24 * 13));
    records.add(request("E", Priority.P3, "2026-05-12T09:00", 24 * 7));
    records.add(request("F", Priority.P3, "2026-05-13T09:00", -1));
    records.add(request("G", Priority.P3, "2026-05-19T09:00", -1));
    HypercarePlan plan = bare(ExitCriteria.backlogTrend(2)).build();
    ExitAssessment assessment = HypercareEvaluation.assess(plan, records, List.of(), END_OF_WEEK_3);
    assertEquals(3, assessment.weeks().size(), "an assessment at the midnight that ends week 3 covers weeks 1 to 3");
    assertTrue(assessment.weeks().stream().allMatch(WeekFigures::complete), "week 3 is complete at its end");
    List<WeekFigures> weeks = assessment.weeks();
    assertEquals(List.of(4, 2, 1), weeks.stream().map(WeekFigures::inflow).toList());
    assertEquals(List.of(1, 2, 2), weeks.stream().map(WeekFigures::closures).toList());
    assertEquals(List.of(3, 3, 2), weeks.stream().map(WeekFigures::backlog).toList());
    assertEquals(CriterionStatus.PASS, assessment.results().get(0).status());

    CriterionResult twoWeeksIn = only(plan, records, List.of(), at("2026-05-18T00:00"));
    assertEquals(CriterionStatus.FAIL, twoWeeksIn.status(), "week 1 grew the backlog");
    assertEquals("closures >= inflow in 1 of the last 2 weeks", twoWeeksIn.measured());
    assertEquals(Optional.of(LocalDate.of(2026, 5, 25)), twoWeeksIn.projection().earliest(), "one more good week: the end of week 3");

    CriterionResult oneWeekIn = only(plan, records, List.of(), at("2026-05-12T12:00"));
    assertEquals(CriterionStatus.NO_DATA, oneWeekIn.status());
    assertEquals("1 complete week so far", oneWeekIn.measured());
  }

  // ---- period close and handover ---------------------------------------------------------------

  @Test
  void theFirstPeriodEndMustBeClosedByTheDateOfTheEvaluation() {
    ExitCriterion criterion = ExitCriteria.firstPeriodClosed();
    assertEquals(CriterionStatus.NO_DATA, only(bare(criterion).build(), List.of(), List.of(), END_OF_WEEK_3).status());
    PeriodClose may = PeriodClose.open(LocalDate.of(2026, 5, 31));
    CriterionResult open = only(bare(criterion).firstPeriodClose(may).build(), List.of(), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.FAIL, open.status());
    assertEquals(Optional.of(LocalDate.of(2026, 6, 1)), open.projection().earliest());
    HypercarePlan closed = bare(criterion).firstPeriodClose(may.closedOn(LocalDate.of(2026, 6, 3))).build();
    assertEquals(CriterionStatus.FAIL, only(closed, List.of(), List.of(), END_OF_WEEK_3).status(), "closed later than the evaluation");
    assertEquals(CriterionStatus.PASS, only(closed, List.of(), List.of(), at("2026-06-03T18:00")).status());
  }

  @Test
  void everyHandoverItemMustBeSignedOff() {
    HandoverItem runbook = HandoverItem.of("DOC-1", HandoverKind.DOCUMENTATION, "Runbook", "Partner Fabrikam", LocalDate.of(2026, 5, 29));
    HandoverItem training = HandoverItem.of("TRN-1", HandoverKind.TRAINING, "Top-up training on intercompany", "Project team", LocalDate.of(2026, 6, 5));
    ExitCriterion criterion = ExitCriteria.handoverSignedOff();
    CriterionResult open =
        only(bare(criterion).addHandoverItems(runbook.signedOffOn(LocalDate.of(2026, 5, 20)), training).build(), List.of(), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.FAIL, open.status());
    assertEquals("1 of 2 items signed off", open.measured());
    assertEquals(Optional.of("Sign off TRN-1"), open.toPass());
    assertEquals(Optional.of(LocalDate.of(2026, 6, 5)), open.projection().earliest());
    assertEquals(CriterionStatus.NO_DATA, only(bare(criterion).build(), List.of(), List.of(), END_OF_WEEK_3).status());
    HypercarePlan signed =
        bare(criterion).addHandoverItems(runbook.signedOffOn(LocalDate.of(2026, 5, 20)), training.signedOffOn(LocalDate.of(2026, 5, 24))).build();
    CriterionResult passes = only(signed, List.of(), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.PASS, passes.status());
    assertEquals("2 of 2 items signed off", passes.measured());
    assertEquals(CriterionStatus.FAIL, only(signed, List.of(), List.of(), at("2026-05-23T12:00")).status(), "signed off a day later");
  }

  // ---- the whole assessment --------------------------------------------------------------------

  @Test
  void withNoDataAtAllEveryDefaultCriterionSaysSoAndHypercareIsExtended() {
    HypercarePlan plan = HypercarePlan.builder().name("Empty").zone(HypercareFixtures.BERLIN).goLive(GO_LIVE).plannedEnd(GO_LIVE.plusWeeks(6))
        .defaultCriteria().build();
    ExitAssessment assessment = HypercareEvaluation.assess(plan, List.of(), List.of(), END_OF_WEEK_3);
    assertEquals(7, assessment.results().size());
    for (CriterionResult result : assessment.results()) {
      assertEquals(CriterionStatus.NO_DATA, result.status(), result.id());
    }
    assertEquals(Verdict.EXTEND, assessment.verdict());
    assertEquals(Optional.empty(), assessment.earliestExit().earliest());
    assertEquals(7, assessment.notPassing().size());
  }

  @Test
  void whenEveryCriterionPassesHypercareCanEndToday() {
    List<RequestRecord> records = new ArrayList<>(outcomes(20, 1));
    records.add(request("P1", Priority.P1, "2026-05-05T09:00", 4));
    HypercarePlan plan =
        bare(ExitCriteria.slaAttainment(), ExitCriteria.noOpenP1WithoutActionPlan(), ExitCriteria.resolvedWithoutHypercareResources())
            .build();
    ExitAssessment assessment = HypercareEvaluation.assess(plan, records, List.of(), END_OF_WEEK_3);
    assertEquals(Verdict.EXIT, assessment.verdict());
    assertEquals(LocalDate.of(2026, 5, 24), assessment.asOfDate(), "the midnight that ends Sunday covers Sunday");
    assertEquals(Optional.of(LocalDate.of(2026, 5, 24)), assessment.earliestExit().earliest());
    assertTrue(assessment.notPassing().isEmpty());
  }

  @Test
  void theEarliestExitIsTheLatestProjectionOfTheFailingCriteria() {
    HandoverItem training = HandoverItem.of("TRN-1", HandoverKind.TRAINING, "Top-up training", "Project team", LocalDate.of(2026, 6, 12));
    HypercarePlan plan =
        bare(ExitCriteria.firstPeriodClosed(), ExitCriteria.handoverSignedOff())
            .firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 5, 31)))
            .addHandoverItem(training)
            .build();
    ExitAssessment assessment = HypercareEvaluation.assess(plan, List.of(), List.of(), END_OF_WEEK_3);
    assertEquals(Verdict.EXTEND, assessment.verdict());
    assertEquals(Optional.of(LocalDate.of(2026, 6, 12)), assessment.earliestExit().earliest());
  }

  /** A custom criterion: no open P2 older than five days. */
  private record NoStaleP2() implements ExitCriterion {
    @Override
    public String id() {
      return "no-stale-p2";
    }

    @Override
    public String description() {
      return "No open P2 older than five days";
    }

    @Override
    public CriterionResult evaluate(HypercareFacts facts) {
      List<String> stale =
          facts.records().stream()
              .filter(r -> r.priority() == Priority.P2 && r.openAt(facts.asOf()))
              .filter(r -> r.opened().plusSeconds(5 * 86_400L).isBefore(facts.asOf()))
              .map(r -> r.id().value())
              .sorted()
              .toList();
      return new CriterionResult(
          id(), description(), stale.isEmpty() ? CriterionStatus.PASS : CriterionStatus.FAIL, Optional.of((double) stale.size()),
          stale.size() + " stale", "0", stale, stale.isEmpty() ? Optional.empty() : Optional.of("Resolve " + String.join(", ", stale)),
          Projection.unknown("no trend"));
    }
  }

  @Test
  void customCriteriaPlugInBesideTheDefaults() {
    HypercarePlan plan = bare(ExitCriteria.slaAttainment(), new NoStaleP2()).build();
    List<RequestRecord> records = new ArrayList<>(outcomes(20, 0));
    records.add(request("OLD-P2", Priority.P2, "2026-05-11T09:00", -1));
    ExitAssessment assessment = HypercareEvaluation.assess(plan, records, List.of(), END_OF_WEEK_3);
    assertEquals(List.of("sla-attainment", "no-stale-p2"), assessment.results().stream().map(CriterionResult::id).toList());
    assertEquals(CriterionStatus.FAIL, assessment.result("no-stale-p2").orElseThrow().status());
    assertEquals(Verdict.EXTEND, assessment.verdict());
    assertEquals(Optional.empty(), assessment.earliestExit().earliest(), "the custom criterion cannot be projected");
    assertTrue(String.valueOf(assessment.earliestExit().basis()).contains("no-stale-p2"));
  }

  // ---- bad input -------------------------------------------------------------------------------

  private static void assertMessage(String expectedStart, Runnable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertTrue(String.valueOf(e.getMessage()).startsWith(expectedStart), e.getMessage());
  }

  @Test
  void badInputNamesTheFieldTheValueAndTheRule() {
    HypercarePlan plan = bare(ExitCriteria.slaAttainment()).build();
    RequestRecord one = request("DUP", Priority.P3, "2026-05-05T09:00", 1);
    assertMessage("records: 'DUP' is given twice", () -> HypercareEvaluation.assess(plan, List.of(one, one), List.of(), END_OF_WEEK_3));
    assertMessage(
        "kpis: 'O2C on 2026-05-08' is measured twice",
        () -> HypercareEvaluation.assess(
            plan, List.of(), List.of(ProcessKpi.of("O2C", LocalDate.of(2026, 5, 8), 0.5), ProcessKpi.of("O2C", LocalDate.of(2026, 5, 8), 0.6)),
            END_OF_WEEK_3));
    assertMessage("resolutions[0]: '2026-05-05T06:00:00Z' must not be before 2026-05-05T07:00:00Z, when X was opened", () -> RequestRecord.opened("X", Priority.P1, at("2026-05-05T09:00")).resolvedAt(at("2026-05-05T08:00"), AuthorityKind.PARTNER));
    RequestRecord unnamed = RequestRecord.opened("Y", Priority.P3, at("2026-05-05T09:00")).resolvedAt(at("2026-05-05T10:00"), AuthorityKind.PARTNER)
        .reopenedAt(at("2026-05-05T11:00")).resolvedAt(at("2026-05-05T12:00"));
    assertEquals(java.util.Optional.empty(), unnamed.resolvedBy(), "an unnamed resolver replaces the last one: it is unknown");
    assertEquals(java.util.Optional.of(at("2026-05-05T12:00")), unnamed.lastResolution());
    assertMessage("at: '2026-05-05T11:00:00Z' resolves Y, which is already resolved: reopen it first", () -> unnamed.resolvedAt(at("2026-05-05T13:00")));
    assertMessage(
        "plannedEnd: '2026-05-04' must be after the go-live date 2026-05-04",
        () -> HypercarePlan.builder().name("Bad").zone(HypercareFixtures.BERLIN).goLive(GO_LIVE).plannedEnd(GO_LIVE)
            .defaultCriteria().build());
    assertMessage("criteria: '", () -> bare().build());
    assertMessage("criteria: 'sla-attainment'", () -> bare(ExitCriteria.slaAttainment(), ExitCriteria.slaAttainment()).build());
    assertMessage("efficiency: '1.2' must be a share between 0 and 1", () -> ProcessKpi.of("O2C", GO_LIVE, 1.2));
    assertMessage("threshold: '-0.1'", () -> Threshold.over(-0.1));
    assertMessage("weeks: '0'", () -> ExitCriteria.backlogTrend(0));
    assertMessage("window: 'PT0S' must be positive", () -> ExitCriteria.resolvedWithoutHypercareResources(Threshold.over(0.9), java.time.Duration.ZERO));
    ExitCriterion liar = new ExitCriterion() {
      @Override
      public String id() {
        return "liar";
      }

      @Override
      public String description() {
        return "Answers for another criterion";
      }

      @Override
      public CriterionResult evaluate(HypercareFacts facts) {
        return ExitCriteria.slaAttainment().evaluate(facts);
      }
    };
    assertMessage("criteria: 'liar' returned a result for sla-attainment",
        () -> HypercareEvaluation.assess(bare(liar).build(), List.of(), List.of(), END_OF_WEEK_3));
    assertFalse(plan.criteria().isEmpty());
  }

  // ---- unknown is not "no" -------------------------------------------------------------------

  private static List<RequestRecord> resolutionsOf(int without, int with, int unknown) {
    List<RequestRecord> records = new ArrayList<>();
    int n = 0;
    for (HypercareUse use : HypercareUse.values()) {
      int count = use == HypercareUse.NOT_USED ? without : use == HypercareUse.USED ? with : unknown;
      for (int i = 0; i < count; i++) {
        records.add(request("R-" + n++, Priority.P3, "2026-05-19T09:00", 2).withHypercareResources(use));
      }
    }
    return records;
  }

  @Test
  void aResolutionWhoseUseOfHypercareResourcesIsUnknownMakesTheCriterionNoDataWhenItDecides() {
    HypercarePlan plan = bare(ExitCriteria.resolvedWithoutHypercareResources()).build();
    CriterionResult unknown = only(plan, resolutionsOf(0, 0, 20), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.NO_DATA, unknown.status(), "all unknown is not 100 %");
    assertEquals("0.0 % to 100.0 % (0 to 20 of 20 resolutions; 20 not recorded)", unknown.measured());
    assertTrue(unknown.toPass().orElseThrow().startsWith("Record whether hypercare resources were used for R-0, R-1, R-10,"),
        unknown.toPass().orElseThrow());
    assertEquals(CriterionStatus.NO_DATA, only(plan, resolutionsOf(19, 0, 1), List.of(), END_OF_WEEK_3).status(),
        "19 of 20 (95 %) fails, 20 of 20 passes: the unknown one decides");
    CriterionResult passesAnyway = only(plan, resolutionsOf(60, 0, 1), List.of(), END_OF_WEEK_3);
    assertEquals(CriterionStatus.PASS, passesAnyway.status(), "60 of 61 passes even if the unknown one used them");
    assertEquals("98.4 % (60 of 61 resolutions)", passesAnyway.measured());
    assertTrue(passesAnyway.evidence().contains("use of hypercare resources not recorded: R-60"), passesAnyway.evidence().toString());
    assertEquals(CriterionStatus.FAIL, only(plan, resolutionsOf(10, 5, 1), List.of(), END_OF_WEEK_3).status(),
        "11 of 16 fails whichever way the unknown one went");
  }

  @Test
  void aWeekWithAnUnknownUseHasNoShareWithoutHypercare() {
    ExitAssessment assessment = HypercareEvaluation.assess(bare(ExitCriteria.handoverSignedOff()).build(), resolutionsOf(3, 0, 1),
        List.of(), END_OF_WEEK_3);
    WeekFigures week3 = assessment.weeks().get(2);
    assertEquals(4, week3.closures());
    assertEquals(3, week3.resolvedWithoutHypercare());
    assertEquals(1, week3.resolvedHypercareUnknown());
    assertEquals(Optional.empty(), week3.withoutHypercareShare());
  }

  // ---- SLA attainment per request, misses counted while open -----------------------------------

  @Test
  void aBreachedP1StillOpenKeepsCountingAfterItsBreachLeavesTheWindow() {
    Instant opened = at("2026-05-05T09:00");
    RequestRecord open = RequestRecord.opened("P1-OPEN", Priority.P1, opened)
        .withSla(SlaOutcome.breached("RESOLUTION", Priority.P1, at("2026-05-05T13:00"), HypercareFixtures.BERLIN));
    List<RequestRecord> records = new ArrayList<>(outcomes(3, 0));
    records.add(open);
    CriterionResult result = only(bare(ExitCriteria.slaAttainment()).build(), records, List.of(), at("2026-06-01T00:00"));
    assertEquals(CriterionStatus.FAIL, result.status(), "not NO_DATA: the breach is 27 days old but the request is still open");
    assertEquals("75.0 % (3 of 4 requests decided)", result.measured());
    assertEquals(
        "missed: P1-OPEN (P1) RESOLUTION due 2026-05-05 13:00+02:00 Europe/Berlin, breached then, still not met as of 2026-06-01 00:00+02:00 Europe/Berlin, 26 d 11 h late",
        result.evidence().get(0));
    assertEquals(Optional.of("Resolve at least 1 of the 1 request still open after a missed target (P1-OPEN), which count as missed until"
        + " resolved; then, at the volume of the last 14 days (4 requests decided), miss no further target"), result.toPass());
  }

  @Test
  void perTargetCountingStaysAnOption() {
    HypercarePlan plan = bare(ExitCriteria.slaAttainment(EnumSet.of(Priority.P1, Priority.P2), Threshold.over(0.9), Duration.ofDays(14),
        SlaCounting.PER_TARGET)).build();
    CriterionResult result = only(plan, outcomes(9, 1), List.of(), END_OF_WEEK_3);
    assertEquals("Over 90.0 % of SLA targets met for P1 and P2 requests (last 14 days)", result.description());
    assertEquals("90.0 % (9 of 10 targets decided)", result.measured());
  }

  // ---- action plans as of the assessment ---------------------------------------------------------

  @Test
  void theActionPlanListsOnlyRequestsThatExistAndClosesAPlanWithItsRequest() {
    HypercarePlan plan = bare(ExitCriteria.noOpenP1WithoutActionPlan(), ExitCriteria.slaAttainment())
        .addActionItem(ActionItem.of("AP-1", "Fix posting", "Fabrikam", LocalDate.of(2026, 5, 8)).forRequest(RequestId.of("P1-A"))
            .acceptedOn(LocalDate.of(2026, 5, 5)))
        .addActionItem(ActionItem.of("AP-2", "Plan for the later P1", "Fabrikam", LocalDate.of(2026, 6, 8)).forRequest(RequestId.of("P1-LATER")))
        .addActionItem(ActionItem.of("AP-3", "Coach the service desk on P2 updates", "Service desk lead", LocalDate.of(2026, 5, 29))
            .forCriterion("sla-attainment"))
        .addActionItem(ActionItem.of("AP-4", "Not in the records", "Fabrikam", LocalDate.of(2026, 5, 8)).forRequest(RequestId.of("P1-GONE")))
        .build();
    List<RequestRecord> records = List.of(
        request("P1-A", Priority.P1, "2026-05-05T09:00", 48),
        request("P1-LATER", Priority.P1, "2026-06-02T09:00", -1));
    ExitAssessment assessment = HypercareEvaluation.assess(plan, records, List.of(), END_OF_WEEK_3);
    assertEquals(List.of("AP-1", "AP-3"), assessment.actionPlan().stream().map(s -> s.item().id()).toList(),
        "a plan for a request that does not exist yet, or at all, is not listed");
    ActionStatus closed = assessment.actionPlan().get(0);
    assertEquals(ActionStatus.State.CLOSED, closed.state(), "resolved, not overdue");
    assertEquals("P1-A resolved on 2026-05-07", closed.detail());
    assertEquals(ActionStatus.State.PROPOSED, assessment.actionPlan().get(1).state());
    String markdown = HypercareReport.markdown(assessment);
    assertTrue(markdown.contains("| AP-1 | Fix posting | P1-A | Fabrikam | 2026-05-08 | CLOSED: P1-A resolved on 2026-05-07 |"), markdown);
    assertTrue(markdown.contains("| AP-3 | Coach the service desk on P2 updates | criterion sla-attainment |"), markdown);
    assertFalse(markdown.contains("OVERDUE"), markdown);
    assertTrue(markdown.contains("Action plan:\n\n- AP-3 Coach the service desk on P2 updates (Service desk lead, due 2026-05-29): not accepted yet"),
        "the criterion's action plan is shown where it must change");
  }

  @Test
  void anItemIsDoneOrOverdueByTheLastDayTheAssessmentCovers() {
    HypercarePlan plan = bare(ExitCriteria.noOpenP1WithoutActionPlan())
        .addActionItem(ActionItem.of("AP-1", "Fix", "Fabrikam", LocalDate.of(2026, 5, 20)).forRequest(RequestId.of("P1-A"))
            .acceptedOn(LocalDate.of(2026, 5, 6)).doneOn(LocalDate.of(2026, 5, 24)))
        .addActionItem(ActionItem.of("AP-2", "Fix", "Fabrikam", LocalDate.of(2026, 5, 23)).forRequest(RequestId.of("P1-B"))
            .acceptedOn(LocalDate.of(2026, 5, 6)))
        .build();
    List<RequestRecord> records = List.of(request("P1-A", Priority.P1, "2026-05-05T09:00", -1), request("P1-B", Priority.P1, "2026-05-05T09:00", -1));
    ExitAssessment assessment = HypercareEvaluation.assess(plan, records, List.of(), END_OF_WEEK_3);
    assertEquals(List.of(ActionStatus.State.DONE, ActionStatus.State.OVERDUE), assessment.actionPlan().stream().map(ActionStatus::state).toList());
    assertEquals("done on 2026-05-24", assessment.actionPlan().get(0).detail(), "Sunday 24 May is covered by the midnight that ends it");
  }

  @Test
  void actionItemsAndPlansRefuseWhatCannotBe() {
    assertMessage("acceptedOn: '2026-05-10' must not be after doneOn 2026-05-08 of AP-1",
        () -> ActionItem.of("AP-1", "Fix", "Fabrikam", LocalDate.of(2026, 5, 20)).doneOn(LocalDate.of(2026, 5, 8)).acceptedOn(LocalDate.of(2026, 5, 10)));
    assertMessage("actionItems[AP-1].criterion: 'sla' is not one of the plan's criteria [handover-signed-off]",
        () -> bare(ExitCriteria.handoverSignedOff()).addActionItem(ActionItem.of("AP-1", "Fix", "Fabrikam", GO_LIVE).forCriterion("sla")).build());
    assertMessage("asOf: '2026-05-03T21:59:59Z' must not be before go-live 2026-05-03T22:00:00Z (2026-05-04 in Europe/Berlin)",
        () -> HypercareEvaluation.assess(bare(ExitCriteria.handoverSignedOff()).build(), List.of(), List.of(), at("2026-05-03T23:59:59")));
  }

  // ---- the plan's end and commitments ----------------------------------------------------------

  @Test
  void aProjectedExitAfterThePlannedEndAndCommitmentsThatEndBeforeItAreFindings() {
    HypercarePlan plan = HypercarePlan.builder().name("Contoso wave 1").zone(HypercareFixtures.BERLIN).goLive(GO_LIVE)
        .addCriteria(ExitCriteria.handoverSignedOff())
        .plannedEnd(GO_LIVE.plusWeeks(4))
        .addCommitment(new Commitment("Partner Fabrikam", "Two consultants on call", GO_LIVE, GO_LIVE.plusWeeks(4)))
        .addCommitment(new Commitment("Project team", "Architect half time", GO_LIVE, GO_LIVE.plusWeeks(12)))
        .addHandoverItem(HandoverItem.of("TRN-1", HandoverKind.TRAINING, "Warehouse waves", "Project team", LocalDate.of(2026, 6, 19)))
        .build();
    ExitAssessment assessment = HypercareEvaluation.assess(plan, List.of(), List.of(), END_OF_WEEK_3);
    assertEquals(Optional.of(LocalDate.of(2026, 6, 19)), assessment.earliestExit().earliest());
    assertEquals(List.of(
        new PlanFinding(PlanFinding.Kind.EXIT_AFTER_PLANNED_END,
            "The projected exit 2026-06-19 is 18 days after the planned end 2026-06-01: move the end date or act on the criteria"),
        new PlanFinding(PlanFinding.Kind.COMMITMENT_ENDS_BEFORE_EXIT,
            "Partner Fabrikam's commitment 'Two consultants on call' ends 2026-06-01, before the projected exit 2026-06-19: extend it or plan the handover")),
        assessment.findings());
    assertTrue(HypercareReport.text(assessment).contains("Plan check"), "the report leads with the findings");
  }

  @Test
  void anExitHasNoFindings() {
    HypercarePlan plan = bare(ExitCriteria.handoverSignedOff())
        .addHandoverItem(HandoverItem.of("TRN-1", HandoverKind.TRAINING, "Waves", "Project team", GO_LIVE).signedOffOn(GO_LIVE))
        .build();
    assertEquals(List.of(), HypercareEvaluation.assess(plan, List.of(), List.of(), END_OF_WEEK_3).findings());
  }
}


package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.hypercare.HypercareFixtures.GO_LIVE;
import static org.supportmodel.hypercare.HypercareFixtures.ORDER_TO_CASH;
import static org.supportmodel.hypercare.HypercareFixtures.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.RequestId;

class HypercareReportTest {
  private static ExitAssessment assessment() {
    HypercarePlan plan =
        HypercarePlan.builder()
            .name("Contoso | wave 1")
            .zone(HypercareFixtures.BERLIN)
            .goLive(GO_LIVE)
            .plannedEnd(GO_LIVE.plusWeeks(6))
            .firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 5, 31)))
            .addKeyProcess(new ProcessTarget(ORDER_TO_CASH, 0.9))
            .addActionItem(
                ActionItem.of("A-1", "Fix the posting profile", "Partner Fabrikam", LocalDate.of(2026, 5, 22))
                    .forRequest(RequestId.of("P1-OPEN"))
                    .acceptedOn(LocalDate.of(2026, 5, 19)))
            .addCommitment(new Commitment("Project team", "Two consultants on call for P1 and P2", GO_LIVE, GO_LIVE.plusWeeks(6)))
            .addHandoverItem(HandoverItem.of("DOC-1", HandoverKind.DOCUMENTATION, "Runbook", "Partner Fabrikam", LocalDate.of(2026, 5, 29)))
            .defaultCriteria()
            .build();
    List<RequestRecord> records = HypercareFixtures.thirteenOfFourteenMetAndAnOpenP1();
    return HypercareEvaluation.assess(plan, records, List.of(ProcessKpi.of("O2C", LocalDate.of(2026, 5, 22), 0.93)), at("2026-05-25T09:00"));
  }

  @Test
  void theTextReportLeadsWithTheVerdictAndListsEveryCriterion() {
    ExitAssessment assessment = assessment();
    String text = HypercareReport.text(assessment);
    assertTrue(text.startsWith("Hypercare exit assessment: Contoso | wave 1\n=========="), text);
    assertTrue(text.contains("Verdict: EXTEND hypercare - 3 of 7 criteria pass."), text);
    assertTrue(text.contains("As of 2026-05-25 (Europe/Berlin), day 22 after go-live on 2026-05-04; planned end 2026-06-15 (in 21 days)."), text);
    for (CriterionResult result : assessment.results()) {
      assertTrue(text.contains(result.description()), result.description());
      assertTrue(text.contains(result.measured()), result.measured());
    }
    assertTrue(text.contains("P1-OPEN: action plan A-1 overdue since 2026-05-22"), text);
    assertTrue(text.contains("To pass: Close the period ending 2026-05-31"), text);
    assertTrue(text.contains("Earliest date every criterion could pass: cannot be projected (no projection for backlog-trend)."), text);
    assertTrue(text.contains("4 (so far)"), "the current week is marked");
    assertTrue(text.contains("A-1   Fix the posting profile  P1-OPEN  Partner Fabrikam  2026-05-22  OVERDUE"), text);
    assertFalse(text.contains("**"), "no Markdown in plain text");
  }

  @Test
  void theMarkdownReportUsesHeadingsAndPipeTablesAndEscapesCells() {
    String markdown = HypercareReport.markdown(assessment());
    assertTrue(markdown.startsWith("# Hypercare exit assessment: Contoso | wave 1\n"), markdown);
    assertTrue(markdown.contains("**Verdict: EXTEND hypercare**"), markdown);
    assertTrue(markdown.contains("| Criterion | Measured | Threshold | Status |\n| --- | --- | --- | --- |\n"), markdown);
    assertTrue(markdown.contains("## Weekly trend"), markdown);
    assertTrue(markdown.contains("| 3 | 2026-05-18 to 2026-05-24 | 15 | 14 | 0 | 1 | 92.9 % |"), markdown);
    assertTrue(markdown.contains("- missed: INC-103 (P2) RESOLUTION due 2026-05-20 10:00+02:00 Europe/Berlin, breached then, met late 2026-05-20 11:00+02:00 Europe/Berlin, 1 h 0 min late\n"), markdown);
    assertFalse(markdown.contains("\n\n\n"), "no double blank lines");
  }

  @Test
  void evidenceIsCutAtTheChosenNumberOfLines() {
    String markdown = HypercareReport.markdown(assessment(), 1);
    assertTrue(markdown.contains("- and 1 more"), markdown);
  }

  @Test
  void anAssessmentBeforeTheFirstWeekSaysSo() {
    HypercarePlan plan = HypercarePlan.builder().name("Early").zone(HypercareFixtures.BERLIN).goLive(GO_LIVE).plannedEnd(GO_LIVE.plusWeeks(6))
        .defaultCriteria().build();
    String text = HypercareReport.text(HypercareEvaluation.assess(plan, List.of(), List.of(), plan.goLiveInstant()));
    assertTrue(text.contains("No week of hypercare yet."), text);
    assertTrue(text.contains("NO DATA"), text);
    assertTrue(text.contains("No action items."), text);
    assertEquals(-1, text.indexOf("null"), text);
  }
}

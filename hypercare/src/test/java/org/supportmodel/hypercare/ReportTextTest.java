package org.supportmodel.hypercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supportmodel.hypercare.HypercareFixtures.GO_LIVE;
import static org.supportmodel.hypercare.HypercareFixtures.ORDER_TO_CASH;
import static org.supportmodel.hypercare.HypercareFixtures.at;
import static org.supportmodel.hypercare.HypercareFixtures.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;

/**
 * The whole report a steering meeting reads, as plain text and Markdown, word for word: verdict,
 * plan check, criteria table, what must change with the criteria's action plans and evidence,
 * the weekly trend, the action plan, commitments and handover. A change shows as a diff to
 * review; the actual text is written to {@code target/}.
 */
class ReportTextTest {
  static ExitAssessment assessment() {
    HypercarePlan plan = HypercarePlan.builder()
        .name("Contoso wave 1")
        .zone(HypercareFixtures.BERLIN)
        .goLive(GO_LIVE)
        .plannedEnd(GO_LIVE.plusWeeks(3))
        .firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 5, 31)))
        .addKeyProcess(new ProcessTarget(ORDER_TO_CASH, 0.9))
        .addActionItem(ActionItem.of("A-1", "Fix the posting profile", "Partner Fabrikam", LocalDate.of(2026, 5, 22))
            .forRequest(RequestId.of("P1-OPEN")).acceptedOn(LocalDate.of(2026, 5, 19)))
        .addActionItem(ActionItem.of("A-2", "Coach the service desk on P2 updates", "Service desk lead", LocalDate.of(2026, 5, 29))
            .forCriterion("sla-attainment").acceptedOn(LocalDate.of(2026, 5, 20)))
        .addActionItem(ActionItem.of("A-3", "Close the old P1", "Partner Fabrikam", LocalDate.of(2026, 5, 12))
            .forRequest(RequestId.of("P1-DONE")).acceptedOn(LocalDate.of(2026, 5, 6)))
        .addCommitment(new Commitment("Project team", "Two consultants on call for P1 and P2", GO_LIVE, GO_LIVE.plusWeeks(3)))
        .addHandoverItem(HandoverItem.of("DOC-1", HandoverKind.DOCUMENTATION, "Runbook", "Partner Fabrikam", LocalDate.of(2026, 5, 29)))
        .addHandoverItem(HandoverItem.of("TRN-1", HandoverKind.TRAINING, "Warehouse waves", "Project team", LocalDate.of(2026, 5, 15))
            .signedOffOn(LocalDate.of(2026, 5, 14)))
        .defaultCriteria()
        .build();
    List<RequestRecord> records = HypercareFixtures.thirteenOfFourteenMetAndAnOpenP1();
    records.add(request("P1-DONE", Priority.P1, "2026-05-05T09:00", 30));
    records.add(request("NEW-1", Priority.P3, "2026-05-12T09:00", -1).withKind(RequestKind.NEW_REQUIREMENT));
    records.add(request("REOPENED", Priority.P3, "2026-05-11T09:00", 4).reopenedAt(at("2026-05-13T09:00")));
    return HypercareEvaluation.assess(plan, records,
        List.of(ProcessKpi.of("O2C", LocalDate.of(2026, 5, 15), 0.86), ProcessKpi.of("O2C", LocalDate.of(2026, 5, 22), 0.88)),
        at("2026-05-25T09:00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown"})
  void theReportReadsAsReviewed(String format) throws IOException {
    ExitAssessment assessment = assessment();
    String actual = format.equals("text") ? HypercareReport.text(assessment, 3) : HypercareReport.markdown(assessment, 3);
    String name = "report." + (format.equals("text") ? "txt" : "md");
    Path written = Path.of("target", "reports", name);
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    try (InputStream in = ReportTextTest.class.getResourceAsStream(name)) {
      String expected = in == null ? "(no reviewed text yet)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, actual, "compare with " + written.toAbsolutePath());
    }
  }
}

package org.supportmodel.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.hypercare.ActionItem;
import org.supportmodel.hypercare.Commitment;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HandoverItem;
import org.supportmodel.hypercare.HandoverKind;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.HypercareReport;
import org.supportmodel.hypercare.PeriodClose;
import org.supportmodel.hypercare.ProcessKpi;
import org.supportmodel.hypercare.ProcessTarget;
import org.supportmodel.hypercare.RequestRecord;

/**
 * Assesses a small hypercare plan after three weeks and prints the Markdown report a project
 * manager brings to the steering meeting.
 */
public final class AssessHypercare {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate GO_LIVE = LocalDate.of(2026, 5, 4);

  private AssessHypercare() {}

  /**
   * The plan: the default criteria, two key processes, an action plan for the open P1, the
   * partner's commitment and two handover items.
   *
   * @return the plan
   */
  public static HypercarePlan plan() {
    return HypercarePlan.builder()
        .name("Alpine Outdoor Gear - Dynamics 365 Finance and Supply Chain")
        .zone(BERLIN)
        .goLive(GO_LIVE)
        .plannedEnd(GO_LIVE.plusWeeks(6))
        .firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 5, 31)))
        .addKeyProcess(new ProcessTarget(BusinessProcess.of("O2C", "Order to cash", Criticality.CRITICAL), 0.95))
        .addKeyProcess(new ProcessTarget(BusinessProcess.of("WHS", "Warehouse management", Criticality.CRITICAL), 0.90))
        .addActionItem(
            ActionItem.of("AP-1", "Hotfix for the wave release batch job", "Fabrikam", LocalDate.of(2026, 5, 29))
                .forRequest(RequestId.of("INC-0007"))
                .acceptedOn(LocalDate.of(2026, 5, 19)))
        .addCommitment(new Commitment("Partner Fabrikam", "Two consultants on call for P1 and P2", GO_LIVE, GO_LIVE.plusWeeks(6)))
        .addCommitment(new Commitment("Project team", "Solution architect half time", GO_LIVE, GO_LIVE.plusWeeks(4)))
        .addHandoverItem(
            HandoverItem.of("DOC-1", HandoverKind.DOCUMENTATION, "Runbook for batch jobs", "Fabrikam", LocalDate.of(2026, 5, 15))
                .signedOffOn(LocalDate.of(2026, 5, 14)))
        .addHandoverItem(HandoverItem.of("TRN-1", HandoverKind.TRAINING, "Top-up training on warehouse waves", "Project team",
            LocalDate.of(2026, 6, 5)))
        .defaultCriteria()
        .build();
  }

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  /**
   * Three weeks of requests: the inflow falls and SLA attainment rises week by week.
   *
   * @return the records
   */
  public static List<RequestRecord> records() {
    List<RequestRecord> records = new ArrayList<>();
    int[] inflow = {40, 30, 22};
    int[] missedPerWeek = {8, 4, 2};
    int n = 0;
    for (int week = 0; week < 3; week++) {
      for (int i = 0; i < inflow[week]; i++) {
        Instant opened = GO_LIVE.plusDays(7L * week + i % 5).atTime(9 + i % 8, 0).atZone(BERLIN).toInstant();
        Instant resolved = opened.plusSeconds(3600L * (2 + i % 30));
        Priority priority = i % 4 == 0 ? Priority.P2 : Priority.P3;
        boolean met = i >= missedPerWeek[week];
        n++;
        records.add(
            RequestRecord.opened(String.format("INC-%04d", 100 + n), priority, opened)
                .resolvedAt(resolved, AuthorityKind.INTERNAL_HELPDESK)
                .withHypercareResources(week == 0 && i % 10 == 0)
                .withSla(met
                    ? SlaOutcome.met("RESOLUTION", priority, resolved.plusSeconds(3600), resolved, BERLIN)
                    : SlaOutcome.metLate("RESOLUTION", priority, resolved.minusSeconds(3600), resolved, BERLIN)));
      }
    }
    records.add(RequestRecord.opened("INC-0007", Priority.P1, berlin("2026-05-18T07:45")));
    return records;
  }

  /**
   * Prints the Markdown report as of Monday of week 4.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<ProcessKpi> kpis =
        List.of(
            ProcessKpi.of("O2C", LocalDate.of(2026, 5, 8), 0.88),
            ProcessKpi.of("O2C", LocalDate.of(2026, 5, 15), 0.92),
            ProcessKpi.of("O2C", LocalDate.of(2026, 5, 22), 0.96),
            ProcessKpi.of("WHS", LocalDate.of(2026, 5, 8), 0.80),
            ProcessKpi.of("WHS", LocalDate.of(2026, 5, 15), 0.84),
            ProcessKpi.of("WHS", LocalDate.of(2026, 5, 22), 0.87));
    ExitAssessment assessment = HypercareEvaluation.assess(plan(), records(), kpis, berlin("2026-05-25T08:00"));
    System.out.println(HypercareReport.markdown(assessment));
  }
}

package org.supportmodel.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.hypercare.ActionItem;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HandoverItem;
import org.supportmodel.hypercare.HandoverKind;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.PeriodClose;
import org.supportmodel.hypercare.ProcessKpi;
import org.supportmodel.hypercare.ProcessTarget;
import org.supportmodel.hypercare.RequestKind;
import org.supportmodel.hypercare.RequestRecord;

/**
 * The hypercare exit assessment over 1,000,000 request records: every default criterion, the
 * weekly figures and the projections. The score is the time of one whole assessment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class HypercareBenchmark {
  static final int RECORDS = 1_000_000;

  private HypercarePlan plan;
  private List<RequestRecord> records;
  private List<ProcessKpi> kpis;
  private Instant asOf;

  /** A plan with the default criteria and a million records over eight weeks. */
  @Setup
  public void setUp() {
    plan = plan();
    records = records(plan, RECORDS);
    asOf = plan.goLiveInstant().plusSeconds(8 * 7 * 86_400L);
    kpis = List.of(ProcessKpi.of("O2C", plan.goLive().plusWeeks(2), 0.84), ProcessKpi.of("O2C", plan.goLive().plusWeeks(6), 0.91));
  }

  /** Eight weeks of hypercare in Berlin with the default criteria, a key process, an action item and a handover item. */
  static HypercarePlan plan() {
    ZoneId zone = ZoneId.of("Europe/Berlin");
    LocalDate goLive = LocalDate.of(2026, 5, 4);
    return HypercarePlan.builder()
        .name("Benchmark")
        .zone(zone)
        .goLive(goLive)
        .plannedEnd(goLive.plusWeeks(8))
        .firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 5, 31)).closedOn(LocalDate.of(2026, 6, 5)))
        .addKeyProcess(new ProcessTarget(BusinessProcess.of("O2C", "Order to cash", Criticality.CRITICAL), 0.9))
        .addActionItem(
            ActionItem.of("A-1", "Plan for INC-1", "Partner", goLive.plusWeeks(9)).forRequest(RequestId.of("INC-1")).acceptedOn(goLive))
        .addHandoverItem(HandoverItem.of("DOC-1", HandoverKind.DOCUMENTATION, "Runbook", "Partner", goLive.plusWeeks(4)))
        .defaultCriteria()
        .build();
  }

  /**
   * Records opened over the plan's eight weeks: 5 % new requirements, 93 % of first responses
   * and 90 % of resolutions on time, 90 % resolved, 4 % of them with hypercare resources.
   */
  static List<RequestRecord> records(HypercarePlan plan, int count) {
    ZoneId zone = plan.zone();
    Instant start = plan.goLiveInstant();
    SplittableRandom random = new SplittableRandom(20261122L);
    Priority[] priorities = Priority.values();
    List<RequestRecord> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Instant opened = start.plusSeconds(random.nextLong(8 * 7 * 86_400L));
      Priority priority = priorities[random.nextInt(priorities.length)];
      RequestRecord record =
          RequestRecord.opened("INC-" + i, priority, opened).withKind(random.nextInt(20) == 0 ? RequestKind.NEW_REQUIREMENT : RequestKind.INCIDENT);
      Instant responded = opened.plusSeconds(random.nextLong(4 * 3600));
      SlaOutcome response = random.nextInt(100) < 93
          ? SlaOutcome.met("FIRST_RESPONSE", priority, responded.plusSeconds(600), responded, zone)
          : SlaOutcome.metLate("FIRST_RESPONSE", priority, opened, responded, zone);
      if (random.nextInt(10) != 0) {
        Instant resolved = responded.plusSeconds(random.nextLong(5 * 86_400L));
        record = record.resolvedAt(resolved, AuthorityKind.INTERNAL_HELPDESK).withHypercareResources(random.nextInt(100) < 4)
            .withSla(response, random.nextInt(100) < 90
                ? SlaOutcome.met("RESOLUTION", priority, resolved.plusSeconds(3600), resolved, zone)
                : SlaOutcome.metLate("RESOLUTION", priority, responded, resolved, zone));
      } else {
        record = record.withSla(response);
      }
      list.add(record);
    }
    return List.copyOf(list);
  }

  /** The whole assessment of a million records. */
  @Benchmark
  public ExitAssessment assessAMillionRecords() {
    return HypercareEvaluation.assess(plan, records, kpis, asOf);
  }
}

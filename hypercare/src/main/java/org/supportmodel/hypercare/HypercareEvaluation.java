package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.internal.Checks;

/** Evaluates a hypercare plan's exit criteria: a pure function of its inputs. */
public final class HypercareEvaluation {
  private HypercareEvaluation() {}

  /**
   * Assesses whether hypercare can end as of an instant.
   *
   * @param plan the plan with its exit criteria
   * @param records the request records, in any order; what happened after {@code asOf} is ignored
   * @param kpis the process KPIs, in any order; those measured after the date of {@code asOf} are
   *     ignored
   * @param asOf the instant of the evaluation
   * @return the assessment, never null
   * @throws IllegalArgumentException if two records share a request id, two KPIs measure the same
   *     process on the same date, or a criterion returns a result under another id
   */
  public static ExitAssessment assess(
      HypercarePlan plan, Collection<RequestRecord> records, Collection<ProcessKpi> kpis, Instant asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(kpis, "kpis");
    Objects.requireNonNull(asOf, "asOf");
    Set<Object> seen = new HashSet<>(records.size() * 2);
    for (RequestRecord record : records) {
      Checks.check(seen.add(record.id()), "records", record.id(), "is given twice");
    }
    seen.clear();
    for (ProcessKpi kpi : kpis) {
      Checks.check(
          seen.add(new KpiKey(kpi.process(), kpi.measuredOn())),
          "kpis",
          kpi.process() + " on " + kpi.measuredOn(),
          "is measured twice");
    }
    HypercareFacts facts = new HypercareFacts(plan, List.copyOf(records), List.copyOf(kpis), asOf);
    List<CriterionResult> results = new ArrayList<>(plan.criteria().size());
    for (ExitCriterion criterion : plan.criteria()) {
      CriterionResult result = criterion.evaluate(facts);
      Checks.check(result.id().equals(criterion.id()), "criteria", criterion.id(), "returned a result for " + result.id());
      results.add(result);
    }
    boolean exit = results.stream().allMatch(CriterionResult::passes);
    return new ExitAssessment(
        plan, asOf, facts.asOfDate(), results, exit ? Verdict.EXIT : Verdict.EXTEND, facts.weeks(),
        exit ? Projection.on(facts.asOfDate(), "every criterion passes") : earliest(results, facts.asOfDate()));
  }

  private static Projection earliest(List<CriterionResult> results, LocalDate today) {
    LocalDate latest = today;
    List<String> unknown = new ArrayList<>();
    for (CriterionResult result : results) {
      if (result.passes()) {
        continue;
      }
      if (result.projection().earliest().isEmpty()) {
        unknown.add(result.id());
      } else if (result.projection().earliest().get().isAfter(latest)) {
        latest = result.projection().earliest().get();
      }
    }
    return unknown.isEmpty()
        ? Projection.on(latest, "the latest projection of the criteria that do not pass yet")
        : Projection.unknown("no projection for " + String.join(", ", unknown));
  }

  private record KpiKey(ProcessId process, LocalDate date) {}
}

package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;

/** Evaluates a hypercare plan's exit criteria: a pure function of its inputs. */
public final class HypercareEvaluation {
  private HypercareEvaluation() {}

  /**
   * Assesses whether hypercare can end as of an instant. The assessment sees what happened before
   * the instant: an assessment as of the midnight that ends week 4 covers all of week 4.
   *
   * @param plan the plan with its exit criteria
   * @param records the request records, in any order; what happened at or after {@code asOf} is
   *     ignored
   * @param kpis the process KPIs, in any order; those measured after the last day {@code asOf}
   *     covers are ignored
   * @param asOf the instant of the evaluation, not before go-live
   * @return the assessment, never null
   * @throws IllegalArgumentException if {@code asOf} is before go-live, two records share a request
   *     id, two KPIs measure the same process on the same date, or a criterion returns a result
   *     under another id
   */
  public static ExitAssessment assess(
      HypercarePlan plan, Collection<RequestRecord> records, Collection<ProcessKpi> kpis, Instant asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(kpis, "kpis");
    Objects.requireNonNull(asOf, "asOf");
    Checks.check(!asOf.isBefore(plan.goLiveInstant()), "asOf", asOf,
        "must not be before go-live " + plan.goLiveInstant() + " (" + plan.goLive() + " in " + plan.zone() + ")");
    Map<RequestId, RequestRecord> byId = new HashMap<>(records.size() * 2);
    for (RequestRecord record : records) {
      Checks.check(byId.put(record.id(), record) == null, "records", record.id(), "is given twice");
    }
    Set<KpiKey> seen = new HashSet<>();
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
    Projection earliest = exit ? Projection.on(facts.asOfDate(), "every criterion passes") : earliest(results, facts.asOfDate());
    return new ExitAssessment(
        plan, asOf, facts.asOfDate(), results, exit ? Verdict.EXIT : Verdict.EXTEND, facts.weeks(), earliest,
        actionPlan(plan, byId, asOf, facts.asOfDate()), exit ? List.of() : findings(plan, earliest));
  }

  /** The action items as of the evaluation, each with its state. */
  static List<ActionStatus> actionPlan(HypercarePlan plan, Map<RequestId, RequestRecord> records, Instant asOf, LocalDate today) {
    List<ActionStatus> statuses = new ArrayList<>();
    for (ActionItem item : plan.actionItems()) {
      Optional<RequestRecord> record = item.request().map(records::get);
      if (item.request().isPresent() && (record.isEmpty() || !record.get().existsAt(asOf))) {
        continue;
      }
      Optional<Instant> resolved = record.flatMap(r -> r.resolutionAsOf(asOf));
      if (item.doneBy(today)) {
        statuses.add(new ActionStatus(item, ActionStatus.State.DONE, "done on " + item.doneOn().orElseThrow()));
      } else if (resolved.isPresent()) {
        statuses.add(new ActionStatus(item, ActionStatus.State.CLOSED,
            item.request().orElseThrow() + " resolved on " + resolved.get().atZone(plan.zone()).toLocalDate()));
      } else if (item.overdueOn(today)) {
        statuses.add(new ActionStatus(item, ActionStatus.State.OVERDUE, "overdue since " + item.due()));
      } else if (item.acceptedOn().filter(d -> !d.isAfter(today)).isPresent()) {
        statuses.add(new ActionStatus(item, ActionStatus.State.ACCEPTED, "accepted on " + item.acceptedOn().orElseThrow()));
      } else {
        statuses.add(new ActionStatus(item, ActionStatus.State.PROPOSED, "not accepted yet, due " + item.due()));
      }
    }
    return statuses;
  }

  /** What the projected exit means for the plan's end date and the commitments. */
  static List<PlanFinding> findings(HypercarePlan plan, Projection earliest) {
    List<PlanFinding> findings = new ArrayList<>();
    if (earliest.earliest().isEmpty()) {
      findings.add(new PlanFinding(PlanFinding.Kind.EXIT_NOT_PROJECTED,
          "No exit date can be projected (" + earliest.basis() + "), so the planned end " + plan.plannedEnd() + " is not confirmed"));
      return findings;
    }
    LocalDate exit = earliest.earliest().get();
    if (exit.isAfter(plan.plannedEnd())) {
      findings.add(new PlanFinding(PlanFinding.Kind.EXIT_AFTER_PLANNED_END,
          "The projected exit " + exit + " is " + ChronoUnit.DAYS.between(plan.plannedEnd(), exit)
              + " days after the planned end " + plan.plannedEnd() + ": move the end date or act on the criteria"));
    }
    for (Commitment commitment : plan.commitments()) {
      if (commitment.until().isBefore(exit)) {
        findings.add(new PlanFinding(PlanFinding.Kind.COMMITMENT_ENDS_BEFORE_EXIT,
            commitment.party() + "'s commitment '" + commitment.commitment() + "' ends " + commitment.until()
                + ", before the projected exit " + exit + ": extend it or plan the handover"));
      }
    }
    return findings;
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

package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * Transition readiness ("validate the readiness of the support organization before go-live"): from a
 * support rehearsal during user acceptance testing, run as if live, four criteria against the
 * readiness target in force, with the hypercare exit assessment's mechanics (results with evidence
 * and what would make them pass, thresholds, SLA counting per request, sign-off of handover
 * items; no data is never a pass):
 *
 * <ul>
 *   <li>{@code planned-authority}: the share of resolved rehearsal requests resolved by their
 *       planned resolving authority, not the project team;
 *   <li>{@code without-bounce}: the share of rehearsal requests that did not bounce;
 *   <li>{@code rehearsal-sla}: the share of rehearsal requests that met their SLA targets, per
 *       request ({@link SlaCounting#PER_REQUEST});
 *   <li>{@code training-and-shadowing}: every training and shadowing item signed off.
 * </ul>
 */
public final class TransitionReadiness {
  private static final String NOT_PROJECTED = "readiness is measured on the rehearsal, not projected: rehearse and measure again";

  private TransitionReadiness() {}

  /**
   * Assesses readiness as of an instant.
   *
   * @param plan the readiness plan
   * @param requests the rehearsal's requests, each id once
   * @param asOf the instant; what happened before it counts
   * @return the assessment, never null
   */
  public static ReadinessAssessment assess(ReadinessPlan plan, List<RehearsalRequest> requests, Instant asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(asOf, "asOf");
    Checks.unique(requests, request -> request.record().id(), "requests.id");
    LocalDate today = asOf.atZone(plan.zone()).toLocalDate();
    ReadinessTarget target = plan.targetOn(today);
    List<CriterionResult> results = List.of(plannedAuthority(requests, target, asOf, today), withoutBounce(plan, requests, target, asOf, today),
        sla(plan, requests, target, asOf, today), items(plan, today));
    boolean ready = results.stream().allMatch(CriterionResult::passes);
    boolean forGoLive = target.equals(plan.targets().get(plan.targets().size() - 1));
    return new ReadinessAssessment(plan, asOf, today, target, forGoLive, results,
        ready ? ReadinessAssessment.Verdict.READY : ReadinessAssessment.Verdict.NOT_READY);
  }

  private static CriterionResult plannedAuthority(List<RehearsalRequest> requests, ReadinessTarget target, Instant asOf, LocalDate today) {
    String id = "planned-authority";
    String description = "Rehearsal requests resolved by their planned resolving authority, not the project team";
    String threshold = target.plannedAuthority().toString();
    long planned = 0;
    long total = 0;
    List<String> unknown = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (RehearsalRequest request : requests) {
      RequestRecord record = request.record();
      if (!record.isResolvedAt(asOf)) {
        continue;
      }
      total++;
      if (request.resolvedByProjectTeam()) {
        evidence.add(record.id() + ": resolved by the project team, planned for the " + request.planned().label());
      } else if (record.resolvedBy().isEmpty()) {
        unknown.add(record.id().value());
      } else if (record.resolvedBy().get() == request.planned()) {
        planned++;
      } else {
        evidence.add(record.id() + ": resolved by the " + record.resolvedBy().get().label() + ", planned for the " + request.planned().label());
      }
    }
    if (total == 0) {
      return ExitCriteria.noData(id, description, "no rehearsal request resolved", threshold, "Run the support rehearsal and resolve its requests");
    }
    unknown.forEach(request -> evidence.add(request + ": resolver not recorded"));
    return shareResult(id, description, target.plannedAuthority(), planned, unknown.size(), total, "resolved requests", evidence,
        "Route rehearsal requests to their planned resolving authority instead of the project team", today);
  }

  private static CriterionResult withoutBounce(
      ReadinessPlan plan, List<RehearsalRequest> requests, ReadinessTarget target, Instant asOf, LocalDate today) {
    String id = "without-bounce";
    String description = "Rehearsal requests that did not bounce (at most " + plan.maxReassignments() + " reassignments)";
    long total = 0;
    long calm = 0;
    List<String> evidence = new ArrayList<>();
    for (RehearsalRequest request : requests) {
      if (!request.record().existsAt(asOf)) {
        continue;
      }
      total++;
      if (request.reassignments() <= plan.maxReassignments()) {
        calm++;
      } else {
        evidence.add(request.record().id() + ": " + request.reassignments() + " reassignments");
      }
    }
    if (total == 0) {
      return ExitCriteria.noData(id, description, "no rehearsal request raised", target.withoutBounce().toString(), "Run the support rehearsal");
    }
    return shareResult(id, description, target.withoutBounce(), calm, 0, total, "requests", evidence,
        "Settle the hand-offs that bounce requests between parties", today);
  }

  private static CriterionResult sla(ReadinessPlan plan, List<RehearsalRequest> requests, ReadinessTarget target, Instant asOf, LocalDate today) {
    String id = "rehearsal-sla";
    String description = "Rehearsal requests of " + ExitCriteria.priorityNames(plan.slaPriorities()) + " that met their SLA targets";
    List<RequestRecord> records = requests.stream().map(RehearsalRequest::record).toList();
    Instant from = plan.rehearsalStart().atStartOfDay(plan.zone()).toInstant();
    SlaCounting.Tally tally = SlaCounting.PER_REQUEST.tally(records, plan.slaPriorities(), from, asOf, true);
    if (tally.total() == 0) {
      return ExitCriteria.noData(id, description, "no rehearsal request decided", target.slaAttainment().toString(),
          "Record the SLA outcomes of the rehearsal's requests");
    }
    List<String> evidence = new ArrayList<>();
    for (SlaCounting.Miss miss : tally.missedRequests()) {
      evidence.add(ExitCriteria.missEvidence(miss, asOf));
    }
    return shareResult(id, description, target.slaAttainment(), tally.met(), 0, tally.total(), "requests decided", evidence,
        "Meet the SLA targets in the rehearsal as if live", today);
  }

  private static CriterionResult items(ReadinessPlan plan, LocalDate today) {
    String id = "training-and-shadowing";
    String description = "Training and shadowing of the support team signed off";
    String threshold = "every item signed off";
    if (plan.items().isEmpty()) {
      return ExitCriteria.noData(id, description, "the plan lists no training or shadowing item", threshold,
          "List the training and shadowing the support team needs");
    }
    List<String> open = new ArrayList<>();
    List<String> openIds = new ArrayList<>();
    for (HandoverItem item : plan.items()) {
      if (!item.signedOffBy(today)) {
        openIds.add(item.id());
        open.add(item.id() + " " + item.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + item.description() + "': not signed off, due "
            + item.due());
      }
    }
    int done = plan.items().size() - open.size();
    String measured = done + " of " + plan.items().size() + " signed off";
    if (open.isEmpty()) {
      return ExitCriteria.pass(id, description, Optional.of((double) done), measured, threshold, List.of(), today);
    }
    return ExitCriteria.fail(id, description, Optional.of((double) done), measured, threshold, open,
        "Complete and sign off " + String.join(", ", openIds), Projection.unknown(NOT_PROJECTED));
  }

  /**
   * A share against a threshold; with {@code unknown} cases whose outcome is not recorded, it passes
   * or fails only if it would whichever way they went, and has no data otherwise.
   */
  private static CriterionResult shareResult(
      String id, String description, Threshold threshold, long successes, long unknown, long total, String of, List<String> evidence,
      String toPass, LocalDate today) {
    double low = (double) successes / total;
    double high = (double) (successes + unknown) / total;
    String measured = Threshold.percent(low) + (unknown > 0 ? " to " + Threshold.percent(high) : "") + " (" + successes + " of " + total + " " + of
        + (unknown > 0 ? ", " + unknown + " not recorded" : "") + ")";
    if (threshold.passes(low)) {
      return ExitCriteria.pass(id, description, Optional.of(low), measured, threshold.toString(), evidence, today);
    }
    if (threshold.passes(high)) {
      return new CriterionResult(id, description, CriterionStatus.NO_DATA, Optional.empty(), measured, threshold.toString(), evidence,
          Optional.of("Record who resolved the " + unknown + " requests without a resolver"), Projection.unknown(NOT_PROJECTED));
    }
    return ExitCriteria.fail(id, description, Optional.of(low), measured, threshold.toString(), evidence, toPass,
        Projection.unknown(NOT_PROJECTED));
  }
}

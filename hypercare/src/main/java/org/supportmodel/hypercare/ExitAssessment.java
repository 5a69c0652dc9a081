package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * The hypercare exit assessment as of an instant: each criterion's result, the verdict, the
 * weekly figures, and the earliest date at which every criterion could pass.
 *
 * <p>The verdict is {@link Verdict#EXIT} exactly when every criterion passes; a criterion with no
 * data keeps hypercare going. Immutable and thread-safe.
 *
 * @param plan the plan
 * @param asOf the instant of the evaluation
 * @param asOfDate its date in the plan's zone
 * @param results the results, in the plan's order of criteria
 * @param verdict exit or extend
 * @param weeks the weekly figures from go-live
 * @param earliestExit the earliest date every criterion could pass: the date of the evaluation on
 *     exit; the latest of the failing criteria's projections on extend, or empty if one of them
 *     cannot be projected
 * @param actionPlan the action items as of the evaluation: those of requests that exist by then
 *     and those not tied to a request, with their state
 * @param findings what the assessment finds about the plan: an exit projected after the planned
 *     end, commitments that end before it; empty on exit
 */
public record ExitAssessment(
    HypercarePlan plan,
    Instant asOf,
    LocalDate asOfDate,
    List<CriterionResult> results,
    Verdict verdict,
    List<WeekFigures> weeks,
    Projection earliestExit,
    List<ActionStatus> actionPlan,
    List<PlanFinding> findings) {

  /**
   * Copies the lists and checks the verdict.
   *
   * @throws IllegalArgumentException if the verdict is exit while a criterion does not pass, or
   *     extend while every criterion passes
   */
  public ExitAssessment {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(asOfDate, "asOfDate");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(weeks, "weeks");
    Objects.requireNonNull(earliestExit, "earliestExit");
    Objects.requireNonNull(actionPlan, "actionPlan");
    Objects.requireNonNull(findings, "findings");
    results = List.copyOf(results);
    weeks = List.copyOf(weeks);
    actionPlan = List.copyOf(actionPlan);
    findings = List.copyOf(findings);
    boolean allPass = results.stream().allMatch(CriterionResult::passes);
    Checks.check(
        (verdict == Verdict.EXIT) == allPass,
        "verdict",
        verdict,
        allPass ? "must be EXIT when every criterion passes" : "must be EXTEND while a criterion does not pass");
  }

  /**
   * The criteria that do not pass: failing or without data.
   *
   * @return the results, in the plan's order
   */
  public List<CriterionResult> notPassing() {
    return results.stream().filter(r -> !r.passes()).toList();
  }

  /**
   * The result of one criterion.
   *
   * @param id the criterion's id
   * @return the result, or empty if the plan has no such criterion
   */
  public Optional<CriterionResult> result(String id) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(id, "id");
    return results.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}

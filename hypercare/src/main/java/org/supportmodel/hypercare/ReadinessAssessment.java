package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * Whether support is ready, as of an instant, against the readiness target in force: each
 * criterion's result with its evidence and what would make it pass, as the hypercare exit
 * assessment gives them, and the verdict.
 *
 * @param plan the readiness plan
 * @param asOf the instant of the assessment
 * @param asOfDate the date of the assessment in the plan's zone
 * @param target the target in force
 * @param forGoLive whether the target is the plan's last, for go-live
 * @param results each criterion's result
 * @param verdict READY exactly when every criterion passes
 */
public record ReadinessAssessment(
    ReadinessPlan plan, Instant asOf, LocalDate asOfDate, ReadinessTarget target, boolean forGoLive, List<CriterionResult> results,
    Verdict verdict) {
  /** Whether support is ready. */
  public enum Verdict {
    /** Every criterion passes against the target in force. */
    READY,
    /** A criterion fails or has no data. */
    NOT_READY
  }

  /** Copies the results and checks the verdict. */
  public ReadinessAssessment {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(asOfDate, "asOfDate");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(verdict, "verdict");
    results = List.copyOf(results);
    boolean allPass = results.stream().allMatch(CriterionResult::passes);
    Checks.check((verdict == Verdict.READY) == allPass, "verdict", verdict,
        allPass ? "must be READY when every criterion passes" : "must be NOT_READY while a criterion does not pass");
  }
}

package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * One week of hypercare, counted from the go-live date: the support requests that came in and were
 * closed, the backlog at its end, the P1 and P2 SLA targets met and missed, and the requests
 * resolved with and without resources reserved for hypercare. New requirements are counted apart.
 *
 * @param number the week number, from 1
 * @param start its first day
 * @param end the day after its last day
 * @param complete whether the week is over as of the evaluation; the figures of the current week
 *     run to the evaluation instant
 * @param inflow support requests opened in the week
 * @param closures support requests resolved in the week
 * @param backlog support requests open at the end of the week (or at the evaluation instant)
 * @param slaMet P1 and P2 SLA targets met, decided in the week
 * @param slaMissed P1 and P2 SLA targets missed, decided in the week
 * @param resolvedWithoutHypercare support requests resolved in the week without hypercare resources
 * @param resolvedWithHypercare support requests resolved in the week with hypercare resources
 * @param newRequirements new requirements raised in the week
 */
public record WeekFigures(
    int number,
    LocalDate start,
    LocalDate end,
    boolean complete,
    int inflow,
    int closures,
    int backlog,
    int slaMet,
    int slaMissed,
    int resolvedWithoutHypercare,
    int resolvedWithHypercare,
    int newRequirements) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative or the number is below 1
   */
  public WeekFigures {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Checks.positive(number, "number");
    Checks.nonNegative(inflow, "inflow");
    Checks.nonNegative(closures, "closures");
    Checks.nonNegative(backlog, "backlog");
    Checks.nonNegative(slaMet, "slaMet");
    Checks.nonNegative(slaMissed, "slaMissed");
    Checks.nonNegative(resolvedWithoutHypercare, "resolvedWithoutHypercare");
    Checks.nonNegative(resolvedWithHypercare, "resolvedWithHypercare");
    Checks.nonNegative(newRequirements, "newRequirements");
  }

  /**
   * The share of P1 and P2 SLA targets met in the week.
   *
   * @return the share, or empty if none was decided
   */
  public Optional<Double> slaShare() {
    int total = slaMet + slaMissed;
    return total == 0 ? Optional.empty() : Optional.of((double) slaMet / total);
  }

  /**
   * The share of requests resolved without hypercare resources in the week.
   *
   * @return the share, or empty if none was resolved
   */
  public Optional<Double> withoutHypercareShare() {
    int total = resolvedWithoutHypercare + resolvedWithHypercare;
    return total == 0 ? Optional.empty() : Optional.of((double) resolvedWithoutHypercare / total);
  }
}

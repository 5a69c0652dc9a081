package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * One week of hypercare, counted from the go-live date, with the one definition of each figure
 * that every report shows.
 *
 * <p><em>Support requests</em> are incidents and service requests; new requirements are kept
 * apart and counted only in {@link #newRequirements()}.
 *
 * <ul>
 *   <li><b>inflow</b>: support requests opened in the week;
 *   <li><b>closures</b>: resolutions of support requests in the week; a request resolved again
 *       after a reopen counts again, in the week of that resolution;
 *   <li><b>reopened</b>: reopens of support requests in the week;
 *   <li><b>backlog</b>: support requests open at the end of the week, which is always the backlog
 *       at the end of the week before plus inflow plus reopened minus closures (the first week
 *       starts from the requests still open at go-live);
 *   <li><b>resolved with / without / unknown hypercare resources</b>: the closures, split by
 *       whether resources reserved for hypercare were used; they add up to closures;
 *   <li><b>SLA met / missed</b>: P1 and P2 requests counted by {@link SlaCounting#PER_REQUEST}.
 * </ul>
 *
 * <p>A week runs from the midnight that starts it to the midnight that ends it, in the plan's zone.
 * It is complete when the evaluation is at or after its end; the figures of an incomplete week
 * run to the instant of the evaluation. A complete week's figures never change when later data
 * arrives.
 *
 * @param number the week number, from 1
 * @param start its first day
 * @param end the day after its last day
 * @param complete whether the week is over as of the evaluation
 * @param inflow support requests opened in the week
 * @param closures resolutions of support requests in the week
 * @param reopened reopens of support requests in the week
 * @param backlog support requests open at the end of the week (or at the evaluation instant)
 * @param slaMet P1 and P2 requests that met their SLA targets, decided in the week
 * @param slaMissed P1 and P2 requests that missed a target, counted while unresolved
 * @param resolvedWithoutHypercare closures without hypercare resources
 * @param resolvedWithHypercare closures with hypercare resources
 * @param resolvedHypercareUnknown closures whose use of hypercare resources is not recorded
 * @param newRequirements new requirements raised in the week
 */
public record WeekFigures(
    int number,
    LocalDate start,
    LocalDate end,
    boolean complete,
    int inflow,
    int closures,
    int reopened,
    int backlog,
    int slaMet,
    int slaMissed,
    int resolvedWithoutHypercare,
    int resolvedWithHypercare,
    int resolvedHypercareUnknown,
    int newRequirements) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative, the number is below 1, the week does
   *     not last 7 days, or the closures are not split exactly by the use of hypercare resources
   */
  public WeekFigures {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Checks.positive(number, "number");
    Checks.check(end.equals(start.plusDays(7)), "end", end, "must be 7 days after start " + start);
    Checks.nonNegative(inflow, "inflow");
    Checks.nonNegative(closures, "closures");
    Checks.nonNegative(reopened, "reopened");
    Checks.nonNegative(backlog, "backlog");
    Checks.nonNegative(slaMet, "slaMet");
    Checks.nonNegative(slaMissed, "slaMissed");
    Checks.nonNegative(resolvedWithoutHypercare, "resolvedWithoutHypercare");
    Checks.nonNegative(resolvedWithHypercare, "resolvedWithHypercare");
    Checks.nonNegative(resolvedHypercareUnknown, "resolvedHypercareUnknown");
    Checks.nonNegative(newRequirements, "newRequirements");
    Checks.check(
        resolvedWithoutHypercare + resolvedWithHypercare + resolvedHypercareUnknown == closures,
        "closures",
        closures,
        "must equal the resolutions with (" + resolvedWithHypercare + "), without (" + resolvedWithoutHypercare
            + ") and of unknown use (" + resolvedHypercareUnknown + ") of hypercare resources");
  }

  /**
   * The share of P1 and P2 requests that met their SLA targets, of those counted in the week.
   *
   * @return the share, or empty if none counted
   */
  public Optional<Double> slaShare() {
    int total = slaMet + slaMissed;
    return total == 0 ? Optional.empty() : Optional.of((double) slaMet / total);
  }

  /**
   * The share of closures without hypercare resources.
   *
   * @return the share, or empty if nothing was closed or the use of hypercare resources is not
   *     recorded for a closure (unknown is not "no")
   */
  public Optional<Double> withoutHypercareShare() {
    return closures == 0 || resolvedHypercareUnknown > 0 ? Optional.empty() : Optional.of((double) resolvedWithoutHypercare / closures);
  }

  /**
   * The last day of the week.
   *
   * @return {@code end - 1 day}
   */
  public LocalDate lastDay() {
    return end.minusDays(1);
  }
}

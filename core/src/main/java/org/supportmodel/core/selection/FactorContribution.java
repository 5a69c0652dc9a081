package org.supportmodel.core.selection;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * What one factor found in the organization's profile and the points it gave each model, with
 * the guidance's reasoning in words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param factor the factor
 * @param finding what the profile says, such as {@code "3 critical and 2 high-criticality
 *     processes"}
 * @param points the points it gives each model
 * @param reasoning why those points, in the guidance's terms
 */
public record FactorContribution(
    SelectionFactor factor, String finding, ModelPoints points, String reasoning) {
  /**
   * Checks the contribution.
   *
   * @throws IllegalArgumentException if the finding or reasoning is blank
   */
  public FactorContribution {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(reasoning, "reasoning");
    Checks.text(finding, "finding");
    Checks.text(reasoning, "reasoning");
  }

  @Override
  public String toString() {
    return factor.label() + ": " + finding + " (" + points + "). " + reasoning;
  }
}

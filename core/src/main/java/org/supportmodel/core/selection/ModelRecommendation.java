package org.supportmodel.core.selection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.SupportModel;

/**
 * A recommended support model with everything that explains it: the score of each model, each
 * factor's contribution in words, the hard rules that ruled models out and the constraint that
 * decided, if any, the risks the guidance names for the chosen model, the runner-up and what
 * would make it win, and who does what at levels 1 to 5.
 *
 * <p>Made by {@link SupportModelSelection#recommend(OrganizationProfile)}. Immutable and
 * thread-safe.
 *
 * @param recommended the recommended model
 * @param scores the total score of each model, the sum of the contributions
 * @param contributions each factor's contribution, in {@link SelectionFactor} order
 * @param exclusions the models ruled out by hard rules, with the reasons
 * @param decidingConstraint the hard rule that decided the recommendation, in words; empty when
 *     the scores alone decided
 * @param risks the risks the guidance names for the recommended model
 * @param runnerUp the model that came second and what would make it win
 * @param responsibilities who does what at levels 1 to 5 under the recommended model
 */
public record ModelRecommendation(
    SupportModel recommended,
    ModelPoints scores,
    List<FactorContribution> contributions,
    List<Exclusion> exclusions,
    Optional<String> decidingConstraint,
    List<String> risks,
    RunnerUp runnerUp,
    ResponsibilityMatrix responsibilities) {

  /** Copies the lists. */
  public ModelRecommendation {
    Objects.requireNonNull(recommended, "recommended");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(contributions, "contributions");
    Objects.requireNonNull(exclusions, "exclusions");
    Objects.requireNonNull(decidingConstraint, "decidingConstraint");
    Objects.requireNonNull(risks, "risks");
    Objects.requireNonNull(runnerUp, "runnerUp");
    Objects.requireNonNull(responsibilities, "responsibilities");
    contributions = List.copyOf(contributions);
    exclusions = List.copyOf(exclusions);
    risks = List.copyOf(risks);
  }

  /**
   * The contribution of one factor.
   *
   * @param factor the factor
   * @return the contribution, never null
   */
  public FactorContribution contribution(SelectionFactor factor) {
    Objects.requireNonNull(factor, "factor");
    return contributions.stream()
        .filter(c -> c.factor() == factor)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no contribution for " + factor));
  }

  /**
   * The whole explanation as plain text, for people: the recommendation and scores, each
   * factor, the hard rules, the risks, the runner-up and the responsibility matrix.
   *
   * @return the text, never null
   */
  public String explanation() {
    StringBuilder text = new StringBuilder();
    text.append("Recommended support model: ").append(recommended.label()).append('\n');
    text.append("Scores: ");
    SupportModel[] ranked = SupportModel.values().clone();
    Arrays.sort(ranked, Comparator.comparingInt((SupportModel m) -> scores.of(m)).reversed());
    for (int i = 0; i < ranked.length; i++) {
      text.append(i == 0 ? "" : ", ").append(ranked[i].label()).append(' ').append(scores.of(ranked[i]));
    }
    text.append("\n\nFactors:\n");
    for (FactorContribution c : contributions) {
      text.append("  - ").append(c.factor().label()).append(": ").append(c.finding()).append('\n');
      text.append("      ").append(c.points()).append('\n');
      text.append("      ").append(c.reasoning()).append('\n');
    }
    text.append("\nHard rules:\n");
    if (exclusions.isEmpty()) {
      text.append("  none: every model is possible\n");
    }
    for (Exclusion e : exclusions) {
      text.append("  - ").append(e.model().label()).append(" is ruled out: ").append(e.reason()).append('\n');
    }
    decidingConstraint.ifPresent(d -> text.append("  Decided by: ").append(d).append('\n'));
    text.append("\nRisks of the ").append(recommended.label()).append(" model:\n");
    risks.forEach(r -> text.append("  - ").append(r).append('\n'));
    text.append("\nRunner-up: ").append(runnerUp.model().label());
    if (runnerUp.scoreGap() >= 0) {
      text.append(", ").append(runnerUp.scoreGap()).append(runnerUp.scoreGap() == 1 ? " point" : " points").append(" behind\n");
    } else {
      text.append(", ").append(-runnerUp.scoreGap()).append(runnerUp.scoreGap() == -1 ? " point" : " points").append(" ahead but ruled out\n");
    }
    if (runnerUp.changesThatWouldMakeItWin().isEmpty()) {
      text.append("  No single change to the profile would make it win.\n");
    } else {
      text.append("  It would win with any one of these changes:\n");
      runnerUp.changesThatWouldMakeItWin().forEach(c -> text.append("  - ").append(c).append('\n'));
    }
    if (!runnerUp.factorsAgainstIt().isEmpty()) {
      text.append("  The factors that favour the ").append(recommended.label()).append(" model over it most:\n");
      runnerUp.factorsAgainstIt().forEach(f -> text.append("  - ").append(f).append('\n'));
    }
    text.append("\nResponsibilities under the ").append(recommended.label()).append(" model:\n");
    responsibilities.toText().lines().forEach(l -> text.append("  ").append(l).append('\n'));
    return text.toString();
  }

  @Override
  public String toString() {
    return "ModelRecommendation{" + recommended + ", scores=" + scores + "}";
  }
}

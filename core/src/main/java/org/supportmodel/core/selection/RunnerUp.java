package org.supportmodel.core.selection;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.SupportModel;

/**
 * The model that came second, how far behind it is, and what would have to change in the
 * organization's profile for it to win.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the runner-up
 * @param scoreGap the recommended model's score minus the runner-up's; may be negative when a
 *     hard rule set the higher-scoring runner-up aside
 * @param exclusions the hard rules that rule the runner-up out; empty if none do
 * @param changesThatWouldMakeItWin single changes to the profile, each of which alone would make
 *     the runner-up the recommendation, in words; empty if no single change would
 * @param factorsAgainstIt the factors that favour the recommended model over the runner-up most,
 *     largest gap first (at most three), each in words with its gap in points
 */
public record RunnerUp(
    SupportModel model,
    int scoreGap,
    List<Exclusion> exclusions,
    List<String> changesThatWouldMakeItWin,
    List<String> factorsAgainstIt) {
  /** Copies the lists. */
  public RunnerUp {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(exclusions, "exclusions");
    Objects.requireNonNull(changesThatWouldMakeItWin, "changesThatWouldMakeItWin");
    Objects.requireNonNull(factorsAgainstIt, "factorsAgainstIt");
    exclusions = List.copyOf(exclusions);
    changesThatWouldMakeItWin = List.copyOf(changesThatWouldMakeItWin);
    factorsAgainstIt = List.copyOf(factorsAgainstIt);
  }
}

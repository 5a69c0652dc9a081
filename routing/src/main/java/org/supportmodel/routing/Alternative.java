package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * An authority routing considered and did not choose, with why not.
 *
 * <p>Immutable and thread-safe.
 *
 * @param candidate the authority and level considered
 * @param whyNot why it was not chosen, in words
 */
public record Alternative(Hop candidate, String whyNot) {
  /**
   * Checks the alternative.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public Alternative {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(whyNot, "whyNot");
    Checks.text(whyNot, "whyNot");
  }

  @Override
  public String toString() {
    return candidate + ": " + whyNot;
  }
}

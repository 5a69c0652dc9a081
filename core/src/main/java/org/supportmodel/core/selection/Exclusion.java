package org.supportmodel.core.selection;

import java.util.Objects;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.internal.Checks;

/**
 * A support model ruled out by a hard rule, whatever its score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the model ruled out
 * @param reason why, in words
 * @param enterpriseConstraint true if an enterprise constraint rules it out, false if the
 *     organization's facts do (no internal staff, no partner)
 */
public record Exclusion(SupportModel model, String reason, boolean enterpriseConstraint) {
  /**
   * Checks the exclusion.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public Exclusion {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reason, "reason");
    Checks.text(reason, "reason");
  }
}

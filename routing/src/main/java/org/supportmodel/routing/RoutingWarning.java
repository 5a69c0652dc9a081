package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * Something a routing outcome's reader must know although routing went ahead: a permission that
 * departs from the guidance, an access that has lapsed, a gap in coverage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of warning
 * @param text the warning in words, naming the parties concerned
 */
public record RoutingWarning(Kind kind, String text) {
  /** The kinds of warning. */
  public enum Kind {
    /** The setup explicitly grants the partner admin access to production, and this outcome uses it. */
    PARTNER_PRODUCTION_ACCESS,
    /** The receiver's data access approval has ended: no customer data may go with the hand-off. */
    DATA_ACCESS_LAPSED,
    /** The receiver's data access approval has an end, but routing was given no instant. */
    DATA_ACCESS_NOT_CHECKED,
    /** The party chosen at level 1 or 2 cannot take the request now, and no on-call party can either. */
    NO_COVERAGE,
    /** No party of the setup may deploy the fix to production under the hand-off policy. */
    NO_PRODUCTION_DEPLOYER
  }

  /**
   * Checks the warning.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  public RoutingWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Checks.text(text, "text");
  }

  @Override
  public String toString() {
    return kind + ": " + text;
  }
}

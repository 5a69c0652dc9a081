package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;

/**
 * A request the rules do not cover, with the reason; a person must decide.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestId the request
 * @param current where the request is now
 * @param uncovered which kind of case the rules do not cover
 * @param reason what exactly, in words
 */
public record Unrouted(RequestId requestId, Hop current, Uncovered uncovered, String reason)
    implements RoutingOutcome {

  /** The kinds of case the rules do not cover. */
  public enum Uncovered {
    /** The request sits with an authority at a level where that authority does not work. */
    INCONSISTENT_POSITION,
    /** The request sits with an authority that is not part of the organization's setup. */
    AUTHORITY_NOT_IN_SETUP,
    /** The cause is ISV code, but which ISV is not known or not part of the setup. */
    ISV_NOT_IDENTIFIED,
    /** The cause is an integration the diagnosis names, but the setup does not know it. */
    INTEGRATION_NOT_IDENTIFIED
  }

  /**
   * Checks the outcome.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public Unrouted {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(uncovered, "uncovered");
    Objects.requireNonNull(reason, "reason");
    Checks.text(reason, "reason");
  }
}

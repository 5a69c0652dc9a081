package org.supportmodel.routing;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A request flagged for bouncing between parties: it returned to an authority it had already
 * left, or was reassigned more often than the setup allows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the whole path, oldest first
 * @param reassignments how many times the request changed hands
 * @param reason what was detected, in words
 */
public record BounceAlert(List<Hop> path, int reassignments, String reason) {
  /**
   * Checks the alert.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public BounceAlert {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    path = List.copyOf(path);
    Checks.text(reason, "reason");
  }
}

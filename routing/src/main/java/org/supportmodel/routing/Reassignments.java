package org.supportmodel.routing;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * How often a request changed hands along its path, and every return to an authority it had
 * already left. A move between levels of the same authority is not a reassignment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count how many times the request changed hands
 * @param bounces every return to an authority it had left, in path order
 */
public record Reassignments(int count, List<Bounce> bounces) {
  /**
   * Checks the figures.
   *
   * @throws IllegalArgumentException if the count is negative or smaller than the bounces
   */
  public Reassignments {
    Objects.requireNonNull(bounces, "bounces");
    bounces = List.copyOf(bounces);
    Checks.check(count >= 0, "count", Integer.toString(count), "must not be negative");
    Checks.check(
        count >= bounces.size(), "count", Integer.toString(count), "must be at least the number of bounces (" + bounces.size() + ")");
  }

  /**
   * Whether the request returned to an authority it had left.
   *
   * @return true if there is at least one bounce
   */
  public boolean bounced() {
    return !bounces.isEmpty();
  }
}

package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/**
 * A return of a request to an authority it had already left (A → B → A): the authority, the hop
 * where it last held the request before leaving, and the hop where it got it back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param authority the authority the request returned to
 * @param left the index in the path of the last hop at that authority before the request left it
 * @param returned the index in the path where the request came back, after {@code left + 1}
 */
public record Bounce(ResolvingAuthority authority, int left, int returned) {
  /**
   * Checks the indexes.
   *
   * @throws IllegalArgumentException if {@code left} is negative or {@code returned} is not at
   *     least two hops later
   */
  public Bounce {
    Objects.requireNonNull(authority, "authority");
    Checks.check(left >= 0, "left", Integer.toString(left), "must not be negative");
    Checks.check(returned > left + 1, "returned", Integer.toString(returned), "must be at least two hops after left (" + left + ")");
  }

  @Override
  public String toString() {
    return authority.name() + " (left at hop " + left + ", back at hop " + returned + ")";
  }
}

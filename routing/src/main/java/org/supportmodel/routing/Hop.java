package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;

/**
 * One stop on a request's path: an authority at a support level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param authority who holds the request
 * @param level at which support level
 */
public record Hop(ResolvingAuthority authority, SupportLevel level) {
  /** Checks that no component is null. */
  public Hop {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(level, "level");
  }

  /**
   * A stop.
   *
   * @param authority who holds the request
   * @param level at which level
   * @return the hop, never null
   */
  public static Hop of(ResolvingAuthority authority, SupportLevel level) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(level, "level");
    return new Hop(authority, level);
  }

  @Override
  public String toString() {
    return authority.name() + "@L" + level.number();
  }
}

package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** How hard a diagnosed problem is to fix, as judged by whoever triaged it. */
public enum Complexity {
  /** The internal Dynamics 365 team (or the partner's first tier) can fix it. */
  SIMPLE,
  /** Needs functional or technical experts: the CoE, or the partner where there is none. */
  MODERATE,
  /** Needs deep product knowledge or a large change: the partner. */
  COMPLEX;

  /**
   * Parses a constant name, ignoring case.
   *
   * @param text the text
   * @return the complexity, never null
   * @throws IllegalArgumentException naming the text if it is not a complexity
   */
  public static Complexity parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(Complexity.class, text, "complexity");
  }
}

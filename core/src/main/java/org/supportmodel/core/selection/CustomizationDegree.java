package org.supportmodel.core.selection;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** How far the solution departs from standard Dynamics 365 through custom code and extensions. */
public enum CustomizationDegree {
  /** Standard functionality and configuration only. */
  NONE,
  /** A few small extensions. */
  LOW,
  /** Several extensions in business processes. */
  MODERATE,
  /** Extensive custom code across key processes. */
  HIGH;

  /**
   * Parses a constant name, ignoring case.
   *
   * @param text the text
   * @return the degree, never null
   * @throws IllegalArgumentException naming the text if it is not a degree
   */
  public static CustomizationDegree parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(CustomizationDegree.class, text, "customization");
  }
}

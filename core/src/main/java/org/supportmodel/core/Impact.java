package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * How much of the business a request affects (ITIL impact), from {@link #HIGH} to {@link #LOW}.
 */
public enum Impact {
  /** Many users, a whole site or a critical business process. */
  HIGH,
  /** A department or a group of users. */
  MEDIUM,
  /** A single user or a non-critical function. */
  LOW;

  /**
   * Parses a constant name, ignoring case.
   *
   * @param text the text
   * @return the impact, never null
   * @throws IllegalArgumentException naming the text if it is not an impact
   */
  public static Impact parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(Impact.class, text, "impact");
  }
}

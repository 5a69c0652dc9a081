package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** How soon the business needs a resolution (ITIL urgency), from {@link #HIGH} to {@link #LOW}. */
public enum Urgency {
  /** Work is stopped now or money is being lost now. */
  HIGH,
  /** Work is degraded; it must be solved soon. */
  MEDIUM,
  /** It can wait for the normal course of work. */
  LOW;

  /**
   * Parses a constant name, ignoring case.
   *
   * @param text the text
   * @return the urgency, never null
   * @throws IllegalArgumentException naming the text if it is not an urgency
   */
  public static Urgency parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(Urgency.class, text, "urgency");
  }
}

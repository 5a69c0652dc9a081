package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The genuine business criticality of a business process, from {@link #CRITICAL} to {@link
 * #LOW}. SLAs and escalation follow it; the natural order is from most to least critical.
 */
public enum Criticality {
  /** The business stops or loses money or compliance at once if the process stops. */
  CRITICAL,
  /** Important; a stop hurts within hours. */
  HIGH,
  /** Needed; a stop can be worked around for a while. */
  MEDIUM,
  /** Convenience; a stop has little business effect. */
  LOW;

  /**
   * Whether this criticality is at least as critical as the other.
   *
   * @param other the other criticality
   * @return true if this one is the same or more critical
   */
  public boolean isAtLeast(Criticality other) {
    Objects.requireNonNull(other, "other");
    return ordinal() <= other.ordinal();
  }

  /**
   * The impact a stop of a process of this criticality has: {@code CRITICAL} and {@code HIGH}
   * are {@link Impact#HIGH}, {@code MEDIUM} is {@link Impact#MEDIUM}, {@code LOW} is {@link
   * Impact#LOW}.
   *
   * @return the impact, never null
   */
  public Impact impact() {
    return switch (this) {
      case CRITICAL, HIGH -> Impact.HIGH;
      case MEDIUM -> Impact.MEDIUM;
      case LOW -> Impact.LOW;
    };
  }

  /**
   * Parses a constant name, ignoring case.
   *
   * @param text the text
   * @return the criticality, never null
   * @throws IllegalArgumentException naming the text if it is not a criticality
   */
  public static Criticality parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(Criticality.class, text, "criticality");
  }
}

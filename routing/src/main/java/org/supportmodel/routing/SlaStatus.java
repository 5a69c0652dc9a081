package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A request's SLA state as escalation sees it, passed in as a value: routing does not depend on
 * the SLA engine.
 */
public enum SlaStatus {
  /** Within target, no warning threshold passed. */
  ON_TRACK,
  /** A warning threshold has passed. */
  WARNING,
  /** A target has been breached. */
  BREACHED;

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the status, never null
   * @throws IllegalArgumentException naming the text if it is not a status
   */
  public static SlaStatus parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(SlaStatus.class, text, "slaStatus");
  }
}

package org.supportmodel.sla;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** What an SLA target measures. */
public enum SlaMetric {
  /** From creation to the first response to the requester (a resolution counts as one). */
  FIRST_RESPONSE,
  /** From creation (or reopening, per the reopen policy) to resolution. */
  RESOLUTION,
  /** "Keep in the loop": from each response or update to the next, while unresolved. */
  PERIODIC_UPDATE;

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the metric, never null
   * @throws IllegalArgumentException naming the text if it is not a metric
   */
  public static SlaMetric parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(SlaMetric.class, text, "metric");
  }
}

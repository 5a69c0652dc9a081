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
  PERIODIC_UPDATE,
  /**
   * From each reply of the requester (when no earlier one waits) to the next response, update or
   * resolution, while unresolved; like the first response, it does not pause.
   */
  NEXT_REPLY,
  /**
   * The total time the ticket spends in the active statuses (agent work time), from creation to
   * its last resolution: one cycle for the ticket's life, resumed by a reopen.
   */
  AGENT_WORK,
  /**
   * The total time the ticket spends in the pause statuses (requester wait time), from creation to
   * its last resolution: one cycle for the ticket's life, running only while the ticket waits.
   */
  REQUESTER_WAIT;

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

package org.supportmodel.hypercare;

import java.time.Instant;
import java.util.Objects;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;

/**
 * The outcome of one SLA target of a request, as data: hypercare does not depend on the SLA
 * engine, so a helpdesk or the {@code sla} module supplies it.
 *
 * @param metric the metric, such as {@code RESOLUTION}
 * @param priority the priority whose target applied
 * @param met whether the target was met (met late and breached are not met)
 * @param decidedAt when the outcome became known: when the cycle ended, or when it breached
 */
public record SlaOutcome(String metric, Priority priority, boolean met, Instant decidedAt) {
  /**
   * Checks the metric name.
   *
   * @throws IllegalArgumentException if the metric is not an identifier
   */
  public SlaOutcome {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Checks.identifier(metric, "metric");
  }

  /**
   * A target met.
   *
   * @param metric the metric
   * @param priority the priority
   * @param at when it was met
   * @return the outcome, never null
   */
  public static SlaOutcome met(String metric, Priority priority, Instant at) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(at, "at");
    return new SlaOutcome(metric, priority, true, at);
  }

  /**
   * A target missed.
   *
   * @param metric the metric
   * @param priority the priority
   * @param at when it breached
   * @return the outcome, never null
   */
  public static SlaOutcome missed(String metric, Priority priority, Instant at) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(at, "at");
    return new SlaOutcome(metric, priority, false, at);
  }
}

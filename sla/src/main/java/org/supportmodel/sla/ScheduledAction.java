package org.supportmodel.sla;

import java.time.Instant;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * An action of the policy in one cycle: done when its trigger was reached by the evaluation's
 * instant, else due at the instant it will be reached if the clock keeps running.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the cycle's metric
 * @param cycle the cycle number
 * @param action the action's name
 * @param kind what it does
 * @param recipient who it goes to
 * @param at when it fired, or when it will fire
 * @param done whether it has fired
 */
public record ScheduledAction(SlaMetric metric, int cycle, String action, SlaAction.Kind kind, String recipient, Instant at, boolean done) {
  /**
   * Checks the entry.
   *
   * @throws IllegalArgumentException if the cycle is not positive
   */
  public ScheduledAction {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(at, "at");
    Checks.positive(cycle, "cycle");
    Checks.text(recipient, "recipient");
  }
}

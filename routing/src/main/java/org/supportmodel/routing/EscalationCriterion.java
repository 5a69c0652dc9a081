package org.supportmodel.routing;

import java.util.Optional;

/**
 * A defined criterion for escalation. {@link EscalationCriteria} has the usual ones; implement
 * this interface for others (it must be a pure function of the context).
 */
public interface EscalationCriterion {
  /**
   * The criterion in words, such as {@code "the SLA is breached"}.
   *
   * @return the description, never null
   */
  String description();

  /**
   * Whether the criterion is met, and by what.
   *
   * @param context the request, its SLA state and the setup
   * @return the evidence in words if met, empty if not
   */
  Optional<String> metBy(EscalationContext context);
}

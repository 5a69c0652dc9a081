package org.supportmodel.routing;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.internal.Checks;

/**
 * The defined criteria of an escalation procedure: an escalation of a kind is granted when at
 * least one of that kind's criteria is met, and refused with the reason otherwise.
 *
 * <p>Immutable and thread-safe.
 *
 * @param functional the criteria for functional escalation, at least one
 * @param hierarchical the criteria for hierarchical escalation, at least one
 */
public record EscalationPolicy(List<EscalationCriterion> functional, List<EscalationCriterion> hierarchical) {
  /**
   * Checks and copies the lists.
   *
   * @throws IllegalArgumentException if a kind has no criterion
   */
  public EscalationPolicy {
    Objects.requireNonNull(functional, "functional");
    Objects.requireNonNull(hierarchical, "hierarchical");
    functional = List.copyOf(functional);
    hierarchical = List.copyOf(hierarchical);
    Checks.check(!functional.isEmpty(), "functional", functional, "must hold at least one criterion");
    Checks.check(!hierarchical.isEmpty(), "hierarchical", hierarchical, "must hold at least one criterion");
  }

  /**
   * The usual procedure. Functional escalation when the SLA is at risk, the request bounces, or
   * it touches a critical business process. Hierarchical escalation when the SLA is breached, the
   * request bounces, or a critical business process has its SLA at risk.
   *
   * @return the policy, never null
   */
  public static EscalationPolicy standard() {
    return new EscalationPolicy(
        List.of(
            EscalationCriteria.slaAtRisk(),
            EscalationCriteria.bouncing(),
            EscalationCriteria.processAtLeast(Criticality.CRITICAL)),
        List.of(
            EscalationCriteria.slaBreached(),
            EscalationCriteria.bouncing(),
            EscalationCriteria.allOf(
                EscalationCriteria.processAtLeast(Criticality.CRITICAL), EscalationCriteria.slaAtRisk())));
  }

  /**
   * The criteria of one kind.
   *
   * @param kind the kind of escalation
   * @return the criteria, never empty
   */
  public List<EscalationCriterion> criteria(EscalationKind kind) {
    Objects.requireNonNull(kind, "kind");
    return kind == EscalationKind.FUNCTIONAL ? functional : hierarchical;
  }
}

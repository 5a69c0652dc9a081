package org.supportmodel.sla;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * An SLA policy with the condition under which it applies, in an ordered {@link SlaPolicies}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the policy's name, such as {@code "gold-p1-incidents"}
 * @param condition which requests it applies to
 * @param policy the policy
 */
public record ConditionalPolicy(String name, PolicyCondition condition, SlaPolicy policy) {
  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is not an identifier
   */
  public ConditionalPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(policy, "policy");
    Checks.identifier(name, "name");
  }

  /**
   * A conditional policy.
   *
   * @param name the name
   * @param condition the condition
   * @param policy the policy
   * @return the conditional policy, never null
   */
  public static ConditionalPolicy of(String name, PolicyCondition condition, SlaPolicy policy) {
    return new ConditionalPolicy(name, condition, policy);
  }
}

package org.supportmodel.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * An ordered list of SLA policies with conditions: the first whose condition matches a request
 * applies, as in the helpdesks' SLA definitions. The choice says which matched and why each
 * earlier one did not.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policies the policies in order of precedence, at least one, names unique
 */
public record SlaPolicies(List<ConditionalPolicy> policies) {
  /**
   * Copies the list and checks it.
   *
   * @throws IllegalArgumentException if it is empty or a name repeats
   */
  public SlaPolicies {
    Objects.requireNonNull(policies, "policies");
    policies = List.copyOf(policies);
    Checks.check(!policies.isEmpty(), "policies", policies, "must hold at least one policy");
    Checks.unique(policies, ConditionalPolicy::name, "policies");
  }

  /**
   * Policies in order of precedence.
   *
   * @param policies the policies
   * @return the list, never null
   */
  public static SlaPolicies of(ConditionalPolicy... policies) {
    Objects.requireNonNull(policies, "policies");
    return new SlaPolicies(List.of(policies));
  }

  /**
   * Chooses the policy for a request: the first whose condition matches.
   *
   * @param subject the request's facts
   * @return the choice, with the policies passed over and why; no policy if none matched
   */
  public PolicyChoice select(SlaSubject subject) {
    Objects.requireNonNull(subject, "subject");
    for (int i = 0; i < policies.size(); i++) {
      if (policies.get(i).condition().matches(subject)) {
        return new PolicyChoice(subject, Optional.of(policies.get(i)), policies.subList(0, i));
      }
    }
    return new PolicyChoice(subject, Optional.empty(), policies);
  }

  /**
   * Which policy applies to a request, and why the earlier ones do not.
   *
   * <p>Immutable and thread-safe.
   *
   * @param subject the request's facts
   * @param chosen the first policy whose condition matched, if any did
   * @param passedOver the policies before it, whose conditions did not match, in order
   */
  public record PolicyChoice(SlaSubject subject, Optional<ConditionalPolicy> chosen, List<ConditionalPolicy> passedOver) {
    /**
     * Copies the list and checks that the policies passed over do not match.
     *
     * @throws IllegalArgumentException if a policy passed over matches the subject
     */
    public PolicyChoice {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(chosen, "chosen");
      Objects.requireNonNull(passedOver, "passedOver");
      passedOver = List.copyOf(passedOver);
      for (ConditionalPolicy policy : passedOver) {
        Checks.check(!policy.condition().matches(subject), "passedOver", policy.name(), "matches the subject, so it cannot be passed over");
      }
    }

    /**
     * The policy that applies.
     *
     * @return the policy
     * @throws IllegalStateException naming every condition if no policy matched
     */
    public SlaPolicy policy() {
      return chosen.orElseThrow(() -> new IllegalStateException("no SLA policy applies: " + String.join("; ", reasons())))
          .policy();
    }

    /**
     * Why each policy passed over did not match, in order: {@code "gold: the contract is silver,
     * not gold"}.
     *
     * @return the reasons, never null
     */
    public List<String> reasons() {
      List<String> reasons = new ArrayList<>(passedOver.size());
      for (ConditionalPolicy policy : passedOver) {
        reasons.add(policy.name() + ": " + policy.condition().mismatch(subject).orElseThrow());
      }
      return reasons;
    }

    /**
     * The choice in words.
     *
     * @return the explanation, never null
     */
    public String explanation() {
      String head = chosen.map(c -> "policy " + c.name() + " applies (" + c.condition().description() + ")").orElse("no policy applies");
      return passedOver.isEmpty() ? head : head + "; passed over: " + String.join("; ", reasons());
    }
  }
}

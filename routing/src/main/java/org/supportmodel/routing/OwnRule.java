package org.supportmodel.routing;

import java.util.Objects;
import java.util.function.Predicate;
import org.supportmodel.core.internal.Checks;

/**
 * One of the organization's own routing rules: when its predicate holds for a request, the
 * request goes to the rule's target, for the rule's reason. A setup's own rules apply in order
 * before the guidance's rules; the first that matches decides, and the outcome names it and the
 * own rules before it that did not match. A rule whose request already sits at its target does
 * not decide: the guidance's rules take it from there (so a rule sends requests somewhere, it
 * does not hold them).
 *
 * <p>The predicate must be a pure function of the request: routing calls it on every decision
 * and expects the same answer for the same request. An exception it throws reaches the caller.
 *
 * <p>Immutable and thread-safe if the predicate is. Two rules are equal when their name, target,
 * reason and predicate (by identity) are.
 *
 * @param name the rule's name, an identifier unique in the setup
 * @param when when the rule applies
 * @param target where it sends the request: an authority of the setup at a level it works at
 * @param reason why, in words, carried on the outcome
 */
public record OwnRule(String name, Predicate<SupportRequest> when, Hop target, String reason) {
  /**
   * Checks the rule.
   *
   * @throws IllegalArgumentException if the name is not an identifier, the reason is blank, or the
   *     target's authority does not work at the target's level
   */
  public OwnRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
    Checks.identifier(name, "ownRules.name");
    Checks.text(reason, "ownRules[" + name + "].reason");
    Checks.check(Routing.levelsOf(target.authority().kind()).contains(target.level()), "ownRules[" + name + "].target",
        target, "is a level " + target.authority().kind().label() + " does not work at (it works at level "
            + Routing.levelNumbers(target.authority().kind()) + ")");
  }

  /**
   * A rule.
   *
   * @param name the rule's name
   * @param when when it applies
   * @param target where it sends the request
   * @param reason why
   * @return the rule, never null
   */
  public static OwnRule of(String name, Predicate<SupportRequest> when, Hop target, String reason) {
    return new OwnRule(name, when, target, reason);
  }

  @Override
  public String toString() {
    return "OwnRule[" + name + " -> " + target + ": " + reason + "]";
  }
}

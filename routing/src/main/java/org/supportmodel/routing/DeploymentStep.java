package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.ResolvingAuthority;

/**
 * One step of a fix's way to production: what is done, in which environment, by whom, and the
 * rule behind it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param action what is done
 * @param environment where
 * @param by who does it
 * @param rule why this party
 */
public record DeploymentStep(Action action, Environment environment, ResolvingAuthority by, DeploymentRule rule) {
  /** What a step does. */
  public enum Action {
    /** Test the fix against the agreed standards and testing regimen. */
    TEST,
    /** Deploy the fix to the environment. */
    DEPLOY,
    /** Approve the fix's release to production. */
    APPROVE
  }

  /** Checks that no component is null. */
  public DeploymentStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return action + " " + environment + " by " + by.name() + " (" + rule.description() + ")";
  }
}

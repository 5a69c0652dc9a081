package org.supportmodel.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/**
 * The way a fix gets back into production: "When the issue is resolved, the method to get the fix
 * back into production also requires a clear definition of the expected standards, testing
 * regimen, and deployment process. Even in a mostly outsourced model, the partner drives this to
 * a pre-production environment and the internal team deploys to production."
 *
 * <p>The steps are in order: test, deploy to pre-production, approve, deploy to production.
 *
 * <p>Immutable and thread-safe.
 *
 * @param steps the steps, in order; the last deploys to production
 */
public record DeploymentPath(List<DeploymentStep> steps) {
  /**
   * Checks and copies the steps.
   *
   * @throws IllegalArgumentException if there are no steps or the last does not deploy to
   *     production
   */
  public DeploymentPath {
    Objects.requireNonNull(steps, "steps");
    steps = List.copyOf(steps);
    Checks.check(!steps.isEmpty(), "steps", steps, "must hold at least one step");
    DeploymentStep last = steps.get(steps.size() - 1);
    Checks.check(last.action() == DeploymentStep.Action.DEPLOY && last.environment() == Environment.PRODUCTION,
        "steps", last, "must end with the deployment to production");
  }

  /**
   * Who deploys the fix to production.
   *
   * @return the party, never null
   */
  public ResolvingAuthority productionDeployer() {
    return steps.get(steps.size() - 1).by();
  }

  /**
   * The step that deploys to an environment.
   *
   * @param environment the environment
   * @return the step, or empty if none deploys there
   */
  public Optional<DeploymentStep> deploymentTo(Environment environment) {
    Objects.requireNonNull(environment, "environment");
    return steps.stream()
        .filter(s -> s.action() == DeploymentStep.Action.DEPLOY && s.environment() == environment)
        .findFirst();
  }
}

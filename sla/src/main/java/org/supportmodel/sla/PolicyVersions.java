package org.supportmodel.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * Effective-dated versions of an SLA policy: a version applies to the tickets created from its
 * effective instant until the next version's, so changing a policy never changes the figures of
 * tickets created before the change. See {@link SlaEvaluation#evaluate(org.supportmodel.core.RequestId,
 * List, PolicyVersions, CalendarSet, Instant)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param versions the versions, by effective instant ascending, their policies' versions unique
 */
public record PolicyVersions(List<Version> versions) {
  /**
   * A policy effective from an instant.
   *
   * @param effectiveFrom the first creation instant it applies to
   * @param policy the policy, with its {@link SlaPolicy#version()}
   */
  public record Version(Instant effectiveFrom, SlaPolicy policy) {
    /** Checks that nothing is null. */
    public Version {
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      Objects.requireNonNull(policy, "policy");
    }
  }

  /**
   * Copies the list and checks it.
   *
   * @throws IllegalArgumentException if it is empty, out of order, or a version repeats
   */
  public PolicyVersions {
    Objects.requireNonNull(versions, "versions");
    versions = List.copyOf(versions);
    Checks.check(!versions.isEmpty(), "versions", versions, "must hold at least one version");
    for (int i = 1; i < versions.size(); i++) {
      Checks.check(versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom()), "versions[" + i + "].effectiveFrom",
          versions.get(i).effectiveFrom(), "must be after the version before it, " + versions.get(i - 1).effectiveFrom());
    }
    Checks.unique(versions, v -> v.policy().version(), "versions");
  }

  /**
   * One policy from an instant, to add versions to.
   *
   * @param effectiveFrom the first creation instant it applies to
   * @param policy the policy
   * @return the versions, never null
   */
  public static PolicyVersions from(Instant effectiveFrom, SlaPolicy policy) {
    return new PolicyVersions(List.of(new Version(effectiveFrom, policy)));
  }

  /**
   * These versions and a later one.
   *
   * @param effectiveFrom the first creation instant it applies to, after the last version's
   * @param policy the policy, with a new version
   * @return the versions, never null
   */
  public PolicyVersions then(Instant effectiveFrom, SlaPolicy policy) {
    List<Version> list = new java.util.ArrayList<>(versions);
    list.add(new Version(effectiveFrom, policy));
    return new PolicyVersions(list);
  }

  /**
   * The policy for a ticket created at an instant.
   *
   * @param created when the ticket was created
   * @return the version effective then, never null
   * @throws IllegalArgumentException if the ticket was created before the first version
   */
  public SlaPolicy forCreation(Instant created) {
    Objects.requireNonNull(created, "created");
    SlaPolicy policy = null;
    for (Version version : versions) {
      if (!version.effectiveFrom().isAfter(created)) {
        policy = version.policy();
      }
    }
    if (policy == null) {
      throw new IllegalArgumentException(Checks.message("created", created,
          "is before the first policy version (" + versions.get(0).policy().version() + ", effective from " + versions.get(0).effectiveFrom() + ")"));
    }
    return policy;
  }
}

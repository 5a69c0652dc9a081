package org.supportmodel.core;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * A priority derived from the business process's criticality and the urgency, with the critical
 * period that raised it, if any, and the reason in words: {@link PriorityScheme#derive}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the level derived
 * @param base the level before any critical period's uplift
 * @param criticality the process's criticality
 * @param urgency the urgency
 * @param period the critical period that raised the level, if one did
 * @param reason the derivation in words
 */
public record PriorityDerivation(
    PriorityLevel level, PriorityLevel base, Criticality criticality, Urgency urgency, Optional<CriticalPeriod> period, String reason) {
  /**
   * Checks the derivation.
   *
   * @throws IllegalArgumentException if the level is lower than the base or the reason blank
   */
  public PriorityDerivation {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(criticality, "criticality");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(reason, "reason");
    Checks.check(level.rank() <= base.rank(), "level", level, "must not be lower than the base level ", base, "");
    Checks.text(reason, "reason");
  }

  /**
   * The priority whose SLA targets apply.
   *
   * @return the priority, never null
   */
  public Priority priority() {
    return level.priority();
  }
}

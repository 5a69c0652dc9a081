package org.supportmodel.core.selection;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.internal.Checks;

/**
 * Who does what at one support level under one support model.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the level
 * @param parties the parties that work at this level, the main one first
 * @param driver the party that drives a request to resolution, whoever works on it: the model's
 *     one driver (the partner when fully outsourced, the internal Dynamics 365 team otherwise),
 *     the same at every level, as in routing
 * @param duties what happens at this level, in words
 */
public record LevelResponsibility(
    SupportLevel level, List<AuthorityKind> parties, AuthorityKind driver, List<String> duties) {
  /**
   * Checks and copies the lists.
   *
   * @throws IllegalArgumentException if there are no parties or no duties
   */
  public LevelResponsibility {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(duties, "duties");
    parties = List.copyOf(parties);
    duties = List.copyOf(duties);
    Checks.check(!parties.isEmpty(), "parties", parties, "must name at least one party");
    Checks.check(!duties.isEmpty(), "duties", duties, "must name at least one duty");
  }
}

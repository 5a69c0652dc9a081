package org.supportmodel.routing;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/**
 * One integration with another system and who owns it: "integration software at either end" may
 * belong to internal IT, the partner, an ISV, or the other system's team (an internal IT team
 * with its own name). A diagnosis that names the integration routes to its owner.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the integration's name, an identifier such as {@code "payroll-export"}
 * @param owner who owns and supports it: internal IT (any team), the internal Dynamics 365 team,
 *     the CoE, a partner or an ISV of the setup
 */
public record Integration(String name, ResolvingAuthority owner) {
  private static final Set<AuthorityKind> OWNERS = EnumSet.of(AuthorityKind.INTERNAL_IT,
      AuthorityKind.INTERNAL_D365_TEAM, AuthorityKind.CENTER_OF_EXCELLENCE, AuthorityKind.PARTNER, AuthorityKind.ISV);

  /**
   * Checks the integration.
   *
   * @throws IllegalArgumentException if the name is not an identifier or the owner's kind cannot
   *     own an integration
   */
  public Integration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Checks.identifier(name, "integrations.name");
    Checks.check(OWNERS.contains(owner.kind()), "integrations[" + name + "].owner.kind", owner.kind(),
        "must be one of " + OWNERS);
  }

  /**
   * An integration.
   *
   * @param name its name
   * @param owner its owner
   * @return the integration, never null
   */
  public static Integration of(String name, ResolvingAuthority owner) {
    return new Integration(name, owner);
  }
}

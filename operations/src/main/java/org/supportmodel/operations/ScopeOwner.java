package org.supportmodel.operations;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.internal.Checks;

/**
 * Who answers for an area: a kind of resolving authority, optionally a role in it ("system
 * administrator" in the internal Dynamics 365 team). The kind is what the support model must be
 * able to provide.
 *
 * @param party the kind of authority
 * @param role the role in it, if named
 */
public record ScopeOwner(AuthorityKind party, Optional<String> role) {
  /** Checks that nothing is null and that a role is text. */
  public ScopeOwner {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(role, "role");
    role.ifPresent(r -> Checks.text(r, "role"));
  }

  /**
   * A party without a named role.
   *
   * @param party the kind of authority
   * @return the owner, never null
   */
  public static ScopeOwner of(AuthorityKind party) {
    Objects.requireNonNull(party, "party");
    return new ScopeOwner(party, Optional.empty());
  }

  /**
   * A role in a party.
   *
   * @param party the kind of authority
   * @param role the role, such as "system administrator"
   * @return the owner, never null
   */
  public static ScopeOwner of(AuthorityKind party, String role) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(role, "role");
    return new ScopeOwner(party, Optional.of(role));
  }

  /** "system administrator (internal Dynamics 365 team)", or the party alone. */
  @Override
  public String toString() {
    return role.map(r -> r + " (" + party.label() + ")").orElse(party.label());
  }
}

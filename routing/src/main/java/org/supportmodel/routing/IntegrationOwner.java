package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.internal.Checks;

/** Who owns and supports the integrations with other systems. */
public enum IntegrationOwner {
  /** Internal IT, as in most organizations: the partner needs a defined hand-off with it. */
  INTERNAL_IT(AuthorityKind.INTERNAL_IT),
  /** The internal Dynamics 365 team or CoE, as part of the solution. */
  INTERNAL_D365_TEAM(AuthorityKind.INTERNAL_D365_TEAM),
  /** The partner. */
  PARTNER(AuthorityKind.PARTNER);

  private final AuthorityKind kind;

  IntegrationOwner(AuthorityKind kind) {
    this.kind = kind;
  }

  /**
   * The kind of authority that owns the integrations.
   *
   * @return the kind, never null
   */
  public AuthorityKind kind() {
    return kind;
  }

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the owner, never null
   * @throws IllegalArgumentException naming the text if it is not an owner
   */
  public static IntegrationOwner parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(IntegrationOwner.class, text, "integrationOwner");
  }
}

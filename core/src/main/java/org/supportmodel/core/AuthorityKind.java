package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** The kinds of party that can work on or resolve a support request. */
public enum AuthorityKind {
  /** A super user in the business unit (level 1). */
  SUPER_USER(true, "super user"),
  /** The internal helpdesk, which registers and assigns requests (level 2). */
  INTERNAL_HELPDESK(true, "internal helpdesk"),
  /** The small internal Dynamics 365 team that triages and drives requests to resolution. */
  INTERNAL_D365_TEAM(true, "internal Dynamics 365 team"),
  /** The Dynamics 365 Center of Excellence: functional and technical experts, developers. */
  CENTER_OF_EXCELLENCE(true, "Center of Excellence"),
  /** Internal IT: network, internally managed infrastructure, often integrations. */
  INTERNAL_IT(true, "internal IT"),
  /** The implementation or support partner. */
  PARTNER(false, "partner"),
  /** An independent software vendor whose solution is part of the system. */
  ISV(false, "ISV"),
  /** Microsoft support, for standard Dynamics 365 and the platform. */
  MICROSOFT(false, "Microsoft");

  private final boolean internal;
  private final String label;

  AuthorityKind(boolean internal, String label) {
    this.internal = internal;
    this.label = label;
  }

  /**
   * The kind in words, such as {@code "internal Dynamics 365 team"}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Whether the party belongs to the organization itself.
   *
   * @return true for internal parties
   */
  public boolean isInternal() {
    return internal;
  }

  /**
   * Whether the party is outside the organization (partner, ISV, Microsoft).
   *
   * @return true for external parties
   */
  public boolean isExternal() {
    return !internal;
  }

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the kind, never null
   * @throws IllegalArgumentException naming the text if it is not a kind
   */
  public static AuthorityKind parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(AuthorityKind.class, text, "authorityKind");
  }
}

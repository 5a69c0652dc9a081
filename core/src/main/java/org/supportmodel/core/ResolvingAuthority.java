package org.supportmodel.core;

import java.util.Locale;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A named party that can work on or resolve a request: a specific partner or ISV with its own
 * helpdesk, or one of the organization's internal teams.
 *
 * <p>Two authorities are equal when id, kind and name are equal. Immutable and thread-safe.
 *
 * @param id the identifier, unique within an organization's support setup
 * @param kind the kind of party
 * @param name the name for people, such as {@code "Fabrikam Consulting"}
 */
public record ResolvingAuthority(AuthorityId id, AuthorityKind kind, String name) {
  private static final ResolvingAuthority[] GENERIC = new ResolvingAuthority[AuthorityKind.values().length];

  static {
    for (AuthorityKind kind : AuthorityKind.values()) {
      String id = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
      String name = Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1);
      GENERIC[kind.ordinal()] = new ResolvingAuthority(AuthorityId.of(id), kind, name);
    }
  }

  /**
   * Checks the authority.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public ResolvingAuthority {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Checks.text(name, "name");
  }

  /**
   * A named authority.
   *
   * @param kind the kind of party
   * @param id the identifier text
   * @param name the name for people
   * @return the authority, never null
   * @throws IllegalArgumentException if the id or name is invalid
   */
  public static ResolvingAuthority of(AuthorityKind kind, String id, String name) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    return new ResolvingAuthority(AuthorityId.of(id), kind, name);
  }

  /**
   * The one unnamed authority of a kind, such as the internal helpdesk or Microsoft. Its id is
   * the kind's name in lower case with hyphens ({@code "internal-helpdesk"}).
   *
   * @param kind the kind of party
   * @return the authority, never null
   */
  public static ResolvingAuthority of(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    return GENERIC[kind.ordinal()];
  }

  @Override
  public String toString() {
    return name + " (" + kind + ")";
  }
}

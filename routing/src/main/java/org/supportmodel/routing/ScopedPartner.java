package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/**
 * A partner or external specialist team engaged for part of the solution, beside the setup's
 * main partner: where the rules send a request to "the partner", the scoped partner whose scope
 * covers the request takes it instead of the main one; a specialist scope (one naming topics)
 * takes a request with one of its topics from the internal team, the CoE or a partner.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partner the partner or team, of kind {@link AuthorityKind#PARTNER}
 * @param scope what it is engaged for
 */
public record ScopedPartner(ResolvingAuthority partner, Scope scope) {
  /**
   * Checks the engagement.
   *
   * @throws IllegalArgumentException if the authority is not of kind PARTNER
   */
  public ScopedPartner {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(scope, "scope");
    Checks.check(partner.kind() == AuthorityKind.PARTNER, "scopedPartners[" + partner.id() + "].kind", partner.kind(),
        "must be PARTNER");
  }

  /**
   * An engagement.
   *
   * @param partner the partner or team
   * @param scope what it is engaged for
   * @return the engagement, never null
   */
  public static ScopedPartner of(ResolvingAuthority partner, Scope scope) {
    return new ScopedPartner(partner, scope);
  }
}

package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A request's reference in another party's helpdesk: a partner ticket, an ISV ticket or a
 * Microsoft support case.
 *
 * <p>Immutable and thread-safe.
 *
 * @param authority the party whose helpdesk issued the reference
 * @param reference the reference in that helpdesk, such as {@code "FAB-10422"}
 */
public record ExternalReference(ResolvingAuthority authority, String reference) {
  /**
   * Checks the reference.
   *
   * @throws IllegalArgumentException if the reference is not a valid identifier
   */
  public ExternalReference {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(reference, "reference");
    Checks.identifier(reference, "reference");
  }

  /**
   * A reference in another helpdesk.
   *
   * @param authority the party whose helpdesk issued the reference
   * @param reference the reference text
   * @return the reference, never null
   */
  public static ExternalReference of(ResolvingAuthority authority, String reference) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(reference, "reference");
    return new ExternalReference(authority, reference);
  }

  @Override
  public String toString() {
    return authority.name() + ":" + reference;
  }
}

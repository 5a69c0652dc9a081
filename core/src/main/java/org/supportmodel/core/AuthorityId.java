package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The identifier of a resolving authority, such as {@code "partner-fabrikam"} or {@code "isv-contoso-tax"}.
 *
 * <p>1 to 128 characters, no surrounding white space, no control characters. Compared by exact
 * value. Immutable and thread-safe.
 *
 * @param value the identifier text
 */
public record AuthorityId(String value) implements Comparable<AuthorityId> {
  /**
   * Checks the identifier.
   *
   * @throws IllegalArgumentException naming the value if it is not a valid identifier
   */
  public AuthorityId {
    Objects.requireNonNull(value, "value");
    Checks.identifier(value, "authorityId");
  }

  /**
   * The identifier with the given text.
   *
   * @param value the identifier text
   * @return the identifier, never null
   * @throws IllegalArgumentException naming the value if it is not a valid identifier
   */
  public static AuthorityId of(String value) {
    Objects.requireNonNull(value, "value");
    return new AuthorityId(value);
  }

  @Override
  public int compareTo(AuthorityId other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

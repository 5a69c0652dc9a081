package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The internal helpdesk's reference of a support request: the one trace that follows the request from start to finish across every helpdesk it passes through.
 *
 * <p>1 to 128 characters, no surrounding white space, no control characters. Compared by exact
 * value. Immutable and thread-safe.
 *
 * @param value the identifier text
 */
public record RequestId(String value) implements Comparable<RequestId> {
  /**
   * Checks the identifier.
   *
   * @throws IllegalArgumentException naming the value if it is not a valid identifier
   */
  public RequestId {
    Objects.requireNonNull(value, "value");
    Checks.identifier(value, "requestId");
  }

  /**
   * The identifier with the given text.
   *
   * @param value the identifier text
   * @return the identifier, never null
   * @throws IllegalArgumentException naming the value if it is not a valid identifier
   */
  public static RequestId of(String value) {
    Objects.requireNonNull(value, "value");
    return new RequestId(value);
  }

  @Override
  public int compareTo(RequestId other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.supportmodel.core.internal;

/**
 * Thrown by a generated builder when a required attribute was not set, or was set to null.
 *
 * <p>It is an {@link IllegalArgumentException} so that every kind of bad input to a value type
 * surfaces as the same exception type; the message names the missing attributes.
 */
public final class IncompleteValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing, never null
   */
  public IncompleteValueException(String message) {
    super(message);
  }
}

package org.supportmodel.core.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Argument checks shared by the library modules. Every failure is an {@link
 * IllegalArgumentException} whose message names the field, the offending value and the rule.
 */
public final class Checks {
  private static final int MAX_IDENTIFIER_LENGTH = 128;

  private Checks() {}

  /**
   * Fails unless the condition holds.
   *
   * @param condition the rule
   * @param field the field being checked, for the message
   * @param value the value being checked, for the message
   * @param rule the rule in words, for the message
   * @throws IllegalArgumentException if {@code condition} is false
   */
  public static void check(boolean condition, String field, Object value, String rule) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    if (!condition) {
      throw new IllegalArgumentException(message(field, value, rule));
    }
  }

  /**
   * Fails unless the condition holds, for a rule that names another value: the rule's text ({@code
   * rule + detail + after}) is built only if the check fails, so a check in a value type made by the
   * million does not format instants it never shows.
   *
   * @param condition the rule
   * @param field the field being checked, for the message
   * @param value the value being checked, for the message
   * @param rule the rule in words up to the other value
   * @param detail the other value
   * @param after the rule's words after the other value, possibly empty
   * @throws IllegalArgumentException if {@code condition} is false
   */
  public static void check(boolean condition, String field, Object value, String rule, Object detail, String after) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(after, "after");
    if (!condition) {
      throw new IllegalArgumentException(message(field, value, rule + detail + after));
    }
  }

  /**
   * Formats the standard message: {@code field: value 'x' rule}.
   *
   * @param field the field
   * @param value the value
   * @param rule the rule broken
   * @return the message, never null
   */
  public static String message(String field, Object value, String rule) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    return field + ": '" + value + "' " + rule;
  }

  /**
   * Checks that a count is not negative.
   *
   * @param value the count
   * @param field the field name
   * @return {@code value}
   */
  public static int nonNegative(int value, String field) {
    Objects.requireNonNull(field, "field");
    check(value >= 0, field, value, "must not be negative");
    return value;
  }

  /**
   * Checks that a count is at least one.
   *
   * @param value the count
   * @param field the field name
   * @return {@code value}
   */
  public static int positive(int value, String field) {
    Objects.requireNonNull(field, "field");
    check(value >= 1, field, value, "must be at least 1");
    return value;
  }

  /**
   * Checks a share in {@code [0, 1]}.
   *
   * @param value the share
   * @param field the field name
   * @return {@code value}
   */
  public static double share(double value, String field) {
    Objects.requireNonNull(field, "field");
    check(value >= 0.0 && value <= 1.0, field, value, "must be a share between 0 and 1");
    return value;
  }

  /**
   * Checks text meant for people: not blank and free of control characters.
   *
   * @param value the text
   * @param field the field name
   * @return {@code value}
   */
  @SuppressWarnings("ShortCircuitBoolean") // the non-short-circuit operators are the point: no branch per character
  public static String text(String value, String field) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(field, "field");
    check(!value.isBlank(), field, value, "must not be blank");
    // one OR over every character, with no branch in the loop, so that the JIT can unroll it: texts
    // such as routing reasons are checked on every decision
    int n = value.length();
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      control |= (c < 0x20 && c != '\n') | (c >= 0x7F && c <= 0x9F) ? 1 : 0;
    }
    if (control != 0) {
      throw new IllegalArgumentException(message(field, value, "must not contain control characters"));
    }
    return value;
  }

  /**
   * Checks an identifier: 1 to 128 characters, no surrounding white space, no control
   * characters.
   *
   * @param value the identifier
   * @param field the field name
   * @return {@code value}
   */
  public static String identifier(String value, String field) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(field, "field");
    check(!value.isEmpty(), field, value, "must not be empty");
    check(
        value.length() <= MAX_IDENTIFIER_LENGTH,
        field,
        value,
        "must be at most " + MAX_IDENTIFIER_LENGTH + " characters");
    check(
        !Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(value.length() - 1)),
        field,
        value,
        "must not start or end with white space");
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(message(field, value, "must not contain control characters"));
      }
    }
    return value;
  }

  /**
   * Checks that no two elements share a key.
   *
   * @param elements the elements
   * @param key the key of an element
   * @param field the field name
   * @param <T> element type
   * @param <K> key type
   */
  public static <T, K> void unique(Collection<T> elements, Function<T, K> key, String field) {
    Objects.requireNonNull(elements, "elements");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(field, "field");
    Set<K> seen = new HashSet<>();
    for (T element : elements) {
      K k = key.apply(element);
      check(seen.add(k), field, k, "is listed more than once");
    }
  }

  /**
   * Parses the name of an enum constant, ignoring case and treating spaces and hyphens as
   * underscores ({@code "fully outsourced"} reads as {@code FULLY_OUTSOURCED}).
   *
   * @param type the enum type
   * @param text the text to parse
   * @param field the field name, for the message
   * @param <E> the enum type
   * @return the constant, never null
   * @throws IllegalArgumentException naming the field, the text and the accepted values
   */
  public static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    String normalized = text.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(normalized)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        message(
            field,
            text,
            "is not one of "
                + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ", "[", "]"))));
  }
}

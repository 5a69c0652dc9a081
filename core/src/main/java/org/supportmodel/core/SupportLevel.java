package org.supportmodel.core;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * The five support levels a request can pass through, from super users ({@link #LEVEL_1}) to
 * Microsoft or the ISV ({@link #LEVEL_5}).
 *
 * <p>Who works at each level depends on the {@link SupportModel}; see {@code
 * org.supportmodel.core.selection.ResponsibilityMatrix}.
 */
public enum SupportLevel {
  /** Super users in the business unit: unblock, filter, train, triage. */
  LEVEL_1("super users"),
  /** The internal helpdesk: registers the request and assigns it. */
  LEVEL_2("internal helpdesk"),
  /** First resolving tier: the partner, or the internal Dynamics 365 team and CoE. */
  LEVEL_3("triage and resolution"),
  /** Deeper diagnosis and the fix, and its way back to production. */
  LEVEL_4("diagnosis, fix and deployment"),
  /** Microsoft or the ISV. */
  LEVEL_5("Microsoft or the ISV");

  private final String summary;

  SupportLevel(String summary) {
    this.summary = summary;
  }

  /**
   * The level number, 1 to 5.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * A few words on who works at this level, for people.
   *
   * @return the summary, never null
   */
  public String summary() {
    return summary;
  }

  /**
   * The next level up, if there is one.
   *
   * @return the next level, or empty at level 5
   */
  public Optional<SupportLevel> next() {
    return this == LEVEL_5 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }

  /**
   * The level with the given number.
   *
   * @param number 1 to 5
   * @return the level, never null
   * @throws IllegalArgumentException if the number is outside 1 to 5
   */
  public static SupportLevel of(int number) {
    Checks.check(number >= 1 && number <= 5, "supportLevel", number, "must be from 1 to 5");
    return values()[number - 1];
  }

  /**
   * Parses {@code "1"} to {@code "5"}, {@code "L1"} to {@code "L5"} or a constant name.
   *
   * @param text the text
   * @return the level, never null
   * @throws IllegalArgumentException naming the text if it is not a level
   */
  public static SupportLevel parse(String text) {
    Objects.requireNonNull(text, "text");
    String stripped = text.strip();
    String digits =
        stripped.length() == 2 && (stripped.charAt(0) == 'L' || stripped.charAt(0) == 'l')
            ? stripped.substring(1)
            : stripped;
    if (digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '5') {
      return of(digits.charAt(0) - '0');
    }
    return Checks.parseEnum(SupportLevel.class, stripped, "supportLevel");
  }
}

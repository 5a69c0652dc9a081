package org.supportmodel.core.selection;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** How well the internal support staff covers a skill area. Ordered from none to full. */
public enum Coverage {
  /** Nobody internal has the skill. */
  NONE,
  /** Some of the skill, or not enough people to absorb peaks. */
  PARTIAL,
  /** The skill is fully covered, with cover for absence and peaks. */
  FULL;

  /**
   * Parses a constant name, ignoring case.
   *
   * @param text the text
   * @return the coverage, never null
   * @throws IllegalArgumentException naming the text if it is not a coverage
   */
  public static Coverage parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(Coverage.class, text, "coverage");
  }
}

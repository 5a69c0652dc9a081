package org.supportmodel.core.selection;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** Who wrote the solution's custom code, and so who knows it best. */
public enum CodeAuthor {
  /** The organization's own developers. */
  INTERNAL_TEAM,
  /** The implementation partner. */
  PARTNER,
  /** Both, each for parts of the solution. */
  INTERNAL_TEAM_AND_PARTNER;

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the author, never null
   * @throws IllegalArgumentException naming the text if it is not an author
   */
  public static CodeAuthor parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(CodeAuthor.class, text, "customCodeAuthor");
  }
}

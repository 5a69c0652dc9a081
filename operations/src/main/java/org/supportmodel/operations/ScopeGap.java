package org.supportmodel.operations;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.supportmodel.core.internal.Checks;

/**
 * Something the support scope register leaves open or gets wrong: an area with no line, a question
 * not answered on a line, or a "who" the chosen support model cannot provide. It says where, what
 * and why, with the guidance's reason.
 *
 * @param kind what is wrong
 * @param area the area
 * @param entry the line's position in the register (from 0), if the gap is on a line
 * @param question the question, for an unanswered one
 * @param message what is wrong, in words
 * @param reason why it matters, after the guidance
 */
public record ScopeGap(Kind kind, ScopeArea area, OptionalInt entry, Optional<ScopeQuestion> question, String message, String reason) {
  /** What is wrong. */
  public enum Kind {
    /** The register has no line for the area. */
    AREA_MISSING,
    /** A line leaves a question unanswered. */
    UNANSWERED,
    /** A line's "who" is a party the support model does not have, or may not do this work. */
    OWNER_NOT_IN_MODEL
  }

  /** Checks that nothing is null and that the texts are text. */
  public ScopeGap {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(reason, "reason");
    Checks.text(message, "message");
    Checks.text(reason, "reason");
    Checks.check(entry.isPresent() == (kind != Kind.AREA_MISSING), "entry", entry, "is given exactly for a gap on a line, not for " + kind);
    Checks.check(question.isPresent() == (kind == Kind.UNANSWERED), "question", question.map(Enum::name).orElse("none"),
        "is given exactly for an unanswered question, not for " + kind);
  }

  @Override
  public String toString() {
    return message + ": " + reason;
  }
}

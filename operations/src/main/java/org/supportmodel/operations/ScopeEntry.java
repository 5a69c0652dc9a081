package org.supportmodel.operations;

import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * One line of the support scope register: an area and its five answers, each of which may still be
 * open. A register may hold several lines for one area (one per system, per process, per task).
 *
 * @param area the area
 * @param what what the support covers
 * @param whatInDetail what it covers in detail
 * @param who who does it
 * @param when when it is done
 * @param how the procedure, by reference ("RB-12 Batch calendar runbook")
 */
public record ScopeEntry(
    ScopeArea area,
    Optional<String> what,
    Optional<String> whatInDetail,
    Optional<ScopeOwner> who,
    Optional<ScopeTiming> when,
    Optional<String> how) {
  /** Checks that nothing is null and that every given text is text. */
  public ScopeEntry {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(whatInDetail, "whatInDetail");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(how, "how");
    what.ifPresent(text -> Checks.text(text, "what"));
    whatInDetail.ifPresent(text -> Checks.text(text, "whatInDetail"));
    how.ifPresent(text -> Checks.text(text, "how"));
  }

  /**
   * A line for an area with every answer open.
   *
   * @param area the area
   * @return the entry, never null
   */
  public static ScopeEntry of(ScopeArea area) {
    Objects.requireNonNull(area, "area");
    return new ScopeEntry(area, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * This line with "what" answered.
   *
   * @param text what the support covers
   * @return the entry, never null
   */
  public ScopeEntry what(String text) {
    Objects.requireNonNull(text, "text");
    return new ScopeEntry(area, Optional.of(text), whatInDetail, who, when, how);
  }

  /**
   * This line with "what in detail" answered.
   *
   * @param text what it covers in detail
   * @return the entry, never null
   */
  public ScopeEntry whatInDetail(String text) {
    Objects.requireNonNull(text, "text");
    return new ScopeEntry(area, what, Optional.of(text), who, when, how);
  }

  /**
   * This line with "who" answered.
   *
   * @param owner who does it
   * @return the entry, never null
   */
  public ScopeEntry who(ScopeOwner owner) {
    Objects.requireNonNull(owner, "owner");
    return new ScopeEntry(area, what, whatInDetail, Optional.of(owner), when, how);
  }

  /**
   * This line with "when" answered.
   *
   * @param timing when it is done
   * @return the entry, never null
   */
  public ScopeEntry when(ScopeTiming timing) {
    Objects.requireNonNull(timing, "timing");
    return new ScopeEntry(area, what, whatInDetail, who, Optional.of(timing), how);
  }

  /**
   * This line with "how" answered.
   *
   * @param procedure the procedure, by reference
   * @return the entry, never null
   */
  public ScopeEntry how(String procedure) {
    Objects.requireNonNull(procedure, "procedure");
    return new ScopeEntry(area, what, whatInDetail, who, when, Optional.of(procedure));
  }

  /**
   * Whether a question is answered on this line.
   *
   * @param question the question
   * @return true if it is
   */
  public boolean answers(ScopeQuestion question) {
    Objects.requireNonNull(question, "question");
    return switch (question) {
      case WHAT -> what.isPresent();
      case WHAT_IN_DETAIL -> whatInDetail.isPresent();
      case WHO -> who.isPresent();
      case WHEN -> when.isPresent();
      case HOW -> how.isPresent();
    };
  }
}

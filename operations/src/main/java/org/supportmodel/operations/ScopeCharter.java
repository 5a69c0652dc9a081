package org.supportmodel.operations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The support scope register as Markdown, to serve as the support charter's annex: one table per
 * area with the five answers ("open" where an answer is missing), then the open points of the
 * review with their reasons.
 */
public final class ScopeCharter {
  private static final String OPEN = "*open*";

  private ScopeCharter() {}

  /**
   * Renders a reviewed register.
   *
   * @param review the review of the register
   * @return the Markdown, never null
   */
  public static String markdown(ScopeReview review) {
    Objects.requireNonNull(review, "review");
    SupportScope scope = review.scope();
    StringBuilder text = new StringBuilder();
    text.append("# Support scope\n\n");
    text.append("Support model: ").append(scope.model().label())
        .append(scope.centerOfExcellence() ? ", with a Center of Excellence" : ", without a Center of Excellence").append(".\n\n");
    for (ScopeArea area : ScopeArea.values()) {
      List<ScopeEntry> entries = scope.entries(area);
      text.append("## ").append(capitalized(area.label())).append("\n\n");
      if (entries.isEmpty()) {
        text.append("No line in the register: ").append(OPEN).append(".\n\n");
        continue;
      }
      text.append("| What | What in detail | Who | When | How |\n|---|---|---|---|---|\n");
      for (ScopeEntry entry : entries) {
        text.append("| ").append(cell(entry.what()))
            .append(" | ").append(cell(entry.whatInDetail()))
            .append(" | ").append(cell(entry.who().map(ScopeOwner::toString)))
            .append(" | ").append(cell(entry.when().map(when -> (when.kind() == ScopeTiming.Kind.EVENT ? "on event: " : "") + when)))
            .append(" | ").append(cell(entry.how()))
            .append(" |\n");
      }
      text.append('\n');
    }
    text.append("## Open points\n\n");
    if (review.complete()) {
      text.append("None: every area answers what, what in detail, who, when and how, with parties the model provides.\n");
    } else {
      for (ScopeGap gap : review.gaps()) {
        text.append("- ").append(escape(gap.message()));
        if (gap.kind() != ScopeGap.Kind.UNANSWERED) {
          text.append(" (").append(escape(gap.reason())).append(')');
        }
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static String cell(Optional<String> value) {
    return value.map(ScopeCharter::escape).orElse(OPEN);
  }

  /** Table-safe text: pipes and line breaks would break the row. */
  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

package org.supportmodel.hypercare;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * Renders an exit assessment for a steering meeting, as plain text or Markdown: the verdict and
 * earliest exit date first, then each criterion with what was measured, against what, and what
 * would make it pass with its evidence, the weekly trend, the open action items, the commitments
 * and the handover status. Returns a String; no I/O.
 */
public final class HypercareReport {
  /** The evidence lines shown per criterion by default; the rest are counted. */
  public static final int DEFAULT_EVIDENCE_LINES = 10;

  private HypercareReport() {}

  /**
   * The report as plain text.
   *
   * @param assessment the assessment
   * @return the report, never null
   */
  public static String text(ExitAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return render(assessment, new Text(), DEFAULT_EVIDENCE_LINES);
  }

  /**
   * The report as Markdown (CommonMark with pipe tables).
   *
   * @param assessment the assessment
   * @return the report, never null
   */
  public static String markdown(ExitAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return render(assessment, new Markdown(), DEFAULT_EVIDENCE_LINES);
  }

  /**
   * The report as Markdown, with a chosen number of evidence lines per criterion.
   *
   * @param assessment the assessment
   * @param evidenceLines how many evidence lines to show per criterion, at least 1
   * @return the report, never null
   */
  public static String markdown(ExitAssessment assessment, int evidenceLines) {
    Objects.requireNonNull(assessment, "assessment");
    return render(assessment, new Markdown(), Checks.positive(evidenceLines, "evidenceLines"));
  }

  /**
   * The report as plain text, with a chosen number of evidence lines per criterion.
   *
   * @param assessment the assessment
   * @param evidenceLines how many evidence lines to show per criterion, at least 1
   * @return the report, never null
   */
  public static String text(ExitAssessment assessment, int evidenceLines) {
    Objects.requireNonNull(assessment, "assessment");
    return render(assessment, new Text(), Checks.positive(evidenceLines, "evidenceLines"));
  }

  private static String render(ExitAssessment a, Format out, int evidenceLines) {
    HypercarePlan plan = a.plan();
    out.heading(1, "Hypercare exit assessment: " + plan.name());
    long day = ChronoUnit.DAYS.between(plan.goLive(), a.asOfDate()) + 1;
    long toPlannedEnd = ChronoUnit.DAYS.between(a.asOfDate(), plan.plannedEnd());
    out.line("As of " + a.asOfDate() + " (" + plan.zone() + "), day " + day + " after go-live on " + plan.goLive()
        + "; planned end " + plan.plannedEnd()
        + (toPlannedEnd == 0 ? " (today)" : toPlannedEnd > 0 ? " (in " + days(toPlannedEnd) + ")" : " (" + days(-toPlannedEnd) + " ago)") + ".");
    long passing = a.results().stream().filter(CriterionResult::passes).count();
    out.line(out.strong("Verdict: " + (a.verdict() == Verdict.EXIT ? "EXIT hypercare" : "EXTEND hypercare")) + " - "
        + passing + " of " + a.results().size() + " criteria pass.");
    out.line("Earliest date every criterion could pass: "
        + a.earliestExit().earliest().map(Object::toString).orElse("cannot be projected") + " (" + a.earliestExit().basis() + ").");
    if (!a.findings().isEmpty()) {
      out.heading(2, "Plan check");
      for (PlanFinding finding : a.findings()) {
        out.bullet(finding.message());
      }
    }

    out.heading(2, "Exit criteria");
    List<List<String>> rows = new ArrayList<>();
    for (CriterionResult r : a.results()) {
      rows.add(List.of(r.description(), r.measured(), r.threshold(), status(r.status())));
    }
    out.table(List.of("Criterion", "Measured", "Threshold", "Status"), rows);

    if (!a.notPassing().isEmpty()) {
      out.heading(2, "What must change");
      for (CriterionResult r : a.notPassing()) {
        out.heading(3, r.description() + " - " + status(r.status()));
        out.line("To pass: " + r.toPass().orElse(""));
        out.line("Earliest: " + r.projection().earliest().map(Object::toString).orElse("cannot be projected") + " ("
            + r.projection().basis() + ")");
        List<String> actions = new ArrayList<>();
        for (ActionStatus status : a.actionPlan()) {
          if (status.item().criterion().filter(r.id()::equals).isPresent()) {
            actions.add(status.item().id() + " " + status.item().description() + " (" + status.item().owner() + ", due "
                + status.item().due() + "): " + status.detail());
          }
        }
        if (!actions.isEmpty()) {
          out.line("Action plan:");
          actions.forEach(out::bullet);
        }
        evidence(out, r, evidenceLines);
      }
    }
    List<CriterionResult> passed = a.results().stream().filter(CriterionResult::passes).filter(r -> !r.evidence().isEmpty()).toList();
    if (!passed.isEmpty()) {
      out.heading(2, "Evidence of the criteria that pass");
      for (CriterionResult r : passed) {
        out.heading(3, r.description());
        evidence(out, r, evidenceLines);
      }
    }

    out.heading(2, "Weekly trend");
    if (a.weeks().isEmpty()) {
      out.line("No week of hypercare yet.");
    } else {
      List<List<String>> weeks = new ArrayList<>();
      for (WeekFigures w : a.weeks()) {
        weeks.add(List.of(
            w.number() + (w.complete() ? "" : " (so far)"),
            w.start() + " to " + w.lastDay(),
            Integer.toString(w.inflow()),
            Integer.toString(w.closures()),
            Integer.toString(w.reopened()),
            Integer.toString(w.backlog()),
            w.slaShare().map(Threshold::percent).orElse("-"),
            w.withoutHypercareShare().map(Threshold::percent).orElse("-"),
            Integer.toString(w.newRequirements())));
      }
      out.table(List.of("Week", "Dates", "Inflow", "Closures", "Reopened", "Backlog", "P1/P2 SLA met", "Without hypercare", "New requirements"), weeks);
    }

    out.heading(2, "Action plan");
    List<List<String>> actions = new ArrayList<>();
    for (ActionStatus status : a.actionPlan()) {
      ActionItem item = status.item();
      String about = item.request().map(Object::toString).or(() -> item.criterion().map(c -> "criterion " + c)).orElse("-");
      actions.add(List.of(item.id(), item.description(), about, item.owner(), item.due().toString(),
          status.state().name() + ": " + status.detail()));
    }
    tableOrNone(out, List.of("Item", "Action", "For", "Owner", "Due", "State"), actions, "No action items.");

    out.heading(2, "Commitments of the project team and partner");
    List<List<String>> commitments = new ArrayList<>();
    for (Commitment c : plan.commitments()) {
      commitments.add(List.of(c.party(), c.commitment(), c.from() + " to " + c.until(), c.holdsOn(a.asOfDate()) ? "in force" : "not in force"));
    }
    tableOrNone(out, List.of("Party", "Commitment", "Period", "Today"), commitments, "No commitments recorded.");

    out.heading(2, "Handover to the support team");
    List<List<String>> handover = new ArrayList<>();
    for (HandoverItem h : plan.handoverItems()) {
      handover.add(List.of(h.id(), h.kind().name().toLowerCase(Locale.ROOT), h.description(), h.from(), h.due().toString(),
          h.signedOffBy(a.asOfDate()) ? "signed off " + h.signedOffOn().orElseThrow() : "open"));
    }
    tableOrNone(out, List.of("Item", "Kind", "What", "From", "Due", "State"), handover, "No handover items.");
    return out.toString();
  }

  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static void evidence(Format out, CriterionResult r, int limit) {
    if (r.evidence().isEmpty()) {
      out.line("Evidence: none.");
      return;
    }
    out.line("Evidence:");
    for (String line : r.evidence().subList(0, Math.min(limit, r.evidence().size()))) {
      out.bullet(line);
    }
    if (r.evidence().size() > limit) {
      out.bullet("and " + (r.evidence().size() - limit) + " more");
    }
  }

  private static void tableOrNone(Format out, List<String> headers, List<List<String>> rows, String none) {
    if (rows.isEmpty()) {
      out.line(none);
    } else {
      out.table(headers, rows);
    }
  }

  private static String status(CriterionStatus status) {
    return switch (status) {
      case PASS -> "PASS";
      case FAIL -> "FAIL";
      case NO_DATA -> "NO DATA";
    };
  }

  /** Where the report is written: plain text or Markdown. */
  private abstract static class Format {
    final StringBuilder out = new StringBuilder(4096);

    abstract void heading(int level, String text);

    abstract String strong(String text);

    abstract String bulletMarker();

    abstract String escapeText(String text);

    private boolean afterBullet;

    void bullet(String text) {
      if (afterBullet) {
        out.setLength(out.length() - 1);
      }
      out.append(bulletMarker()).append(escapeText(text)).append("\n\n");
      afterBullet = true;
    }

    final void endList() {
      afterBullet = false;
    }

    abstract void table(List<String> headers, List<List<String>> rows);

    void line(String text) {
      endList();
      out.append(text).append("\n\n");
    }

    @Override
    public String toString() {
      String text = out.toString();
      return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
    }
  }

  private static final class Text extends Format {
    @Override
    void heading(int level, String text) {
      endList();
      out.append(text).append('\n');
      if (level < 3) {
        out.append((level == 1 ? "=" : "-").repeat(text.length())).append('\n');
      }
      out.append('\n');
    }

    @Override
    String strong(String text) {
      return text;
    }

    @Override
    String bulletMarker() {
      return "  - ";
    }

    @Override
    String escapeText(String text) {
      return text;
    }

    @Override
    void table(List<String> headers, List<List<String>> rows) {
      endList();
      int[] widths = new int[headers.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = headers.get(i).length();
        for (List<String> row : rows) {
          widths[i] = Math.max(widths[i], row.get(i).length());
        }
      }
      row(headers, widths);
      List<String> rule = new ArrayList<>();
      for (int width : widths) {
        rule.add("-".repeat(width));
      }
      row(rule, widths);
      for (List<String> row : rows) {
        row(row, widths);
      }
      out.append('\n');
    }

    private void row(List<String> cells, int[] widths) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        line.append(i == 0 ? "" : "  ").append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static final class Markdown extends Format {
    @Override
    void heading(int level, String text) {
      endList();
      out.append("#".repeat(level)).append(' ').append(escape(text)).append("\n\n");
    }

    @Override
    String strong(String text) {
      return "**" + text + "**";
    }

    @Override
    String bulletMarker() {
      return "- ";
    }

    @Override
    String escapeText(String text) {
      return escape(text);
    }

    @Override
    void table(List<String> headers, List<List<String>> rows) {
      endList();
      row(headers);
      List<String> rule = new ArrayList<>();
      for (int i = 0; i < headers.size(); i++) {
        rule.add("---");
      }
      row(rule);
      for (List<String> row : rows) {
        row(row);
      }
      out.append('\n');
    }

    private void row(List<String> cells) {
      out.append('|');
      for (String cell : cells) {
        out.append(' ').append(escape(cell).replace("|", "\\|")).append(" |");
      }
      out.append('\n');
    }

    private static String escape(String text) {
      return text.replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
    }
  }
}

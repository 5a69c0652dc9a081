package org.supportmodel.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.supportmodel.hypercare.CriterionResult;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.PlanFinding;
import org.supportmodel.hypercare.Verdict;
import org.supportmodel.hypercare.WeekFigures;

/**
 * The simulation's HTML page: the verdicts with links to the Markdown reports, two SVG charts
 * (weekly inflow, closures and backlog; P1 and P2 SLA attainment against the 90 % line), the table
 * of the weekly figures the charts show, and each assessment's criteria. Every number comes from
 * the library's {@link WeekFigures} and {@link ExitAssessment}, the same the console and the
 * Markdown show.
 *
 * <p>Well-formed XHTML, so that any XML parser reads it; no scripts, no external resources. The
 * charts scale to the width of the page (a phone at 400 px, a wide screen side by side).
 */
final class HtmlReport {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 320;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int BOTTOM = 64;
  private static final int TOP = 40;
  /** The attainment chart starts at 50 %, or lower if a week was lower. */
  private static final int FLOOR = 50;
  private static final String INFLOW = "#3b6fb6";
  private static final String CLOSURES = "#5a9e3c";
  private static final String BACKLOG = "#c0392b";
  private static final String TARGET = "#a31515";

  private HtmlReport() {}

  static String render(GoLiveSimulation.Result result, String name) {
    List<WeekFigures> weeks = result.weeks();
    String period = weeks.isEmpty() ? "no week yet"
        : "weeks 1 to " + weeks.size() + ", " + weeks.get(0).start() + " to " + weeks.get(weeks.size() - 1).lastDay();
    List<String> dates = new ArrayList<>();
    result.assessments().values().forEach(a -> dates.add(a.asOfDate().toString()));
    StringBuilder html = new StringBuilder(32_768);
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(name)).append(" - hypercare assessments of ").append(escape(String.join(" and ", dates)))
        .append("</title>\n<style>")
        .append("body{font-family:system-ui,sans-serif;margin:0 auto;padding:1em;max-width:80em;color:#222;line-height:1.4}")
        .append("h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.5em}")
        .append(".sub{color:#555;margin:0 0 1em}")
        .append(".verdicts{display:grid;grid-template-columns:repeat(auto-fit,minmax(16em,1fr));gap:.8em}")
        .append(".verdict{border-left:.5em solid;padding:.6em .8em;border-radius:.3em}")
        .append(".verdict.EXIT{border-color:#176317;background:#eaf6ea}.verdict.EXTEND{border-color:#b7791f;background:#fdf3e1}")
        .append(".verdict strong{font-size:1.3em}.verdict p{margin:.3em 0}")
        .append(".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));gap:1em}")
        .append("figure{margin:0}figure svg{width:100%;height:auto;display:block}figcaption{font-weight:600;margin-bottom:.3em}")
        .append(".scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.95em}")
        .append("td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}td.n{text-align:right}")
        .append("td.n,td.d{white-space:nowrap}@media (max-width:40em){body{padding:.5em}table{font-size:.85em}}")
        .append(".note{border-left:.3em solid #b7791f;padding:.2em .6em;background:#fdf8ee}")
        .append(".PASS{color:#176317;font-weight:600}.FAIL{color:#a31515;font-weight:600}.NO_DATA{color:#8a6d00;font-weight:600}")
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(name)).append("</h1>\n<p class=\"sub\">Go-live support report, ").append(escape(period))
        .append(". ").append(escape(result.summary())).append('.')
        .append(result.model().map(m -> " Support model: " + escape(m.toString().toLowerCase(Locale.ROOT).replace('_', ' ')) + ".").orElse(""))
        .append("</p>\n");
    for (String note : result.notes()) {
      html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }

    html.append("<h2>Hypercare exit assessments</h2>\n<div class=\"verdicts\">\n");
    for (Map.Entry<Integer, ExitAssessment> entry : result.assessments().entrySet()) {
      ExitAssessment a = entry.getValue();
      long passing = a.results().stream().filter(CriterionResult::passes).count();
      html.append("<div class=\"verdict ").append(a.verdict()).append("\" id=\"verdict-week-").append(entry.getKey()).append("\">")
          .append("<p>End of week ").append(entry.getKey()).append(" (as of ").append(a.asOfDate()).append(")</p>")
          .append("<p><strong>").append(a.verdict() == Verdict.EXIT ? "EXIT hypercare" : "EXTEND hypercare").append("</strong></p>")
          .append("<p>").append(passing).append(" of ").append(a.results().size()).append(" criteria pass; earliest exit ")
          .append(escape(a.earliestExit().earliest().map(Object::toString).orElse("cannot be projected"))).append(".</p>");
      for (PlanFinding finding : a.findings()) {
        html.append("<p>").append(escape(finding.message())).append(".</p>");
      }
      html.append("<p><a href=\"hypercare-week-").append(entry.getKey()).append(".md\">Full report (Markdown)</a>")
          .append(" - <a href=\"#criteria-week-").append(entry.getKey()).append("\">criteria</a></p></div>\n");
    }
    html.append("</div>\n");

    html.append("<h2>Weekly figures</h2>\n<div class=\"charts\">\n")
        .append("<figure><figcaption>Inflow, closures and backlog per week</figcaption>\n").append(flowChart(weeks)).append("</figure>\n")
        .append("<figure><figcaption>P1 and P2 requests that met their SLA targets, against the 90 % line</figcaption>\n")
        .append(attainmentChart(weeks)).append("</figure>\n</div>\n");
    html.append(weekTable(weeks));

    for (Map.Entry<Integer, ExitAssessment> entry : result.assessments().entrySet()) {
      ExitAssessment assessment = entry.getValue();
      html.append("<h2 id=\"criteria-week-").append(entry.getKey()).append("\">Criteria at the end of week ").append(entry.getKey())
          .append(": ").append(assessment.verdict()).append("</h2>\n<p>Earliest date every criterion could pass: ")
          .append(escape(assessment.earliestExit().earliest().map(Object::toString).orElse("cannot be projected")))
          .append(" (").append(escape(assessment.earliestExit().basis())).append(").</p>\n")
          .append("<div class=\"scroll\"><table>\n<tr><th>Criterion</th><th>Measured</th><th>Threshold</th><th>Status</th></tr>\n");
      for (CriterionResult criterion : assessment.results()) {
        html.append("<tr><td>").append(escape(criterion.description())).append("</td><td>").append(escape(criterion.measured()))
            .append("</td><td>").append(escape(criterion.threshold())).append("</td><td class=\"").append(criterion.status())
            .append("\">").append(criterion.status()).append("</td></tr>\n");
      }
      html.append("</table></div>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /** The numbers behind the charts, one row per week. */
  static String weekTable(List<WeekFigures> weeks) {
    StringBuilder table = new StringBuilder(4096).append("<div class=\"scroll\"><table id=\"weekly-figures\">\n<tr><th>Week</th><th>Dates</th>")
        .append("<th>Inflow</th><th>Closures</th><th>Reopened</th><th>Backlog</th><th>P1/P2 SLA met</th>")
        .append("<th>Without hypercare resources</th><th>New requirements</th></tr>\n");
    for (WeekFigures w : weeks) {
      table.append("<tr><td>").append(w.number()).append(w.complete() ? "" : " (so far)").append("</td><td class=\"d\">").append(w.start())
          .append(" to ").append(w.lastDay()).append("</td>");
      for (String cell : List.of(Integer.toString(w.inflow()), Integer.toString(w.closures()), Integer.toString(w.reopened()),
          Integer.toString(w.backlog()), GoLiveSimulation.percent(w.slaShare()), GoLiveSimulation.percent(w.withoutHypercareShare()),
          Integer.toString(w.newRequirements()))) {
        table.append("<td class=\"n\">").append(escape(cell)).append("</td>");
      }
      table.append("</tr>\n");
    }
    return table.append("</table></div>\n").toString();
  }

  private static String flowChart(List<WeekFigures> weeks) {
    int max = 1;
    for (WeekFigures week : weeks) {
      max = Math.max(max, Math.max(week.backlog(), Math.max(week.inflow(), week.closures())));
    }
    max = (max + 99) / 100 * 100;
    StringBuilder svg = open("inflow-closures", "Support requests per week: inflow, closures and backlog at the end of the week");
    axes(svg, 0, max, max / 4, "", "support requests");
    double slot = slot(weeks);
    StringBuilder backlog = new StringBuilder();
    for (int i = 0; i < weeks.size(); i++) {
      WeekFigures week = weeks.get(i);
      double x = LEFT + i * slot + slot * 0.15;
      double bar = slot * 0.35;
      bar(svg, x, bar, week.inflow(), max, INFLOW, "week " + week.number() + ": inflow " + week.inflow());
      bar(svg, x + bar, bar, week.closures(), max, CLOSURES, "week " + week.number() + ": closures " + week.closures());
      double cx = LEFT + i * slot + slot / 2;
      double cy = y(week.backlog(), 0, max);
      backlog.append(String.format(Locale.ROOT, "%.1f,%.1f ", cx, cy));
      svg.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>week %d: backlog %d</title></circle>\n",
          cx, cy, BACKLOG, week.number(), week.backlog()));
      weekLabel(svg, cx, week);
    }
    svg.append("<polyline fill=\"none\" stroke=\"").append(BACKLOG).append("\" stroke-width=\"2\" points=\"")
        .append(backlog.toString().strip()).append("\"/>\n");
    legend(svg, new String[] {INFLOW, CLOSURES, BACKLOG}, new String[] {"inflow", "closures", "backlog"});
    return svg.append("</svg>\n").toString();
  }

  private static String attainmentChart(List<WeekFigures> weeks) {
    StringBuilder svg = open("sla-attainment", "P1 and P2 requests that met their SLA targets per week, against the 90 % line");
    int floor = FLOOR;
    for (WeekFigures week : weeks) {
      if (week.slaShare().isPresent()) {
        floor = Math.min(floor, (int) Math.floor(week.slaShare().get() * 10) * 10);
      }
    }
    axes(svg, floor, 100, 10, " %", "P1/P2 requests met");
    double slot = slot(weeks);
    double line = y(90, floor, 100);
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"6 4\"><title>90 %% target</title></line>\n",
        LEFT, line, WIDTH - RIGHT, line, TARGET));
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < weeks.size(); i++) {
      WeekFigures week = weeks.get(i);
      double x = LEFT + i * slot + slot / 2;
      weekLabel(svg, x, week);
      Optional<Double> share = week.slaShare();
      if (share.isPresent()) {
        double y = y(Math.max(floor, share.get() * 100), floor, 100);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>week %d: %s</title></circle>\n",
            x, y, INFLOW, week.number(), escape(GoLiveSimulation.percent(share))));
      }
    }
    svg.append("<polyline fill=\"none\" stroke=\"").append(INFLOW).append("\" stroke-width=\"2\" points=\"")
        .append(points.toString().strip()).append("\"/>\n");
    legend(svg, new String[] {INFLOW, TARGET}, new String[] {"P1/P2 requests met", "90 % line"});
    return svg.append("</svg>\n").toString();
  }

  private static double slot(List<WeekFigures> weeks) {
    return (WIDTH - LEFT - RIGHT) / (double) Math.max(1, weeks.size());
  }

  private static StringBuilder open(String id, String title) {
    return new StringBuilder(4096).append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" viewBox=\"0 0 %d %d\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\""
            + " font-family=\"system-ui,sans-serif\">\n<title>%s</title>\n",
        id, WIDTH, HEIGHT, escape(title)));
  }

  private static void axes(StringBuilder svg, int min, int max, int step, String unit, String title) {
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>\n", LEFT, TOP, LEFT, HEIGHT - BOTTOM));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>\n",
        LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
    for (int value = min; value <= max; value += step) {
      double y = y(value, min, max);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>\n", LEFT + 1, y, WIDTH - RIGHT, y));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" font-size=\"15\" text-anchor=\"end\">%d%s</text>\n", LEFT - 6, y + 4, value, escape(unit)));
    }
    int middle = (TOP + HEIGHT - BOTTOM) / 2;
    svg.append(String.format(Locale.ROOT,
        "<text x=\"14\" y=\"%d\" font-size=\"15\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\" class=\"axis-title\">%s</text>\n",
        middle, middle, escape(title)));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"15\" text-anchor=\"middle\" class=\"axis-title\">hypercare week (first day)</text>\n",
        (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 8));
  }

  private static void weekLabel(StringBuilder svg, double x, WeekFigures week) {
    label(svg, x, HEIGHT - BOTTOM + 20, "W" + week.number() + (week.complete() ? "" : "*"));
    label(svg, x, HEIGHT - BOTTOM + 38, String.format(Locale.ROOT, "%02d-%02d", week.start().getMonthValue(), week.start().getDayOfMonth()));
  }

  private static void bar(StringBuilder svg, double x, double width, int value, int max, String color, String title) {
    double top = y(value, 0, max);
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>\n",
        x, top, width, HEIGHT - BOTTOM - top, color, escape(title)));
  }

  private static void label(StringBuilder svg, double x, double y, String text) {
    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"15\" text-anchor=\"middle\">%s</text>\n", x, y, escape(text)));
  }

  private static void legend(StringBuilder svg, String[] colors, String[] names) {
    int x = LEFT + 4;
    for (int i = 0; i < names.length; i++) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"10\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", x, colors[i]));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"21\" font-size=\"15\">%s</text>\n", x + 16, escape(names[i])));
      x += 30 + names[i].length() * 9;
    }
  }

  private static double y(double value, int min, int max) {
    return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (value - min) / (max - min);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

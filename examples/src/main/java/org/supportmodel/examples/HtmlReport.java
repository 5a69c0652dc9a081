package org.supportmodel.examples;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.supportmodel.hypercare.CriterionResult;
import org.supportmodel.hypercare.ExitAssessment;

/**
 * The simulation's HTML page: two SVG charts (weekly inflow against closures; P1 and P2 SLA
 * attainment against the 90 % line) and the hypercare assessments. Well-formed XHTML, so that any
 * XML parser reads it; no scripts, no external resources.
 */
final class HtmlReport {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 260;
  private static final int LEFT = 50;
  private static final int BOTTOM = 30;
  private static final int TOP = 20;
  /** The attainment chart starts at 50 %, or lower if a week was lower. */
  private static final int FLOOR = 50;

  private HtmlReport() {}

  static String render(GoLiveSimulation.Result result) {
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>Go-live support simulation</title>\n<style>")
        .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}")
        .append(".PASS{color:#176317}.FAIL{color:#a31515}.NO_DATA{color:#8a6d00}")
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>Go-live support simulation</h1>\n<p>").append(escape(result.summary())).append(". Support model: ")
        .append(escape(result.model().toString().toLowerCase(Locale.ROOT).replace('_', ' '))).append(".</p>\n");
    html.append("<h2>Weekly inflow against closures</h2>\n").append(flowChart(result.weeks()));
    html.append("<h2>P1 and P2 SLA attainment against the 90 % line</h2>\n").append(attainmentChart(result.weeks()));
    for (Map.Entry<Integer, ExitAssessment> entry : result.assessments().entrySet()) {
      ExitAssessment assessment = entry.getValue();
      html.append("<h2>Hypercare exit assessment, end of week ").append(entry.getKey()).append(": ")
          .append(assessment.verdict()).append("</h2>\n<p>Earliest date every criterion could pass: ")
          .append(escape(assessment.earliestExit().earliest().map(Object::toString).orElse("cannot be projected")))
          .append(" (").append(escape(assessment.earliestExit().basis())).append(").</p>\n")
          .append("<table>\n<tr><th>Criterion</th><th>Measured</th><th>Threshold</th><th>Status</th></tr>\n");
      for (CriterionResult criterion : assessment.results()) {
        html.append("<tr><td>").append(escape(criterion.description())).append("</td><td>").append(escape(criterion.measured()))
            .append("</td><td>").append(escape(criterion.threshold())).append("</td><td class=\"").append(criterion.status())
            .append("\">").append(criterion.status()).append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static String flowChart(List<GoLiveSimulation.Week> weeks) {
    int max = 1;
    for (GoLiveSimulation.Week week : weeks) {
      max = Math.max(max, Math.max(week.inflow(), week.closures()));
    }
    max = (max + 99) / 100 * 100;
    StringBuilder svg = open("inflow-closures", "Weekly inflow against closures");
    axes(svg, 0, max, max / 4, "");
    double slot = (WIDTH - LEFT - 10.0) / weeks.size();
    for (int i = 0; i < weeks.size(); i++) {
      GoLiveSimulation.Week week = weeks.get(i);
      double x = LEFT + i * slot + slot * 0.15;
      double bar = slot * 0.35;
      bar(svg, x, bar, week.inflow(), max, "#4a78b5", "week " + week.number() + " inflow " + week.inflow());
      bar(svg, x + bar, bar, week.closures(), max, "#6aa84f", "week " + week.number() + " closures " + week.closures());
      label(svg, LEFT + i * slot + slot / 2, HEIGHT - BOTTOM + 16, "W" + week.number());
    }
    legend(svg, new String[] {"#4a78b5", "#6aa84f"}, new String[] {"inflow", "closures"});
    return svg.append("</svg>\n").toString();
  }

  private static String attainmentChart(List<GoLiveSimulation.Week> weeks) {
    StringBuilder svg = open("sla-attainment", "P1 and P2 SLA attainment per week against the 90 % line");
    int floor = FLOOR;
    for (GoLiveSimulation.Week week : weeks) {
      if (week.p1p2().isPresent()) {
        floor = Math.min(floor, (int) Math.floor(week.p1p2().get() * 10) * 10);
      }
    }
    axes(svg, floor, 100, 10, " %");
    double slot = (WIDTH - LEFT - 10.0) / weeks.size();
    double line = y(90, floor, 100);
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#a31515\" stroke-dasharray=\"6 4\"><title>90 %% target</title></line>\n",
        LEFT, line, WIDTH - 10, line));
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < weeks.size(); i++) {
      GoLiveSimulation.Week week = weeks.get(i);
      double x = LEFT + i * slot + slot / 2;
      label(svg, x, HEIGHT - BOTTOM + 16, "W" + week.number());
      Optional<Double> share = week.p1p2();
      if (share.isPresent()) {
        double y = y(Math.max(floor, share.get() * 100), floor, 100);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#4a78b5\"><title>week %d: %s</title></circle>\n",
            x, y, week.number(), GoLiveSimulation.percent(share)));
      }
    }
    svg.append("<polyline fill=\"none\" stroke=\"#4a78b5\" stroke-width=\"2\" points=\"").append(points.toString().strip()).append("\"/>\n");
    legend(svg, new String[] {"#4a78b5", "#a31515"}, new String[] {"P1 and P2 targets met", "90 % line"});
    return svg.append("</svg>\n").toString();
  }

  private static StringBuilder open(String id, String title) {
    return new StringBuilder(4096).append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">\n<title>%s</title>\n",
        id, WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title)));
  }

  private static void axes(StringBuilder svg, int min, int max, int step, String unit) {
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>\n", LEFT, TOP, LEFT, HEIGHT - BOTTOM));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>\n",
        LEFT, HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
    for (int value = min; value <= max; value += step) {
      double y = y(value, min, max);
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d%s</text>\n", LEFT - 6, y + 4, value, escape(unit)));
    }
  }

  private static void bar(StringBuilder svg, double x, double width, int value, int max, String color, String title) {
    double top = y(value, 0, max);
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>\n",
        x, top, width, HEIGHT - BOTTOM - top, color, escape(title)));
  }

  private static void label(StringBuilder svg, double x, double y, String text) {
    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n", x, y, escape(text)));
  }

  private static void legend(StringBuilder svg, String[] colors, String[] names) {
    for (int i = 0; i < names.length; i++) {
      int x = LEFT + 10 + i * 170;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"10\" height=\"10\" fill=\"%s\"/>\n", x, colors[i]));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"13\" font-size=\"11\">%s</text>\n", x + 14, escape(names[i])));
    }
  }

  private static double y(double value, int min, int max) {
    return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (value - min) / (max - min);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

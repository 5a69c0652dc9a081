package org.supportmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportmodel.core.SupportModel;
import org.supportmodel.hypercare.CriterionStatus;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HypercareUse;
import org.supportmodel.hypercare.PlanFinding;
import org.supportmodel.hypercare.Verdict;
import org.supportmodel.hypercare.WeekFigures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GoLiveSimulationTest {
  private static String bundledText() throws Exception {
    try (InputStream in = GoLiveSimulation.class.getResourceAsStream(SampleData.RESOURCE)) {
      assertTrue(in != null, "the bundled data is on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBundledDataIsWhatTheGeneratorMakes() throws Exception {
    assertEquals(SampleData.csv(20260504L), bundledText(), "regenerate with SampleData and commit the file");
  }

  @Test
  void theSimulationGivesTheKeyFiguresOfTheEightWeeks() throws Exception {
    GoLiveSimulation.Result result = GoLiveSimulation.run(GoLiveSimulation.bundled());
    assertEquals("Read 14,238 rows for 2,000 requests from alpine-go-live-events.csv", result.summary());
    assertEquals(Optional.of(SupportModel.MIXED), result.model());
    assertEquals(Set.of(), result.unrouted().keySet(), "every sample request is covered by the routing rules");
    assertEquals(2000, result.finalAuthorities().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(8, result.weeks().size());
    assertEquals(340, result.weeks().get(0).inflow(), "support requests only: the 40 new requirements are apart");
    assertEquals(40, result.weeks().get(0).newRequirements());
    assertEquals(237, result.weeks().get(0).closures());
    assertEquals(Optional.of(0.857), result.weeks().get(6).slaShare().map(s -> Math.round(s * 1000) / 1000.0));
    assertEquals(Verdict.EXTEND, result.assessment(4).verdict());
    assertEquals(CriterionStatus.FAIL, result.assessment(4).result("first-period-close").orElseThrow().status());
    ExitAssessment last = result.assessment(8);
    assertEquals(Verdict.EXTEND, last.verdict(), "per request, 84.5 % of P1 and P2 requests met their targets");
    assertEquals("84.5 % (60 of 71 requests decided)", last.result("sla-attainment").orElseThrow().measured());
    assertEquals(Optional.of(LocalDate.of(2026, 7, 27)), last.earliestExit().earliest());
    assertEquals(
        List.of(PlanFinding.Kind.EXIT_AFTER_PLANNED_END, PlanFinding.Kind.COMMITMENT_ENDS_BEFORE_EXIT,
            PlanFinding.Kind.COMMITMENT_ENDS_BEFORE_EXIT),
        last.findings().stream().map(PlanFinding::kind).toList());
  }

  @Test
  void anAssessmentAtTheEndOfAWeekCoversThatWeekAndPastWeeksNeverChange() throws Exception {
    GoLiveSimulation.Result result = GoLiveSimulation.run(GoLiveSimulation.bundled());
    ExitAssessment week4 = result.assessment(4);
    assertEquals(LocalDate.of(2026, 5, 31), week4.asOfDate(), "the end of week 4 is Sunday 31 May, included");
    assertEquals(4, week4.weeks().size());
    assertTrue(week4.weeks().stream().allMatch(WeekFigures::complete), "week 4 is complete at its end");
    assertEquals(week4.weeks(), result.assessment(8).weeks().subList(0, 4), "weeks 1 to 4 read the same in both reports");
  }

  /** Runs the main example as a user would, on a copy of the bundled data as an export file. */
  private static String runOnTheBundledExport(Path folder, Path out) throws Exception {
    Path export = folder.resolve("export.csv");
    Files.writeString(export, bundledText(), StandardCharsets.UTF_8);
    return ExamplesTest.run(GoLiveSimulation.class, export.toString(), out.toString());
  }

  /** The element with an id: without a DTD, XML parsers do not know which attribute is an id. */
  private static Element byId(Document html, String id) {
    NodeList all = html.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
        return (Element) all.item(i);
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  /** The weekly rows of a table in text: the numbers in each row that starts with a week number. */
  private static List<List<String>> rows(String text, String rowStart, String cellSeparator) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (line.matches(rowStart + "[1-8] .*")) {
        rows.add(List.of(line.replaceFirst("^" + rowStart, "").trim().split(cellSeparator, -1)).stream().map(String::trim)
            .filter(cell -> !cell.isEmpty()).toList());
      }
    }
    return rows;
  }

  @Test
  void theConsoleTheMarkdownAndTheHtmlShowTheSameWeeklyFigures(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("report");
    String printed = runOnTheBundledExport(folder, out);
    String markdown = Files.readString(out.resolve("hypercare-week-8.md"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document html = factory.newDocumentBuilder().parse(out.resolve("index.html").toFile());
    Element table = byId(html, "weekly-figures");
    List<List<String>> htmlRows = new ArrayList<>();
    NodeList trs = table.getElementsByTagName("tr");
    for (int i = 1; i < trs.getLength(); i++) {
      NodeList tds = ((Element) trs.item(i)).getElementsByTagName("td");
      List<String> cells = new ArrayList<>();
      for (int k = 0; k < tds.getLength(); k++) {
        cells.add(tds.item(k).getTextContent().trim());
      }
      htmlRows.add(cells);
    }
    List<List<String>> console = rows(printed, " *", "  +");
    List<List<String>> md = rows(markdown, "\\| ", "\\|");
    assertEquals(8, htmlRows.size());
    assertEquals(8, console.size(), printed);
    assertEquals(8, md.size(), markdown);
    for (int w = 0; w < 8; w++) {
      // week, dates, inflow, closures, reopened, backlog, P1/P2 SLA met, without hypercare, new requirements
      List<String> h = htmlRows.get(w);
      assertEquals(h, List.of(console.get(w).get(0), console.get(w).get(1), console.get(w).get(2), console.get(w).get(3),
          console.get(w).get(4), console.get(w).get(5), console.get(w).get(6), console.get(w).get(7), console.get(w).get(8)),
          "console week " + (w + 1));
      assertEquals(h, md.get(w), "Markdown week " + (w + 1));
    }
  }

  @Test
  void mainReadsAnExportAndWritesWellFormedHtmlWithBothCharts(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("report");
    String printed = runOnTheBundledExport(folder, out);
    assertTrue(printed.contains("Read 14,238 rows for 2,000 requests from " + folder.resolve("export.csv")), printed);
    assertTrue(printed.contains("Hypercare exit assessment at the end of week 8 (as of 2026-06-28): EXTEND"), printed);
    assertTrue(printed.contains("Reports written to " + out.toAbsolutePath()), printed);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document html = factory.newDocumentBuilder().parse(out.resolve("index.html").toFile());
    NodeList svgs = html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertEquals(2, svgs.getLength());
    assertEquals("inflow-closures", ((Element) svgs.item(0)).getAttribute("id"));
    assertEquals("sla-attainment", ((Element) svgs.item(1)).getAttribute("id"));
    assertEquals(16, ((Element) svgs.item(0)).getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() - 3,
        "two bars a week, besides the three legend keys");
    assertEquals(1, ((Element) svgs.item(0)).getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength(), "backlog");
    assertEquals(1, ((Element) svgs.item(1)).getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength());
    String page = Files.readString(out.resolve("index.html"));
    assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"), "fits a phone");
    assertTrue(page.contains("<title>Alpine Outdoor Gear - first 8 weeks after go-live - hypercare assessments of 2026-05-31 and 2026-06-28</title>"),
        "the organization and the assessment dates in the title");
    assertTrue(page.contains("viewBox=\"0 0 640 320\"") && !page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"inflow-closures\" width="),
        "charts scale with the page");
    assertTrue(page.contains(">support requests</text>") && page.contains(">hypercare week (first day)</text>"), "axis titles");
    assertTrue(page.contains(">05-04</text>"), "week start dates under the bars");
    Element verdict = byId(html, "verdict-week-8");
    assertEquals("verdict EXTEND", verdict.getAttribute("class"));
    assertEquals("hypercare-week-8.md", ((Element) verdict.getElementsByTagName("a").item(0)).getAttribute("href"));
    assertTrue(Files.readString(out.resolve("hypercare-week-4.md")).startsWith("# Hypercare exit assessment"));
    assertTrue(Files.readString(out.resolve("hypercare-week-8.md")).contains("**Verdict: EXTEND hypercare**"));
  }

  @Test
  void requestsRaisedInThePeriodEndExtendedHoursRunTheirClocksThen() throws Exception {
    RequestEventCsv.ImportedRequest late =
        GoLiveSimulation.bundled().requests().stream()
            .filter(r -> r.createdPriority() != org.supportmodel.core.Priority.P1)
            .filter(r -> {
              java.time.ZonedDateTime local = r.created().atZone(r.region().equals("EU") ? SampleData.BERLIN : SampleData.NEW_YORK);
              return local.toLocalDate().equals(SampleData.PERIOD_END) && local.getHour() >= 17 && local.getHour() < 20;
            })
            .findFirst()
            .orElseThrow();
    org.supportmodel.sla.TicketSla sla =
        org.supportmodel.sla.SlaEvaluation.evaluate(
            late.id(), late.events().subList(0, 1), EvaluateSla.policy(), java.util.Objects.requireNonNull(GoLiveSimulation.REGIONS.get(late.region())),
            late.created().plusSeconds(1800));
    assertEquals(java.time.Duration.ofMinutes(30),
        sla.latest(org.supportmodel.sla.SlaMetric.FIRST_RESPONSE).orElseThrow().elapsed(),
        "after 17:00 on the period end the calendar is open until 21:00");
  }

  private static void assertError(String expected, String csv) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RequestEventCsv.read("export.csv", csv, Set.of("EU", "US")));
    assertEquals(expected, e.getMessage());
  }

  private static final String CREATED = "INC-1,2026-05-04T09:00:00+02:00,CREATED,P2,,EU,O2C,INCIDENT,CONFIGURATION,SIMPLE,,\n";

  @Test
  void aBadRowNamesTheFileLineColumnAndReason() {
    String header = RequestEventCsv.HEADER + "\n";
    assertError("export.csv:1: the header has no column 'request_id' (the request-event format needs it); it has [id, at]", "id,at\n");
    assertError("export.csv:2: column priority: 'P9' is not one of [P1, P2, P3, P4]",
        header + CREATED.replace(",P2,", ",P9,"));
    assertError("export.csv:3: column at: '2026-05-04 10:00' is not an ISO-8601 date-time with offset, such as 2026-05-04T09:30:00+02:00",
        header + CREATED + "INC-1,2026-05-04 10:00,FIRST_RESPONSE,,,,,,,,,\n");
    assertError("export.csv:3: is not valid CSV: Record 3 has 11 fields, but first record had 12 fields", header + CREATED + "INC-1,2026-05-04T10:00:00+02:00,UPDATE,,,,,,,,\n");
    assertError("export.csv:3: column resolver: 'PARTNER' is not used by a UPDATE event",
        header + CREATED + "INC-1,2026-05-04T10:00:00+02:00,UPDATE,,,,,,,,PARTNER,\n");
    assertError("export.csv:3: column status: is empty but a STATUS_CHANGED event needs it",
        header + CREATED + "INC-1,2026-05-04T10:00:00+02:00,STATUS_CHANGED,,,,,,,,,\n");
    assertError("export.csv:2: column region: 'APAC' is not one of [EU, US]", header + CREATED.replace(",EU,", ",APAC,"));
    assertError("export.csv:3: column event: a second CREATED row for INC-1 (the first is on line 2)", header + CREATED + CREATED);
    assertError("export.csv:2: column event: request INC-2 has no CREATED row",
        header + "INC-2,2026-05-04T10:00:00+02:00,UPDATE,,,,,,,,,\n" + CREATED);
    assertError("export.csv:2: column event: 'ESCALATED' is not one of [CREATED, STATUS_CHANGED, PRIORITY_CHANGED, FIRST_RESPONSE, UPDATE, RESOLVED, REOPENED, CLOSED, ASSIGNED, CUSTOMER_REPLY]",
        header + "INC-2,2026-05-04T10:00:00+02:00,ESCALATED,,,,,,,,,\n");
    assertError("export.csv:3: column hypercare_resources: 'yes' is not true or false",
        header + CREATED + "INC-1,2026-05-04T12:00:00+02:00,RESOLVED,,,,,,,,PARTNER,yes\n");
  }

  @Test
  void realCsvIsReadQuotedValuesReorderedColumnsByteOrderMarkAndCrlf() {
    String csv = "\uFEFFhypercare_resources,resolver,complexity,layer,kind,process,region,status,priority,event,at,request_id,comment\r\n"
        + ",,SIMPLE,CONFIGURATION,INCIDENT,\"Order to cash, EU\",EU,,P2,CREATED,2026-05-04T09:00:00+02:00,INC-1,\"said \"\"urgent\"\"\"\r\n"
        + "true,PARTNER,,,,,,,,RESOLVED,2026-05-04T12:00:00+02:00,INC-1,\"two\r\nlines\"\r\n\r\n";
    RequestEventCsv.Import read = RequestEventCsv.read("export.csv", csv, Set.of("EU"));
    assertEquals("Read 2 rows for 1 requests from export.csv", read.summary());
    assertEquals("Order to cash, EU", read.requests().get(0).process());
    assertEquals(HypercareUse.USED, read.requests().get(0).hypercareResources());
  }

  @Test
  void rowsOfARequestMayComeInAnyOrder() {
    String csv = RequestEventCsv.HEADER + "\n"
        + "INC-1,2026-05-04T12:00:00+02:00,RESOLVED,,,,,,,,PARTNER,true\n"
        + CREATED;
    RequestEventCsv.Import read = RequestEventCsv.read("export.csv", csv, Set.of("EU"));
    assertEquals("Read 2 rows for 1 requests from export.csv", read.summary());
    assertEquals(2, read.requests().get(0).events().size());
    assertEquals(HypercareUse.USED, read.requests().get(0).hypercareResources());
  }

  @Test
  void anEmptyHypercareResourcesColumnIsUnknownNotNo() {
    String header = RequestEventCsv.HEADER + "\n";
    String resolved = "INC-1,2026-05-04T12:00:00+02:00,RESOLVED,,,,,,,,PARTNER,";
    assertEquals(HypercareUse.UNKNOWN,
        RequestEventCsv.read("export.csv", header + CREATED + resolved + "\n", Set.of("EU")).requests().get(0).hypercareResources());
    assertEquals(HypercareUse.NOT_USED,
        RequestEventCsv.read("export.csv", header + CREATED + resolved + "false\n", Set.of("EU")).requests().get(0).hypercareResources());
  }
}

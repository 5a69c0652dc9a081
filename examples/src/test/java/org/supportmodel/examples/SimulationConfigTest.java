package org.supportmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.holidays.PublicHolidays;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.WeekFigures;
import org.supportmodel.jackson.SupportmodelModule;
import org.supportmodel.routing.Routing;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.CalendarSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The go-live simulation reads its configuration from JSON files and writes each assessment as JSON. */
class SimulationConfigTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new SupportmodelModule()).enable(SerializationFeature.INDENT_OUTPUT).build();

  @Test
  void theBundledFilesHoldTheExamplesSetup() {
    SimulationConfig config = SimulationConfig.bundled();
    assertEquals(RecommendSupportModel.alpineOutdoorGear(), config.profile());
    assertEquals(RouteARequest.mixedSetup(), config.setup());
    assertEquals(EvaluateSla.policy(), config.policy());
    assertEquals(List.of("EU", "US"), config.regions().keySet().stream().sorted().toList());
    BusinessCalendar berlin = BusinessCalendar.builder(SampleData.BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00")
        .override(SampleData.PERIOD_END, "07:00-12:00", "13:00-21:00").build();
    assertEquals(CalendarSet.of("business-hours", PublicHolidays.of("DE", "be").addTo(berlin, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        "24x7", BusinessCalendar.twentyFourSeven(SampleData.BERLIN)), config.regions().get("EU"));
    assertEquals("Alpine Outdoor Gear - first 8 weeks after go-live", config.plan().name());
    assertEquals(SampleData.GO_LIVE, config.plan().goLive());
    assertEquals(7, config.plan().criteria().size());
  }

  @Test
  void eachAssessmentIsWrittenAsJsonBesideItsMarkdownWithTheSameFigures(@TempDir Path out) throws Exception {
    GoLiveSimulation.Result result = GoLiveSimulation.run(GoLiveSimulation.bundled());
    List<String> files = GoLiveSimulation.write(result, out);
    assertEquals(List.of("index.html", "hypercare-week-4.md", "hypercare-week-4.json", "hypercare-week-8.md", "hypercare-week-8.json"), files);
    ExitAssessment assessment = result.assessment(8);
    JsonNode json = MAPPER.readTree(Files.readString(out.resolve("hypercare-week-8.json")));
    assertEquals(1, json.get("schemaVersion").intValue());
    assertEquals("EXTEND", json.get("verdict").stringValue());
    assertEquals(assessment.results().size(), json.get("results").size());
    assertEquals(assessment.result("sla-attainment").orElseThrow().measured(), json.get("results").get(2).get("measured").stringValue());
    WeekFigures week = assessment.weeks().get(7);
    JsonNode written = json.get("weeks").get(7);
    assertEquals(week.inflow(), written.get("inflow").intValue());
    assertEquals(week.slaShare().orElseThrow(), written.get("slaShare").doubleValue());
    assertEquals(week.withoutHypercareShare().orElseThrow(), written.get("withoutHypercareShare").doubleValue());
    assertEquals(MAPPER.writeValueAsString(assessment) + "\n", Files.readString(out.resolve("hypercare-week-8.json")));
  }

  @Test
  void aConfigFolderReplacesTheFilesItHoldsAndTheRestStayBundled(@TempDir Path config) throws Exception {
    String plan = new String(SimulationConfig.class.getResourceAsStream(SimulationConfig.RESOURCES + "hypercare-plan.json").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(config.resolve("hypercare-plan.json"), plan.replace("\"plannedEnd\": \"2026-06-15\"", "\"plannedEnd\": \"2026-07-31\""));
    SimulationConfig read = SimulationConfig.read(config);
    assertEquals(LocalDate.of(2026, 7, 31), read.plan().plannedEnd());
    assertEquals(SimulationConfig.bundled().policy(), read.policy());

    Files.writeString(config.resolve("support-setup.json"), "{\"model\": \"FULLY_OUTSOURCED\", \"centerOfExcellence\": false, "
        + "\"integrationOwner\": \"PARTNER\", \"partner\": {\"id\": \"fabrikam\", \"kind\": \"PARTNER\", \"name\": \"Fabrikam\"}, "
        + "\"partnerHandlesIsvs\": false, \"twentyFourSevenCommitment\": true, \"maxReassignments\": 3}");
    SimulationCommandTest.Run run = SimulationCommandTest.run("--config", config.toString(), "--out", config.resolve("out").toString());
    assertEquals("", run.err());
    assertEquals(0, run.code());
    assertTrue(run.out().contains("Note: the support setup uses the fully outsourced model; the profile recommends the mixed model"), run.out());
    assertTrue(run.out().contains("  PARTNER "), run.out());
  }

  @Test
  void aBadConfigFileIsOneLineNamingTheFileTheJsonPathAndTheRule(@TempDir Path config) throws Exception {
    Files.writeString(config.resolve("hypercare-plan.json"), "{\"name\": \"Plan\", \"zone\": \"Europe/Berlin\", \"goLive\": \"2026-05-04\", "
        + "\"plannedEnd\": \"2026-06-15\", \"criteria\": [{\"id\": \"sla-attainment\", \"threshold\": {\"above\": 0.9}}]}");
    SimulationCommandTest.Run run = SimulationCommandTest.run("--config", config.toString(), "--out", config.resolve("out").toString());
    assertEquals(SimulationCommand.BAD_DATA, run.code());
    assertEquals("error: " + config.resolve("hypercare-plan.json") + ": $.criteria[0].threshold.above: is not a field here; the fields are "
        + "[atLeast, over]\n", run.err());

    Files.delete(config.resolve("hypercare-plan.json"));
    Files.writeString(config.resolve("regions.json"), "{\"EU\": {\"publicHolidays\": {\"country\": \"XX\", \"subdivision\": \"\", "
        + "\"from\": \"2026-01-01\", \"to\": \"2026-12-31\"}, \"calendars\": {\"24x7\": {\"zone\": \"UTC\", \"weekly\": {\"MON\": [\"25:00-26:00\"]}}}}}");
    run = SimulationCommandTest.run("--config", config.toString(), "--out", config.resolve("out").toString());
    assertEquals(SimulationCommand.BAD_DATA, run.code());
    assertTrue(run.err().startsWith("error: " + config.resolve("regions.json") + ": $.EU.calendars.24x7.weekly.MON[0]: "), run.err());

    Files.writeString(config.resolve("regions.json"), "{\"EU\": {\"publicHolidays\": {\"country\": \"DE\", \"subdivision\": \"\", "
        + "\"from\": \"2026-01-01\", \"to\": \"2026-12-31\"}, \"calendars\": {\"business-hours\": {\"zone\": \"Europe/Berlin\", "
        + "\"weekly\": {\"MON\": [\"08:00-17:00\"]}}, \"24x7\": {\"zone\": \"Europe/Berlin\", \"weekly\": {\"MON\": [\"00:00-24:00\"]}}}}}");
    run = SimulationCommandTest.run("--config", config.toString(), "--out", config.resolve("out").toString());
    assertEquals(SimulationCommand.BAD_DATA, run.code(), run.err());
    assertEquals("error: alpine-go-live-events.csv:8: column region: 'US' is not one of [EU]\n", run.err(),
        "the sample's US requests have no calendars in this configuration");

    run = SimulationCommandTest.run("--config", config.resolve("missing").toString());
    assertEquals(SimulationCommand.UNREADABLE, run.code());
    assertTrue(run.err().startsWith("error: " + config.resolve("missing")), run.err());
    run = SimulationCommandTest.run("--format", "servicenow", "--config", config.toString(), SimulationCommandTest.sample());
    assertEquals(SimulationCommand.USAGE, run.code());
    assertTrue(run.err().startsWith("error: --config applies to the supportmodel format"), run.err());
  }

  @Test
  void theDocumentedRoutingOutcomeIsWhatTheModuleWrites() throws Exception {
    String page = Files.readString(SimulationCommandTest.ROOT.resolve("docs/json.md"));
    Matcher block = Pattern.compile("```json result-routing-outcome\\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertTrue(block.find(), "docs/json.md shows a routing outcome");
    assertEquals(MAPPER.writeValueAsString(Routing.route(RouteARequest.atTheInternalTeam(ProblemLayer.CUSTOM_CODE), RouteARequest.mixedSetup()))
        + "\n", block.group(1));
  }
}

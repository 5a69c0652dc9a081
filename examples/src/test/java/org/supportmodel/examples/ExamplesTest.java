package org.supportmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.SupportModelSelection;

/** Runs every example's {@code main} and checks its key output. */
class ExamplesTest {

  private static List<JavaClass> examplesWithMain() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.supportmodel.examples")
        .stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> c.tryGetMethod("main", String[].class).isPresent())
        .sorted(java.util.Comparator.comparing(JavaClass::getName))
        .collect(Collectors.toList());
  }

  static String run(Class<?> example, String... args) throws Exception {
    Method main = example.getMethod("main", String[].class);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRunsAndPrints() {
    List<JavaClass> examples = examplesWithMain();
    assertFalse(examples.isEmpty(), "no example found");
    return examples.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getSimpleName(),
                    () -> assertFalse(run(c.reflect()).isBlank(), c.getName() + " printed nothing")));
  }

  @Test
  void recommendSupportModelExplainsAMixedRecommendation() throws Exception {
    assertEquals(
        SupportModel.MIXED,
        SupportModelSelection.recommend(RecommendSupportModel.alpineOutdoorGear()).recommended());
    String output = run(RecommendSupportModel.class);
    assertTrue(output.contains("Recommended support model: mixed"), output);
    assertTrue(output.contains("Risks of the mixed model"), output);
    assertTrue(output.contains("Level 4 (diagnosis, fix and deployment)"), output);
    assertTrue(output.contains("Recommended support model: fully outsourced"), output);
    assertTrue(output.contains("Group sourcing policy GSP-7"), output);
  }

  @Test
  void routeARequestHandsOffToThePartnerAndToMicrosoftAndDecidesEscalations() throws Exception {
    String output = run(RouteARequest.class);
    assertTrue(output.contains("INC-1001: hand off to Fabrikam@L4; driven by Internal Dynamics 365 team"), output);
    assertTrue(output.contains("may see an anonymized copy of production data only"), output);
    assertTrue(output.contains("Microsoft: SEV_A through Lifecycle Services"), output);
    assertTrue(output.contains("Hierarchical escalation with the SLA ON_TRACK: refused"), output);
    assertTrue(output.contains("Hierarchical escalation with the SLA BREACHED: granted"), output);
  }

  @Test
  void routeForARealOrganizationUsesScopesAreasContractsOwnersCoverageAndOwnRules() throws Exception {
    String out = run(RouteForARealOrganization.class);
    assertTrue(out.contains("INC-2001: hand off to Northwind CE@L4; driven by Internal Dynamics 365 team\n"), out);
    assertTrue(out.contains("  WARNING DATA_ACCESS_LAPSED: the data access of Northwind CE under approval DPA-2026-014 lapsed at"
        + " 2026-06-30T22:00:00Z"), out);
    assertTrue(out.contains("  fix: DEPLOY PRODUCTION by Center of Excellence (the party that owns production deploys it: most customers"
        + " don't give partners admin access to production)"), out);
    assertTrue(out.contains("INC-2002: hand off to Perf Lab@L4"), out);
    assertTrue(out.contains("INC-2003: hand off to Operations super users@L1"), out);
    assertTrue(out.contains("INC-2004: hand off to Litware Payroll@L5 via Center of Excellence"), out);
    assertTrue(out.contains("  rule own payroll-p1-to-partner: the organization's own rule decided (payroll P1s go to Fabrikam, who built"
        + " payroll)"), out);
    assertTrue(out.contains("INC-2006: hand off to Night desk@L2"), out);
    assertTrue(out.contains("INC-2007: hand off to Center of Excellence@L4"), out);
    assertTrue(out.contains("isv-contoso through the partner, response within 4h, support hours contoso-hours"), out);
    assertTrue(out.contains("""
          isv-contoso-contract: isv-contoso must respond to a P1 within PT4H of business time on calendar contoso-hours
          isv-litware-contract: isv-litware must respond to a P1 within PT8H of business time on calendar 24x7
        """), out);
  }

  @Test
  void trackSlaOnKafkaStreamsEmitsExactlyTheLibrarysChanges() throws Exception {
    String out = run(TrackSlaOnKafkaStreams.class);
    assertTrue(out.startsWith("SLA changes of 2000 requests (14238 events) through Kafka Streams' test driver, up to"
        + " 2026-06-28T22:00:00Z:"), out);
    assertTrue(out.contains("  BREACHED        409       409\n"), out);
    assertTrue(out.contains("  RESUMED        1164      1164\n"), out);
    assertTrue(out.contains("The topology emitted exactly the library's changes, each once."), out);
  }

  @Test
  void evaluateSlaPausesOverEasterAndGivesOneTimer() throws Exception {
    String output = run(EvaluateSla.class);
    assertTrue(output.contains("    2026-04-02T16:40 to 2026-04-07T09:15  PAUSED, PT1H35M of business time: paused by WAITING_FOR_CUSTOMER (STATUS_CHANGED)"),
        output);
    assertTrue(output.contains("  held by helpdesk: PT113H50M\n  held by d365-team: PT1H40M\n"), output);
    assertTrue(output.contains("  d365-team HOLD (d365-team-triage): OPEN, elapsed PT1H40M, due 2026-04-07T11:20"), output);
    assertTrue(output.contains("RESOLUTION #1 (P2, PT8H of business time on business-hours): RUNNING, elapsed PT2H55M"), output);
    assertTrue(output.contains("due 2026-04-08T08:05"), output);
    assertTrue(output.contains("set one timer for: 2026-04-07T11:45"), output);
  }

  @Test
  void assessHypercarePrintsAMarkdownReportThatExtendsHypercare() throws Exception {
    String output = run(AssessHypercare.class);
    assertTrue(output.startsWith("# Hypercare exit assessment: Alpine Outdoor Gear"), output);
    assertTrue(output.contains("**Verdict: EXTEND hypercare** - 2 of 7 criteria pass."), output);
    assertTrue(output.contains("| Over 90.0 % of P1 and P2 requests that met their SLA targets (last 14 days) | 85.7 % (12 of 14 requests decided) | > 90.0 % | FAIL |"), output);
    assertTrue(output.contains("Earliest: 2026-06-15 (the weekly SLA attainment of weeks 1 to 3 reaches > 90.0 % in week 6)"), output);
    assertTrue(output.contains("at most 1 request may miss a target (2 missed in the last 14 days)"), output);
  }

  @Test
  void planSupportOperationsPrintsTheScopeGapsTheCalendarAChangeAndTheStaff() throws Exception {
    String out = run(PlanSupportOperations.class);
    assertTrue(out.startsWith("Support scope (mixed model): 21 open points\n  environments (line 4): Fabrikam (partner) cannot do this work in the"
        + " mixed model\n    because the work administers production"), out);
    assertTrue(out.contains("Support and servicing calendar, 2026-06-01 to 2027-05-31: 101 occurrences, 26 conflicts"), out);
    assertTrue(out.contains("  2026-07-18  production deployment of the Microsoft service update 10.0.46 (release manager (internal Dynamics 365 team))"),
        out);
    assertTrue(out.contains("  OVERLAPPING_REGRESSION (1): the regression testing of the Microsoft service update 10.0.46 (2026-07-08 to 2026-07-17)"
        + " overlaps that of the ISV update Contoso WMS 8 (2026-07-07 to 2026-07-11)"), out);
    assertTrue(out.contains("Change CH-0142 (bug fix by the partner): CHANGE_BOARD, approved by [change board (internal Dynamics 365 team)]"), out);
    assertTrue(out.contains("      3  early                    6                   8\n"), out);
    assertTrue(out.contains("internal staff at peak per support model: {FULLY_INTERNAL=22, MIXED=22, FULLY_OUTSOURCED=14}"), out);
  }
}

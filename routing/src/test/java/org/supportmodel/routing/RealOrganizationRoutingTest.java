package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/**
 * Routing for organizations that do not fit one partner and one setup-wide flag: each test names
 * the guidance sentence it follows.
 */
class RealOrganizationRoutingTest {
  private static final ResolvingAuthority NORTHWIND = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-northwind", "Northwind CE");
  private static final ResolvingAuthority PERF = ResolvingAuthority.of(AuthorityKind.PARTNER, "perf-lab", "Perf Lab");
  private static final ResolvingAuthority FINANCE_SU = ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-finance", "Finance super users");
  private static final ResolvingAuthority OPS_SU = ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-ops", "Operations super users");
  private static final ResolvingAuthority NIGHT_DESK = ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK, "night-desk", "Night desk");
  private static final ResolvingAuthority HR_TEAM = ResolvingAuthority.of(AuthorityKind.INTERNAL_IT, "hr-systems", "HR systems team");
  private static final Instant JUNE_30 = Instant.parse("2026-06-30T22:00:00Z");

  private static Routed routed(RoutingOutcome outcome) {
    assertTrue(outcome instanceof Routed, () -> "not routed: " + outcome);
    return (Routed) outcome;
  }

  private static SupportRequest atTeam(Diagnosis diagnosis) {
    return Fixtures.at("INC-7", diagnosis, Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1),
        Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2), Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3));
  }

  private static SupportRequest atHelpdesk(Diagnosis diagnosis) {
    return Fixtures.at("INC-8", diagnosis, Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1),
        Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2));
  }

  private static String steps(DeploymentPath path) {
    return path.steps().stream().map(s -> s.action() + " " + s.environment() + " " + s.by().id())
        .collect(Collectors.joining(" > "));
  }

  private static String message(Runnable action) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, action::run).getMessage());
  }

  // ---- point 3: the fix's way to production -------------------------------------------------

  @Test
  @DisplayName("\"Even in a mostly outsourced model, the partner drives this to a pre-production environment and the internal team deploys to production\"")
  void thePartnersFixGoesToPreProductionAndTheInternalTeamDeploysIt() {
    List<Routed> walk = Fixtures.walk(Fixtures.newRequest("INC-1", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE)),
        Fixtures.setup(SupportModel.FULLY_OUTSOURCED));
    Routed fix = walk.get(walk.size() - 1);
    assertEquals(RoutingRule.PARTNER_FIXES, fix.rule());
    DeploymentPath path = fix.deployment().orElseThrow();
    assertEquals("TEST TEST partner-fabrikam > DEPLOY PRE_PRODUCTION partner-fabrikam > APPROVE PRE_PRODUCTION internal-it"
        + " > DEPLOY PRODUCTION internal-it", steps(path));
    assertEquals(Fixtures.INTERNAL_IT, path.productionDeployer());
    assertEquals("the party that owns production deploys it: most customers don't give partners admin access to production",
        path.deploymentTo(Environment.PRODUCTION).orElseThrow().rule().description());
    assertEquals("the party that tests the fix drives it to a pre-production environment",
        path.deploymentTo(Environment.PRE_PRODUCTION).orElseThrow().rule().description());
    assertEquals(Optional.empty(), path.deploymentTo(Environment.DEVELOPMENT));
    assertEquals(List.of(), fix.warnings());
    assertTrue(fix.describe().contains("  fix: DEPLOY PRODUCTION by Internal IT ("), fix.describe());
    assertEquals("Super user@L1 > Internal helpdesk@L2 > Fabrikam@L3 > Fabrikam@L4", Fixtures.pathOf(walk));
    for (Routed step : walk) {
      assertEquals(step.next().level() == SupportLevel.LEVEL_4, step.deployment().isPresent(),
          "only the fix at level 4 carries a deployment: " + step.describe());
    }
  }

  @Test
  @DisplayName("\"Most customers don't give partners admin access to production\": a setup may grant it, and every outcome that uses it warns")
  void anExplicitGrantLetsThePartnerDeployToProductionWithAWarning() {
    SupportSetup setup = Fixtures.setup(SupportModel.FULLY_OUTSOURCED)
        .withHandOffPolicy(HandOffPolicy.standard().withPartnerProductionAccess("CAB-2026-031"));
    List<Routed> walk = Fixtures.walk(Fixtures.newRequest("INC-1", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE)), setup);
    Routed fix = walk.get(walk.size() - 1);
    assertEquals(NORTHWIND.kind(), fix.deployment().orElseThrow().productionDeployer().kind());
    assertEquals("the partner deploys to production under the hand-off policy's explicit grant",
        fix.deployment().orElseThrow().deploymentTo(Environment.PRODUCTION).orElseThrow().rule().description());
    assertTrue(fix.terms().productionAdmin());
    for (Routed step : walk) {
      boolean usesIt = step.next().authority().kind() == AuthorityKind.PARTNER;
      assertEquals(usesIt ? List.of(RoutingWarning.Kind.PARTNER_PRODUCTION_ACCESS) : List.of(),
          step.warnings().stream().map(RoutingWarning::kind).toList(), step.describe());
    }
    assertEquals("PARTNER_PRODUCTION_ACCESS: the partner has admin access to production and deploys fixes there under grant"
        + " CAB-2026-031; most customers don't give partners admin access to production", fix.warnings().get(0).toString());
    assertTrue(fix.describe().contains("  WARNING PARTNER_PRODUCTION_ACCESS: "), fix.describe());
  }

  @Test
  @DisplayName("\"the internal Dynamics 365 CoE or core team typically fixes the simpler issues\": an internal fixer deploys to production itself")
  void anInternalFixerDeploysItself() {
    Routed fix = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.SIMPLE)), Fixtures.setup(SupportModel.MIXED)));
    assertEquals("TEST TEST center-of-excellence > DEPLOY PRE_PRODUCTION center-of-excellence > APPROVE PRE_PRODUCTION"
        + " center-of-excellence > DEPLOY PRODUCTION center-of-excellence", steps(fix.deployment().orElseThrow()));
    assertEquals("the party that tests the fix is internal and may deploy it to production itself",
        fix.deployment().orElseThrow().deploymentTo(Environment.PRODUCTION).orElseThrow().rule().description());
    Routed config = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.CONFIGURATION, Complexity.SIMPLE)),
        Fixtures.setup(SupportModel.MIXED)));
    assertEquals(Optional.empty(), config.deployment(), "a simple configuration change is not a code fix");
  }

  @Test
  @DisplayName("\"a clear definition of the expected standards, testing regimen, and deployment process\": a partner barred from pre-production hands the fix over")
  void aPartnerWithoutPreProductionRightsHandsTheFixToTheProductionOwner() {
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED)
        .withHandOffPolicy(HandOffPolicy.standard().withDeploymentUpTo(AuthorityKind.PARTNER, Optional.of(Environment.TEST)));
    Routed fix = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX)), setup));
    assertEquals("TEST TEST partner-fabrikam > DEPLOY PRE_PRODUCTION center-of-excellence > APPROVE PRE_PRODUCTION"
        + " center-of-excellence > DEPLOY PRODUCTION center-of-excellence", steps(fix.deployment().orElseThrow()));
    assertEquals("the party that tests the fix may not deploy to pre-production: the party that owns production does",
        fix.deployment().orElseThrow().deploymentTo(Environment.PRE_PRODUCTION).orElseThrow().rule().description());
    SupportSetup nobody = Fixtures.setup(SupportModel.MIXED).withHandOffPolicy(
        HandOffPolicy.standard().withDeploymentUpTo(AuthorityKind.CENTER_OF_EXCELLENCE, Optional.of(Environment.PRE_PRODUCTION)));
    Routed blocked = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX)), nobody));
    assertEquals("NO_PRODUCTION_DEPLOYER: Center of Excellence owns production but the hand-off policy does not let it deploy there",
        blocked.warnings().get(0).toString());
  }

  @Test
  @DisplayName("\"the ISV resolves it under its support contract\": the ISV's fixed version is tested by who works with the ISV")
  void anIsvFixIsTestedByItsContact() {
    Routed toIsv = routed(Routing.route(atTeam(Diagnosis.isvCode(Fixtures.CONTOSO_TAX.id())), Fixtures.setup(SupportModel.MIXED)));
    assertEquals("TEST TEST center-of-excellence > DEPLOY PRE_PRODUCTION center-of-excellence > APPROVE PRE_PRODUCTION"
        + " center-of-excellence > DEPLOY PRODUCTION center-of-excellence", steps(toIsv.deployment().orElseThrow()));
    Routed toMicrosoft = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.STANDARD_D365, Complexity.MODERATE)),
        Fixtures.setup(SupportModel.MIXED)));
    assertEquals(Optional.empty(), toMicrosoft.deployment(), "Microsoft fixes its own service");
  }

  // ---- point 4: several partners and specialist teams ---------------------------------------

  private static SupportSetup twoPartners() {
    return Fixtures.setup(SupportModel.MIXED).withScopedPartners(
        ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)),
        ScopedPartner.of(PERF, Scope.ofTopics("Performance")));
  }

  @Test
  @DisplayName("\"involve a partner for issues that require deeper Dynamics 365 knowledge\": the partner whose scope covers the app")
  void thePartnerIsChosenByScopeAndTheOthersAreExplained() {
    SupportRequest ce = atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX))
        .withApplication(Dynamics365App.CUSTOMER_ENGAGEMENT);
    Routed toNorthwind = routed(Routing.route(ce, twoPartners()));
    assertEquals(Hop.of(NORTHWIND, SupportLevel.LEVEL_4), toNorthwind.next());
    assertEquals(RoutingRule.PARTNER_FOR_COMPLEX_ISSUES, toNorthwind.rule());
    assertTrue(toNorthwind.reason().endsWith("(complex; Northwind CE's scope is apps CUSTOMER_ENGAGEMENT)"), toNorthwind.reason());
    assertEquals(List.of(
            "Fabrikam@L4: the main partner takes what no scoped partner covers, and Northwind CE's scope covers this request",
            "Perf Lab@L4: its scope is topics performance, and the diagnosis names none of its topics",
            "Center of Excellence@L3: the issue is complex"),
        toNorthwind.alternatives().stream().map(Alternative::toString).toList());

    Routed toFabrikam = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX)), twoPartners()));
    assertEquals(Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4), toFabrikam.next());
    assertEquals("Northwind CE@L4: its scope is apps CUSTOMER_ENGAGEMENT, not FINANCE_AND_SUPPLY_CHAIN",
        toFabrikam.alternatives().get(0).toString());
    Routed northwindFixes = routed(Routing.route(ce.withPath(toNorthwind.path()), twoPartners()));
    assertEquals(RoutingRule.PARTNER_FIXES, northwindFixes.rule());
    assertEquals(NORTHWIND, northwindFixes.deployment().orElseThrow().steps().get(0).by());
  }

  @Test
  @DisplayName("\"planning for access to external teams that can use specialist performance tools\": a specialist team takes its topic in every model")
  void aSpecialistTeamTakesItsTopic() {
    SupportSetup internal = Fixtures.setup(SupportModel.FULLY_INTERNAL)
        .withScopedPartners(ScopedPartner.of(PERF, Scope.ofTopics("performance")));
    Routed slow = routed(Routing.route(atTeam(Diagnosis.unknown().withProcessOrTrainingRuledOut(true).withTopics("performance")), internal));
    assertEquals(Hop.of(PERF, SupportLevel.LEVEL_4), slow.next());
    assertEquals(RoutingRule.TO_SPECIALIST, slow.rule());
    assertEquals("planning for access to external teams that can use specialist tools: the specialist team takes it"
        + " (Perf Lab's scope is topics performance)", slow.reason());
    Routed atPerf = routed(Routing.route(atTeam(Diagnosis.unknown().withTopics("performance")).withPath(slow.path()), internal));
    assertEquals(RoutingRule.DIAGNOSE_FURTHER, atPerf.rule(), "the specialist works on it: " + atPerf.describe());
    Routed platform = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.MICROSOFT_PLATFORM, Complexity.MODERATE)
        .withTopics("performance")), internal));
    assertEquals(AuthorityKind.MICROSOFT, platform.next().authority().kind(), "a known platform cause goes to Microsoft");
    Routed outsourced = routed(Routing.route(atHelpdesk(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE)
            .withTopics("performance")),
        Fixtures.setup(SupportModel.FULLY_OUTSOURCED).withScopedPartners(
            ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)),
            ScopedPartner.of(PERF, Scope.ofTopics("performance")))));
    assertEquals(PERF, outsourced.next().authority(), "a specialist goes before a scoped partner: " + outsourced.describe());
  }

  @Test
  @DisplayName("\"a partner\" per scope: overlapping scopes are an error at setup time")
  void overlappingScopesAreRefused() {
    assertEquals("scopedPartners[perf-lab].scope: 'layers CUSTOM_CODE' overlaps the scope of Northwind CE (apps"
            + " CUSTOMER_ENGAGEMENT): a request must have one partner",
        message(() -> Fixtures.setup(SupportModel.MIXED).withScopedPartners(
            ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)),
            ScopedPartner.of(PERF, Scope.everything().withLayers(List.of(ProblemLayer.CUSTOM_CODE))))));
    assertEquals("scopedPartners[partner-fabrikam]: 'Fabrikam' is the setup's main partner, whose scope is everything else",
        message(() -> Fixtures.setup(SupportModel.MIXED).withScopedPartners(ScopedPartner.of(Fixtures.FABRIKAM, Scope.everything()))));
    assertEquals("scopedPartners[partner-northwind].scope: 'apps CUSTOMER_ENGAGEMENT' names no topic: the fully internal model"
            + " engages external teams only as specialists",
        message(() -> Fixtures.setup(SupportModel.FULLY_INTERNAL).withScopedPartners(
            ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)))));
    assertEquals("scopedPartners[isv-contoso-tax].kind: 'ISV' must be PARTNER",
        message(() -> ScopedPartner.of(Fixtures.CONTOSO_TAX, Scope.everything())));
    Scope finance = Scope.ofApps(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN).withProcesses(List.of(ProcessId.of("order-to-cash")));
    assertFalse(finance.overlaps(Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)));
    assertFalse(finance.overlaps(Scope.everything().withProcesses(List.of(ProcessId.of("payroll")))));
    assertTrue(finance.overlaps(Scope.everything()));
    assertEquals("apps FINANCE_AND_SUPPLY_CHAIN; processes order-to-cash", finance.describe());
    assertEquals("everything", Scope.everything().describe());
  }

  // ---- point 5: super users by functional area ----------------------------------------------

  private static SupportSetup byArea() {
    return Fixtures.setup(SupportModel.MIXED).withSuperUserGroups(
        SuperUserGroup.of(FINANCE_SU, "Finance"), SuperUserGroup.of(OPS_SU, "Operations", "Warehouse"));
  }

  @Test
  @DisplayName("\"super users may be further divided by functional area, such as Finance or Operations\": level 1 is the area's super users")
  void aProcessIssueGoesToTheSuperUsersOfItsArea() {
    SupportRequest warehouse = atHelpdesk(Diagnosis.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE))
        .withArea("warehouse");
    Routed toOps = routed(Routing.route(warehouse, byArea()));
    assertEquals(Hop.of(OPS_SU, SupportLevel.LEVEL_1), toOps.next());
    assertEquals(RoutingRule.BACK_TO_SUPER_USERS, toOps.rule());

    Routed hr = routed(Routing.route(warehouse.withArea("HR"), byArea()));
    assertEquals(Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2), hr.next());
    assertFalse(hr.handOff());
    assertEquals(RoutingRule.HELPDESK_WITHOUT_AREA_SUPER_USERS, hr.rule());
    assertEquals("super users are divided by functional area and none covers the request's: the helpdesk handles it"
        + " (no super users cover area HR)", hr.reason());
    assertEquals(List.of("Finance super users@L1: covers finance only", "Operations super users@L1: covers operations, warehouse only"),
        hr.alternatives().stream().map(Alternative::toString).toList());

    Routed fromTeam = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE)), byArea()));
    assertEquals(Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2), fromTeam.next());
    assertTrue(fromTeam.reason().endsWith("(the request names no functional area or business unit)"), fromTeam.reason());
    Routed undivided = routed(Routing.route(warehouse, Fixtures.setup(SupportModel.MIXED)));
    assertEquals(Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1), undivided.next());
  }

  @Test
  @DisplayName("super users by area: an area has one group")
  void anAreaBelongsToOneGroup() {
    assertEquals("superUserGroups[su-ops].areas: 'finance' is also covered by su-finance: each area has one group of super users",
        message(() -> Fixtures.setup(SupportModel.MIXED).withSuperUserGroups(
            SuperUserGroup.of(FINANCE_SU, "Finance"), SuperUserGroup.of(OPS_SU, "FINANCE"))));
    assertEquals("superUserGroups[su-ops].areas: '[]' must name at least one area", message(() -> SuperUserGroup.of(OPS_SU)));
    assertEquals("superUserGroups[night-desk].kind: 'INTERNAL_HELPDESK' must be SUPER_USER",
        message(() -> SuperUserGroup.of(NIGHT_DESK, "Finance")));
  }

  // ---- point 6: per-ISV and per-integration contracts ---------------------------------------

  private static SupportSetup twoIsvs() {
    return Fixtures.setup(SupportModel.MIXED)
        .withIsvs(Fixtures.CONTOSO_TAX, Fixtures.LITWARE_WMS)
        .withIsvContracts(
            new IsvContract(Fixtures.CONTOSO_TAX.id(), true, Optional.of("contoso-hours"), Optional.of(Duration.ofHours(4))),
            new IsvContract(Fixtures.LITWARE_WMS.id(), false, Optional.empty(), Optional.empty()))
        .withIntegrations(Integration.of("payroll-export", Fixtures.LITWARE_WMS), Integration.of("hr-sync", HR_TEAM),
            Integration.of("bank-files", Fixtures.FABRIKAM));
  }

  @Test
  @DisplayName("\"Whether the partner handles an ISV is per ISV\": each ISV's contract says who works with it")
  void eachIsvHasItsOwnContract() {
    Routed contoso = routed(Routing.route(atTeam(Diagnosis.isvCode(Fixtures.CONTOSO_TAX.id())), twoIsvs()));
    assertEquals(Optional.of(Fixtures.FABRIKAM), contoso.via());
    assertEquals("the cause is ISV code: the ISV resolves it under its support contract (Contoso Tax's code; contract:"
        + " through the partner, response within 4h, support hours contoso-hours)", contoso.reason());
    Routed litware = routed(Routing.route(atTeam(Diagnosis.isvCode(Fixtures.LITWARE_WMS.id())), twoIsvs()));
    assertEquals(Optional.of(Fixtures.COE), litware.via());
    assertTrue(twoIsvs().partnerHandles(Fixtures.CONTOSO_TAX.id()));
    assertFalse(twoIsvs().partnerHandles(Fixtures.LITWARE_WMS.id()));
    assertEquals("isvContracts[isv-unknown].isv: 'isv-unknown' is not one of the setup's ISVs",
        message(() -> twoIsvs().withIsvContracts(new IsvContract(AuthorityId.of("isv-unknown"), false, Optional.empty(), Optional.empty()))));
    assertEquals("isvContracts[isv-contoso-tax].throughPartner: 'true' needs the setup's partner, and the fully internal setup has none",
        message(() -> Fixtures.setup(SupportModel.FULLY_INTERNAL).withIsvContracts(
            new IsvContract(Fixtures.CONTOSO_TAX.id(), true, Optional.empty(), Optional.empty()))));
    assertEquals("isvContracts[isv-contoso-tax].responseTarget: 'PT0S' must be positive",
        message(() -> new IsvContract(Fixtures.CONTOSO_TAX.id(), true, Optional.empty(), Optional.of(Duration.ZERO))));
  }

  @Test
  @DisplayName("\"integration software at either end\": each integration goes to its own owner")
  void eachIntegrationGoesToItsOwner() {
    Routed payroll = routed(Routing.route(atTeam(Diagnosis.integration("payroll-export", Complexity.MODERATE)), twoIsvs()));
    assertEquals(Hop.of(Fixtures.LITWARE_WMS, SupportLevel.LEVEL_5), payroll.next());
    assertEquals(Optional.of(Fixtures.COE), payroll.via());
    assertEquals("integrations go to their owner through a defined hand-off (Litware WMS owns the integration payroll-export)",
        payroll.reason());
    Routed hr = routed(Routing.route(atTeam(Diagnosis.integration("hr-sync", Complexity.MODERATE)), twoIsvs()));
    assertEquals(Hop.of(HR_TEAM, SupportLevel.LEVEL_4), hr.next());
    Routed bank = routed(Routing.route(atTeam(Diagnosis.integration("bank-files", Complexity.MODERATE)), twoIsvs()));
    assertEquals(Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4), bank.next());
    Routed fabrikamFixes = routed(Routing.route(atTeam(Diagnosis.integration("bank-files", Complexity.MODERATE))
        .withPath(bank.path()), twoIsvs()));
    assertEquals(RoutingRule.PARTNER_FIXES, fabrikamFixes.rule());
    SupportRequest atGenericIt = atTeam(Diagnosis.integration("hr-sync", Complexity.MODERATE))
        .withPath(Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2), Hop.of(Fixtures.INTERNAL_IT, SupportLevel.LEVEL_3));
    assertEquals(Hop.of(HR_TEAM, SupportLevel.LEVEL_4), routed(Routing.route(atGenericIt, twoIsvs())).next());
    Routed hrFixes = routed(Routing.route(atTeam(Diagnosis.integration("hr-sync", Complexity.MODERATE)).withPath(hr.path()), twoIsvs()));
    assertEquals(RoutingRule.INTERNAL_IT_RESOLVES, hrFixes.rule());
    Routed litwareWorks = routed(Routing.route(atTeam(Diagnosis.integration("payroll-export", Complexity.MODERATE))
        .withPath(payroll.path()), twoIsvs()));
    assertEquals(RoutingRule.VENDOR_RESOLVES, litwareWorks.rule());

    RoutingOutcome unknown = Routing.route(atTeam(Diagnosis.integration("fax-gateway", Complexity.MODERATE)), twoIsvs());
    assertEquals(new Unrouted(RequestIdOf.INC_7, Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3),
        Unrouted.Uncovered.INTEGRATION_NOT_IDENTIFIED,
        "the diagnosis names integration 'fax-gateway', which is not one of the setup's 3 integrations"), unknown);
    Routed unnamed = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.INTEGRATION, Complexity.MODERATE)), twoIsvs()));
    assertEquals(Hop.of(Fixtures.INTERNAL_IT, SupportLevel.LEVEL_4), unnamed.next(), "unnamed: the setup-wide owner");
    assertEquals("integrations[crm-sync].owner: 'Northwind CE' must be part of the setup: Northwind CE is not one of the setup's partners",
        message(() -> twoIsvs().withIntegrations(Integration.of("crm-sync", NORTHWIND))));
    assertEquals("integration: 'hr-sync' is only given when the layer is INTEGRATION, not DATA",
        message(() -> new Diagnosis(Optional.of(ProblemLayer.DATA), true, Complexity.SIMPLE, false, Optional.empty(),
            Optional.of("hr-sync"), new java.util.TreeSet<>())));
  }

  /** The request id of {@link #atTeam}. */
  private static final class RequestIdOf {
    static final org.supportmodel.core.RequestId INC_7 = org.supportmodel.core.RequestId.of("INC-7");
  }

  // ---- point 7: data access that expires ----------------------------------------------------

  @Test
  @DisplayName("\"a defined hand-off\" of data: access carries its approval and end date, and lapses after it")
  void dataAccessLapsesAfterItsEnd() {
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED)
        .withAccessApprovals(new AccessApproval(Fixtures.FABRIKAM.id(), "DPA-2026-014", JUNE_30));
    SupportRequest complex = atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX));

    Routed june = routed(Routing.route(complex, setup, Circumstances.at(Instant.parse("2026-06-01T08:00:00Z"))));
    assertEquals(AccessStatus.VALID, june.terms().accessStatus());
    assertEquals(DataAccess.ANONYMIZED_COPY, june.terms().dataAccess());
    assertEquals(List.of(), june.warnings());
    assertTrue(june.terms().describe().contains("under approval DPA-2026-014 until 2026-06-30T22:00:00Z"), june.terms().describe());

    Routed july = routed(Routing.route(complex, setup, Circumstances.at(JUNE_30)));
    assertEquals(AccessStatus.LAPSED, july.terms().accessStatus());
    assertEquals(DataAccess.NO_CUSTOMER_DATA, july.terms().dataAccess());
    assertEquals(List.of(new RoutingWarning(RoutingWarning.Kind.DATA_ACCESS_LAPSED, "the data access of Fabrikam under approval"
        + " DPA-2026-014 lapsed at 2026-06-30T22:00:00Z: no customer data goes with the hand-off until it is renewed")), july.warnings());

    Routed unknown = routed(Routing.route(complex, setup));
    assertEquals(AccessStatus.NOT_CHECKED, unknown.terms().accessStatus());
    assertEquals(RoutingWarning.Kind.DATA_ACCESS_NOT_CHECKED, unknown.warnings().get(0).kind());
    Routed internal = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.CONFIGURATION, Complexity.SIMPLE)), setup,
        Circumstances.at(JUNE_30)));
    assertEquals(AccessStatus.NO_APPROVAL_RECORDED, internal.terms().accessStatus());

    assertEquals("accessApprovals[center-of-excellence].party: 'center-of-excellence' must be a partner, an ISV or Microsoft of the setup",
        message(() -> setup.withAccessApprovals(new AccessApproval(Fixtures.COE.id(), "DPA-1", JUNE_30))));
    assertEquals("accessStatus: 'LAPSED' contradicts the recorded approval",
        message(() -> new HandOffTerms(Fixtures.FABRIKAM, DataAccess.NO_CUSTOMER_DATA, Optional.empty(), false, Optional.empty(),
            AccessStatus.LAPSED)).replace("needs an approval", "contradicts the recorded approval"));
    assertEquals("dataAccess: 'ANONYMIZED_COPY' must be NO_CUSTOMER_DATA once the approval has lapsed",
        message(() -> new HandOffTerms(Fixtures.FABRIKAM, DataAccess.ANONYMIZED_COPY, Optional.empty(), false,
            Optional.of(new AccessApproval(Fixtures.FABRIKAM.id(), "DPA-1", JUNE_30)), AccessStatus.LAPSED)));
  }

  // ---- point 8: coverage --------------------------------------------------------------------

  @Test
  @DisplayName("coverage at levels 1 and 2: an unavailable helpdesk is skipped for the on-call party, with the reason")
  void anUnavailablePartyIsSkippedForTheOnCallParty() {
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED).withOnCall(NIGHT_DESK);
    SupportRequest ruledOut = Fixtures.newRequest("INC-9", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE));
    Circumstances night = Circumstances.at(Instant.parse("2026-07-01T23:00:00Z")).withUnavailable(Fixtures.HELPDESK.id());
    Routed covered = routed(Routing.route(ruledOut, setup, night));
    assertEquals(Hop.of(NIGHT_DESK, SupportLevel.LEVEL_2), covered.next());
    assertEquals(RoutingRule.ON_CALL_COVERS, covered.rule());
    assertEquals("the party chosen at level 1 or 2 cannot take the request now: the on-call party covers (Internal helpdesk is"
        + " unavailable now; rule SUPER_USER_TO_HELPDESK chose it)", covered.reason());
    assertEquals("Internal helpdesk@L2: Internal helpdesk is unavailable now", covered.alternatives().get(0).toString());

    Routed fromNightDesk = routed(Routing.route(ruledOut.withPath(covered.path()), setup, night));
    assertEquals(Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3), fromNightDesk.next(), "level 3 is not skipped");

    Routed nobody = routed(Routing.route(ruledOut, Fixtures.setup(SupportModel.MIXED), night));
    assertEquals(Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2), nobody.next());
    assertEquals("NO_COVERAGE: Internal helpdesk is unavailable now and the setup names no on-call party: someone must take"
        + " the request by hand", nobody.warnings().get(0).toString());
    Routed teamAway = routed(Routing.route(atTeam(Diagnosis.of(ProblemLayer.CONFIGURATION, Complexity.SIMPLE)), setup,
        Circumstances.none().withUnavailable(Fixtures.TEAM.id())));
    assertEquals(RoutingRule.INTERNAL_TEAM_RESOLVES, teamAway.rule(), "availability is checked at levels 1 and 2 only");
    assertEquals("onCall.kind: 'SUPER_USER' must be INTERNAL_HELPDESK",
        message(() -> Fixtures.setup(SupportModel.MIXED).withOnCall(FINANCE_SU)));
  }

  @Test
  @DisplayName("coverage at levels 1 and 2: a party that does not cover the request's language is skipped")
  void aPartyWithoutTheLanguageIsSkipped() {
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED).withOnCall(NIGHT_DESK);
    SupportRequest german = Fixtures.newRequest("INC-10", Diagnosis.unknown()).withLanguage("DE");
    Circumstances languages = Circumstances.none().withLanguages(Fixtures.SUPER_USER.id(), "en")
        .withLanguages(NIGHT_DESK.id(), "en", "de");
    Routed covered = routed(Routing.route(german, setup, languages));
    assertEquals(Hop.of(NIGHT_DESK, SupportLevel.LEVEL_2), covered.next());
    assertTrue(covered.reason().contains("Super user does not cover language de (covers en)"), covered.reason());
    Routed english = routed(Routing.route(german.withLanguage("en"), setup, languages));
    assertEquals(RoutingRule.SUPER_USER_TRIAGES, english.rule());
    Routed neither = routed(Routing.route(german, setup, languages.withLanguages(NIGHT_DESK.id(), "fr")));
    assertEquals(RoutingRule.SUPER_USER_TRIAGES, neither.rule());
    assertEquals("NO_COVERAGE: Super user does not cover language de (covers en) and Night desk does not cover language de"
        + " (covers fr): someone must take the request by hand", neither.warnings().get(0).toString());
  }

  // ---- point 9: the organization's own rules ------------------------------------------------

  private static final OwnRule PAYROLL_P1 = OwnRule.of("payroll-p1-to-partner",
      r -> r.priority() == Priority.P1 && r.process().equals(Optional.of(ProcessId.of("payroll"))),
      Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4), "payroll P1s go to the partner, who built payroll");
  private static final OwnRule WAREHOUSE = OwnRule.of("warehouse-to-it",
      r -> r.area().equals(Optional.of("warehouse")), Hop.of(Fixtures.INTERNAL_IT, SupportLevel.LEVEL_3),
      "scanners in the warehouse are internal IT's");

  @Test
  @DisplayName("the organization's own rules go before the guidance's, and the outcome names which decided")
  void ownRulesGoFirstAndAreNamed() {
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED).withOwnRules(PAYROLL_P1, WAREHOUSE);
    SupportRequest scanner = atHelpdesk(Diagnosis.of(ProblemLayer.CONFIGURATION, Complexity.SIMPLE)).withArea("warehouse");
    Routed byOwn = routed(Routing.route(scanner, setup));
    assertEquals(Hop.of(Fixtures.INTERNAL_IT, SupportLevel.LEVEL_3), byOwn.next());
    assertEquals(RoutingRule.OWN_RULE, byOwn.rule());
    assertEquals(Optional.of("warehouse-to-it"), byOwn.ownRule());
    assertEquals(List.of("payroll-p1-to-partner"), byOwn.ownRulesNotMatched());
    assertEquals("the organization's own rule decided (scanners in the warehouse are internal IT's)", byOwn.reason());
    assertTrue(byOwn.describe().contains("  rule own warehouse-to-it: "), byOwn.describe());

    Routed byGuidance = routed(Routing.route(scanner.withArea("finance"), setup));
    assertEquals(RoutingRule.HELPDESK_TO_INTERNAL_TEAM, byGuidance.rule());
    assertEquals(Optional.empty(), byGuidance.ownRule());
    assertEquals(List.of("payroll-p1-to-partner", "warehouse-to-it"), byGuidance.ownRulesNotMatched());

    Routed atTarget = routed(Routing.route(scanner.withPath(byOwn.path()), setup));
    assertEquals(RoutingRule.BACK_TO_DRIVER, atTarget.rule(), "at its target, the own rule lets the guidance go on");
    assertEquals("Internal IT@L3: own rule warehouse-to-it matches, but the request is already at its target: the guidance's"
        + " rules go on", atTarget.alternatives().get(atTarget.alternatives().size() - 1).toString());
  }

  @Test
  @DisplayName("own rules: a target must be in the setup, at a level its authority works at, and names are unique")
  void ownRulesAreCheckedWhenTheSetupIsBuilt() {
    assertEquals("ownRules[bad-level].target: 'Fabrikam@L2' is a level partner does not work at (it works at level 3, 4)",
        message(() -> OwnRule.of("bad-level", r -> true, Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_2), "no")));
    assertEquals("ownRules[payroll-p1-to-partner].target: 'Fabrikam@L4' must be part of the setup: the fully internal setup has no partner",
        message(() -> Fixtures.setup(SupportModel.FULLY_INTERNAL).withOwnRules(PAYROLL_P1)));
    assertEquals("ownRules.name: 'warehouse-to-it' is listed more than once",
        message(() -> Fixtures.setup(SupportModel.MIXED).withOwnRules(WAREHOUSE, WAREHOUSE)));
    assertEquals("ownRules[x].reason: ' ' must not be blank",
        message(() -> OwnRule.of("x", r -> true, Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4), " ")));
    assertTrue(WAREHOUSE.toString().startsWith("OwnRule[warehouse-to-it -> Internal IT@L3: "));
  }

  @Test
  @DisplayName("own rules at level 1 and 2 are covered like the guidance's")
  void anOwnRuleToAnUnavailablePartyIsCovered() {
    OwnRule vip = OwnRule.of("vip-desk", r -> r.priority() == Priority.P1, Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2),
        "P1s go straight to the helpdesk");
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED).withOwnRules(vip).withOnCall(NIGHT_DESK);
    Routed covered = routed(Routing.route(Fixtures.newRequest("INC-11", Diagnosis.unknown()).withPriority(Priority.P1), setup,
        Circumstances.none().withUnavailable(Fixtures.HELPDESK.id())));
    assertEquals(Hop.of(NIGHT_DESK, SupportLevel.LEVEL_2), covered.next());
    assertTrue(covered.reason().endsWith("(Internal helpdesk is unavailable now; own rule vip-desk chose it)"), covered.reason());
    assertEquals(Optional.empty(), covered.ownRule());
  }
}

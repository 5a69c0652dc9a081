package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/** The checks of a real organization's setup values, message by message. */
class RealOrganizationValidationTest {
  private static final ResolvingAuthority NORTHWIND = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-northwind", "Northwind");
  private static final ResolvingAuthority FINANCE_SU = ResolvingAuthority.of(AuthorityKind.SUPER_USER, "su-finance", "Finance SU");
  private static final ResolvingAuthority HR_TEAM = ResolvingAuthority.of(AuthorityKind.INTERNAL_IT, "hr-systems", "HR systems team");
  private static final Instant END = Instant.parse("2026-06-30T22:00:00Z");

  private static String message(Runnable action) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, action::run).getMessage());
  }

  @Test
  void everyListOfTheSetupNamesEachEntryOnce() {
    SupportSetup mixed = Fixtures.setup(SupportModel.MIXED);
    assertEquals("superUserGroups.group: 'su-finance' is listed more than once", message(() -> mixed.withSuperUserGroups(
        SuperUserGroup.of(FINANCE_SU, "finance"), SuperUserGroup.of(FINANCE_SU, "treasury"))));
    IsvContract contract = new IsvContract(Fixtures.CONTOSO_TAX.id(), false, Optional.empty(), Optional.empty());
    assertEquals("isvContracts.isv: 'isv-contoso-tax' is listed more than once", message(() -> mixed.withIsvContracts(contract, contract)));
    assertEquals("integrations.name: 'hr-sync' is listed more than once", message(() -> mixed.withIntegrations(
        Integration.of("hr-sync", HR_TEAM), Integration.of("hr-sync", Fixtures.INTERNAL_IT))));
    AccessApproval approval = new AccessApproval(Fixtures.FABRIKAM.id(), "DPA-1", END);
    assertEquals("accessApprovals.party: 'partner-fabrikam' is listed more than once",
        message(() -> mixed.withAccessApprovals(approval, approval)));
    assertEquals("scopedPartners.partner: 'partner-northwind' is listed more than once", message(() -> mixed.withScopedPartners(
        ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)),
        ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)))));
  }

  @Test
  void approvalsAreForTheSetupsExternalParties() {
    SupportSetup mixed = Fixtures.setup(SupportModel.MIXED)
        .withScopedPartners(ScopedPartner.of(NORTHWIND, Scope.ofApps(Dynamics365App.CUSTOMER_ENGAGEMENT)));
    SupportSetup approved = mixed.withAccessApprovals(new AccessApproval(NORTHWIND.id(), "DPA-1", END),
        new AccessApproval(Fixtures.CONTOSO_TAX.id(), "DPA-2", END), new AccessApproval(Fixtures.MICROSOFT.id(), "DPA-3", END));
    assertEquals(3, approved.accessApprovals().size());
    assertEquals(Optional.of("DPA-2"), approved.accessApproval(Fixtures.CONTOSO_TAX.id()).map(AccessApproval::reference));
    assertEquals(Optional.empty(), approved.accessApproval(Fixtures.FABRIKAM.id()));
    assertEquals("accessApprovals[isv-litware-wms].party: 'isv-litware-wms' must be a partner, an ISV or Microsoft of the setup",
        message(() -> mixed.withAccessApprovals(new AccessApproval(Fixtures.LITWARE_WMS.id(), "DPA-1", END))));
    assertEquals("accessApprovals[partner-fabrikam].reference: ' DPA' must not start or end with white space",
        message(() -> new AccessApproval(Fixtures.FABRIKAM.id(), " DPA", END)));
    assertTrue(new AccessApproval(Fixtures.FABRIKAM.id(), "DPA", END).lapsedAt(END));
    assertFalse(new AccessApproval(Fixtures.FABRIKAM.id(), "DPA", END).lapsedAt(END.minusNanos(1)));
  }

  @Test
  void ownersAndTargetsMustBePartOfTheSetup() {
    SupportSetup outsourced = Fixtures.setup(SupportModel.FULLY_OUTSOURCED);
    assertEquals("integrations[x].owner: 'Internal Dynamics 365 team' must be part of the setup: the fully outsourced model has no"
        + " internal Dynamics 365 team", message(() -> outsourced.withIntegrations(Integration.of("x", Fixtures.TEAM))));
    assertEquals("integrations[x].owner: 'Litware WMS' must be part of the setup: Litware WMS is not one of the setup's ISVs",
        message(() -> outsourced.withIntegrations(Integration.of("x", Fixtures.LITWARE_WMS))));
    assertEquals("ownRules[to-coe].target: 'Center of Excellence@L4' must be part of the setup: the setup has no Center of Excellence",
        message(() -> outsourced.withOwnRules(OwnRule.of("to-coe", r -> true, Hop.of(Fixtures.COE, SupportLevel.LEVEL_4), "why"))));
    assertEquals("integrations[x].owner.kind: 'MICROSOFT' must be one of [INTERNAL_D365_TEAM, CENTER_OF_EXCELLENCE, INTERNAL_IT,"
        + " PARTNER, ISV]", message(() -> Integration.of("x", Fixtures.MICROSOFT)));
    assertEquals("integrations.name: ' x' must not start or end with white space", message(() -> Integration.of(" x", HR_TEAM)));
    assertEquals("isvContracts[isv-contoso-tax].supportHours: ' hours' must not start or end with white space",
        message(() -> new IsvContract(Fixtures.CONTOSO_TAX.id(), false, Optional.of(" hours"), Optional.empty())));
    assertEquals("integration: ' x' must not start or end with white space", message(() -> Diagnosis.integration(" x", Complexity.SIMPLE)));
    SupportRequest request = Fixtures.newRequest("INC-1", Diagnosis.unknown());
    assertEquals("area: ' finance' must not start or end with white space", message(() -> request.withArea(" finance")));
    assertEquals("language: 'de ' must not start or end with white space", message(() -> request.withLanguage("de ")));
  }

  @Test
  void aScopeIsAValueAndSaysWhyItLeavesARequestOut() {
    Scope payroll = Scope.everything().withLayers(List.of(ProblemLayer.CUSTOM_CODE)).withProcesses(List.of(ProcessId.of("payroll")));
    Scope same = Scope.everything().withProcesses(List.of(ProcessId.of("payroll"))).withLayers(List.of(ProblemLayer.CUSTOM_CODE));
    assertEquals(payroll, same);
    assertEquals(payroll.hashCode(), same.hashCode());
    assertNotEquals(payroll, payroll.withTopics(List.of("performance")));
    assertNotEquals(payroll, payroll.withApps(List.of(Dynamics365App.CUSTOMER_ENGAGEMENT)));
    assertNotEquals(payroll, payroll.withLayers(List.of(ProblemLayer.DATA)));
    assertNotEquals(payroll, payroll.withProcesses(List.of(ProcessId.of("o2c"))));
    assertNotEquals(payroll, (Object) "scope");
    assertEquals("Scope[layers CUSTOM_CODE; processes payroll]", payroll.toString());
    assertEquals(java.util.Set.of(ProblemLayer.CUSTOM_CODE), payroll.layers());
    assertEquals(java.util.Set.of(), payroll.apps());
    SupportRequest unknown = Fixtures.newRequest("INC-1", Diagnosis.unknown());
    assertEquals(Optional.of("its scope is layers CUSTOM_CODE; processes payroll, not the unknown layer"), payroll.whyNot(unknown));
    SupportRequest code = Fixtures.newRequest("INC-1", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.SIMPLE));
    assertEquals(Optional.of("its scope is layers CUSTOM_CODE; processes payroll, not a request without a process"), payroll.whyNot(code));
    assertEquals(Optional.of("its scope is layers CUSTOM_CODE; processes payroll, not process o2c"),
        payroll.whyNot(code.withProcess(ProcessId.of("o2c"))));
    assertEquals(Optional.empty(), payroll.whyNot(code.withProcess(ProcessId.of("payroll"))));
    assertTrue(payroll.covers(code.withProcess(ProcessId.of("payroll"))));
  }

  @Test
  void aDeploymentPathEndsInProductionAndTermsAgreeWithTheirApproval() {
    DeploymentStep test = new DeploymentStep(DeploymentStep.Action.TEST, Environment.TEST, Fixtures.FABRIKAM, DeploymentRule.FIXER_TESTS);
    assertEquals("steps: '[]' must hold at least one step", message(() -> new DeploymentPath(List.of())));
    assertEquals("steps: 'TEST TEST by Fabrikam (the fixer tests the fix against the agreed standards and testing regimen)' must end"
        + " with the deployment to production", message(() -> new DeploymentPath(List.of(test))));
    DeploymentStep approve = new DeploymentStep(DeploymentStep.Action.APPROVE, Environment.PRODUCTION, Fixtures.COE,
        DeploymentRule.OWNER_APPROVES);
    assertTrue(message(() -> new DeploymentPath(List.of(test, approve))).endsWith("must end with the deployment to production"));
    assertEquals("accessStatus: 'NO_APPROVAL_RECORDED' contradicts the recorded approval",
        message(() -> new HandOffTerms(Fixtures.FABRIKAM, DataAccess.ANONYMIZED_COPY, Optional.empty(), false,
            Optional.of(new AccessApproval(Fixtures.FABRIKAM.id(), "DPA-1", END)), AccessStatus.NO_APPROVAL_RECORDED)));
    assertEquals("accessStatus: 'VALID' needs an approval", message(() -> new HandOffTerms(Fixtures.FABRIKAM, DataAccess.ANONYMIZED_COPY,
        Optional.empty(), false, Optional.empty(), AccessStatus.VALID)));
  }

  @Test
  void anInternalItTeamOwnsAnUnnamedIntegrationWhenInternalItOwnsThemAll() {
    SupportRequest atHr = Fixtures.at("INC-1", Diagnosis.of(ProblemLayer.INTEGRATION, Complexity.MODERATE),
        Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2), Hop.of(HR_TEAM, SupportLevel.LEVEL_3));
    Routed resolves = (Routed) Routing.route(atHr, Fixtures.setup(SupportModel.MIXED));
    assertEquals(RoutingRule.INTERNAL_IT_RESOLVES, resolves.rule());
    Routed experts = (Routed) Routing.route(Fixtures.at("INC-2", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE),
        Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3)), Fixtures.setup(SupportModel.MIXED));
    assertEquals(List.of("Fabrikam@L4: the issue is not complex and needs no deep Dynamics 365 knowledge"),
        experts.alternatives().stream().map(Alternative::toString).toList());
  }
}

package org.supportmodel.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportModel;

class ChangeControlTest {
  private static final SupportScope MIXED = SupportScope.defaults(SupportModel.MIXED, false);

  @Test
  @DisplayName("\"Some of these changes can be made within the agreed change control process enforced and facilitated by the system itself\"")
  void coreDataStaysInTheSystemsOwnChangeControl() {
    ChangeDecision decision = ChangeControl.decide(ProposedChange.of("CH-1", ProposedChange.Kind.CORE_DATA, "New supplier Alpina AG"), MIXED);
    assertEquals(ChangeDecision.Route.SYSTEM_CHANGE_CONTROL, decision.route());
    assertEquals(ChangeDecision.Rule.CORE_DATA_IN_THE_SYSTEM, decision.rule());
    assertEquals(List.of(ScopeOwner.of(AuthorityKind.SUPER_USER, "data stewards of the business")), decision.approvers());
    assertEquals(Optional.empty(), decision.deployedBy(), "made in production through the system, not deployed");
    assertTrue(decision.reason().startsWith("a core data change is part of normal business operations: core data changes are made within"));
  }

  @Test
  @DisplayName("\"proposed changes need to be reviewed, prioritized, and approved by business or IT stakeholders\": the change board, an internal deployer")
  void otherChangesGoToTheChangeBoardAndAreDeployedInternally() {
    ChangeDecision fix = ChangeControl.decide(new ProposedChange("CH-2", ProposedChange.Kind.BUG_FIX, "Fix of the invoice posting extension",
        false, Optional.of(AuthorityKind.PARTNER)), MIXED);
    assertEquals(ChangeDecision.Route.CHANGE_BOARD, fix.route());
    assertEquals(List.of(ScopeOwner.of(AuthorityKind.INTERNAL_D365_TEAM, "change board")), fix.approvers());
    assertEquals(Optional.of(ScopeOwner.of(AuthorityKind.INTERNAL_D365_TEAM, "release manager")), fix.deployedBy());
    assertTrue(fix.reason().endsWith("; the partner drives it to pre-production and release manager (internal Dynamics 365 team) deploys it"
        + " to production"), fix.reason());
    for (ProposedChange.Kind kind : List.of(ProposedChange.Kind.SYSTEM_PARAMETER, ProposedChange.Kind.CONFIGURATION,
        ProposedChange.Kind.APPROVAL_PROCESS, ProposedChange.Kind.ISV_UPDATE, ProposedChange.Kind.MICROSOFT_UPDATE)) {
      assertEquals(ChangeDecision.Route.CHANGE_BOARD, ChangeControl.decide(ProposedChange.of("CH", kind, "x"), MIXED).route(), kind::name);
    }
  }

  @Test
  @DisplayName("\"IT policies on change control on enterprise IT assets ... may impact the access and approval chain\"")
  void sharedEnterpriseAssetsAddEnterpriseItsApprovalChain() {
    ChangeDecision decision = ChangeControl.decide(new ProposedChange("CH-3", ProposedChange.Kind.CONFIGURATION,
        "IP allowlist for the bank integration", true, Optional.empty()), MIXED);
    assertEquals(ChangeDecision.Route.ENTERPRISE_IT_APPROVAL, decision.route());
    assertEquals(List.of(ScopeOwner.of(AuthorityKind.INTERNAL_D365_TEAM, "change board"), ScopeOwner.of(AuthorityKind.INTERNAL_IT,
        "enterprise architects")), decision.approvers());
  }

  @Test
  @DisplayName("\"they need a way to capture and channel the new and emerging requirements to the right parties\": not to support")
  void newRequirementsGoToTheBacklogOwner() {
    ChangeDecision decision = ChangeControl.decide(ProposedChange.of("CH-4", ProposedChange.Kind.NEW_REQUIREMENT, "Rebates"),
        SupportScope.defaults(SupportModel.FULLY_OUTSOURCED, false));
    assertEquals(ChangeDecision.Route.BACKLOG, decision.route());
    assertEquals(List.of(ScopeOwner.of(AuthorityKind.SUPER_USER, "backlog owner")), decision.approvers());
  }

  @Test
  void whatTheRegisterLeavesOpenIsAWarningNotAGuess() {
    ChangeDecision decision = ChangeControl.decide(ProposedChange.of("CH-5", ProposedChange.Kind.BUG_FIX, "Fix"),
        SupportScope.of(SupportModel.MIXED, false).plus(ScopeEntry.of(ScopeArea.SYSTEM_UPDATE_CYCLES).who(ScopeOwner.of(AuthorityKind.PARTNER))));
    assertEquals(List.of(), decision.approvers());
    assertEquals(Optional.empty(), decision.deployedBy(), "the partner named for updates does not deploy to production");
    assertEquals(List.of("the support scope register names no one for change management",
        "no internal party deploys to production: name one for system update cycles in the support scope register; most customers don't give"
            + " partners admin access to production"), decision.warnings());
    assertEquals("deployedBy: 'partner' must be internal: the internal team deploys to production, never an external party",
        String.valueOf(assertThrows(IllegalArgumentException.class, () -> new ChangeDecision(decision.change(), decision.route(), decision.rule(),
            decision.reason(), List.of(), Optional.of(ScopeOwner.of(AuthorityKind.PARTNER)), List.of())).getMessage()));
  }

  @Test
  void aChangeIsNeverDeployedToProductionByAnExternalParty() {
    qt().withExamples(500).forAll(ScopeProperties.registers(), org.quicktheories.generators.SourceDSL.integers().between(0, 7),
        org.quicktheories.generators.SourceDSL.integers().between(0, 8)).checkAssert((scope, kind, preparer) -> {
          Optional<AuthorityKind> preparedBy = preparer == 8 ? Optional.empty() : Optional.of(AuthorityKind.values()[preparer]);
          ChangeDecision decision = ChangeControl.decide(new ProposedChange("CH", ProposedChange.Kind.values()[kind], "x", kind % 2 == 0,
              preparedBy), scope);
          assertTrue(decision.deployedBy().map(owner -> owner.party().isInternal()).orElse(true), decision::toString);
        });
  }
}

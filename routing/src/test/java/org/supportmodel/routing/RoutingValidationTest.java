package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/** Every rule the routing values enforce, with the message that names the field and the value. */
class RoutingValidationTest {
  private static String message(Runnable action) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, action::run).getMessage());
  }

  @Test
  void aDiagnosisNamesAnIsvOnlyForIsvCodeAndCannotRuleOutItsOwnLayer() {
    assertEquals("isv: 'isv-contoso-tax' is only given when the layer is ISV_CODE, not CUSTOM_CODE",
        message(() -> new Diagnosis(Optional.of(ProblemLayer.CUSTOM_CODE), false, Complexity.SIMPLE, false,
            Optional.of(AuthorityId.of("isv-contoso-tax")))));
    assertEquals("isv: 'isv-contoso-tax' is only given when the layer is ISV_CODE, not unknown",
        message(() -> new Diagnosis(Optional.empty(), false, Complexity.SIMPLE, false, Optional.of(AuthorityId.of("isv-contoso-tax")))));
    assertEquals("layer: 'BUSINESS_PROCESS_OR_TRAINING' contradicts processOrTrainingRuledOut true",
        message(() -> Diagnosis.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE).withProcessOrTrainingRuledOut(true)));
  }

  @Test
  void anEscalationPolicyNeedsCriteriaOfBothKinds() {
    List<EscalationCriterion> one = List.of(EscalationCriteria.slaBreached());
    assertEquals("functional: '[]' must hold at least one criterion", message(() -> new EscalationPolicy(List.of(), one)));
    assertEquals("hierarchical: '[]' must hold at least one criterion", message(() -> new EscalationPolicy(one, List.of())));
    assertEquals("criteria: '[]' must hold at least one", message(EscalationCriteria::allOf));
  }

  @Test
  void aGrantedEscalationHasCriteriaAndTargets() {
    EscalationDecision.Target target = new EscalationDecision.Target(Fixtures.TEAM, SupportLevel.LEVEL_3, "the head of the team");
    RequestId id = RequestId.of("INC-1");
    assertEquals("criteriaMet: '[]' must hold at least one criterion",
        message(() -> new EscalationDecision.Granted(id, EscalationKind.FUNCTIONAL, List.of(), List.of(target))));
    assertEquals("targets: '[]' must hold at least one target",
        message(() -> new EscalationDecision.Granted(id, EscalationKind.FUNCTIONAL, List.of("SLA breached"), List.of())));
  }

  @Test
  void aRequestHasAPositionAndARoutedOutcomeEndsWhereItSays() {
    assertEquals("path: '[]' must hold at least the current position",
        message(() -> Fixtures.newRequest("INC-1", Diagnosis.unknown()).withPath(List.of())));
    Routed routed = (Routed) Routing.route(Fixtures.newRequest("INC-1", Diagnosis.unknown()), Fixtures.setup(SupportModel.MIXED));
    Hop elsewhere = Hop.of(Fixtures.MICROSOFT, SupportLevel.LEVEL_5);
    String wrongEnd = message(() -> new Routed(routed.requestId(), elsewhere, true, routed.driver(), routed.via(), routed.rule(),
        routed.reason(), routed.alternatives(), routed.terms(), routed.microsoftCase(), routed.bounce(), routed.path(),
        routed.ownRule(), routed.ownRulesNotMatched(), routed.deployment(), routed.warnings()));
    assertEquals("path: '" + routed.path() + "' must end at " + elsewhere, wrongEnd);
    String ownWithoutName = message(() -> new Routed(routed.requestId(), routed.next(), routed.handOff(), routed.driver(),
        routed.via(), RoutingRule.OWN_RULE, routed.reason(), routed.alternatives(), routed.terms(), routed.microsoftCase(),
        routed.bounce(), routed.path(), Optional.empty(), List.of(), Optional.empty(), List.of()));
    assertEquals("ownRule: 'none' must be named exactly when the rule is OWN_RULE, not OWN_RULE", ownWithoutName);
  }

  @Test
  void theFullyOutsourcedModelHasNoInternalTeamToOwnIntegrations() {
    assertEquals("integrationOwner: 'INTERNAL_D365_TEAM' contradicts the fully outsourced model, which has no internal Dynamics 365 team",
        message(() -> Fixtures.setup(SupportModel.FULLY_OUTSOURCED).withIntegrationOwner(IntegrationOwner.INTERNAL_D365_TEAM)));
  }

  @Test
  void aPathBouncesFromOneReassignmentOverTheLimitOrAnyReturn() {
    Hop su = Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1);
    Hop hd = Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2);
    Hop team = Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3);
    Hop team4 = Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_4);
    Hop partner = Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4);
    assertEquals(Optional.empty(), Bounces.detect(List.of(su, hd, team, team4, partner), 3), "3 reassignments, 3 allowed");
    BounceAlert over = Bounces.detect(List.of(su, hd, team, team4, partner), 2).orElseThrow();
    assertEquals(3, over.reassignments(), "a move between levels of the same party is no reassignment");
    assertEquals("bouncing: reassigned 3 times, more than the 2 allowed (path: Super user@L1 → Internal helpdesk@L2 → "
        + "Internal Dynamics 365 team@L3 → Internal Dynamics 365 team@L4 → Fabrikam@L4)", over.reason());
    BounceAlert back = Bounces.detect(List.of(su, hd, team, partner, team), 4).orElseThrow();
    assertEquals("bouncing: returned to Internal Dynamics 365 team after leaving (path: Super user@L1 → Internal helpdesk@L2 → "
        + "Internal Dynamics 365 team@L3 → Fabrikam@L4 → Internal Dynamics 365 team@L3)", back.reason(), "4 reassignments are within the limit");
  }

  @Test
  void aHandOffPolicyChangesOneKindAndKeepsTheRest() {
    HandOffPolicy standard = HandOffPolicy.standard();
    HandOffPolicy changed = standard.withDeploymentUpTo(AuthorityKind.PARTNER, Optional.empty());
    assertEquals(Optional.empty(), changed.deploymentUpTo(AuthorityKind.PARTNER));
    assertEquals(standard.deploymentUpTo(AuthorityKind.INTERNAL_D365_TEAM), changed.deploymentUpTo(AuthorityKind.INTERNAL_D365_TEAM));
    assertEquals(Optional.of(Environment.PRODUCTION), changed.deploymentUpTo(AuthorityKind.INTERNAL_D365_TEAM));
    org.junit.jupiter.api.Assertions.assertNotEquals(standard, changed);
    assertEquals(standard, HandOffPolicy.standard());
    assertEquals(standard.hashCode(), HandOffPolicy.standard().hashCode());
    org.junit.jupiter.api.Assertions.assertTrue(standard.toString().startsWith("HandOffPolicy{data="), standard.toString());
  }
}


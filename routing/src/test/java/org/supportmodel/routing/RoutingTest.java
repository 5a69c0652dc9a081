package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

class RoutingTest {

  private static Routed routed(SupportRequest request, SupportSetup setup) {
    return assertInstanceOf(Routed.class, Routing.route(request, setup));
  }

  private static SupportRequest atTeam(Diagnosis diagnosis) {
    return Fixtures.at("INC-7", diagnosis, Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3));
  }

  @Test
  void p1GoesToMicrosoftAsSevAOnlyWithA24x7Commitment() {
    SupportRequest p1 = atTeam(Diagnosis.of(ProblemLayer.STANDARD_D365, Complexity.COMPLEX)).withPriority(Priority.P1);
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED);

    Routed without = routed(p1, setup);
    Routed with = routed(p1, setup.withTwentyFourSevenCommitment(true));

    assertEquals(MicrosoftSeverity.SEV_B, without.microsoftCase().orElseThrow().severity());
    assertTrue(without.microsoftCase().orElseThrow().severityReason().contains("Sev A needs one"));
    assertEquals(MicrosoftSeverity.SEV_A, with.microsoftCase().orElseThrow().severity());
    assertEquals(
        MicrosoftSeverity.SEV_C,
        routed(p1.withPriority(Priority.P3), setup).microsoftCase().orElseThrow().severity());
  }

  @Test
  void theInternalTeamAtLevel2HandsAModerateIssueToTheCoeAtALevelTheCoeWorksAt() {
    // found by RoutingProperties on JDK 25: the CoE was put on the team's level 2
    SupportRequest request =
        Fixtures.at("INC-3", Diagnosis.of(ProblemLayer.CONFIGURATION, Complexity.MODERATE),
            Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1), Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_2));
    Routed routed = routed(request, Fixtures.setup(SupportModel.MIXED));
    assertEquals(Hop.of(Fixtures.COE, SupportLevel.LEVEL_3), routed.next());
    assertEquals(RoutingRule.INTERNAL_EXPERTS_RESOLVE, routed.rule());
    assertTrue(Routing.route(request.withPath(routed.path()), Fixtures.setup(SupportModel.MIXED)) instanceof Routed);
  }

  @Test
  void microsoftCasesUseTheAppsInApplicationChannel() {
    SupportRequest request = atTeam(Diagnosis.of(ProblemLayer.MICROSOFT_PLATFORM, Complexity.MODERATE));
    SupportSetup setup = Fixtures.setup(SupportModel.FULLY_INTERNAL);

    assertEquals(
        MicrosoftChannel.LIFECYCLE_SERVICES, routed(request, setup).microsoftCase().orElseThrow().channel());
    assertEquals(
        MicrosoftChannel.POWER_PLATFORM_ADMIN_CENTER,
        routed(request.withApplication(Dynamics365App.CUSTOMER_ENGAGEMENT), setup)
            .microsoftCase().orElseThrow().channel());
    assertEquals(Optional.of(Fixtures.COE), routed(request, setup).via(), "the CoE logs it with Microsoft");
  }

  @Test
  void isvCodeGoesThroughThePartnerWhereTheContractSaysSo() {
    SupportRequest request = atTeam(Diagnosis.isvCode(Fixtures.CONTOSO_TAX.id()));
    SupportSetup mixed = Fixtures.setup(SupportModel.MIXED);

    Routed direct = routed(request, mixed);
    Routed throughPartner = routed(request, mixed.withPartnerHandlesIsvs(true));

    assertEquals(Fixtures.CONTOSO_TAX, direct.next().authority());
    assertEquals(SupportLevel.LEVEL_5, direct.next().level());
    assertEquals(Optional.of(Fixtures.COE), direct.via());
    assertEquals(Optional.of(Fixtures.FABRIKAM), throughPartner.via());
    assertEquals(RoutingRule.TO_ISV, throughPartner.rule());
  }

  @Test
  void theDriverIsNotAlwaysTheOneWorkingOnIt() {
    Routed toPartner =
        routed(
            atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX)),
            Fixtures.setup(SupportModel.MIXED));

    assertEquals(Fixtures.FABRIKAM, toPartner.next().authority());
    assertEquals(Fixtures.TEAM, toPartner.driver());
    assertEquals(RoutingRule.PARTNER_FOR_COMPLEX_ISSUES, toPartner.rule());
    assertTrue(toPartner.reason().contains("complex"), toPartner.reason());
    assertFalse(toPartner.alternatives().isEmpty());
    assertEquals(Fixtures.COE, toPartner.alternatives().get(0).candidate().authority());
  }

  @Test
  void deepKnowledgeSendsEvenASimpleIssueToThePartnerInTheMixedModel() {
    Routed routed =
        routed(
            atTeam(Diagnosis.of(ProblemLayer.CONFIGURATION, Complexity.SIMPLE).withNeedsDeepD365Knowledge(true)),
            Fixtures.setup(SupportModel.MIXED));
    assertEquals(Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4), routed.next());
  }

  @Test
  void handOffTermsFollowThePolicy() {
    Routed toPartner =
        routed(atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX)), Fixtures.setup(SupportModel.MIXED));
    HandOffTerms terms = toPartner.terms();
    assertEquals(DataAccess.ANONYMIZED_COPY, terms.dataAccess());
    assertEquals(Optional.of(Environment.PRE_PRODUCTION), terms.deploymentUpTo());
    assertFalse(terms.productionAdmin());
    assertEquals(
        "Fabrikam may see an anonymized copy of production data only; may deploy a fix up to pre-production;"
            + " has no admin access to production",
        terms.describe());

    SupportSetup trusting =
        Fixtures.setup(SupportModel.MIXED)
            .withHandOffPolicy(
                HandOffPolicy.standard().withDataAccess(org.supportmodel.core.AuthorityKind.PARTNER, DataAccess.PRODUCTION_DATA));
    assertEquals(
        DataAccess.PRODUCTION_DATA,
        routed(atTeam(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX)), trusting).terms().dataAccess());
  }

  @Test
  void anIsvReachedThroughThePartnerSeesNoMoreThanThePartner() {
    SupportSetup setup =
        Fixtures.setup(SupportModel.MIXED)
            .withPartnerHandlesIsvs(true)
            .withHandOffPolicy(
                HandOffPolicy.standard()
                    .withDataAccess(org.supportmodel.core.AuthorityKind.ISV, DataAccess.PRODUCTION_DATA)
                    .withDataAccess(org.supportmodel.core.AuthorityKind.PARTNER, DataAccess.NO_CUSTOMER_DATA));
    Routed routed = routed(atTeam(Diagnosis.isvCode(Fixtures.CONTOSO_TAX.id())), setup);
    assertEquals(DataAccess.NO_CUSTOMER_DATA, routed.terms().dataAccess());
  }

  @Test
  void theInternalReferenceStaysAndEachHandOffAddsTheReceiversReference() {
    SupportSetup setup = Fixtures.setup(SupportModel.FULLY_OUTSOURCED);
    SupportRequest request = Fixtures.newRequest("INC-2040", Diagnosis.of(ProblemLayer.STANDARD_D365, Complexity.MODERATE));

    Routed toHelpdesk = routed(request, setup);
    request = request.handedOff(toHelpdesk);
    Routed toPartner = routed(request, setup);
    SupportRequest atPartner = request.handedOff(toPartner, "FAB-311");
    Routed toMicrosoft = routed(atPartner, setup);
    SupportRequest atMicrosoft = atPartner.handedOff(toMicrosoft, "2611220040001234");

    assertEquals(RequestId.of("INC-2040"), atMicrosoft.id());
    assertEquals("INC-2040 → Fabrikam:FAB-311 → Microsoft:2611220040001234", atMicrosoft.trail().toString());
    assertEquals(4, atMicrosoft.path().size());
    assertEquals(Optional.of(Fixtures.FABRIKAM), toMicrosoft.via(), "the partner raises it in the outsourced model");
  }

  @Test
  void aHandOffToAnExternalPartyNeedsItsReference() {
    SupportSetup setup = Fixtures.setup(SupportModel.FULLY_OUTSOURCED);
    SupportRequest atHelpdesk =
        Fixtures.at("INC-9", Diagnosis.of(ProblemLayer.DATA, Complexity.SIMPLE), Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2));
    Routed toPartner = routed(atHelpdesk, setup);
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> atHelpdesk.handedOff(toPartner));
    assertTrue(String.valueOf(error.getMessage()).contains("must be given for a hand-off to Fabrikam"));
  }

  @Test
  void aPartyThatRulesOutItsProductHandsBackToTheDriverAndTheReturnIsFlagged() {
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED);
    SupportRequest atMicrosoft =
        Fixtures.at(
            "INC-5",
            Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE),
            Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1),
            Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2),
            Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3),
            Hop.of(Fixtures.MICROSOFT, SupportLevel.LEVEL_5));

    Routed back = routed(atMicrosoft, setup);

    assertEquals(RoutingRule.BACK_TO_DRIVER, back.rule());
    assertEquals(Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3), back.next());
    BounceAlert alert = back.bounce().orElseThrow();
    assertTrue(alert.reason().contains("returned to Internal Dynamics 365 team"), alert.reason());
    assertTrue(alert.reason().contains("Microsoft@L5 → Internal Dynamics 365 team@L3"), alert.reason());
    assertEquals(5, alert.path().size());
  }

  @Test
  void tooManyReassignmentsAreFlaggedEvenWithoutAReturn() {
    List<Hop> path =
        List.of(
            Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1),
            Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2),
            Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_3),
            Hop.of(Fixtures.INTERNAL_IT, SupportLevel.LEVEL_4));
    assertEquals(Optional.empty(), Bounces.detect(path, 3));
    BounceAlert alert = Bounces.detect(path, 2).orElseThrow();
    assertEquals(3, alert.reassignments());
    assertTrue(alert.reason().contains("reassigned 3 times, more than the 2 allowed"), alert.reason());
  }

  @Test
  void aMoveBetweenLevelsOfTheSameAuthorityIsNotAReassignment() {
    List<Hop> path =
        List.of(Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_3), Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4));
    assertEquals(Optional.empty(), Bounces.detect(path, 1));
  }

  @Test
  void anImpossiblePositionIsAnExplicitOutcome() {
    SupportRequest microsoftAtLevel2 =
        Fixtures.at("INC-3", Diagnosis.unknown(), Hop.of(Fixtures.MICROSOFT, SupportLevel.LEVEL_2));
    Unrouted outcome = assertInstanceOf(Unrouted.class, Routing.route(microsoftAtLevel2, Fixtures.setup(SupportModel.MIXED)));
    assertEquals(Unrouted.Uncovered.INCONSISTENT_POSITION, outcome.uncovered());
    assertEquals("Microsoft does not work at level 2 (Microsoft works at level 5)", outcome.reason());
  }

  @Test
  void anAuthorityOutsideTheSetupIsAnExplicitOutcome() {
    SupportRequest atPartner =
        Fixtures.at("INC-4", Diagnosis.unknown(), Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_3));
    Unrouted outcome =
        assertInstanceOf(Unrouted.class, Routing.route(atPartner, Fixtures.setup(SupportModel.FULLY_INTERNAL)));
    assertEquals(Unrouted.Uncovered.AUTHORITY_NOT_IN_SETUP, outcome.uncovered());
    assertTrue(outcome.reason().contains("has no partner"), outcome.reason());
  }

  @Test
  void anUnidentifiedIsvIsAnExplicitOutcome() {
    SupportSetup twoIsvs = Fixtures.setup(SupportModel.MIXED).withIsvs(Fixtures.CONTOSO_TAX, Fixtures.LITWARE_WMS);
    SupportRequest unnamed =
        atTeam(new Diagnosis(Optional.of(ProblemLayer.ISV_CODE), true, Complexity.MODERATE, false, Optional.empty()));
    Unrouted outcome = assertInstanceOf(Unrouted.class, Routing.route(unnamed, twoIsvs));
    assertEquals(Unrouted.Uncovered.ISV_NOT_IDENTIFIED, outcome.uncovered());
    assertTrue(outcome.reason().contains("the setup names 2"), outcome.reason());

    Unrouted stranger =
        assertInstanceOf(Unrouted.class, Routing.route(atTeam(Diagnosis.isvCode(AuthorityId.of("isv-unknown"))), twoIsvs));
    assertTrue(stranger.reason().contains("'isv-unknown'"), stranger.reason());
  }

  @Test
  void aSuperUserTriagesUntilProcessAndTrainingAreRuledOut() {
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED);
    Routed stays = routed(Fixtures.newRequest("INC-8", Diagnosis.unknown()), setup);
    assertEquals(RoutingRule.SUPER_USER_TRIAGES, stays.rule());
    assertFalse(stays.handOff());

    Routed moves = routed(Fixtures.newRequest("INC-8", Diagnosis.unknown().withProcessOrTrainingRuledOut(true)), setup);
    assertEquals(Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2), moves.next());
    assertEquals(Fixtures.TEAM, moves.driver(), "one driver at every level: the setup's, not the holder");
    assertEquals(setup.driver(), moves.driver());
  }

  @Test
  void aLateProcessOrTrainingFindingGoesBackToTheSuperUsers() {
    SupportRequest atPartner =
        Fixtures.at(
            "INC-6",
            Diagnosis.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE),
            Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_3));
    Routed back = routed(atPartner, Fixtures.setup(SupportModel.FULLY_OUTSOURCED));
    assertEquals(RoutingRule.BACK_TO_SUPER_USERS, back.rule());
    assertEquals(SupportLevel.LEVEL_1, back.next().level());
  }

  @Test
  void integrationsGoToTheirOwner() {
    SupportRequest integration = atTeam(Diagnosis.of(ProblemLayer.INTEGRATION, Complexity.MODERATE));
    SupportSetup partnerOwned = Fixtures.setup(SupportModel.MIXED).withIntegrationOwner(IntegrationOwner.PARTNER);
    SupportSetup teamOwned = Fixtures.setup(SupportModel.MIXED).withIntegrationOwner(IntegrationOwner.INTERNAL_D365_TEAM);

    assertEquals(Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4), routed(integration, partnerOwned).next());
    assertEquals(Hop.of(Fixtures.COE, SupportLevel.LEVEL_3), routed(integration, teamOwned).next());
  }

  @Test
  void describesTheDecisionForPeople() {
    Routed routed =
        routed(atTeam(Diagnosis.of(ProblemLayer.STANDARD_D365, Complexity.MODERATE)), Fixtures.setup(SupportModel.MIXED));
    String text = routed.describe();
    assertTrue(text.startsWith("INC-7: hand off to Microsoft@L5 via Center of Excellence; driven by Internal Dynamics 365 team"), text);
    assertTrue(text.contains("rule TO_MICROSOFT"), text);
    assertTrue(text.contains("SEV_B through Lifecycle Services"), text);
  }
}

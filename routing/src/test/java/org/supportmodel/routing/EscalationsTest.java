package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

class EscalationsTest {
  private static final SupportSetup MIXED = Fixtures.setup(SupportModel.MIXED);

  private static SupportRequest atTeam() {
    return Fixtures.at(
        "INC-11",
        Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE),
        Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1),
        Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2),
        Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3));
  }

  private static EscalationDecision decide(EscalationKind kind, SupportRequest request, SlaStatus sla) {
    return Escalations.decide(kind, request, sla, MIXED, EscalationPolicy.standard());
  }

  @Test
  void aP1ClaimOnALowCriticalityProcessOutsideACriticalPeriodIsRefusedWithTheDerivation() {
    java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
    org.supportmodel.core.PriorityScheme scheme = org.supportmodel.core.PriorityScheme.standard(berlin)
        .withPeriods(org.supportmodel.core.CriticalPeriod.of("year-end", java.time.LocalDate.of(2026, 12, 28), java.time.LocalDate.of(2027, 1, 8)));
    SupportRequest claimed = atTeam().withPriority(org.supportmodel.core.Priority.P1).withProcessCriticality(org.supportmodel.core.Criticality.LOW)
        .withUrgency(org.supportmodel.core.Urgency.HIGH);
    java.time.Instant june = java.time.Instant.parse("2026-06-10T10:00:00Z");
    EscalationDecision.Refused refused = assertInstanceOf(EscalationDecision.Refused.class,
        Escalations.decide(EscalationKind.FUNCTIONAL, claimed, SlaStatus.BREACHED, MIXED, EscalationPolicy.standard(), scheme, june));
    assertEquals("the request claims P1, beyond its true business impact: the business process is LOW and the urgency HIGH: P3, "
        + "outside any critical period on 2026-06-10, which gives P3", refused.reason());
    assertEquals(List.of("priority within the true business impact"), refused.criteriaNotMet());
    // in the year-end period the same request is P2: still refused
    java.time.Instant yearEnd = java.time.Instant.parse("2026-12-30T10:00:00Z");
    assertInstanceOf(EscalationDecision.Refused.class,
        Escalations.decide(EscalationKind.FUNCTIONAL, claimed, SlaStatus.BREACHED, MIXED, EscalationPolicy.standard(), scheme, yearEnd));
    // a P2 claim in the year end is within the derived priority: decided on the criteria as before
    SupportRequest p2 = claimed.withPriority(org.supportmodel.core.Priority.P2);
    assertEquals(decide(EscalationKind.FUNCTIONAL, p2, SlaStatus.BREACHED),
        Escalations.decide(EscalationKind.FUNCTIONAL, p2, SlaStatus.BREACHED, MIXED, EscalationPolicy.standard(), scheme, yearEnd));
    // without a stated urgency, the request gets the benefit of the doubt and the refusal says so
    SupportRequest unstated = atTeam().withPriority(org.supportmodel.core.Priority.P1).withProcessCriticality(org.supportmodel.core.Criticality.MEDIUM);
    EscalationDecision.Refused assumed = assertInstanceOf(EscalationDecision.Refused.class,
        Escalations.decide(EscalationKind.HIERARCHICAL, unstated, SlaStatus.BREACHED, MIXED, EscalationPolicy.standard(), scheme, june));
    assertTrue(assumed.reason().contains("(no urgency stated: HIGH assumed), which gives P2"), assumed.reason());
  }

  @Test
  void anEscalationThatMeetsNoCriterionIsRefusedWithTheReason() {
    EscalationDecision.Refused refused =
        assertInstanceOf(EscalationDecision.Refused.class, decide(EscalationKind.FUNCTIONAL, atTeam(), SlaStatus.ON_TRACK));
    assertTrue(refused.reason().startsWith("no defined criterion for functional escalation is met: "), refused.reason());
    assertEquals(3, refused.criteriaNotMet().size());
  }

  @Test
  void slaWarningGrantsFunctionalEscalationToTheNextLevel() {
    EscalationDecision.Granted granted =
        assertInstanceOf(EscalationDecision.Granted.class, decide(EscalationKind.FUNCTIONAL, atTeam(), SlaStatus.WARNING));
    assertEquals(List.of("the SLA is at risk (warning or breached): the SLA is WARNING"), granted.criteriaMet());
    EscalationDecision.Target target = granted.targets().get(0);
    assertEquals(Fixtures.FABRIKAM, target.party());
    assertEquals(SupportLevel.LEVEL_4, target.level());
  }

  @Test
  void slaWarningAloneDoesNotJustifyHierarchicalEscalation() {
    assertInstanceOf(
        EscalationDecision.Refused.class, decide(EscalationKind.HIERARCHICAL, atTeam(), SlaStatus.WARNING));
  }

  @Test
  void aCriticalProcessWithItsSlaAtRiskGoesToManagement() {
    SupportRequest critical = atTeam().withProcessCriticality(Criticality.CRITICAL);
    EscalationDecision.Granted granted =
        assertInstanceOf(EscalationDecision.Granted.class, decide(EscalationKind.HIERARCHICAL, critical, SlaStatus.WARNING));
    assertTrue(granted.criteriaMet().get(0).contains("CRITICAL"), granted.criteriaMet().toString());
    assertEquals("the head of the internal Dynamics 365 team", granted.targets().get(0).role());
  }

  @Test
  void aBreachGoesToTheManagementOfTheHolderAndOfTheDriver() {
    SupportRequest atPartner =
        atTeam().withPath(
            Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1),
            Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2),
            Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3),
            Hop.of(Fixtures.FABRIKAM, SupportLevel.LEVEL_4));
    EscalationDecision.Granted granted =
        assertInstanceOf(EscalationDecision.Granted.class, decide(EscalationKind.HIERARCHICAL, atPartner, SlaStatus.BREACHED));
    assertEquals(2, granted.targets().size());
    assertEquals("the service delivery manager of Fabrikam", granted.targets().get(0).role());
    assertEquals(Fixtures.TEAM, granted.targets().get(1).party());
  }

  @Test
  void bouncingJustifiesEscalation() {
    SupportRequest bounced =
        atTeam().withPath(
            Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3),
            Hop.of(Fixtures.MICROSOFT, SupportLevel.LEVEL_5),
            Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3));
    EscalationDecision.Granted granted =
        assertInstanceOf(EscalationDecision.Granted.class, decide(EscalationKind.HIERARCHICAL, bounced, SlaStatus.ON_TRACK));
    assertTrue(granted.criteriaMet().get(0).startsWith("the request bounces between parties: bouncing"), granted.criteriaMet().toString());
  }

  @Test
  void thereIsNoFunctionalEscalationBeyondLevel5() {
    SupportRequest atMicrosoft =
        Fixtures.at("INC-12", Diagnosis.of(ProblemLayer.STANDARD_D365, Complexity.COMPLEX), Hop.of(Fixtures.MICROSOFT, SupportLevel.LEVEL_5));
    EscalationDecision.Refused refused =
        assertInstanceOf(EscalationDecision.Refused.class, decide(EscalationKind.FUNCTIONAL, atMicrosoft, SlaStatus.BREACHED));
    assertTrue(refused.reason().contains("escalate hierarchically instead"), refused.reason());
    EscalationDecision.Granted toMicrosoftManager =
        assertInstanceOf(EscalationDecision.Granted.class, decide(EscalationKind.HIERARCHICAL, atMicrosoft, SlaStatus.BREACHED));
    assertTrue(toMicrosoftManager.targets().get(0).role().contains("Microsoft duty manager"));
  }

  @Test
  void functionalEscalationFromLevel4GoesToTheVendorOfTheLayer() {
    SupportRequest isvAtCoe =
        Fixtures.at("INC-13", Diagnosis.isvCode(Fixtures.CONTOSO_TAX.id()), Hop.of(Fixtures.COE, SupportLevel.LEVEL_4));
    EscalationDecision.Granted granted =
        assertInstanceOf(EscalationDecision.Granted.class, decide(EscalationKind.FUNCTIONAL, isvAtCoe, SlaStatus.BREACHED));
    assertEquals(Fixtures.CONTOSO_TAX, granted.targets().get(0).party());
  }

  @Test
  void customCriteriaPlugIn() {
    EscalationCriterion vip =
        new EscalationCriterion() {
          @Override
          public String description() {
            return "the requester is a board member";
          }

          @Override
          public Optional<String> metBy(EscalationContext context) {
            return context.request().id().value().startsWith("VIP") ? Optional.of("VIP request") : Optional.empty();
          }
        };
    EscalationPolicy policy =
        new EscalationPolicy(List.of(vip, EscalationCriteria.priorityAtLeast(Priority.P1)), List.of(vip));
    SupportRequest request =
        Fixtures.at("VIP-1", Diagnosis.unknown(), Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2));
    EscalationDecision decision = Escalations.decide(EscalationKind.FUNCTIONAL, request, SlaStatus.ON_TRACK, MIXED, policy);
    EscalationDecision.Granted granted = assertInstanceOf(EscalationDecision.Granted.class, decision);
    assertEquals(List.of("the requester is a board member: VIP request"), granted.criteriaMet());
    assertEquals(Fixtures.TEAM, granted.targets().get(0).party());
  }
}

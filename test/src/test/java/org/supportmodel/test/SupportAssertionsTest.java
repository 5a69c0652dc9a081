package org.supportmodel.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supportmodel.test.SupportAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.SupportModelSelection;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.core.Priority;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.EscalationKind;
import org.supportmodel.routing.EscalationPolicy;
import org.supportmodel.routing.Escalations;
import org.supportmodel.routing.SlaStatus;
import org.supportmodel.sla.Attainment;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.RoutingRule;
import org.supportmodel.routing.Unrouted;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaState;
import org.supportmodel.sla.TicketSla;

/** The assertions hold where they should, and a failing one says what the person reading it needs. */
class SupportAssertionsTest {
  private static final Hop TEAM = Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM), SupportLevel.LEVEL_3);

  private static RoutingOutcome complexCode() {
    return Routing.route(Samples.request("INC-1", ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX, TEAM), Samples.mixedSetup());
  }

  @Test
  void aRoutingOutcomeIsAssertedInOneChain() {
    assertThat(complexCode()).isRoutedTo(AuthorityKind.PARTNER).atLevel(4).drivenBy(AuthorityKind.INTERNAL_D365_TEAM)
        .withRule(RoutingRule.PARTNER_FOR_COMPLEX_ISSUES).isRoutedTo(Samples.FABRIKAM).handsOff(true).hasNoWarning()
        .hasDeploymentPath();
    assertThat(Routing.route(Samples.request("INC-2", ProblemLayer.CUSTOM_CODE, Complexity.SIMPLE,
        Hop.of(ResolvingAuthority.of(AuthorityKind.ISV, "isv-unknown", "Unknown"), SupportLevel.LEVEL_5)), Samples.mixedSetup()))
        .isUnrouted(Unrouted.Uncovered.AUTHORITY_NOT_IN_SETUP);
  }

  @Test
  void aFailingRoutingAssertionShowsTheLibrarysDecision() {
    assertThatThrownBy(() -> assertThat(complexCode()).isRoutedTo(AuthorityKind.CENTER_OF_EXCELLENCE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting routed to CENTER_OF_EXCELLENCE")
        .hasMessageContaining("but found Fabrikam (PARTNER)")
        .hasMessageContaining("rule PARTNER_FOR_COMPLEX_ISSUES: in the mixed model complex issues and those needing deeper"
            + " Dynamics 365 knowledge go to the partner (complex)")
        .hasMessageContaining("considered Center of Excellence@L3: the issue is complex");
    assertThatThrownBy(() -> assertThat(complexCode()).atLevel(3))
        .hasMessageContaining("Expecting at level 3").hasMessageContaining("but found Fabrikam@L4");
    assertThatThrownBy(() -> assertThat(complexCode()).isUnrouted(Unrouted.Uncovered.ISV_NOT_IDENTIFIED))
        .hasMessageContaining("Expecting unrouted (ISV_NOT_IDENTIFIED)").hasMessageContaining("but it was routed:");
  }

  @Test
  void aTicketSlaIsAssertedByCycle() {
    TicketStory story = Samples.p1OnGoodFriday();
    TicketSla sla = SlaEvaluation.evaluate(story.id(), story.events(), Samples.policy(), Samples.calendars(), story.now());
    Instant fourHoursIn = story.instant(LocalDate.of(2026, 4, 3).atTime(14, 0));
    assertThat(sla).cycle(SlaMetric.RESOLUTION).isBreachedAt(fourHoursIn).isIn(SlaState.MET_LATE).hasElapsed(Duration.ofHours(5));
    assertThat(sla).cycle(SlaMetric.FIRST_RESPONSE).isMet();
    assertThat(sla).hasNoNextChange();
    assertThatThrownBy(() -> assertThat(sla).cycle(SlaMetric.RESOLUTION).isMet())
        .hasMessageContaining("Expecting RESOLUTION #1 (P1, PT4H of business time on 24x7): MET_LATE, elapsed PT5H")
        .hasMessageContaining("to be MET")
        .hasMessageContaining("SLA of INC-GOOD-FRIDAY as of 2026-04-03T13:00:00Z (P1):");
    TicketStory easter = Samples.p2OverEaster();
    TicketSla running = SlaEvaluation.evaluate(easter.id(), easter.events(), Samples.policy(), Samples.calendars(),
        easter.instant(LocalDate.of(2026, 4, 7).atTime(10, 0)));
    assertThat(running).cycle(SlaMetric.RESOLUTION).isRunning().isDueAt(running.latest(SlaMetric.RESOLUTION).orElseThrow().due()
        .orElseThrow());
    assertThatThrownBy(() -> assertThat(sla).cycle(SlaMetric.RESOLUTION).isDueAt(fourHoursIn))
        .hasMessageContaining("to be due at 2026-04-03T12:00:00Z").hasMessageContaining("but found no due instant");
    assertThat(running).nextChangeIs(running.nextChange().orElseThrow());
    assertThatThrownBy(() -> assertThat(running).nextChangeIs(Instant.EPOCH))
        .hasMessageContaining("Expecting the next change at 1970-01-01T00:00:00Z");
    assertThatThrownBy(() -> assertThat(running).cycle(SlaMetric.PERIODIC_UPDATE))
        .hasMessageContaining("Expecting a PERIODIC_UPDATE cycle").hasMessageContaining("the policy measures none");
  }

  @Test
  void anExitAssessmentIsAssertedByCriterion() {
    var assessment = HypercareEvaluation.assess(Samples.hypercarePlan(), List.of(), List.of(),
        Samples.hypercarePlan().goLiveInstant().plusSeconds(7 * 86_400));
    assertThat(assessment).extendsHypercare().criterion("sla-attainment").hasNoData();
    assertThatThrownBy(() -> assertThat(assessment).criterion("sla-attainment").passes())
        .hasMessageContaining("Expecting sla-attainment to PASS")
        .hasMessageContaining("but it is NO_DATA")
        .hasMessageContaining("Exit assessment as of 2026-05-10: EXTEND");
    assertThatThrownBy(() -> assertThat(assessment).criterion("no-such-criterion"))
        .hasMessageContaining("Expecting a criterion 'no-such-criterion'");
    assertThatThrownBy(() -> assertThat(assessment).criterion("sla-attainment").measured(0.82))
        .hasMessageContaining("Expecting sla-attainment to measure 0.82").hasMessageContaining("but it measured no value");
  }

  @Test
  void anEscalationDecisionIsAsserted() {
    var request = Samples.request("INC-9", ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX, TEAM);
    var granted = Escalations.decide(EscalationKind.HIERARCHICAL, request, SlaStatus.BREACHED, Samples.mixedSetup(),
        EscalationPolicy.standard());
    assertThat(granted).isGranted();
    var refused = Escalations.decide(EscalationKind.HIERARCHICAL, request, SlaStatus.ON_TRACK, Samples.mixedSetup(),
        EscalationPolicy.standard());
    assertThat(refused).isRefused();
    assertThatThrownBy(() -> assertThat(refused).isGranted())
        .hasMessageContaining("Expecting the escalation to be granted").hasMessageContaining("but it was refused HIERARCHICAL escalation of INC-9");
    assertThatThrownBy(() -> assertThat(granted).to(AuthorityKind.MICROSOFT))
        .hasMessageContaining("Expecting the escalation to go to MICROSOFT").hasMessageContaining("but it was granted");
  }

  @Test
  void attainmentIsAssertedByRow() {
    TicketStory late = Samples.p1OnGoodFriday();
    TicketSla sla = SlaEvaluation.evaluate(late.id(), late.events(), Samples.policy(), Samples.calendars(), late.now());
    Attainment week = Attainment.of(List.of(sla), late.now().minusSeconds(86_400), late.now().plusSeconds(86_400));
    assertThat(week).of(Priority.P1, SlaMetric.FIRST_RESPONSE).met(1).missed(0).share(1.0);
    assertThat(week).of(Priority.P1, SlaMetric.RESOLUTION).met(0).missed(1).share(0.0);
    assertThatThrownBy(() -> assertThat(week).of(Priority.P1, SlaMetric.RESOLUTION).met(1))
        .hasMessageContaining("Expecting P1 RESOLUTION to have 1 met").hasMessageContaining("P1 RESOLUTION: 0 met, 1 missed (0.000)");
    assertThatThrownBy(() -> assertThat(week).of(Priority.P2, SlaMetric.RESOLUTION).share(1.0))
        .hasMessageContaining("but it has no share (nothing decided)");
    assertThatThrownBy(() -> assertThat(week).met(1)).hasMessageContaining("call of(priority, metric) first");
  }

  @Test
  void aRecommendationIsAsserted() {
    var recommendation = SupportModelSelection.recommend(Samples.organization());
    assertThat(recommendation).recommends(recommendation.recommended());
    SupportModel other = recommendation.recommended() == SupportModel.MIXED ? SupportModel.FULLY_INTERNAL : SupportModel.MIXED;
    assertThatThrownBy(() -> assertThat(recommendation).recommends(other))
        .hasMessageContaining("Expecting the " + other + " model").hasMessageContaining("scores:");
  }
}

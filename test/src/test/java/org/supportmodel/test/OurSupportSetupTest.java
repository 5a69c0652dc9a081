package org.supportmodel.test;

// README: begin
import static org.supportmodel.core.AuthorityKind.INTERNAL_D365_TEAM;
import static org.supportmodel.core.AuthorityKind.PARTNER;
import static org.supportmodel.sla.SlaMetric.RESOLUTION;
import static org.supportmodel.test.SupportAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingRule;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.TicketSla;

class OurSupportSetupTest {
  SupportSetup ours = Samples.mixedSetup();  // your own setup here

  @Test
  void aComplexCustomCodeIssueGoesToThePartnerAtLevel4() {
    Hop atOurTeam = Hop.of(ResolvingAuthority.of(INTERNAL_D365_TEAM), SupportLevel.LEVEL_3);
    assertThat(Routing.route(Samples.request("INC-1", ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX, atOurTeam), ours))
        .isRoutedTo(PARTNER).atLevel(4).drivenBy(INTERNAL_D365_TEAM).withRule(RoutingRule.PARTNER_FOR_COMPLEX_ISSUES);
  }

  @Test
  void ourP1PolicyBreachesFourHoursIntoGoodFriday() {
    TicketStory story = TicketStory.of("INC-2", Samples.BERLIN)
        .on(LocalDate.of(2026, 4, 3), "10:00").created(Priority.P1)
        .nextDay("09:00").resolved();
    TicketSla sla = SlaEvaluation.evaluate(story.id(), story.events(), Samples.policy(), Samples.calendars(), story.now());
    assertThat(sla).cycle(RESOLUTION).isBreachedAt(story.instant(LocalDate.of(2026, 4, 3).atTime(14, 0)));
  }

  @Test
  void withNoRequestsRecordedHypercareCannotEndYet() {
    var plan = Samples.hypercarePlan();
    var assessment = HypercareEvaluation.assess(plan, List.of(), List.of(), plan.goLiveInstant().plus(Duration.ofDays(14)));
    assertThat(assessment).extendsHypercare().criterion("sla-attainment").hasNoData();
  }

  @Test
  void ourRoutingTableHolds() {
    RoutingExpectations.fromMarkdown("""
        | layer         | complexity | at                   | party                | level |
        |---------------|------------|----------------------|----------------------|-------|
        | CUSTOM_CODE   | SIMPLE     | INTERNAL_D365_TEAM@3 | CENTER_OF_EXCELLENCE | 4     |
        | STANDARD_D365 | MODERATE   | INTERNAL_D365_TEAM@3 | MICROSOFT            | 5     |
        | ISV_CODE      | MODERATE   | INTERNAL_D365_TEAM@3 | isv-contoso          | 5     |
        """).assertHoldFor(ours);
  }
}
// README: end

package org.supportmodel.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.ModelRecommendation;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.core.selection.SelectionFactor;
import org.supportmodel.core.selection.SupportModelSelection;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.EscalationKind;
import org.supportmodel.routing.EscalationPolicy;
import org.supportmodel.routing.Escalations;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.IntegrationOwner;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.SlaStatus;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import org.supportmodel.sla.TicketStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the module writes for each result: every part a reader needs, the library's own figures, nothing invented. */
class ResultJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule()).build();
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant MONDAY_9 = Instant.parse("2026-03-02T08:00:00Z");

  private static JsonNode write(Object value) {
    return MAPPER.readTree(MAPPER.writeValueAsString(value));
  }

  private static SupportSetup mixed() {
    return SupportSetup.builder().model(SupportModel.MIXED).centerOfExcellence(false).integrationOwner(IntegrationOwner.INTERNAL_IT)
        .partner(ResolvingAuthority.of(AuthorityKind.PARTNER, "fabrikam", "Fabrikam")).partnerHandlesIsvs(false)
        .twentyFourSevenCommitment(true).handOffPolicy(HandOffPolicy.standard()).maxReassignments(2).build();
  }

  private static SupportRequest request(ProblemLayer layer, AuthorityKind... path) {
    SupportRequest.Builder builder = SupportRequest.builder().trail(ReferenceTrail.of(RequestId.of("INC-7"))).priority(Priority.P1)
        .application(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN).processCriticality(Criticality.CRITICAL)
        .diagnosis(Diagnosis.of(layer, Complexity.COMPLEX));
    int level = 1;
    for (AuthorityKind kind : path) {
      builder.addPath(Hop.of(ResolvingAuthority.of(kind), SupportLevel.of(Math.min(level++, 3))));
    }
    return builder.build();
  }

  @Test
  void aRoutingOutcomeSaysWhichKindItIsAndCarriesTheMicrosoftCase() {
    JsonNode routed = write(Routing.route(request(ProblemLayer.MICROSOFT_PLATFORM, AuthorityKind.SUPER_USER, AuthorityKind.INTERNAL_HELPDESK,
        AuthorityKind.INTERNAL_D365_TEAM), mixed()));
    assertEquals(1, routed.get("schemaVersion").intValue());
    assertEquals("ROUTED", routed.get("outcome").stringValue());
    assertEquals("TO_MICROSOFT", routed.get("rule").stringValue());
    assertEquals("MICROSOFT", routed.get("next").get("authority").get("kind").stringValue());
    assertEquals("LIFECYCLE_SERVICES", routed.get("microsoftCase").get("channel").stringValue());
    assertTrue(routed.get("microsoftCase").has("severityReason"));
    assertEquals("NO_CUSTOMER_DATA", routed.get("terms").get("dataAccess").stringValue());
    assertFalse(routed.get("terms").has("deploymentUpTo"), "Microsoft deploys no fix: left out, not null");
    assertEquals(4, routed.get("path").size());

    JsonNode unrouted = write(Routing.route(request(ProblemLayer.CUSTOM_CODE, AuthorityKind.SUPER_USER, AuthorityKind.ISV), mixed()));
    assertEquals("UNROUTED", unrouted.get("outcome").stringValue());
    assertEquals("ISV", unrouted.get("current").get("authority").get("kind").stringValue());
    assertTrue(unrouted.has("uncovered") && unrouted.has("reason"), unrouted.toString());
  }

  @Test
  void anEscalationDecisionSaysWhetherItWasGrantedAndWhy() {
    SupportRequest request = request(ProblemLayer.CUSTOM_CODE, AuthorityKind.SUPER_USER, AuthorityKind.INTERNAL_HELPDESK,
        AuthorityKind.INTERNAL_D365_TEAM);
    JsonNode granted = write(Escalations.decide(EscalationKind.HIERARCHICAL, request, SlaStatus.BREACHED, mixed(), EscalationPolicy.standard()));
    assertEquals("GRANTED", granted.get("decision").stringValue());
    assertEquals("HIERARCHICAL", granted.get("kind").stringValue());
    assertFalse(granted.get("criteriaMet").isEmpty());
    assertTrue(granted.get("targets").get(0).has("role"));
    assertTrue(granted.get("targets").get(0).get("level").isInt());
    JsonNode refused = write(Escalations.decide(EscalationKind.HIERARCHICAL, request, SlaStatus.ON_TRACK, mixed(), EscalationPolicy.standard()));
    assertEquals("REFUSED", refused.get("decision").stringValue());
    assertTrue(refused.get("reason").stringValue().startsWith("no defined criterion for hierarchical escalation is met"));
    assertFalse(refused.has("targets"));
  }

  @Test
  void aRecommendationCarriesEveryFactorsContributionAndScoresThatAddUp() {
    OrganizationProfile profile = OrganizationProfile.builder()
        .addProcess(org.supportmodel.core.BusinessProcess.of("O2C", "Order to cash", Criticality.CRITICAL))
        .customization(org.supportmodel.core.selection.CustomizationDegree.MODERATE)
        .customCodeAuthor(org.supportmodel.core.selection.CodeAuthor.PARTNER).internalSupportStaff(5)
        .coverAllSkillAreas(org.supportmodel.core.selection.Coverage.PARTIAL)
        .partnerAvailability(org.supportmodel.core.selection.PartnerAvailability.FULL).isvCount(1).integrationCount(3).singleRegion()
        .multiCompany(false).centerOfExcellence(false).build();
    ModelRecommendation recommendation = SupportModelSelection.recommend(profile);
    JsonNode json = write(recommendation);
    assertEquals(recommendation.recommended().name(), json.get("recommended").stringValue());
    assertEquals(SelectionFactor.values().length, json.get("contributions").size());
    for (SupportModel model : SupportModel.values()) {
      int sum = 0;
      for (JsonNode contribution : json.get("contributions")) {
        sum += contribution.get("points").get(model.name()).intValue();
      }
      assertEquals(json.get("scores").get(model.name()).intValue(), sum, model::name);
      assertEquals(recommendation.scores().of(model), sum, model::name);
    }
    assertEquals(recommendation.runnerUp().model().name(), json.get("runnerUp").get("model").stringValue());
    assertEquals(5, json.get("responsibilities").get("levels").size());
    assertFalse(json.has("decidingConstraint"), "no constraint decided: left out");
  }

  private static CalendarSet officeHours() {
    return CalendarSet.of("office", BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").build());
  }

  private static SlaPolicy policy() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    for (Priority priority : Priority.values()) {
      builder.target(priority, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4), "office");
    }
    return builder.usualStatuses().priorityChange(PriorityChangePolicy.KEEP_ELAPSED).reopen(ReopenPolicy.NEW_CYCLE).build();
  }

  private static List<TicketEvent> waitingHistory() {
    return List.of(TicketEvent.created(MONDAY_9, Priority.P2, TicketStatus.IN_PROGRESS),
        TicketEvent.statusChanged(MONDAY_9.plusSeconds(3600), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(MONDAY_9.plusSeconds(7200), TicketStatus.IN_PROGRESS));
  }

  @Test
  void aTimelineShowsEachSegmentWithWhatPausedOrStartedIt() {
    JsonNode json = write(SlaEvaluation.timeline(RequestId.of("INC-7"), waitingHistory(), policy(), officeHours(), MONDAY_9.plusSeconds(4 * 3600)));
    assertEquals("INC-7", json.get("requestId").stringValue());
    JsonNode segments = json.get("cycles").get(0).get("segments");
    List<String> kinds = new ArrayList<>();
    segments.forEach(segment -> kinds.add(segment.get("kind").stringValue()));
    assertEquals(List.of("RUNNING", "PAUSED", "RUNNING"), kinds);
    assertEquals("WAITING_FOR_CUSTOMER", segments.get(1).get("pausedBy").stringValue());
    assertEquals("STATUS_CHANGED", segments.get(2).get("startedBy").get("type").stringValue());
    assertEquals("PT1H", segments.get(0).get("businessTime").stringValue());
    assertEquals("PT3H", json.get("cycles").get(0).get("elapsed").stringValue());
    assertEquals("PT1H", json.get("cycles").get(0).get("paused").stringValue());
  }

  @Test
  void attainmentWritesTheLibrarysShareAndLeavesItOutWhereNothingWasDecided() {
    Instant asOf = MONDAY_9.plusSeconds(10 * 86_400);
    TicketSla sla = SlaEvaluation.evaluate(RequestId.of("INC-7"), waitingHistory(), policy(), officeHours(), asOf);
    Attainment attainment = Attainment.of(List.of(sla), MONDAY_9, asOf);
    JsonNode json = write(attainment);
    for (JsonNode row : json.get("rows")) {
      Attainment.Row library = attainment.row(Priority.valueOf(row.get("priority").stringValue()), SlaMetric.parse(row.get("metric").stringValue()));
      assertEquals(library.share().isPresent(), row.has("share"), row.toString());
      library.share().ifPresent(share -> assertEquals(share, row.get("share").doubleValue()));
      assertEquals(library.missedBy().size(), row.get("missedBy").size());
    }
    int decided = 0;
    for (JsonNode row : json.get("rows")) {
      decided += row.get("met").intValue() + row.get("missed").intValue();
      boolean p2Resolution = row.get("priority").stringValue().equals("P2") && row.get("metric").stringValue().equals("RESOLUTION");
      assertEquals(p2Resolution, row.has("share"), row.toString());
    }
    assertEquals(1, decided, "the one ticket's resolution target, decided by its breach");
  }

  @Test
  void anAssessmentWithoutDataSaysNoDataAndGivesNoValue() {
    HypercarePlan plan = HypercarePlan.builder().name("Plan").zone(BERLIN).goLive(LocalDate.of(2026, 5, 4)).plannedEnd(LocalDate.of(2026, 6, 15))
        .defaultCriteria().build();
    ExitAssessment assessment = HypercareEvaluation.assess(plan, List.<RequestRecord>of(), List.of(), Instant.parse("2026-05-18T08:00:00Z"));
    JsonNode json = write(assessment);
    assertEquals("EXTEND", json.get("verdict").stringValue());
    assertEquals("2026-05-18", json.get("asOfDate").stringValue());
    assertEquals("Plan", json.get("plan").get("name").stringValue());
    JsonNode sla = json.get("results").get(2);
    assertEquals("sla-attainment", sla.get("id").stringValue());
    assertEquals("NO_DATA", sla.get("status").stringValue());
    assertFalse(sla.has("value"), "unknown evidence has no value, not 0");
    assertTrue(sla.has("toPass"));
    assertFalse(sla.get("projection").has("earliest"));
    assertEquals(assessment.weeks().size(), json.get("weeks").size());
    assertFalse(json.get("weeks").get(0).has("slaShare"), "no decided request: no share, not 0 %");
  }
}

package org.supportmodel.jackson;

import org.supportmodel.core.selection.ModelRecommendation;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.routing.EscalationDecision;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.routing.Unrouted;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.SlaTimeline;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import tools.jackson.databind.module.SimpleModule;

/**
 * supportmodel's JSON, as a Jackson 3 module that users register, as the {@code jackson-datatype-*}
 * modules are: {@code JsonMapper.builder().addModule(new SupportmodelModule()).build()}.
 *
 * <p>It reads and writes every input: organization profiles, support setups, support requests with
 * their path, ticket events, business calendars, SLA policies, hypercare plans and request
 * records. It writes every result: model recommendations, routing outcomes, escalation decisions,
 * ticket SLAs and their timelines, attainment and exit assessments. Each top-level document
 * starts with {@code "schemaVersion": 1}; a reader accepts a document without it and refuses
 * another version. Instants are ISO-8601 with an
 * offset ({@code "2026-03-02T09:00:00Z"}), durations ISO-8601 ({@code "PT8H"}), enums by name,
 * field names in camel case; empty optional values are left out. Reading validates exactly as the
 * library's factories do; an unknown field is an error, and an error names the JSON path and the
 * rule, such as {@code "$[1].priority: 'P9' is not one of [P1, P2, P3, P4]"}.
 */
public final class SupportmodelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with every serializer and deserializer registered. */
  public SupportmodelModule() {
    super("supportmodel");
    // inputs: read and written
    addSerializer(OrganizationProfile.class, new ProfileJson.Writer());
    addDeserializer(OrganizationProfile.class, new ProfileJson.Reader());
    addSerializer(SupportSetup.class, new SetupJson.Writer());
    addDeserializer(SupportSetup.class, new SetupJson.Reader());
    addSerializer(SupportRequest.class, new RequestJson.Writer());
    addDeserializer(SupportRequest.class, new RequestJson.Reader());
    addSerializer(TicketEvent.class, new TicketEventJson.Writer());
    addDeserializer(TicketEvent.class, new TicketEventJson.Reader());
    addSerializer(BusinessCalendar.class, new CalendarJson.Writer());
    addDeserializer(BusinessCalendar.class, new CalendarJson.Reader());
    addSerializer(SlaPolicy.class, new SlaPolicyJson.Writer());
    addDeserializer(SlaPolicy.class, new SlaPolicyJson.Reader());
    addSerializer(HypercarePlan.class, new PlanJson.Writer());
    addDeserializer(HypercarePlan.class, new PlanJson.Reader());
    addSerializer(RequestRecord.class, new RecordJson.Writer());
    addDeserializer(RequestRecord.class, new RecordJson.Reader());
    // results: written
    addSerializer(ModelRecommendation.class, new ResultJson.RecommendationWriter());
    ResultJson.RoutingWriter routing = new ResultJson.RoutingWriter();
    addSerializer(RoutingOutcome.class, routing);
    addSerializer(Routed.class, routing);
    addSerializer(Unrouted.class, routing);
    ResultJson.EscalationWriter escalation = new ResultJson.EscalationWriter();
    addSerializer(EscalationDecision.class, escalation);
    addSerializer(EscalationDecision.Granted.class, escalation);
    addSerializer(EscalationDecision.Refused.class, escalation);
    addSerializer(TicketSla.class, new TicketSlaJson.Writer());
    addSerializer(SlaTimeline.class, new ResultJson.TimelineWriter());
    addSerializer(Attainment.class, new ResultJson.AttainmentWriter());
    addSerializer(ExitAssessment.class, new ResultJson.AssessmentWriter());
  }

}

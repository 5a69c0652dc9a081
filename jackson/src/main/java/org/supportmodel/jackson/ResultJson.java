package org.supportmodel.jackson;

import java.util.List;
import java.util.Optional;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.Exclusion;
import org.supportmodel.core.selection.FactorContribution;
import org.supportmodel.core.selection.LevelResponsibility;
import org.supportmodel.core.selection.ModelPoints;
import org.supportmodel.core.selection.ModelRecommendation;
import org.supportmodel.core.selection.RunnerUp;
import org.supportmodel.hypercare.ActionStatus;
import org.supportmodel.hypercare.CriterionResult;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.PlanFinding;
import org.supportmodel.hypercare.Projection;
import org.supportmodel.hypercare.WeekFigures;
import org.supportmodel.routing.Alternative;
import org.supportmodel.routing.EscalationDecision;
import org.supportmodel.routing.DeploymentStep;
import org.supportmodel.routing.HandOffTerms;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.RoutingWarning;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.Unrouted;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.CycleTimeline;
import org.supportmodel.sla.SlaTimeline;
import org.supportmodel.sla.TimelineSegment;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The library's results as JSON, written only: a result is computed, never configured. Each
 * document starts with its {@code schemaVersion}; a result that is one of several kinds says which
 * ({@code "outcome": "ROUTED"}, {@code "decision": "REFUSED"}); figures are the library's own
 * (a share is written as the library computes it, left out where it has no value). Package-private;
 * {@link SupportmodelModule} registers the writers.
 */
final class ResultJson {
  private ResultJson() {}

  /** A model recommendation with every factor's contribution, the exclusions, the runner-up and the responsibilities. */
  static final class RecommendationWriter extends ValueSerializer<ModelRecommendation> {
    @Override
    public void serialize(ModelRecommendation recommendation, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("recommended", recommendation.recommended().name());
      points(out, "scores", recommendation.scores());
      out.writeArrayPropertyStart("contributions");
      for (FactorContribution contribution : recommendation.contributions()) {
        out.writeStartObject();
        out.writeStringProperty("factor", contribution.factor().name());
        out.writeStringProperty("finding", contribution.finding());
        points(out, "points", contribution.points());
        out.writeStringProperty("reasoning", contribution.reasoning());
        out.writeEndObject();
      }
      out.writeEndArray();
      exclusions(out, recommendation.exclusions());
      Out.string(out, "decidingConstraint", recommendation.decidingConstraint());
      Out.strings(out, "risks", recommendation.risks());
      RunnerUp runnerUp = recommendation.runnerUp();
      out.writeObjectPropertyStart("runnerUp");
      out.writeStringProperty("model", runnerUp.model().name());
      out.writeNumberProperty("scoreGap", runnerUp.scoreGap());
      exclusions(out, runnerUp.exclusions());
      Out.strings(out, "changesThatWouldMakeItWin", runnerUp.changesThatWouldMakeItWin());
      Out.strings(out, "factorsAgainstIt", runnerUp.factorsAgainstIt());
      out.writeEndObject();
      out.writeObjectPropertyStart("responsibilities");
      out.writeStringProperty("model", recommendation.responsibilities().model().name());
      out.writeBooleanProperty("centerOfExcellence", recommendation.responsibilities().centerOfExcellence());
      out.writeArrayPropertyStart("levels");
      for (LevelResponsibility level : recommendation.responsibilities().levels()) {
        out.writeStartObject();
        Out.level(out, "level", level.level());
        Out.constants(out, "parties", level.parties());
        out.writeStringProperty("driver", level.driver().name());
        Out.strings(out, "duties", level.duties());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
    }

    private static void points(JsonGenerator out, String name, ModelPoints points) {
      out.writeObjectPropertyStart(name);
      for (SupportModel model : SupportModel.values()) {
        out.writeNumberProperty(model.name(), points.of(model));
      }
      out.writeEndObject();
    }

    private static void exclusions(JsonGenerator out, List<Exclusion> exclusions) {
      out.writeArrayPropertyStart("exclusions");
      for (Exclusion exclusion : exclusions) {
        out.writeStartObject();
        out.writeStringProperty("model", exclusion.model().name());
        out.writeStringProperty("reason", exclusion.reason());
        out.writeBooleanProperty("enterpriseConstraint", exclusion.enterpriseConstraint());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
  }

  /**
   * A routing outcome: {@code "outcome": "ROUTED"} with the next hop, the rule and its reason, the
   * own rule that decided and those that did not match, the alternatives considered, the hand-off
   * terms with any data access approval, the fix's deployment steps, the warnings, a Microsoft
   * case, a bounce alert and the path; or
   * {@code "outcome": "UNROUTED"} with what the rules do not cover.
   */
  static final class RoutingWriter extends ValueSerializer<RoutingOutcome> {
    @Override
    public void serialize(RoutingOutcome outcome, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      if (outcome instanceof Routed routed) {
        out.writeStringProperty("outcome", "ROUTED");
        out.writeStringProperty("requestId", routed.requestId().value());
        out.writeName("next");
        RequestJson.hop(out, routed.next());
        out.writeBooleanProperty("handOff", routed.handOff());
        Out.authority(out, "driver", routed.driver());
        if (routed.via().isPresent()) {
          Out.authority(out, "via", routed.via().get());
        }
        out.writeStringProperty("rule", routed.rule().name());
        Out.string(out, "ownRule", routed.ownRule());
        Out.strings(out, "ownRulesNotMatched", routed.ownRulesNotMatched());
        out.writeStringProperty("reason", routed.reason());
        out.writeArrayPropertyStart("alternatives");
        for (Alternative alternative : routed.alternatives()) {
          out.writeStartObject();
          out.writeName("candidate");
          RequestJson.hop(out, alternative.candidate());
          out.writeStringProperty("whyNot", alternative.whyNot());
          out.writeEndObject();
        }
        out.writeEndArray();
        HandOffTerms terms = routed.terms();
        out.writeObjectPropertyStart("terms");
        Out.authority(out, "receiver", terms.receiver());
        out.writeStringProperty("dataAccess", terms.dataAccess().name());
        Out.constant(out, "deploymentUpTo", terms.deploymentUpTo());
        out.writeBooleanProperty("productionAdmin", terms.productionAdmin());
        out.writeStringProperty("accessStatus", terms.accessStatus().name());
        if (terms.approval().isPresent()) {
          out.writeObjectPropertyStart("approval");
          out.writeStringProperty("party", terms.approval().get().party().value());
          out.writeStringProperty("reference", terms.approval().get().reference());
          Out.instant(out, "endsAt", Optional.of(terms.approval().get().endsAt()));
          out.writeEndObject();
        }
        out.writeEndObject();
        if (routed.deployment().isPresent()) {
          out.writeArrayPropertyStart("deployment");
          for (DeploymentStep step : routed.deployment().get().steps()) {
            out.writeStartObject();
            out.writeStringProperty("action", step.action().name());
            out.writeStringProperty("environment", step.environment().name());
            Out.authority(out, "by", step.by());
            out.writeStringProperty("rule", step.rule().name());
            out.writeStringProperty("reason", step.rule().description());
            out.writeEndObject();
          }
          out.writeEndArray();
        }
        out.writeArrayPropertyStart("warnings");
        for (RoutingWarning warning : routed.warnings()) {
          out.writeStartObject();
          out.writeStringProperty("kind", warning.kind().name());
          out.writeStringProperty("text", warning.text());
          out.writeEndObject();
        }
        out.writeEndArray();
        if (routed.microsoftCase().isPresent()) {
          out.writeObjectPropertyStart("microsoftCase");
          out.writeStringProperty("channel", routed.microsoftCase().get().channel().name());
          out.writeStringProperty("severity", routed.microsoftCase().get().severity().name());
          out.writeStringProperty("severityReason", routed.microsoftCase().get().severityReason());
          out.writeEndObject();
        }
        if (routed.bounce().isPresent()) {
          out.writeObjectPropertyStart("bounce");
          hops(out, "path", routed.bounce().get().path());
          out.writeNumberProperty("reassignments", routed.bounce().get().reassignments());
          out.writeStringProperty("reason", routed.bounce().get().reason());
          out.writeEndObject();
        }
        hops(out, "path", routed.path());
      } else {
        Unrouted unrouted = (Unrouted) outcome;
        out.writeStringProperty("outcome", "UNROUTED");
        out.writeStringProperty("requestId", unrouted.requestId().value());
        out.writeName("current");
        RequestJson.hop(out, unrouted.current());
        out.writeStringProperty("uncovered", unrouted.uncovered().name());
        out.writeStringProperty("reason", unrouted.reason());
      }
      out.writeEndObject();
    }

    private static void hops(JsonGenerator out, String name, List<Hop> hops) {
      out.writeArrayPropertyStart(name);
      for (Hop hop : hops) {
        RequestJson.hop(out, hop);
      }
      out.writeEndArray();
    }
  }

  /** An escalation decision: {@code "decision": "GRANTED"} with the criteria met and the targets, or {@code "REFUSED"} with why. */
  static final class EscalationWriter extends ValueSerializer<EscalationDecision> {
    @Override
    public void serialize(EscalationDecision decision, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      if (decision instanceof EscalationDecision.Granted granted) {
        out.writeStringProperty("decision", "GRANTED");
        out.writeStringProperty("requestId", granted.requestId().value());
        out.writeStringProperty("kind", granted.kind().name());
        Out.strings(out, "criteriaMet", granted.criteriaMet());
        out.writeArrayPropertyStart("targets");
        for (EscalationDecision.Target target : granted.targets()) {
          out.writeStartObject();
          Out.authority(out, "party", target.party());
          Out.level(out, "level", target.level());
          out.writeStringProperty("role", target.role());
          out.writeEndObject();
        }
        out.writeEndArray();
      } else {
        EscalationDecision.Refused refused = (EscalationDecision.Refused) decision;
        out.writeStringProperty("decision", "REFUSED");
        out.writeStringProperty("requestId", refused.requestId().value());
        out.writeStringProperty("kind", refused.kind().name());
        out.writeStringProperty("reason", refused.reason());
        Out.strings(out, "criteriaNotMet", refused.criteriaNotMet());
      }
      out.writeEndObject();
    }
  }

  /** SLA attainment per priority and metric over a period, with each row's share and the requests that missed. */
  static final class AttainmentWriter extends ValueSerializer<Attainment> {
    @Override
    public void serialize(Attainment attainment, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("from", IsoText.format(attainment.from()));
      out.writeStringProperty("to", IsoText.format(attainment.to()));
      out.writeArrayPropertyStart("rows");
      for (Attainment.Row row : attainment.rows()) {
        out.writeStartObject();
        out.writeStringProperty("priority", row.priority().name());
        out.writeStringProperty("metric", row.metric().name());
        out.writeNumberProperty("met", row.met());
        out.writeNumberProperty("missed", row.missed());
        Out.number(out, "share", row.share());
        Out.strings(out, "missedBy", row.missedBy().stream().map(RequestId::value).toList());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  /** A ticket's SLA timeline: per cycle, its segments of business time running, paused, outside hours or on a holiday. */
  static final class TimelineWriter extends ValueSerializer<SlaTimeline> {
    @Override
    public void serialize(SlaTimeline timeline, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("requestId", timeline.sla().requestId().value());
      out.writeStringProperty("asOf", IsoText.format(timeline.sla().asOf()));
      out.writeArrayPropertyStart("cycles");
      TicketEventJson.Writer events = new TicketEventJson.Writer();
      for (CycleTimeline cycle : timeline.cycles()) {
        out.writeStartObject();
        out.writeStringProperty("metric", cycle.metric().name());
        out.writeNumberProperty("cycle", cycle.cycle());
        out.writeStringProperty("start", IsoText.format(cycle.start()));
        out.writeStringProperty("end", IsoText.format(cycle.end()));
        out.writeStringProperty("elapsed", cycle.elapsed().toString());
        out.writeStringProperty("paused", cycle.paused().toString());
        out.writeArrayPropertyStart("segments");
        for (TimelineSegment segment : cycle.segments()) {
          out.writeStartObject();
          out.writeStringProperty("start", IsoText.format(segment.start()));
          out.writeStringProperty("end", IsoText.format(segment.end()));
          out.writeStringProperty("kind", segment.kind().name());
          out.writeStringProperty("businessTime", segment.businessTime().toString());
          if (segment.pausedBy().isPresent()) {
            out.writeStringProperty("pausedBy", segment.pausedBy().get().name());
          }
          if (segment.startedBy().isPresent()) {
            out.writeName("startedBy");
            events.serialize(segment.startedBy().get(), out, context);
          }
          out.writeStringProperty("reason", segment.reason());
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  /**
   * An exit assessment: the verdict, every criterion's result with its evidence and projection,
   * the weekly figures with the shares the library defines, the earliest exit, the action plan and
   * the plan checks.
   */
  static final class AssessmentWriter extends ValueSerializer<ExitAssessment> {
    @Override
    public void serialize(ExitAssessment assessment, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeObjectPropertyStart("plan");
      out.writeStringProperty("name", assessment.plan().name());
      out.writeStringProperty("zone", assessment.plan().zone().getId());
      out.writeStringProperty("goLive", assessment.plan().goLive().toString());
      out.writeStringProperty("plannedEnd", assessment.plan().plannedEnd().toString());
      out.writeEndObject();
      out.writeStringProperty("asOf", IsoText.format(assessment.asOf()));
      out.writeStringProperty("asOfDate", assessment.asOfDate().toString());
      out.writeStringProperty("verdict", assessment.verdict().name());
      out.writeArrayPropertyStart("results");
      for (CriterionResult result : assessment.results()) {
        out.writeStartObject();
        out.writeStringProperty("id", result.id());
        out.writeStringProperty("description", result.description());
        out.writeStringProperty("status", result.status().name());
        Out.number(out, "value", result.value());
        out.writeStringProperty("measured", result.measured());
        out.writeStringProperty("threshold", result.threshold());
        Out.strings(out, "evidence", result.evidence());
        Out.string(out, "toPass", result.toPass());
        projection(out, "projection", result.projection());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("weeks");
      for (WeekFigures week : assessment.weeks()) {
        week(out, week);
      }
      out.writeEndArray();
      projection(out, "earliestExit", assessment.earliestExit());
      out.writeArrayPropertyStart("actionPlan");
      for (ActionStatus status : assessment.actionPlan()) {
        out.writeStartObject();
        out.writeName("item");
        PlanJson.actionItem(out, status.item());
        out.writeStringProperty("state", status.state().name());
        out.writeStringProperty("detail", status.detail());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("findings");
      for (PlanFinding finding : assessment.findings()) {
        out.writeStartObject();
        out.writeStringProperty("kind", finding.kind().name());
        out.writeStringProperty("message", finding.message());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }

    private static void projection(JsonGenerator out, String name, Projection projection) {
      out.writeObjectPropertyStart(name);
      Out.date(out, "earliest", projection.earliest());
      out.writeStringProperty("basis", projection.basis());
      out.writeEndObject();
    }

    private static void week(JsonGenerator out, WeekFigures week) {
      out.writeStartObject();
      out.writeNumberProperty("number", week.number());
      out.writeStringProperty("start", week.start().toString());
      out.writeStringProperty("end", week.end().toString());
      out.writeBooleanProperty("complete", week.complete());
      out.writeNumberProperty("inflow", week.inflow());
      out.writeNumberProperty("closures", week.closures());
      out.writeNumberProperty("reopened", week.reopened());
      out.writeNumberProperty("backlog", week.backlog());
      out.writeNumberProperty("slaMet", week.slaMet());
      out.writeNumberProperty("slaMissed", week.slaMissed());
      Out.number(out, "slaShare", week.slaShare());
      out.writeNumberProperty("resolvedWithoutHypercare", week.resolvedWithoutHypercare());
      out.writeNumberProperty("resolvedWithHypercare", week.resolvedWithHypercare());
      out.writeNumberProperty("resolvedHypercareUnknown", week.resolvedHypercareUnknown());
      Out.number(out, "withoutHypercareShare", week.withoutHypercareShare());
      out.writeNumberProperty("newRequirements", week.newRequirements());
      out.writeEndObject();
    }
  }
}

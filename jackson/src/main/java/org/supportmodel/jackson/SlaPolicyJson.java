package org.supportmodel.jackson;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.sla.ActionTrigger;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaAction;
import org.supportmodel.sla.SlaAmount;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.SlaTarget;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.WorkingDays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * An SLA policy as JSON:
 *
 * <pre>{@code
 * {"version": "2026-04",
 *  "targets": [{"priority": "P1", "metric": "RESOLUTION", "amount": {"businessTime": "PT4H"}, "calendar": "24x7"}, ...],
 *  "warningThresholds": [50, 75],
 *  "activeStatuses": ["OPEN", "IN_PROGRESS"], "pausedStatuses": ["WAITING_FOR_CUSTOMER"],
 *  "priorityChange": "KEEP_ELAPSED", "reopen": "NEW_CYCLE",
 *  "actions": [{"name": "warn", "metrics": ["RESOLUTION"], "trigger": {"percentOfTarget": 50},
 *               "kind": "NOTIFY_ROLE", "role": "service-desk-manager"}]}
 * }</pre>
 *
 * <p>An amount is {@code {"businessTime": "PT4H"}} or {@code {"workingDays": 3}}; a trigger {@code
 * {"percentOfTarget": 50}} or {@code {"fromDue": "-PT1H"}}; an escalation names its {@code
 * "level"} by number. Package-private; {@link SupportmodelModule} registers it.
 */
final class SlaPolicyJson {
  private static final Set<String> FIELDS =
      Set.of("schemaVersion", "version", "targets", "warningThresholds", "activeStatuses", "pausedStatuses", "priorityChange", "reopen", "actions");
  private static final Set<String> TARGET = Set.of("priority", "metric", "amount", "calendar");
  private static final Set<String> AMOUNT = Set.of("businessTime", "workingDays");
  private static final Set<String> ACTION = Set.of("name", "metrics", "trigger", "kind", "role", "level");
  private static final Set<String> TRIGGER = Set.of("percentOfTarget", "fromDue");

  private SlaPolicyJson() {}

  static final class Writer extends ValueSerializer<SlaPolicy> {
    @Override
    public void serialize(SlaPolicy policy, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("version", policy.version());
      out.writeArrayPropertyStart("targets");
      for (SlaTarget target : policy.targets()) {
        out.writeStartObject();
        out.writeStringProperty("priority", target.priority().name());
        out.writeStringProperty("metric", target.metric().name());
        out.writeName("amount");
        TicketSlaJson.Writer.amount(out, target.amount(), Out.buffer());
        out.writeStringProperty("calendar", target.calendar());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("warningThresholds");
      for (int threshold : policy.warningThresholds()) {
        out.writeNumber(threshold);
      }
      out.writeEndArray();
      statuses(out, "activeStatuses", policy.activeStatuses());
      statuses(out, "pausedStatuses", policy.pausedStatuses());
      out.writeStringProperty("priorityChange", policy.priorityChange().name());
      out.writeStringProperty("reopen", policy.reopen().name());
      out.writeArrayPropertyStart("actions");
      for (SlaAction action : policy.actions()) {
        out.writeStartObject();
        out.writeStringProperty("name", action.name());
        out.writeArrayPropertyStart("metrics");
        for (SlaMetric metric : EnumSet.copyOf(action.metrics())) {
          out.writeString(metric.name());
        }
        out.writeEndArray();
        out.writeObjectPropertyStart("trigger");
        if (action.trigger() instanceof ActionTrigger.PercentOfTarget percent) {
          out.writeNumberProperty("percentOfTarget", percent.percent());
        } else {
          out.writeStringProperty("fromDue", ((ActionTrigger.FromDue) action.trigger()).offset().toString());
        }
        out.writeEndObject();
        out.writeStringProperty("kind", action.kind().name());
        if (action.role().isPresent()) {
          out.writeStringProperty("role", action.role().get());
        }
        if (action.level().isPresent()) {
          out.writeNumberProperty("level", action.level().get().number());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }

    private static void statuses(JsonGenerator out, String name, Set<TicketStatus> statuses) {
      out.writeArrayPropertyStart(name);
      for (TicketStatus status : statuses) {
        out.writeString(status.name());
      }
      out.writeEndArray();
    }
  }

  static final class Reader extends ValueDeserializer<SlaPolicy> {
    @Override
    public SlaPolicy deserialize(JsonParser in, DeserializationContext context) {
      Json json = Json.object(in, context, this);
      json.onlyFields(FIELDS);
      json.schemaVersion();
      SlaPolicy.Builder builder = SlaPolicy.builder();
      json.optionalString("version").ifPresent(builder::version);
      for (Json target : json.objects("targets")) {
        target.onlyFields(TARGET);
        Priority priority = target.constant("priority", Priority.class);
        SlaMetric metric = target.constant("metric", SlaMetric.class);
        SlaAmount amount = amount(target.object("amount"));
        String calendar = target.string("calendar");
        builder.addTarget(target.build(() -> SlaTarget.of(priority, metric, amount, calendar)));
      }
      builder.addAllWarningThresholds(json.integers("warningThresholds"));
      json.strings("activeStatuses").forEach(s -> builder.addActiveStatus(json.parse("activeStatuses", s, TicketStatus::of)));
      json.strings("pausedStatuses").forEach(s -> builder.addPausedStatus(json.parse("pausedStatuses", s, TicketStatus::of)));
      builder.priorityChange(json.constant("priorityChange", PriorityChangePolicy.class));
      builder.reopen(json.constant("reopen", ReopenPolicy.class));
      for (Json action : json.objects("actions")) {
        builder.addAction(action(action));
      }
      return json.build(builder::build);
    }

    private static SlaAmount amount(Json amount) {
      amount.onlyFields(AMOUNT);
      if (amount.has("businessTime") == amount.has("workingDays")) {
        throw amount.error(amount.path(), "must give either businessTime or workingDays");
      }
      if (amount.has("businessTime")) {
        java.time.Duration duration = amount.duration("businessTime");
        return amount.build(() -> BusinessDuration.of(duration));
      }
      int days = amount.integer("workingDays");
      return amount.build(() -> WorkingDays.of(days));
    }

    private static SlaAction action(Json action) {
      action.onlyFields(ACTION);
      String name = action.string("name");
      Set<SlaMetric> metrics = EnumSet.noneOf(SlaMetric.class);
      for (String metric : action.strings("metrics")) {
        metrics.add(action.parse("metrics", metric, SlaMetric::parse));
      }
      Json trigger = action.object("trigger");
      trigger.onlyFields(TRIGGER);
      if (trigger.has("percentOfTarget") == trigger.has("fromDue")) {
        throw trigger.error(trigger.path(), "must give either percentOfTarget or fromDue");
      }
      ActionTrigger when = trigger.has("percentOfTarget")
          ? trigger.build(() -> ActionTrigger.percentOfTarget(trigger.integer("percentOfTarget")))
          : trigger.build(() -> ActionTrigger.fromDue(trigger.duration("fromDue")));
      SlaAction.Kind kind = action.constant("kind", SlaAction.Kind.class);
      Optional<String> role = action.optionalString("role");
      Optional<SupportLevel> level = action.has("level") ? Optional.of(action.parse("level", String.valueOf(action.integer("level")),
          text -> SupportLevel.of(Integer.parseInt(text)))) : Optional.empty();
      return action.build(() -> new SlaAction(name, metrics, when, kind, role, level));
    }
  }
}

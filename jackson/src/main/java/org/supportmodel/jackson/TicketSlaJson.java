package org.supportmodel.jackson;

import java.time.Instant;
import java.util.Optional;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.MetricCycle;
import org.supportmodel.sla.ScheduledAction;
import org.supportmodel.sla.SlaAmount;
import org.supportmodel.sla.ThresholdCrossing;
import org.supportmodel.sla.TicketSla;
import org.supportmodel.sla.WorkingDays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * A ticket's SLA as JSON: the ticket, every cycle with its verdict, the action schedule and the
 * next change; optional values are left out when empty. Package-private; {@link
 * SupportmodelModule} registers it.
 */
final class TicketSlaJson {
  private TicketSlaJson() {}

  static final class Writer extends ValueSerializer<TicketSla> {
    @Override
    public void serialize(TicketSla sla, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("requestId", sla.requestId().value());
      out.writeStringProperty("asOf", sla.asOf().toString());
      out.writeStringProperty("created", sla.created().toString());
      out.writeStringProperty("priority", sla.priority().name());
      instant(out, "nextChange", sla.nextChange());
      out.writeArrayPropertyStart("resolutionChanges");
      for (Instant change : sla.resolutionChanges()) {
        out.writeString(change.toString());
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("cycles");
      for (MetricCycle cycle : sla.cycles()) {
        cycle(out, cycle);
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("actions");
      for (ScheduledAction action : sla.actions()) {
        out.writeStartObject();
        out.writeStringProperty("metric", action.metric().name());
        out.writeNumberProperty("cycle", action.cycle());
        out.writeStringProperty("action", action.action());
        out.writeStringProperty("kind", action.kind().name());
        out.writeStringProperty("recipient", action.recipient());
        out.writeStringProperty("at", action.at().toString());
        out.writeBooleanProperty("done", action.done());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }

    private static void cycle(JsonGenerator out, MetricCycle cycle) {
      out.writeStartObject();
      out.writeStringProperty("metric", cycle.metric().name());
      out.writeNumberProperty("cycle", cycle.cycle());
      out.writeStringProperty("priority", cycle.priority().name());
      out.writeName("target");
      amount(out, cycle.target());
      out.writeStringProperty("calendar", cycle.calendar());
      out.writeStringProperty("state", cycle.state().name());
      out.writeStringProperty("verdict", cycle.verdict().name());
      out.writeStringProperty("start", cycle.start().toString());
      instant(out, "end", cycle.end());
      out.writeStringProperty("elapsed", cycle.elapsed().toString());
      out.writeStringProperty("remaining", cycle.remaining().toString());
      instant(out, "due", cycle.due());
      instant(out, "breachedAt", cycle.breachedAt());
      out.writeArrayPropertyStart("thresholdsFired");
      for (ThresholdCrossing crossing : cycle.thresholdsFired()) {
        out.writeStartObject();
        out.writeNumberProperty("percent", crossing.percent());
        out.writeStringProperty("at", crossing.at().toString());
        out.writeEndObject();
      }
      out.writeEndArray();
      instant(out, "nextChange", cycle.nextChange());
      out.writeStringProperty("policyVersion", cycle.policyVersion());
      if (cycle.retargetedBy().isPresent()) {
        out.writeStringProperty("retargetedBy", cycle.retargetedBy().get().name());
      }
      out.writeEndObject();
    }

    /** An amount: {@code {"businessTime": "PT8H"}} or {@code {"workingDays": 3}}. */
    static void amount(JsonGenerator out, SlaAmount amount) {
      out.writeStartObject();
      if (amount instanceof BusinessDuration duration) {
        out.writeStringProperty("businessTime", duration.duration().toString());
      } else {
        out.writeNumberProperty("workingDays", ((WorkingDays) amount).days());
      }
      out.writeEndObject();
    }

    private static void instant(JsonGenerator out, String name, Optional<Instant> instant) {
      if (instant.isPresent()) {
        out.writeStringProperty(name, instant.get().toString());
      }
    }
  }
}

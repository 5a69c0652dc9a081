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
import tools.jackson.core.SerializableString;
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
    // field names quoted once: most of a ticket's SLA is names, enum constants and instants
    private static final SerializableString REQUEST_ID = Out.name("requestId");
    private static final SerializableString AS_OF = Out.name("asOf");
    private static final SerializableString CREATED = Out.name("created");
    private static final SerializableString PRIORITY = Out.name("priority");
    private static final SerializableString NEXT_CHANGE = Out.name("nextChange");
    private static final SerializableString METRIC = Out.name("metric");
    private static final SerializableString CYCLE = Out.name("cycle");
    private static final SerializableString ACTION = Out.name("action");
    private static final SerializableString KIND = Out.name("kind");
    private static final SerializableString RECIPIENT = Out.name("recipient");
    private static final SerializableString AT = Out.name("at");
    private static final SerializableString DONE = Out.name("done");
    private static final SerializableString TARGET = Out.name("target");
    private static final SerializableString CALENDAR = Out.name("calendar");
    private static final SerializableString STATE = Out.name("state");
    private static final SerializableString VERDICT = Out.name("verdict");
    private static final SerializableString START = Out.name("start");
    private static final SerializableString END = Out.name("end");
    private static final SerializableString ELAPSED = Out.name("elapsed");
    private static final SerializableString REMAINING = Out.name("remaining");
    private static final SerializableString DUE = Out.name("due");
    private static final SerializableString BREACHED_AT = Out.name("breachedAt");
    private static final SerializableString THRESHOLDS_FIRED = Out.name("thresholdsFired");
    private static final SerializableString PERCENT = Out.name("percent");
    private static final SerializableString POLICY_VERSION = Out.name("policyVersion");
    private static final SerializableString RETARGETED_BY = Out.name("retargetedBy");
    private static final SerializableString BUSINESS_TIME = Out.name("businessTime");

    @Override
    public void serialize(TicketSla sla, JsonGenerator out, SerializationContext context) {
      IsoText.Buffer buffer = Out.buffer();
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeName(REQUEST_ID);
      out.writeString(sla.requestId().value());
      Out.instant(out, AS_OF, sla.asOf(), buffer);
      Out.instant(out, CREATED, sla.created(), buffer);
      Out.constant(out, PRIORITY, sla.priority());
      Out.instant(out, NEXT_CHANGE, sla.nextChange(), buffer);
      Out.instants(out, "resolutionChanges", sla.resolutionChanges());
      out.writeArrayPropertyStart("cycles");
      for (MetricCycle cycle : sla.cycles()) {
        cycle(out, cycle, buffer);
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("actions");
      for (ScheduledAction action : sla.actions()) {
        out.writeStartObject();
        Out.constant(out, METRIC, action.metric());
        out.writeName(CYCLE);
        out.writeNumber(action.cycle());
        out.writeName(ACTION);
        out.writeString(action.action());
        Out.constant(out, KIND, action.kind());
        out.writeName(RECIPIENT);
        out.writeString(action.recipient());
        Out.instant(out, AT, action.at(), buffer);
        out.writeName(DONE);
        out.writeBoolean(action.done());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }

    private static void cycle(JsonGenerator out, MetricCycle cycle, IsoText.Buffer buffer) {
      out.writeStartObject();
      Out.constant(out, METRIC, cycle.metric());
      out.writeName(CYCLE);
      out.writeNumber(cycle.cycle());
      Out.constant(out, PRIORITY, cycle.priority());
      out.writeName(TARGET);
      amount(out, cycle.target(), buffer);
      out.writeName(CALENDAR);
      out.writeString(cycle.calendar());
      Out.constant(out, STATE, cycle.state());
      Out.constant(out, VERDICT, cycle.verdict());
      Out.instant(out, START, cycle.start(), buffer);
      Out.instant(out, END, cycle.end(), buffer);
      Out.duration(out, ELAPSED, cycle.elapsed(), buffer);
      Out.duration(out, REMAINING, cycle.remaining(), buffer);
      Out.instant(out, DUE, cycle.due(), buffer);
      Out.instant(out, BREACHED_AT, cycle.breachedAt(), buffer);
      out.writeName(THRESHOLDS_FIRED);
      out.writeStartArray();
      for (ThresholdCrossing crossing : cycle.thresholdsFired()) {
        out.writeStartObject();
        out.writeName(PERCENT);
        out.writeNumber(crossing.percent());
        Out.instant(out, AT, crossing.at(), buffer);
        out.writeEndObject();
      }
      out.writeEndArray();
      Out.instant(out, NEXT_CHANGE, cycle.nextChange(), buffer);
      out.writeName(POLICY_VERSION);
      out.writeString(cycle.policyVersion());
      if (cycle.retargetedBy().isPresent()) {
        Out.constant(out, RETARGETED_BY, cycle.retargetedBy().get());
      }
      out.writeEndObject();
    }

    /** An amount: {@code {"businessTime": "PT8H"}} or {@code {"workingDays": 3}}. */
    static void amount(JsonGenerator out, SlaAmount amount, IsoText.Buffer buffer) {
      out.writeStartObject();
      if (amount instanceof BusinessDuration duration) {
        Out.duration(out, BUSINESS_TIME, duration.duration(), buffer);
      } else {
        out.writeNumberProperty("workingDays", ((WorkingDays) amount).days());
      }
      out.writeEndObject();
    }
  }
}

package org.supportmodel.jackson;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.hypercare.HypercareUse;
import org.supportmodel.hypercare.RequestKind;
import org.supportmodel.hypercare.RequestRecord;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * A hypercare request record as JSON:
 *
 * <pre>{@code
 * {"id": "INC-1042", "priority": "P2", "kind": "INCIDENT", "opened": "2026-05-04T07:12:00Z",
 *  "resolutions": ["2026-05-05T10:00:00Z"], "reopens": [], "resolvedBy": "PARTNER",
 *  "hypercareResources": "NOT_USED", "process": "O2C",
 *  "sla": [{"metric": "RESOLUTION", "priority": "P2", "due": "2026-05-05T15:00:00Z",
 *           "end": "2026-05-05T10:00:00Z", "zone": "Europe/Berlin"}]}
 * }</pre>
 *
 * <p>A record is an element of a list, so it carries no schema version. {@code resolutions},
 * {@code reopens} and {@code sla} may be left out (none), {@code hypercareResources} too ({@code
 * UNKNOWN}: not recorded, which no criterion counts as a pass). Package-private; {@link
 * SupportmodelModule} registers it.
 */
final class RecordJson {
  private static final Set<String> FIELDS = Set.of("id", "priority", "kind", "opened", "resolutions", "reopens", "resolvedBy",
      "hypercareResources", "process", "sla");
  private static final Set<String> OUTCOME = Set.of("metric", "priority", "due", "end", "zone");

  private RecordJson() {}

  static final class Writer extends ValueSerializer<RequestRecord> {
    @Override
    public void serialize(RequestRecord record, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      out.writeStringProperty("id", record.id().value());
      out.writeStringProperty("priority", record.priority().name());
      out.writeStringProperty("kind", record.kind().name());
      out.writeStringProperty("opened", IsoText.format(record.opened()));
      Out.instants(out, "resolutions", record.resolutions());
      Out.instants(out, "reopens", record.reopens());
      Out.constant(out, "resolvedBy", record.resolvedBy());
      out.writeStringProperty("hypercareResources", record.hypercareResources().name());
      Out.string(out, "process", record.process().map(ProcessId::value));
      out.writeArrayPropertyStart("sla");
      for (SlaOutcome outcome : record.sla()) {
        out.writeStartObject();
        out.writeStringProperty("metric", outcome.metric());
        out.writeStringProperty("priority", outcome.priority().name());
        out.writeStringProperty("due", IsoText.format(outcome.due()));
        Out.instant(out, "end", outcome.end());
        out.writeStringProperty("zone", outcome.zone().getId());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  static final class Reader extends ValueDeserializer<RequestRecord> {
    @Override
    public RequestRecord deserialize(JsonParser in, DeserializationContext context) {
      Json json = Json.object(in, context, this);
      json.onlyFields(FIELDS);
      RequestId id = json.parse("id", json.string("id"), RequestId::of);
      Priority priority = json.constant("priority", Priority.class);
      RequestKind kind = json.constant("kind", RequestKind.class);
      Instant opened = json.instant("opened");
      List<Instant> resolutions = json.instants("resolutions");
      List<Instant> reopens = json.instants("reopens");
      Optional<AuthorityKind> resolvedBy = json.optionalConstant("resolvedBy", AuthorityKind.class);
      HypercareUse use = json.optionalConstant("hypercareResources", HypercareUse.class).orElse(HypercareUse.UNKNOWN);
      Optional<ProcessId> process = json.optionalString("process").map(text -> json.parse("process", text, ProcessId::of));
      List<SlaOutcome> sla = new ArrayList<>();
      for (Json outcome : json.objects("sla")) {
        outcome.onlyFields(OUTCOME);
        String metric = outcome.string("metric");
        Priority outcomePriority = outcome.constant("priority", Priority.class);
        Instant due = outcome.instant("due");
        Optional<Instant> end = outcome.optionalInstant("end");
        ZoneId zone = outcome.zone("zone");
        sla.add(outcome.build(() -> new SlaOutcome(metric, outcomePriority, due, end, zone)));
      }
      return json.build(() -> new RequestRecord(id, priority, kind, opened, resolutions, reopens, resolvedBy, use, process, sla));
    }
  }
}

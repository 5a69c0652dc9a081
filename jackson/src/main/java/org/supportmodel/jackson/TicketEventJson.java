package org.supportmodel.jackson;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * A ticket event as JSON: {@code {"at": "2026-03-02T09:00:00Z", "type": "CREATED", "priority":
 * "P2", "status": "IN_PROGRESS"}}; {@code priority}, {@code status} and {@code party} only where
 * the type carries them. Package-private; {@link SupportmodelModule} registers it.
 */
final class TicketEventJson {
  private static final Set<String> FIELDS = Set.of("at", "type", "priority", "status", "party");

  private TicketEventJson() {}

  static final class Writer extends ValueSerializer<TicketEvent> {
    @Override
    public void serialize(TicketEvent event, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      out.writeStringProperty("at", IsoText.format(event.at()));
      out.writeStringProperty("type", event.type().name());
      if (event.priority().isPresent()) {
        out.writeStringProperty("priority", event.priority().get().name());
      }
      if (event.status().isPresent()) {
        out.writeStringProperty("status", event.status().get().name());
      }
      if (event.party().isPresent()) {
        out.writeStringProperty("party", event.party().get());
      }
      out.writeEndObject();
    }
  }

  static final class Reader extends ValueDeserializer<TicketEvent> {
    @Override
    public TicketEvent deserialize(JsonParser in, DeserializationContext context) {
      Json json = Json.object(in, context, this);
      json.onlyFields(FIELDS);
      Instant at = json.instant("at");
      TicketEvent.Type type = json.parse("type", json.string("type"), TicketEvent.Type::parse);
      Optional<Priority> priority = json.optionalString("priority").map(p -> json.parse("priority", p, Priority::parse));
      Optional<TicketStatus> status = json.optionalString("status").map(s -> json.parse("status", s, TicketStatus::of));
      Optional<String> party = json.optionalString("party");
      return json.build(() -> new TicketEvent(at, type, priority, status, party));
    }
  }
}

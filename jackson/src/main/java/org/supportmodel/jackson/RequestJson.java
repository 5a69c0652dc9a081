package org.supportmodel.jackson;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Set;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.ExternalReference;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.Urgency;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.SupportRequest;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * A support request as JSON, with its path:
 *
 * <pre>{@code
 * {"id": "INC-1042", "externalReferences": [{"authority": {...}, "reference": "FAB-77"}],
 *  "priority": "P2", "application": "FINANCE_AND_SUPPLY_CHAIN", "processCriticality": "HIGH",
 *  "process": "O2C", "urgency": "HIGH", "area": "finance", "language": "de",
 *  "diagnosis": {"layer": "CUSTOM_CODE", "complexity": "COMPLEX", "topics": ["performance"]},
 *  "path": [{"authority": {"id": "super-user", "kind": "SUPER_USER", "name": "Super user"}, "level": 1}, ...]}
 * }</pre>
 *
 * <p>In the diagnosis, {@code layer} is left out while it is unknown, {@code
 * processOrTrainingRuledOut} defaults to whether a layer other than a business process or training
 * is known, {@code needsDeepD365Knowledge} to false, {@code topics} to none; {@code isv} is given
 * only for ISV code and {@code integration} (an integration's name in the setup) only for
 * integration software. {@code area} and {@code language} may be left out.
 * Package-private; {@link SupportmodelModule} registers it.
 */
final class RequestJson {
  private static final Set<String> FIELDS = Set.of("schemaVersion", "id", "externalReferences", "priority", "application",
      "processCriticality", "process", "urgency", "area", "language", "diagnosis", "path");
  private static final Set<String> REFERENCE = Set.of("authority", "reference");
  private static final Set<String> DIAGNOSIS =
      Set.of("layer", "processOrTrainingRuledOut", "complexity", "needsDeepD365Knowledge", "isv", "integration", "topics");
  private static final Set<String> HOP = Set.of("authority", "level");

  private RequestJson() {}

  /** A hop: {@code {"authority": {...}, "level": 2}}. */
  static void hop(JsonGenerator out, Hop hop) {
    out.writeStartObject();
    Out.authority(out, "authority", hop.authority());
    Out.level(out, "level", hop.level());
    out.writeEndObject();
  }

  static Hop hop(Json json) {
    json.onlyFields(HOP);
    ResolvingAuthority authority = SetupJson.authority(json.object("authority"));
    SupportLevel level = level(json, "level");
    return Hop.of(authority, level);
  }

  /** A support level by its number, 1 to 5. */
  static SupportLevel level(Json json, String name) {
    int number = json.integer(name);
    return json.parse(name, Integer.toString(number), text -> SupportLevel.of(number));
  }

  static final class Writer extends ValueSerializer<SupportRequest> {
    @Override
    public void serialize(SupportRequest request, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("id", request.id().value());
      out.writeArrayPropertyStart("externalReferences");
      for (ExternalReference reference : request.trail().externalReferences()) {
        out.writeStartObject();
        Out.authority(out, "authority", reference.authority());
        out.writeStringProperty("reference", reference.reference());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeStringProperty("priority", request.priority().name());
      out.writeStringProperty("application", request.application().name());
      out.writeStringProperty("processCriticality", request.processCriticality().name());
      Out.string(out, "process", request.process().map(ProcessId::value));
      Out.constant(out, "urgency", request.urgency());
      Out.string(out, "area", request.area());
      Out.string(out, "language", request.language());
      Diagnosis diagnosis = request.diagnosis();
      out.writeObjectPropertyStart("diagnosis");
      Out.constant(out, "layer", diagnosis.layer());
      out.writeBooleanProperty("processOrTrainingRuledOut", diagnosis.processOrTrainingRuledOut());
      out.writeStringProperty("complexity", diagnosis.complexity().name());
      out.writeBooleanProperty("needsDeepD365Knowledge", diagnosis.needsDeepD365Knowledge());
      Out.string(out, "isv", diagnosis.isv().map(AuthorityId::value));
      Out.string(out, "integration", diagnosis.integration());
      if (!diagnosis.topics().isEmpty()) {
        Out.strings(out, "topics", diagnosis.topics());
      }
      out.writeEndObject();
      out.writeArrayPropertyStart("path");
      for (Hop hop : request.path()) {
        hop(out, hop);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  static final class Reader extends ValueDeserializer<SupportRequest> {
    @Override
    public SupportRequest deserialize(JsonParser in, DeserializationContext context) {
      Json json = Json.object(in, context, this);
      json.onlyFields(FIELDS);
      json.schemaVersion();
      RequestId id = json.parse("id", json.string("id"), RequestId::of);
      ReferenceTrail trail = ReferenceTrail.of(id);
      for (Json reference : json.objects("externalReferences")) {
        reference.onlyFields(REFERENCE);
        ResolvingAuthority authority = SetupJson.authority(reference.object("authority"));
        String text = reference.string("reference");
        ExternalReference external = reference.build(() -> ExternalReference.of(authority, text));
        ReferenceTrail before = trail;
        trail = reference.build(() -> before.plus(external));
      }
      SupportRequest.Builder builder = SupportRequest.builder().trail(trail);
      builder.priority(json.constant("priority", Priority.class));
      builder.application(json.constant("application", Dynamics365App.class));
      builder.processCriticality(json.constant("processCriticality", Criticality.class));
      json.optionalString("process").ifPresent(process -> builder.process(json.parse("process", process, ProcessId::of)));
      json.optionalConstant("urgency", Urgency.class).ifPresent(builder::urgency);
      json.optionalString("area").ifPresent(builder::area);
      json.optionalString("language").ifPresent(builder::language);
      builder.diagnosis(diagnosis(json.object("diagnosis")));
      for (Json hop : json.objects("path")) {
        builder.addPath(hop(hop));
      }
      return json.build(builder::build);
    }

    private static Diagnosis diagnosis(Json json) {
      json.onlyFields(DIAGNOSIS);
      Optional<ProblemLayer> layer = json.optionalConstant("layer", ProblemLayer.class);
      boolean ruledOut =
          json.bool("processOrTrainingRuledOut", layer.isPresent() && layer.get() != ProblemLayer.BUSINESS_PROCESS_OR_TRAINING);
      Complexity complexity = json.constant("complexity", Complexity.class);
      boolean deep = json.bool("needsDeepD365Knowledge", false);
      Optional<AuthorityId> isv = json.optionalString("isv").map(text -> json.parse("isv", text, AuthorityId::of));
      Optional<String> integration = json.optionalString("integration");
      SortedSet<String> topics = new TreeSet<>(json.has("topics") ? json.strings("topics") : List.of());
      return json.build(() -> new Diagnosis(layer, ruledOut, complexity, deep, isv, integration, topics));
    }
  }
}

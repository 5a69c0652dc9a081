package org.supportmodel.jackson;

import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportModel;
import org.supportmodel.routing.DataAccess;
import org.supportmodel.routing.Environment;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.IntegrationOwner;
import org.supportmodel.routing.SupportSetup;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * A support setup as JSON:
 *
 * <pre>{@code
 * {"model": "MIXED", "centerOfExcellence": false, "integrationOwner": "INTERNAL_IT",
 *  "partner": {"id": "fabrikam", "kind": "PARTNER", "name": "Fabrikam"},
 *  "isvs": [{"id": "isv-contoso", "kind": "ISV", "name": "Contoso WMS"}],
 *  "partnerHandlesIsvs": true, "twentyFourSevenCommitment": true, "maxReassignments": 3,
 *  "handOffPolicy": {"dataAccess": {"PARTNER": "ANONYMIZED_COPY"}, "deployUpTo": {"PARTNER": "PRE_PRODUCTION"},
 *                    "productionAdmins": ["INTERNAL_D365_TEAM"]}}
 * }</pre>
 *
 * <p>{@code handOffPolicy} may be left out (the standard policy); within it, {@code dataAccess}
 * changes the standard's access of the kinds it names, while {@code deployUpTo} and {@code
 * productionAdmins}, when given, are complete. Package-private; {@link SupportmodelModule}
 * registers it.
 */
final class SetupJson {
  private static final Set<String> FIELDS = Set.of("schemaVersion", "model", "centerOfExcellence", "integrationOwner", "partner",
      "isvs", "partnerHandlesIsvs", "twentyFourSevenCommitment", "handOffPolicy", "maxReassignments");
  private static final Set<String> AUTHORITY = Set.of("id", "kind", "name");
  private static final Set<String> POLICY = Set.of("dataAccess", "deployUpTo", "productionAdmins");

  private SetupJson() {}

  static ResolvingAuthority authority(Json json) {
    json.onlyFields(AUTHORITY);
    AuthorityKind kind = json.constant("kind", AuthorityKind.class);
    String id = json.string("id");
    String name = json.string("name");
    return json.build(() -> ResolvingAuthority.of(kind, id, name));
  }

  static final class Writer extends ValueSerializer<SupportSetup> {
    @Override
    public void serialize(SupportSetup setup, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("model", setup.model().name());
      out.writeBooleanProperty("centerOfExcellence", setup.centerOfExcellence());
      out.writeStringProperty("integrationOwner", setup.integrationOwner().name());
      if (setup.partner().isPresent()) {
        Out.authority(out, "partner", setup.partner().get());
      }
      out.writeArrayPropertyStart("isvs");
      for (ResolvingAuthority isv : setup.isvs()) {
        Out.authority(out, isv);
      }
      out.writeEndArray();
      out.writeBooleanProperty("partnerHandlesIsvs", setup.partnerHandlesIsvs());
      out.writeBooleanProperty("twentyFourSevenCommitment", setup.twentyFourSevenCommitment());
      out.writeNumberProperty("maxReassignments", setup.maxReassignments());
      policy(out, setup.handOffPolicy());
      out.writeEndObject();
    }

    private static void policy(JsonGenerator out, HandOffPolicy policy) {
      out.writeObjectPropertyStart("handOffPolicy");
      out.writeObjectPropertyStart("dataAccess");
      for (AuthorityKind kind : AuthorityKind.values()) {
        out.writeStringProperty(kind.name(), policy.dataAccess(kind).name());
      }
      out.writeEndObject();
      out.writeObjectPropertyStart("deployUpTo");
      for (AuthorityKind kind : AuthorityKind.values()) {
        Out.constant(out, kind.name(), policy.deploymentUpTo(kind));
      }
      out.writeEndObject();
      out.writeArrayPropertyStart("productionAdmins");
      for (AuthorityKind kind : AuthorityKind.values()) {
        if (policy.hasProductionAdmin(kind)) {
          out.writeString(kind.name());
        }
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  static final class Reader extends ValueDeserializer<SupportSetup> {
    @Override
    public SupportSetup deserialize(JsonParser in, DeserializationContext context) {
      Json json = Json.object(in, context, this);
      json.onlyFields(FIELDS);
      json.schemaVersion();
      SupportSetup.Builder builder = SupportSetup.builder();
      builder.model(json.constant("model", SupportModel.class));
      builder.centerOfExcellence(json.bool("centerOfExcellence"));
      builder.integrationOwner(json.constant("integrationOwner", IntegrationOwner.class));
      json.optionalObject("partner").ifPresent(partner -> builder.partner(authority(partner)));
      for (Json isv : json.objects("isvs")) {
        builder.addIsv(authority(isv));
      }
      builder.partnerHandlesIsvs(json.bool("partnerHandlesIsvs"));
      builder.twentyFourSevenCommitment(json.bool("twentyFourSevenCommitment"));
      builder.maxReassignments(json.integer("maxReassignments"));
      builder.handOffPolicy(json.optionalObject("handOffPolicy").map(Reader::policy).orElse(HandOffPolicy.standard()));
      return json.build(builder::build);
    }

    private static HandOffPolicy policy(Json json) {
      json.onlyFields(POLICY);
      HandOffPolicy policy = HandOffPolicy.standard();
      Set<String> kinds = Json.names(AuthorityKind.values());
      if (json.has("dataAccess")) {
        Json access = json.object("dataAccess");
        access.onlyFields(kinds);
        for (AuthorityKind kind : AuthorityKind.values()) {
          if (access.has(kind.name())) {
            DataAccess given = access.constant(kind.name(), DataAccess.class);
            HandOffPolicy before = policy;
            policy = access.build(() -> before.withDataAccess(kind, given));
          }
        }
      }
      if (json.has("deployUpTo")) {
        Json deploy = json.object("deployUpTo");
        deploy.onlyFields(kinds);
        for (AuthorityKind kind : AuthorityKind.values()) {
          Optional<Environment> upTo = deploy.optionalConstant(kind.name(), Environment.class);
          HandOffPolicy before = policy;
          policy = deploy.build(() -> before.withDeploymentUpTo(kind, upTo));
        }
      }
      if (json.has("productionAdmins")) {
        Set<AuthorityKind> admins = Set.copyOf(json.constants("productionAdmins", AuthorityKind.class));
        for (AuthorityKind kind : AuthorityKind.values()) {
          HandOffPolicy before = policy;
          policy = json.build(() -> before.withProductionAdmin(kind, admins.contains(kind)));
        }
      }
      return policy;
    }
  }
}

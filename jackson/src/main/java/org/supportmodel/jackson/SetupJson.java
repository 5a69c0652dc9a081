package org.supportmodel.jackson;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportModel;
import org.supportmodel.routing.AccessApproval;
import org.supportmodel.routing.DataAccess;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.Environment;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.Integration;
import org.supportmodel.routing.IntegrationOwner;
import org.supportmodel.routing.IsvContract;
import org.supportmodel.routing.OwnRule;
import org.supportmodel.routing.Scope;
import org.supportmodel.routing.ScopedPartner;
import org.supportmodel.routing.SuperUserGroup;
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
 *                    "productionAdmins": ["INTERNAL_D365_TEAM"], "partnerProductionAccess": "CAB-2026-031"},
 *  "scopedPartners": [{"partner": {...}, "scope": {"apps": ["CUSTOMER_ENGAGEMENT"], "layers": [], "processes": [],
 *                      "topics": ["performance"]}}],
 *  "superUserGroups": [{"group": {...}, "areas": ["finance"]}],
 *  "isvContracts": [{"isv": "isv-contoso", "throughPartner": true, "supportHours": "contoso-hours",
 *                    "responseTarget": "PT4H"}],
 *  "integrations": [{"name": "payroll-export", "owner": {...}}],
 *  "accessApprovals": [{"party": "fabrikam", "reference": "DPA-2026-014", "endsAt": "2026-06-30T22:00:00Z"}],
 *  "onCall": {"id": "night-desk", "kind": "INTERNAL_HELPDESK", "name": "Night desk"}}
 * }</pre>
 *
 * <p>{@code handOffPolicy} may be left out (the standard policy); within it, {@code dataAccess}
 * changes the standard's access of the kinds it names, while {@code deployUpTo} and {@code
 * productionAdmins}, when given, are complete; {@code partnerProductionAccess} is the explicit
 * grant of production access to the partner, and must come with it. The lists and {@code onCall}
 * may be left out (none); a scope's four lists may each be left out (everything). The setup's own
 * rules are code (a predicate each) and have no JSON form: a setup with own rules is refused
 * rather than written without them; add them after reading. Package-private; {@link
 * SupportmodelModule} registers it.
 */
final class SetupJson {
  private static final Set<String> FIELDS = Set.of("schemaVersion", "model", "centerOfExcellence", "integrationOwner", "partner",
      "isvs", "partnerHandlesIsvs", "twentyFourSevenCommitment", "handOffPolicy", "maxReassignments", "scopedPartners",
      "superUserGroups", "isvContracts", "integrations", "accessApprovals", "onCall");
  private static final Set<String> AUTHORITY = Set.of("id", "kind", "name");
  private static final Set<String> POLICY = Set.of("dataAccess", "deployUpTo", "productionAdmins", "partnerProductionAccess");
  private static final Set<String> SCOPED = Set.of("partner", "scope");
  private static final Set<String> SCOPE = Set.of("apps", "layers", "processes", "topics");
  private static final Set<String> GROUP = Set.of("group", "areas");
  private static final Set<String> CONTRACT = Set.of("isv", "throughPartner", "supportHours", "responseTarget");
  private static final Set<String> INTEGRATION = Set.of("name", "owner");
  private static final Set<String> APPROVAL = Set.of("party", "reference", "endsAt");

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
      if (!setup.ownRules().isEmpty()) {
        throw new IllegalArgumentException("ownRules: '" + setup.ownRules().stream().map(OwnRule::name).toList()
            + "' cannot be written as JSON: an own rule's predicate is code; write the setup without them and add them"
            + " after reading");
      }
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
      out.writeArrayPropertyStart("scopedPartners");
      for (ScopedPartner scoped : setup.scopedPartners()) {
        out.writeStartObject();
        Out.authority(out, "partner", scoped.partner());
        out.writeObjectPropertyStart("scope");
        Out.constants(out, "apps", scoped.scope().apps());
        Out.constants(out, "layers", scoped.scope().layers());
        Out.strings(out, "processes", scoped.scope().processes().stream().map(ProcessId::value).toList());
        Out.strings(out, "topics", scoped.scope().topics());
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("superUserGroups");
      for (SuperUserGroup group : setup.superUserGroups()) {
        out.writeStartObject();
        Out.authority(out, "group", group.group());
        Out.strings(out, "areas", group.areas());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("isvContracts");
      for (IsvContract contract : setup.isvContracts()) {
        out.writeStartObject();
        out.writeStringProperty("isv", contract.isv().value());
        out.writeBooleanProperty("throughPartner", contract.throughPartner());
        Out.string(out, "supportHours", contract.supportHours());
        Out.string(out, "responseTarget", contract.responseTarget().map(Out::duration));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("integrations");
      for (Integration integration : setup.integrations()) {
        out.writeStartObject();
        out.writeStringProperty("name", integration.name());
        Out.authority(out, "owner", integration.owner());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("accessApprovals");
      for (AccessApproval approval : setup.accessApprovals()) {
        out.writeStartObject();
        out.writeStringProperty("party", approval.party().value());
        out.writeStringProperty("reference", approval.reference());
        Out.instant(out, "endsAt", Optional.of(approval.endsAt()));
        out.writeEndObject();
      }
      out.writeEndArray();
      if (setup.onCall().isPresent()) {
        Out.authority(out, "onCall", setup.onCall().get());
      }
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
      Out.string(out, "partnerProductionAccess", policy.partnerProductionAccess());
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
      for (Json scoped : list(json, "scopedPartners")) {
        scoped.onlyFields(SCOPED);
        ResolvingAuthority partner = authority(scoped.object("partner"));
        Scope scope = scope(scoped.object("scope"));
        builder.addScopedPartner(scoped.build(() -> ScopedPartner.of(partner, scope)));
      }
      for (Json group : list(json, "superUserGroups")) {
        group.onlyFields(GROUP);
        ResolvingAuthority users = authority(group.object("group"));
        List<String> areas = group.strings("areas");
        builder.addSuperUserGroup(group.build(() -> SuperUserGroup.of(users, areas)));
      }
      for (Json contract : list(json, "isvContracts")) {
        contract.onlyFields(CONTRACT);
        AuthorityId isv = contract.parse("isv", contract.string("isv"), AuthorityId::of);
        boolean throughPartner = contract.bool("throughPartner");
        Optional<String> hours = contract.optionalString("supportHours");
        Optional<Duration> target = contract.has("responseTarget") ? Optional.of(contract.duration("responseTarget"))
            : Optional.empty();
        builder.addIsvContract(contract.build(() -> new IsvContract(isv, throughPartner, hours, target)));
      }
      for (Json integration : list(json, "integrations")) {
        integration.onlyFields(INTEGRATION);
        String name = integration.string("name");
        ResolvingAuthority owner = authority(integration.object("owner"));
        builder.addIntegration(integration.build(() -> Integration.of(name, owner)));
      }
      for (Json approval : list(json, "accessApprovals")) {
        approval.onlyFields(APPROVAL);
        AuthorityId party = approval.parse("party", approval.string("party"), AuthorityId::of);
        String reference = approval.string("reference");
        Instant endsAt = approval.instant("endsAt");
        builder.addAccessApproval(approval.build(() -> new AccessApproval(party, reference, endsAt)));
      }
      json.optionalObject("onCall").ifPresent(onCall -> builder.onCall(authority(onCall)));
      return json.build(builder::build);
    }

    private static List<Json> list(Json json, String name) {
      return json.has(name) ? json.objects(name) : List.of();
    }

    private static Scope scope(Json json) {
      json.onlyFields(SCOPE);
      List<Dynamics365App> apps = json.has("apps") ? json.constants("apps", Dynamics365App.class) : List.of();
      List<ProblemLayer> layers = json.has("layers") ? json.constants("layers", ProblemLayer.class) : List.of();
      List<ProcessId> processes = new java.util.ArrayList<>();
      for (String process : json.has("processes") ? json.strings("processes") : List.<String>of()) {
        processes.add(json.parse("processes", process, ProcessId::of));
      }
      List<String> topics = json.has("topics") ? json.strings("topics") : List.of();
      return json.build(() -> Scope.everything().withApps(apps).withLayers(layers).withProcesses(processes).withTopics(topics));
    }

    private static HandOffPolicy policy(Json json) {
      json.onlyFields(POLICY);
      HandOffPolicy policy = HandOffPolicy.standard();
      if (json.has("partnerProductionAccess")) {
        String grant = json.string("partnerProductionAccess");
        policy = json.build(() -> HandOffPolicy.standard().withPartnerProductionAccess(grant));
      }
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

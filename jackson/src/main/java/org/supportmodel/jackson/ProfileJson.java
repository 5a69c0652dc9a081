package org.supportmodel.jackson;

import java.util.Set;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.selection.CodeAuthor;
import org.supportmodel.core.selection.Coverage;
import org.supportmodel.core.selection.CustomizationDegree;
import org.supportmodel.core.selection.EnterpriseConstraint;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.core.selection.PartnerAvailability;
import org.supportmodel.core.selection.SkillArea;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * An organization profile as JSON: every fact by its name in {@link OrganizationProfile}, the
 * processes as {@code {"id", "name", "criticality"}}, the skill coverage as an object by area and
 * the constraints as {@code {"kind", "source"}}. Every fact is required; only {@code
 * constraints} may be left out (none). Package-private; {@link SupportmodelModule} registers it.
 */
final class ProfileJson {
  private static final Set<String> FIELDS = Set.of("schemaVersion", "processes", "customization", "customCodeAuthor",
      "internalSupportStaff", "skillCoverage", "partnerAvailability", "isvCount", "integrationCount", "countryCount",
      "timeZoneCount", "languageCount", "multiCompany", "centerOfExcellence", "constraints");
  private static final Set<String> PROCESS = Set.of("id", "name", "criticality");
  private static final Set<String> CONSTRAINT = Set.of("kind", "source");

  private ProfileJson() {}

  /** A business process: {@code {"id": "O2C", "name": "Order to cash", "criticality": "CRITICAL"}}. */
  static void process(JsonGenerator out, BusinessProcess process) {
    out.writeStartObject();
    out.writeStringProperty("id", process.id().value());
    out.writeStringProperty("name", process.name());
    out.writeStringProperty("criticality", process.criticality().name());
    out.writeEndObject();
  }

  static BusinessProcess process(Json json) {
    json.onlyFields(PROCESS);
    String id = json.string("id");
    String name = json.string("name");
    Criticality criticality = json.constant("criticality", Criticality.class);
    return json.build(() -> BusinessProcess.of(id, name, criticality));
  }

  static final class Writer extends ValueSerializer<OrganizationProfile> {
    @Override
    public void serialize(OrganizationProfile profile, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeArrayPropertyStart("processes");
      for (BusinessProcess process : profile.processes()) {
        process(out, process);
      }
      out.writeEndArray();
      out.writeStringProperty("customization", profile.customization().name());
      Out.constant(out, "customCodeAuthor", profile.customCodeAuthor());
      out.writeNumberProperty("internalSupportStaff", profile.internalSupportStaff());
      out.writeObjectPropertyStart("skillCoverage");
      for (SkillArea area : SkillArea.values()) {
        out.writeStringProperty(area.name(), profile.coverage(area).name());
      }
      out.writeEndObject();
      out.writeStringProperty("partnerAvailability", profile.partnerAvailability().name());
      out.writeNumberProperty("isvCount", profile.isvCount());
      out.writeNumberProperty("integrationCount", profile.integrationCount());
      out.writeNumberProperty("countryCount", profile.countryCount());
      out.writeNumberProperty("timeZoneCount", profile.timeZoneCount());
      out.writeNumberProperty("languageCount", profile.languageCount());
      out.writeBooleanProperty("multiCompany", profile.multiCompany());
      out.writeBooleanProperty("centerOfExcellence", profile.centerOfExcellence());
      out.writeArrayPropertyStart("constraints");
      for (EnterpriseConstraint constraint : profile.constraints()) {
        out.writeStartObject();
        out.writeStringProperty("kind", constraint.kind().name());
        out.writeStringProperty("source", constraint.source());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  static final class Reader extends ValueDeserializer<OrganizationProfile> {
    @Override
    public OrganizationProfile deserialize(JsonParser in, DeserializationContext context) {
      Json json = Json.object(in, context, this);
      json.onlyFields(FIELDS);
      json.schemaVersion();
      OrganizationProfile.Builder builder = OrganizationProfile.builder();
      for (Json process : json.objects("processes")) {
        builder.addProcess(process(process));
      }
      builder.customization(json.constant("customization", CustomizationDegree.class));
      json.optionalConstant("customCodeAuthor", CodeAuthor.class).ifPresent(builder::customCodeAuthor);
      builder.internalSupportStaff(json.integer("internalSupportStaff"));
      Json coverage = json.object("skillCoverage");
      coverage.onlyFields(Json.names(SkillArea.values()));
      for (SkillArea area : SkillArea.values()) {
        builder.putSkillCoverage(area, coverage.constant(area.name(), Coverage.class));
      }
      builder.partnerAvailability(json.constant("partnerAvailability", PartnerAvailability.class));
      builder.isvCount(json.integer("isvCount"));
      builder.integrationCount(json.integer("integrationCount"));
      builder.countryCount(json.integer("countryCount"));
      builder.timeZoneCount(json.integer("timeZoneCount"));
      builder.languageCount(json.integer("languageCount"));
      builder.multiCompany(json.bool("multiCompany"));
      builder.centerOfExcellence(json.bool("centerOfExcellence"));
      for (Json constraint : json.objects("constraints")) {
        constraint.onlyFields(CONSTRAINT);
        EnterpriseConstraint.Kind kind = constraint.constant("kind", EnterpriseConstraint.Kind.class);
        String source = constraint.string("source");
        builder.addConstraint(constraint.build(() -> EnterpriseConstraint.of(kind, source)));
      }
      return json.build(builder::build);
    }
  }
}

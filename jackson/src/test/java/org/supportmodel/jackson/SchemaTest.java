package org.supportmodel.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema files describe what the module writes and reads, and the documentation's examples follow them. */
class SchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule()).build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Class<?>> TYPES = Map.of("ticket-event", TicketEvent.class, "sla-policy", SlaPolicy.class,
      "business-calendar", BusinessCalendar.class, "organization-profile", OrganizationProfile.class, "support-setup", SupportSetup.class,
      "support-request", SupportRequest.class, "hypercare-plan", HypercarePlan.class, "request-record", RequestRecord.class);

  static Schema schema(String name) {
    try (InputStream in = SupportmodelModule.class.getResourceAsStream("/json-schema/" + name + ".schema.json")) {
      assertTrue(in != null, name + " is in the jar");
      return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void whatTheModuleWritesFollowsTheSchemas() {
    Schema events = schema("ticket-event");
    Schema policies = schema("sla-policy");
    Schema calendars = schema("business-calendar");
    qt().withExamples(300).forAll(SupportmodelModuleTest.events()).checkAssert(event ->
        assertEquals(List.of(), events.validate(MAPPER.readTree(MAPPER.writeValueAsString(event))), event::toString));
    qt().withExamples(200).forAll(SlaPolicyJsonTest.policies()).checkAssert(policy ->
        assertEquals(List.of(), policies.validate(MAPPER.readTree(MAPPER.writeValueAsString(policy)))));
    qt().withExamples(200).forAll(CalendarJsonTest.calendars()).checkAssert(calendar ->
        assertEquals(List.of(), calendars.validate(MAPPER.readTree(MAPPER.writeValueAsString(calendar)))));
  }

  @Test
  void theSchemasRefuseWhatTheModuleRefuses() {
    assertFalse(schema("ticket-event").validate(MAPPER.readTree("{\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"UPDATE\",\"priority\":\"P2\"}")).isEmpty());
    assertFalse(schema("ticket-event").validate(MAPPER.readTree("{\"at\":\"2026-03-02T09:00:00Z\",\"type\":\"ASSIGNED\"}")).isEmpty());
    assertFalse(schema("ticket-event").validate(MAPPER.readTree("{\"type\":\"UPDATE\"}")).isEmpty());
    assertFalse(schema("sla-policy").validate(MAPPER.readTree("{\"targets\":[],\"activeStatuses\":[\"OPEN\"],\"priorityChange\":\"KEEP_ELAPSED\","
        + "\"reopen\":\"NEW_CYCLE\"}")).isEmpty());
    assertFalse(schema("business-calendar").validate(MAPPER.readTree("{\"zone\":\"UTC\",\"weekly\":{\"MONDAY\":[]}}")).isEmpty());
    assertFalse(schema("business-calendar").validate(MAPPER.readTree("{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"8-17\"]}}")).isEmpty());
  }

  @Test
  void everyExampleOfTheDocumentationFollowsItsSchemaAndReads() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "json.md"));
    Matcher blocks = Pattern.compile("```json ([a-z-]+)\\n(.*?)```", Pattern.DOTALL).matcher(page);
    int count = 0;
    while (blocks.find()) {
      String name = blocks.group(1);
      if (name.startsWith("result-")) {
        continue; // a result has no schema: the examples' tests keep it equal to what the module writes
      }
      JsonNode document = MAPPER.readTree(blocks.group(2));
      assertEquals(List.of(), schema(name).validate(document), name + ": " + blocks.group(2));
      assertTrue(TYPES.containsKey(name), name);
      MAPPER.treeToValue(document, TYPES.get(name));
      count++;
    }
    assertEquals(11, count, "every example block was checked");
  }
}

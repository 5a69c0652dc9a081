package org.supportmodel.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing is dropped silently: a field a reader does not know, at any depth of any input, is an
 * error at its path; a document of another schema version is refused; every document says its
 * version.
 */
class StrictReadingTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule()).build();

  /** Every object in the tree with its JSON path, the root first. */
  private static void objects(JsonNode node, String path, Map<String, ObjectNode> found) {
    if (node.isObject()) {
      found.put(path, (ObjectNode) node);
      node.properties().forEach(entry -> objects(entry.getValue(), path + "." + entry.getKey(), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), path + "[" + i + "]", found);
      }
    }
  }

  private static <T> void everyUnknownFieldIsRefusedAtItsPath(Gen<T> values, Class<T> type) {
    qt().withExamples(60).forAll(values).checkAssert(value -> {
      JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));
      Map<String, ObjectNode> objects = new java.util.LinkedHashMap<>();
      objects(written, "$", objects);
      for (String path : new ArrayList<>(objects.keySet())) {
        JsonNode document = written.deepCopy();
        Map<String, ObjectNode> copies = new java.util.LinkedHashMap<>();
        objects(document, "$", copies);
        java.util.Objects.requireNonNull(copies.get(path), path).put("surplus", 1);
        MismatchedInputException e =
            assertThrows(MismatchedInputException.class, () -> MAPPER.treeToValue(document, type), () -> path + " in " + document);
        assertTrue(e.getOriginalMessage().startsWith(path + ".surplus: "), e.getOriginalMessage() + " for " + path);
      }
    });
  }

  @Test
  void anUnknownFieldAtAnyDepthOfAnyInputIsAnErrorAtItsPath() {
    everyUnknownFieldIsRefusedAtItsPath(Generated.profiles(), OrganizationProfile.class);
    everyUnknownFieldIsRefusedAtItsPath(Generated.setups(), SupportSetup.class);
    everyUnknownFieldIsRefusedAtItsPath(Generated.requests(), SupportRequest.class);
    everyUnknownFieldIsRefusedAtItsPath(Generated.plans(), HypercarePlan.class);
    everyUnknownFieldIsRefusedAtItsPath(Generated.records(), RequestRecord.class);
    everyUnknownFieldIsRefusedAtItsPath(SupportmodelModuleTest.events(), TicketEvent.class);
    everyUnknownFieldIsRefusedAtItsPath(SlaPolicyJsonTest.policies(), SlaPolicy.class);
    everyUnknownFieldIsRefusedAtItsPath(CalendarJsonTest.calendars(), BusinessCalendar.class);
  }

  @Test
  void everyDocumentSaysItsVersionAndAnotherVersionIsRefused() {
    List<Object> documents = new ArrayList<>();
    List<Class<?>> types = List.of(OrganizationProfile.class, SupportSetup.class, SupportRequest.class, HypercarePlan.class, SlaPolicy.class,
        BusinessCalendar.class);
    documents.add(first(Generated.profiles()));
    documents.add(first(Generated.setups()));
    documents.add(first(Generated.requests()));
    documents.add(first(Generated.plans()));
    documents.add(first(SlaPolicyJsonTest.policies()));
    documents.add(first(CalendarJsonTest.calendars()));
    for (int i = 0; i < documents.size(); i++) {
      Class<?> type = types.get(i);
      String json = MAPPER.writeValueAsString(documents.get(i));
      assertTrue(json.startsWith("{\"schemaVersion\":1,"), json);
      ObjectNode tree = (ObjectNode) MAPPER.readTree(json);
      tree.put("schemaVersion", 2);
      assertEquals("$.schemaVersion: 2 is not supported: this module reads version 1",
          assertThrows(MismatchedInputException.class, () -> MAPPER.treeToValue(tree, type)).getOriginalMessage(), type::getName);
      tree.remove("schemaVersion");
      assertEquals(documents.get(i), MAPPER.treeToValue(tree, type), "a document without a version reads as version 1");
    }
  }

  private static <T> T first(Gen<T> values) {
    List<T> drawn = new ArrayList<>();
    qt().withExamples(1).forAll(values).checkAssert(drawn::add);
    return drawn.get(0);
  }
}

package org.supportmodel.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketSla;
import org.supportmodel.sla.TicketStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class SupportmodelModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule()).build();
  private static final TypeReference<List<TicketEvent>> EVENTS = new TypeReference<>() {};
  private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

  private static String error(String json) {
    MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, EVENTS));
    return e.getOriginalMessage();
  }

  @Test
  void eventsAreWrittenWithWhatTheirTypeCarriesAndReadBack() {
    List<TicketEvent> events = List.of(
        TicketEvent.created(T, Priority.P2, TicketStatus.IN_PROGRESS),
        TicketEvent.assigned(T.plusSeconds(60), "d365-team"),
        TicketEvent.of(T.plusSeconds(120), TicketEvent.Type.FIRST_RESPONSE));
    String json = MAPPER.writeValueAsString(events);
    assertEquals("[{\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"CREATED\",\"priority\":\"P2\",\"status\":\"IN_PROGRESS\"},"
        + "{\"at\":\"2026-03-02T08:01:00Z\",\"type\":\"ASSIGNED\",\"party\":\"d365-team\"},"
        + "{\"at\":\"2026-03-02T08:02:00Z\",\"type\":\"FIRST_RESPONSE\"}]", json);
    assertEquals(events, MAPPER.readValue(json, EVENTS));
    // any offset reads as the same instant
    assertEquals(TicketEvent.of(T, TicketEvent.Type.UPDATE),
        MAPPER.readValue("{\"at\":\"2026-03-02T09:00:00+01:00\",\"type\":\"update\"}", TicketEvent.class));
  }

  @Test
  void everyHistoryTheLibraryAcceptsRoundTrips() {
    org.quicktheories.QuickTheory.qt().withExamples(500).forAll(org.supportmodel.test.SupportGenerators.histories())
        .checkAssert(history -> assertEquals(history, MAPPER.readValue(MAPPER.writeValueAsString(history), EVENTS)));
  }

  @Test
  void anErrorNamesTheJsonPathAndTheRule() {
    assertEquals("$[1].priority: priority: 'P9' is not one of [P1, P2, P3, P4]",
        error("[{\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"CREATED\",\"priority\":\"P2\"},"
            + "{\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"PRIORITY_CHANGED\",\"priority\":\"P9\"}]"));
    assertEquals("$[0].at: '2026-03-02 08:00' is not an ISO-8601 instant with an offset, such as 2026-03-02T09:00:00Z",
        error("[{\"at\":\"2026-03-02 08:00\",\"type\":\"CREATED\",\"priority\":\"P2\"}]"));
    assertEquals("$[0].at: is required", error("[{\"type\":\"CREATED\",\"priority\":\"P2\"}]"));
    assertEquals("$[0].prio: is not a field here; the fields are [at, party, priority, status, type]",
        error("[{\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"CREATED\",\"prio\":\"P2\"}]"));
    assertEquals("$[0]: priority: 'P2' must not be given for UPDATE",
        error("[{\"at\":\"2026-03-02T08:00:00Z\",\"type\":\"UPDATE\",\"priority\":\"P2\"}]"));
    assertEquals("$[0].type: must be a string, not NUMBER", error("[{\"at\":\"2026-03-02T08:00:00Z\",\"type\":3}]"));
    assertEquals("$[0]: must be a JSON object, not STRING", error("[\"CREATED\"]"));
  }

  @Test
  void aTicketSlaIsWrittenWithEveryCycleAndItsVerdict() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    for (Priority priority : Priority.values()) {
      builder.target(priority, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4), "24x7");
    }
    SlaPolicy policy = builder.usualStatuses().priorityChange(PriorityChangePolicy.KEEP_ELAPSED).reopen(ReopenPolicy.NEW_CYCLE).build();
    TicketSla sla = SlaEvaluation.evaluate(RequestId.of("INC-1"), List.of(TicketEvent.created(T, Priority.P2)), policy,
        CalendarSet.of("24x7", BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"))), T.plusSeconds(5 * 3600));
    JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(sla));
    assertEquals("INC-1", json.get("requestId").stringValue());
    assertEquals("2026-03-02T13:00:00Z", json.get("asOf").stringValue());
    JsonNode cycle = json.get("cycles").get(0);
    assertEquals("RESOLUTION", cycle.get("metric").stringValue());
    assertEquals("BREACHED", cycle.get("state").stringValue());
    assertEquals("MISSED", cycle.get("verdict").stringValue());
    assertEquals("PT4H", cycle.get("target").get("businessTime").stringValue());
    assertEquals("PT5H", cycle.get("elapsed").stringValue());
    assertEquals("2026-03-02T12:00:00Z", cycle.get("breachedAt").stringValue());
    assertEquals(null, cycle.get("end"), "an empty value is left out");
    assertEquals("1", cycle.get("policyVersion").stringValue());
  }

  /** Events of every type with what they carry, at any instant from 1900 to 2150. */
  static Gen<TicketEvent> events() {
    Gen<Instant> at = longs().between(-2_208_988_800L, 5_680_281_600L).zip(integers().between(0, 999_999_999),
        (s, n) -> Instant.ofEpochSecond(s, n));
    Gen<Integer> type = integers().between(0, TicketEvent.Type.values().length - 1);
    Gen<Integer> pick = integers().between(0, 3);
    return at.zip(type, pick, (instant, t, p) -> switch (TicketEvent.Type.values()[t]) {
      case CREATED -> p % 2 == 0 ? TicketEvent.created(instant, Priority.values()[p]) : TicketEvent.created(instant, Priority.values()[p], TicketStatus.of("S" + p));
      case PRIORITY_CHANGED -> TicketEvent.priorityChanged(instant, Priority.values()[p]);
      case STATUS_CHANGED -> TicketEvent.statusChanged(instant, TicketStatus.of("WAITING-" + p));
      case ASSIGNED -> TicketEvent.assigned(instant, "party " + p);
      default -> TicketEvent.of(instant, TicketEvent.Type.values()[t]);
    });
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualEvent() {
    qt().withExamples(1000).forAll(events()).checkAssert(event ->
        assertEquals(event, MAPPER.readValue(MAPPER.writeValueAsString(event), TicketEvent.class)));
  }
}

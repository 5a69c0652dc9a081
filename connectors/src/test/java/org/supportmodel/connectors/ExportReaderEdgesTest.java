package org.supportmodel.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.history.HistoryProblem;
import org.supportmodel.sla.history.Repair;
import org.supportmodel.sla.history.RepairMode;

/** The less travelled paths of reading: bad event rows, counts, progress, shared values. */
class ExportReaderEdgesTest {
  private static final ExportMapping EVENTS = ExportMapping.eventRows()
      .column(ExportMapping.Field.TICKET, "id")
      .column(ExportMapping.Field.AT, "at")
      .column(ExportMapping.Field.EVENT, "event")
      .column(ExportMapping.Field.PRIORITY, "priority")
      .column(ExportMapping.Field.STATE, "status")
      .activeState("Working", TicketStatus.IN_PROGRESS)
      .pausedState("Waiting", TicketStatus.WAITING_FOR_CUSTOMER)
      .build();

  private static ImportResult read(ExportMapping mapping, RepairMode mode, String csv) {
    return ExportReader.of(mapping, mode).read(CsvTable.of("x.csv", new StringReader(csv)));
  }

  private static List<String> fates(ImportedTicket ticket) {
    return ticket.rows().stream().map(r -> r.row() + " " + r.fate() + " " + r.reason()).toList();
  }

  /**
   * The reader keeps a ticket's last opening time text to read it once per ticket; texts of up to
   * 16 Latin-1 characters are compared packed, longer ones as strings. Either way a text that
   * differs in one character, of the same length, is read again, and one repeated is not.
   */
  @Test
  void aTicketsOpeningTimeIsReadAgainWhenItsTextChangesInOneCharacter() {
    ExportMapping serviceNow = ExportFormats.serviceNowIncidents(ZoneId.of("UTC"));
    String packed = """
        number,incident_state,sys_updated_at,opened_at,priority
        INC1,New,4/1/2016 09:30,4/1/2016 09:00,3 - Moderate
        INC1,Active,4/1/2016 09:40,4/1/2016 08:00,3 - Moderate
        INC1,Active,4/1/2016 09:50,4/1/2016 08:00,3 - Moderate
        INC1,Active,4/1/2016 09:55,4/1/2016 09:00,3 - Moderate
        """;
    ExportMapping iso = ExportMapping.snapshotRows()
        .column(ExportMapping.Field.TICKET, "number")
        .column(ExportMapping.Field.AT, "sys_updated_at")
        .column(ExportMapping.Field.STATE, "incident_state")
        .column(ExportMapping.Field.PRIORITY, "priority")
        .column(ExportMapping.Field.OPENED_AT, "opened_at")
        .activeState("New", TicketStatus.of("NEW"))
        .activeState("Active", TicketStatus.of("ACTIVE"))
        .priority("3 - Moderate", org.supportmodel.core.Priority.P3)
        .localTimestamps("yyyy-MM-dd'T'HH:mm:ss", ZoneId.of("UTC"), java.util.Locale.ROOT)
        .build();
    String longer = packed.replace("4/1/2016 09:30", "2016-01-04T09:30:00").replace("4/1/2016 09:40", "2016-01-04T09:40:00")
        .replace("4/1/2016 09:50", "2016-01-04T09:50:00").replace("4/1/2016 09:55", "2016-01-04T09:55:00")
        .replace("4/1/2016 09:00", "2016-01-04T09:00:00").replace("4/1/2016 08:00", "2016-01-04T08:00:00");
    for (ImportResult result : List.of(read(serviceNow, RepairMode.REPAIR, packed), read(iso, RepairMode.REPAIR, longer))) {
      ImportedTicket ticket = result.tickets().get(0);
      assertEquals(java.time.Instant.parse("2016-01-04T08:00:00Z"), ticket.events().get(0).at(), "the earliest opening time is taken");
      assertEquals(List.of(3, 5), ticket.repairs().stream().map(Repair::row).toList(),
          "rows 3 and 5 change the opening time; row 4 repeats row 3's: " + ticket.repairs());
    }
  }

  @Test
  void badEventRowsAreDiscardedWithTheirReasonAndUnknownLabelsCounted() {
    String csv = """
        id,at,event,priority,status
        T1,2026-05-04T09:00:00Z,CREATED,P2,Working
        T1,2026-05-04T09:05:00Z,ESCALATED,,
        T1,2026-05-04T09:06:00Z,PRIORITY_CHANGED,,
        T1,2026-05-04T09:07:00Z,PRIORITY_CHANGED,P9,
        T1,2026-05-04T09:08:00Z,STATUS_CHANGED,,
        T1,2026-05-04T09:09:00Z,STATUS_CHANGED,,Lunch
        T1,2026-05-04T09:10:00Z,STATUS_CHANGED,,Waiting
        T2,2026-05-04T10:00:00Z,CREATED,P3,Sleeping
        T3,2026-05-04T10:00:00Z,CREATED,,
        """;
    ImportResult result = read(EVENTS, RepairMode.REPAIR, csv);
    ImportedTicket t1 = result.tickets().get(0);
    assertEquals(List.of(
        "2 USED CREATED P2 IN_PROGRESS",
        "3 DISCARDED column event: 'ESCALATED' is not one of [CREATED, STATUS_CHANGED, PRIORITY_CHANGED, FIRST_RESPONSE, UPDATE, RESOLVED, "
            + "REOPENED, CLOSED, ASSIGNED, CUSTOMER_REPLY]",
        "4 DISCARDED column priority: is empty but a PRIORITY_CHANGED event needs it",
        "5 DISCARDED column priority: 'P9' is not one of [P1, P2, P3, P4]",
        "6 DISCARDED column status: is empty but a STATUS_CHANGED event needs it",
        "7 DISCARDED column status: status 'Lunch' is not mapped",
        "8 USED STATUS_CHANGED WAITING_FOR_CUSTOMER"), fates(t1));
    assertEquals(5, t1.repairs().size(), "each discarded row is in the repair log");
    ImportedTicket t2 = result.tickets().get(1);
    assertEquals(List.of(TicketEvent.created(java.time.Instant.parse("2026-05-04T10:00:00Z"), org.supportmodel.core.Priority.P3)),
        t2.events(), "an unknown first status is read as not given");
    assertEquals(new Repair(RequestId.of("T2"), 9, "status 'Sleeping' read as not given",
        "the mapping does not know it; the policy's first active status applies"), t2.repairs().get(0));
    ImportedTicket t3 = result.tickets().get(2);
    assertEquals(List.of(new HistoryProblem(RequestId.of("T3"), 10, "no row of the ticket could be read")), t3.problems());
    assertEquals(Map.of("event", Map.of("ESCALATED", 1L), "priority", Map.of("P9", 1L), "status", Map.of("Lunch", 1L, "Sleeping", 1L)),
        result.summary().unmapped());
    assertEquals(9, result.summary().rows());
    assertEquals(3, result.summary().used());
    assertEquals(6, result.summary().discarded());
    assertEquals(2, result.summary().evaluable());
    List<HistoryProblem> strict = read(EVENTS, RepairMode.STRICT, csv).summary().problems();
    assertEquals(List.of(3, 4, 5, 6, 7, 9, 10), strict.stream().map(HistoryProblem::row).toList());
  }

  @Test
  void streamingHandsAnEventTicketOverAtItsClosedRow() {
    String csv = """
        id,at,event,priority,status
        T1,2026-05-04T09:00:00Z,CREATED,P2,
        T2,2026-05-04T09:01:00Z,CREATED,P2,
        T1,2026-05-04T09:30:00Z,CLOSED,,
        T2,2026-05-04T09:40:00Z,RESOLVED,,
        T1,2026-05-04T09:50:00Z,UPDATE,,
        """;
    List<String> order = new ArrayList<>();
    ImportSummary summary = ExportReader.of(EVENTS, RepairMode.REPAIR)
        .stream(CsvTable.of("x.csv", new StringReader(csv)), t -> order.add(t.id() + ":" + t.rows().size()), rows -> {});
    assertEquals(List.of("T1:2", "T2:2"), order);
    assertEquals(1, summary.afterClose().size());
    assertEquals(6, summary.afterClose().get(0).row());
  }

  /** Cells are read on the row's characters: white space around a value or a missing marker is not part of it. */
  @Test
  void paddedCellsReadAsTheirValuesAndAPaddedMarkerAsNotGiven() {
    String header = "number,sys_updated_at,incident_state,priority,opened_at,resolved_at\n";
    String plain = header
        + "INC1,1/3/2016 09:00,Active,3 - Moderate,1/3/2016 08:30,?\n"
        + "INC1,1/3/2016 10:00,Resolved,3 - Moderate,1/3/2016 08:30,1/3/2016 09:58\n";
    String padded = header
        + " INC1 ,  1/3/2016 09:00,Active ,\" 3 - Moderate\",1/3/2016 08:30 ,\t?  \n"
        + "INC1\t,1/3/2016 10:00,  Resolved,3 - Moderate,\" 1/3/2016 08:30\", 1/3/2016 09:58 \n"
        + "   ,  1/3/2016 10:00,Resolved,3 - Moderate,?,?\n"; // a blank id followed by a padded time
    ExportMapping mapping = ExportFormats.serviceNowIncidents(ZoneId.of("UTC"));
    ImportedTicket expected = read(mapping, RepairMode.REPAIR, plain).tickets().get(0);
    ImportResult result = read(mapping, RepairMode.REPAIR, padded);
    assertEquals(1, result.tickets().size());
    assertEquals(expected.events(), result.tickets().get(0).events());
    assertEquals(expected.repairs(), result.tickets().get(0).repairs());
    assertEquals(List.of("line 4: column number is empty: the row names no ticket"), result.summary().unattributed());
  }

  /** Ids of any length and script find their ticket: short ones packed, long or non-Latin-1 ones as text. */
  @Test
  void rowsFindTheirTicketWhateverTheIdsLengthAndScript() {
    List<String> ids = List.of("INC1", "INC0000000000001", "INC00000000000001", "CAS-01001-X7Y8Z9-EMEA-LONGER", "INC-\u03a91", "INC-\u00e91");
    StringBuilder csv = new StringBuilder("number,sys_updated_at,incident_state,priority\n");
    for (String state : List.of("New", "Active", "Resolved")) {
      for (String id : ids) {
        csv.append(id).append(",1/3/2016 0").append(state.length()).append(":00,").append(state).append(",3 - Moderate\n");
      }
    }
    ImportResult result = read(ExportFormats.serviceNowIncidents(ZoneId.of("UTC")), RepairMode.REPAIR, csv.toString());
    assertEquals(ids, result.tickets().stream().map(t -> t.id().value()).toList());
    for (ImportedTicket ticket : result.tickets()) {
      assertEquals(3, ticket.rows().size(), ticket.id() + ": " + ticket.rows());
    }
  }

  @Test
  void reopenCountsOfAnySizeAreReadAndBadOnesAreNotGiven() {
    String header = "number,sys_updated_at,incident_state,priority,reopen_count\n";
    String csv = header
        + "INC1,1/3/2016 09:00,Active,3 - Moderate,20\n"
        + "INC1,1/3/2016 10:00,Resolved,3 - Moderate,20\n"
        + "INC1,1/3/2016 11:00,Active,3 - Moderate,20\n"
        + "INC2,1/3/2016 09:00,Active,3 - Moderate,-1\n"
        + "INC2,1/3/2016 10:00,Resolved,3 - Moderate,15\n"
        + "INC2,1/3/2016 11:00,Active,3 - Moderate,16\n";
    ImportResult result = read(ExportFormats.serviceNowIncidents(ZoneId.of("UTC")), RepairMode.REPAIR, csv);
    assertEquals("the state went from Resolved to ACTIVE while reopen_count stayed 20", result.tickets().get(0).repairs().get(0).reason());
    List<Repair> inc2 = result.tickets().get(1).repairs();
    assertEquals(List.of(new Repair(RequestId.of("INC2"), 5, "reopen_count '-1' read as not given", "it is not a whole number of 0 or more")),
        inc2, "15 to 16 is a counted reopen: no repair");
  }

  @Test
  void progressIsReportedEveryFewThousandRowsAndAtTheEnd() {
    StringBuilder csv = new StringBuilder("number,sys_updated_at,incident_state,priority\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("INC").append(i).append(",1/3/2016 09:00,Active,3 - Moderate\n");
    }
    List<Long> progress = new ArrayList<>();
    ImportResult result = ExportReader.of(ExportFormats.serviceNowIncidents(ZoneId.of("UTC")), RepairMode.REPAIR)
        .read(CsvTable.of("x.csv", new StringReader(csv.toString())), progress::add);
    assertEquals(List.of(8192L, 16_384L, 20_000L), progress);
    assertEquals(20_000, result.tickets().size());
    assertEquals(2, result.tickets().get(0).firstLine(), "tickets in the order of their first row");
    assertEquals(20_001, result.tickets().get(19_999).firstLine());
  }

  @Test
  void repeatedValuesInAColumnAreOneStringAndDistinctValuesStayDistinct() {
    StringBuilder csv = new StringBuilder("id,state\n");
    for (int i = 0; i < 1_000; i++) {
      csv.append("ID-").append(i).append(',').append(i % 3 == 0 ? "Active" : i % 3 == 1 ? "Activf" : "New").append('\n');
    }
    List<String> ids = new ArrayList<>();
    List<String> states = new ArrayList<>();
    try (CsvTable table = CsvTable.of("x.csv", new StringReader(csv.toString()))) {
      int id = table.column("id", "id");
      int state = table.column("state", "state");
      table.forEach(row -> {
        ids.add(row.get(id));
        states.add(row.get(state));
      });
    }
    assertSame(states.get(0), states.get(3), "a repeated value is the same string");
    assertSame(states.get(1), states.get(997));
    assertNotSame(states.get(0), states.get(1));
    assertEquals("Activf", states.get(1), "a value of the same length and nearly the same text is not mistaken");
    for (int i = 0; i < 1_000; i++) {
      assertEquals("ID-" + i, ids.get(i), "a column of distinct values reads right after the first rows too");
      assertEquals(i % 3 == 0 ? "Active" : i % 3 == 1 ? "Activf" : "New", states.get(i));
    }
    assertTrue(ids.stream().distinct().count() == 1_000);
  }

  @Test
  void aColumnNotAskedForIsNotKeptAndSaysSo() {
    try (CsvTable table = CsvTable.of("x.csv", new StringReader("a,b\n1,2\n"))) {
      int a = table.column("a", "a");
      List<String> messages = new ArrayList<>();
      table.forEach(row -> {
        assertEquals("1", row.get(a));
        try {
          row.get(1);
        } catch (IllegalArgumentException e) {
          messages.add(e.getMessage());
        }
        try {
          row.get(2);
        } catch (IllegalArgumentException e) {
          messages.add(e.getMessage());
        }
        assertEquals(2, row.line());
        assertEquals("x.csv:2 [1, null]", row.toString());
        assertEquals("x.csv:2: column b: bad", row.error("b", "bad").getMessage());
      });
      assertEquals(List.of("column: '1' (b) was not looked up by name before the rows were read, so it is not kept",
          "column: '2' is not a column of the header [a, b]"), messages);
    }
  }

  @Test
  void aMappingDescribesItself() {
    ExportMapping mapping = ExportFormats.serviceNowIncidents(ZoneId.of("Europe/Berlin"));
    assertEquals(java.util.Optional.of(ZoneId.of("Europe/Berlin")), mapping.zone());
    assertEquals("[d/M/yyyy H:mm][d-M-yyyy H:mm]", mapping.timestampPattern());
    assertTrue(mapping.toString().startsWith("SNAPSHOT_ROWS {TICKET=number, AT=sys_updated_at"), mapping.toString());
    assertTrue(mapping.toString().endsWith(" timestamps [d/M/yyyy H:mm][d-M-yyyy H:mm] in Europe/Berlin"), mapping.toString());
    assertEquals(List.of(TicketStatus.of("AWAITING_USER_INFO"), TicketStatus.of("AWAITING_VENDOR"), TicketStatus.of("AWAITING_PROBLEM"),
        TicketStatus.of("AWAITING_EVIDENCE")), List.copyOf(mapping.pausedStatuses()));
    assertEquals(java.util.Optional.empty(), ExportFormats.supportmodelEvents().zone());
    assertEquals("ISO-8601 with offset", ExportFormats.supportmodelEvents().timestampPattern());
    assertEquals(java.util.Optional.of(TicketEvent.Type.CLOSED), ExportFormats.supportmodelEvents().event("closed"));
    assertEquals(java.util.Optional.of(TicketStatus.WAITING_FOR_CUSTOMER), EVENTS.status(" waiting "), "labels match ignoring case and space");
    assertEquals(java.util.Optional.empty(), EVENTS.status("Lunch"));
    assertEquals(List.of("waiting", "working"), EVENTS.known(ExportMapping.Field.STATE));
  }
}

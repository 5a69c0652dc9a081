package org.supportmodel.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.history.HistoryProblem;
import org.supportmodel.sla.history.RepairMode;
import org.supportmodel.sla.history.Repair;
import org.supportmodel.sla.history.RowFate;

/** Each fixture reproduces one defect of real exports, read in both modes. */
class ExportReaderTest {
  static final Path FIXTURES = CsvTableTest.FIXTURES;
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final ExportReader SERVICENOW_REPAIR = ExportReader.of(ExportFormats.serviceNowIncidents(AMSTERDAM), RepairMode.REPAIR);
  static final ExportReader SERVICENOW_STRICT = ExportReader.of(ExportFormats.serviceNowIncidents(AMSTERDAM), RepairMode.STRICT);
  static final ExportReader EVENTS_REPAIR = ExportReader.of(ExportFormats.supportmodelEvents(), RepairMode.REPAIR);
  static final ExportReader EVENTS_STRICT = ExportReader.of(ExportFormats.supportmodelEvents(), RepairMode.STRICT);

  static ImportResult read(ExportReader reader, String fixture) {
    return reader.read(FIXTURES.resolve(fixture));
  }

  static ImportedTicket only(ImportResult result) {
    assertEquals(1, result.tickets().size());
    return result.tickets().get(0);
  }

  static List<String> fates(ImportedTicket ticket) {
    return ticket.rows().stream().map(r -> r.row() + " " + r.fate()).toList();
  }

  @Test
  void aCleanServiceNowExportGivesEventsAssignmentsAndAttributes() {
    ImportResult result = read(SERVICENOW_STRICT, "servicenow-clean.csv");
    assertTrue(result.summary().clean());
    assertEquals("Read 9 rows for 2 tickets from " + FIXTURES.resolve("servicenow-clean.csv")
        + " (strict mode): 9 used, 0 merged, 0 discarded; 0 repairs", result.summary().line());
    ImportedTicket inc45 = result.tickets().get(0);
    assertEquals(RequestId.of("INC0000045"), inc45.id());
    assertEquals(List.of(
        TicketEvent.created(Instant.parse("2016-02-29T00:16:00Z"), Priority.P3, TicketStatus.of("NEW")),
        TicketEvent.statusChanged(Instant.parse("2016-02-29T07:53:00Z"), TicketStatus.of("ACTIVE")),
        TicketEvent.statusChanged(Instant.parse("2016-02-29T08:10:00Z"), TicketStatus.of("AWAITING_USER_INFO")),
        TicketEvent.statusChanged(Instant.parse("2016-02-29T09:40:00Z"), TicketStatus.of("ACTIVE")),
        TicketEvent.of(Instant.parse("2016-02-29T10:29:00Z"), TicketEvent.Type.RESOLVED),
        TicketEvent.of(Instant.parse("2016-03-05T11:00:00Z"), TicketEvent.Type.CLOSED)), inc45.events());
    assertEquals(List.of("Group 56", "Group 70"), inc45.groups());
    assertEquals(Map.of("category", "Category 55", "contact_type", "Phone", "impact", "2 - Medium", "urgency", "2 - Medium",
        "reassignment_count", "1", "made_sla", "true", "closed_at", "5/3/2016 12:00"), inc45.attributes());
    assertEquals(2, inc45.firstLine());
    assertEquals(result.tickets(), read(SERVICENOW_REPAIR, "servicenow-clean.csv").tickets(), "a clean export reads the same in both modes");
  }

  @Test
  void theSameStateTwiceInTheSameMinuteIsMerged() {
    ImportedTicket ticket = only(read(SERVICENOW_STRICT, "servicenow-same-minute.csv"));
    assertTrue(ticket.evaluable());
    assertEquals(List.of("2 USED", "3 USED", "4 MERGED", "5 MERGED", "6 MERGED", "7 USED"), fates(ticket));
    assertEquals("status AWAITING_USER_INFO lasted no time: row 6 sets the status again at the same instant", ticket.rows().get(3).reason());
    ImportResult events = read(EVENTS_REPAIR, "events-same-minute.csv");
    assertEquals(List.of(new Repair(RequestId.of("INC-1"), 7, "UPDATE merged into row 6", "the same event at the same instant")), events.repairs());
    assertEquals(List.of(new HistoryProblem(RequestId.of("INC-1"), 7, "repeats row 6 (UPDATE at the same instant)")),
        read(EVENTS_STRICT, "events-same-minute.csv").summary().problems());
  }

  @Test
  void updatesAfterTheResolutionAreNotASecondResolution() {
    ImportedTicket snapshots = only(read(SERVICENOW_STRICT, "servicenow-after-resolution.csv"));
    assertEquals(List.of("2 USED", "3 USED", "4 MERGED", "5 USED"), fates(snapshots));
    assertEquals(List.of("Group 24", "Group 31"), snapshots.groups(), "a reassignment after resolution still counts as one");
    assertEquals(2, snapshots.events().size());
    ImportResult events = read(EVENTS_REPAIR, "events-after-resolution.csv");
    assertEquals("RESOLVED merged into row 3", events.repairs().get(0).change());
    assertEquals(List.of(new HistoryProblem(RequestId.of("INC-2"), 4, "resolves a ticket already resolved on row 3")),
        read(EVENTS_STRICT, "events-after-resolution.csv").summary().problems());
  }

  @Test
  void rowsAfterClosedAreDiscardedWithTheirReason() {
    ImportResult result = read(SERVICENOW_REPAIR, "servicenow-after-closed.csv");
    ImportedTicket ticket = only(result);
    assertEquals(List.of("2 USED", "3 USED", "4 USED", "5 DISCARDED", "6 DISCARDED"), fates(ticket));
    assertEquals("after the ticket was closed on row 4", ticket.rows().get(4).reason());
    assertEquals(2, result.summary().discarded());
    ImportResult strict = read(SERVICENOW_STRICT, "servicenow-after-closed.csv");
    assertEquals(2, strict.summary().problems().size());
    assertFalse(strict.summary().clean());
    assertEquals(List.of(), strict.tickets().get(0).events(), "nothing is evaluated in strict mode");
    assertEquals("UPDATE after the ticket was closed on row 4", only(read(EVENTS_REPAIR, "events-after-closed.csv")).rows().get(3).reason());
  }

  @Test
  void aReopenThatOnlyShowsAsResolvedThenActiveIsInferred() {
    ImportedTicket ticket = only(read(SERVICENOW_REPAIR, "servicenow-silent-reopen.csv"));
    assertEquals(TicketEvent.of(Instant.parse("2016-03-04T11:00:00Z"), TicketEvent.Type.REOPENED), ticket.events().get(2));
    assertEquals(new Repair(RequestId.of("INC0000090"), 4, "REOPENED inferred at 2016-03-04T11:00:00Z",
        "the state went from Resolved to ACTIVE while reopen_count stayed 0"), ticket.repairs().get(0));
    ImportedTicket events = only(read(EVENTS_REPAIR, "events-silent-reopen.csv"));
    assertEquals(TicketEvent.Type.REOPENED, events.events().get(2).type());
    assertEquals("REOPENED inserted at 2026-05-04T12:00:00Z", events.repairs().get(0).change());
  }

  @Test
  void resolvedAtHoldingTheLastResolutionGivesItsTime() {
    ImportedTicket ticket = only(read(SERVICENOW_REPAIR, "servicenow-resolved-at.csv"));
    assertEquals(TicketEvent.of(Instant.parse("2016-03-05T11:05:00Z"), TicketEvent.Type.RESOLVED), ticket.events().get(1));
    assertEquals("resolution moved from 2016-03-05T11:45:00Z to 2016-03-05T11:05:00Z", ticket.repairs().get(0).change());
    assertEquals("resolved_at 2016-03-05T11:05:00Z differs from the time of the Resolved row (2016-03-05T11:45:00Z)",
        read(SERVICENOW_STRICT, "servicenow-resolved-at.csv").summary().problems().get(0).rule());
  }

  @Test
  void rowsStampedBeforeTheOpeningMoveToTheOpening() {
    ImportedTicket ticket = only(read(SERVICENOW_REPAIR, "servicenow-before-opened.csv"));
    assertEquals(TicketEvent.statusChanged(Instant.parse("2016-03-06T09:30:00Z"), TicketStatus.of("ACTIVE")), ticket.events().get(1));
    assertEquals("STATUS_CHANGED moved from 2016-03-06T09:20:00Z to 2016-03-06T09:30:00Z", ticket.repairs().get(0).change());
    assertEquals(List.of(new HistoryProblem(RequestId.of("INC-5"), 3,
        "is stamped 2026-05-04T06:58:00Z, before the creation at 2026-05-04T07:00:00Z on row 2")),
        read(EVENTS_STRICT, "events-before-created.csv").summary().problems());
  }

  @Test
  void rowsOutOfTimeOrderAreSortedForSnapshotsAndFineForEvents() {
    ImportedTicket ticket = only(read(SERVICENOW_REPAIR, "servicenow-out-of-order.csv"));
    assertEquals(TicketEvent.statusChanged(Instant.parse("2016-03-07T10:00:00Z"), TicketStatus.of("AWAITING_VENDOR")), ticket.events().get(1));
    assertEquals("taken in time order, before row 3", ticket.repairs().get(0).change());
    assertEquals(1, read(SERVICENOW_STRICT, "servicenow-out-of-order.csv").summary().problems().size());
    assertTrue(read(EVENTS_STRICT, "events-out-of-order.csv").summary().clean());
  }

  @Test
  void unreadableValuesAreDiscardedOrReadAsNotGivenAndReported() {
    ImportResult result = read(SERVICENOW_REPAIR, "servicenow-unreadable-values.csv");
    ImportedTicket ticket = only(result);
    assertEquals(List.of("2 USED", "3 DISCARDED", "4 USED", "5 DISCARDED", "7 USED"), fates(ticket));
    assertEquals("column incident_state: state '-100' is not mapped; the mapping knows [active, awaiting evidence, awaiting problem, "
        + "awaiting user info, awaiting vendor, closed, new, resolved]", ticket.rows().get(1).reason());
    assertEquals("column sys_updated_at: '2016-03-10 09:50' is not a timestamp like '[d/M/yyyy H:mm][d-M-yyyy H:mm]' in Europe/Amsterdam",
        ticket.rows().get(3).reason());
    assertEquals(List.of(
        "row 3: row discarded",
        "row 4: priority '5 - Planning' read as not given",
        "row 4: reopen_count 'x' read as not given",
        "row 5: row discarded"), ticket.repairs().stream().map(r -> "row " + r.row() + ": " + r.change()).toList());
    assertEquals(List.of("line 6: column number is empty: the row names no ticket"), result.summary().unattributed());
    assertEquals(Map.of("incident_state", Map.of("-100", 1L), "priority", Map.of("5 - Planning", 1L)), result.summary().unmapped());
    assertEquals(6, result.summary().rows());
    assertEquals(3, result.summary().discarded());
    ImportResult strict = read(SERVICENOW_STRICT, "servicenow-unreadable-values.csv");
    assertEquals(List.of(3, 4, 4, 5), strict.summary().problems().stream().map(HistoryProblem::row).toList());
    assertFalse(strict.summary().clean());
  }

  @Test
  void dynamics365CasesReadWithStatusReasonsAndTeams() {
    ImportResult result = ExportReader.of(ExportFormats.dynamics365Cases(ZoneId.of("Europe/Berlin")), RepairMode.STRICT)
        .read(FIXTURES.resolve("dynamics365-cases.csv"));
    assertTrue(result.summary().clean());
    ImportedTicket solved = result.tickets().get(0);
    assertEquals(TicketEvent.created(Instant.parse("2026-03-02T08:15:00Z"), Priority.P2, TicketStatus.of("IN_PROGRESS")), solved.events().get(0));
    assertEquals(TicketEvent.Type.RESOLVED, solved.events().get(3).type());
    assertEquals(List.of("D365 Finance Team", "Fabrikam Partner Desk"), solved.groups());
    assertEquals("Invoice posting fails, vendor 4711", solved.attribute("Subject").orElseThrow());
    assertTrue(result.tickets().get(1).cancelled());
    assertEquals(Priority.P1, result.tickets().get(2).events().get(0).priority().orElseThrow());
    assertEquals(List.of(TicketStatus.of("IN_PROGRESS"), TicketStatus.of("RESEARCHING")),
        List.copyOf(ExportFormats.dynamics365Cases(ZoneId.of("UTC")).activeStatuses()));
  }

  @Test
  void streamingHandsTicketsOverAtTheirCloseAndDiscardsLaterRows() {
    String csv = """
        number,sys_updated_at,incident_state,priority
        INC1,1/3/2016 09:00,Active,3 - Moderate
        INC2,1/3/2016 09:05,Active,2 - High
        INC1,1/3/2016 10:00,Closed,3 - Moderate
        INC1,1/3/2016 10:30,Closed,3 - Moderate
        INC2,1/3/2016 11:00,Resolved,2 - High
        """;
    List<String> order = new ArrayList<>();
    List<Long> progress = new ArrayList<>();
    ImportSummary summary = SERVICENOW_REPAIR.stream(CsvTable.of("stream.csv", new StringReader(csv)), t -> order.add(t.id().value()), progress::add);
    assertEquals(List.of("INC1", "INC2"), order, "INC1 is handed over at its close, INC2 at the end");
    assertEquals(List.of(new Repair(RequestId.of("INC1"), 5, "row discarded",
        "comes after the ticket was closed (a row closing it came earlier in the file)")), summary.afterClose());
    assertEquals(5, summary.rows());
    assertEquals(1, summary.discarded());
    assertEquals(List.of(5L), progress);
    ImportSummary strict = SERVICENOW_STRICT.stream(CsvTable.of("stream.csv", new StringReader(csv)), t -> {}, p -> {});
    assertEquals(List.of(new HistoryProblem(RequestId.of("INC1"), 5, "comes after the ticket was closed (a row closing it came earlier in the file)")),
        strict.problems());
    // read() keeps every ticket to the end: the later Closed row is merged
    ImportResult whole = SERVICENOW_REPAIR.read(CsvTable.of("stream.csv", new StringReader(csv)));
    assertEquals("2 USED, 4 USED, 5 DISCARDED", String.join(", ", whole.tickets().get(0).rows().stream().map(r -> r.row() + " " + r.fate()).toList()));
  }

  @Test
  void theProjectsOwnFormatKeepsWorking() {
    ImportResult result = read(EVENTS_STRICT, "events-out-of-order.csv");
    ImportedTicket ticket = only(result);
    assertEquals("EU", ticket.attribute("region").orElseThrow());
    assertEquals("INTERNAL_HELPDESK", ticket.attribute("resolver").orElseThrow());
    assertEquals(List.of(TicketEvent.Type.CREATED, TicketEvent.Type.FIRST_RESPONSE, TicketEvent.Type.RESOLVED),
        ticket.events().stream().map(TicketEvent::type).toList());
  }

  @Test
  void mappingsRejectWhatCannotWork() {
    assertEquals("columns: 'STATE' must be mapped for SNAPSHOT_ROWS", assertThrows(IllegalArgumentException.class,
        () -> ExportMapping.snapshotRows().column(ExportMapping.Field.TICKET, "n").column(ExportMapping.Field.AT, "t")
            .column(ExportMapping.Field.PRIORITY, "p").build()).getMessage());
    assertEquals("field: 'EVENT' is not used by snapshot rows: they give states", assertThrows(IllegalArgumentException.class,
        () -> ExportMapping.snapshotRows().column(ExportMapping.Field.EVENT, "e")).getMessage());
    assertEquals("format: 'jira' is not one of [supportmodel, servicenow, dynamics365]",
        assertThrows(IllegalArgumentException.class, () -> ExportFormats.named("jira", AMSTERDAM)).getMessage());
    assertEquals("label: 'new' is already mapped", assertThrows(IllegalArgumentException.class,
        () -> ExportMapping.snapshotRows().activeState("New", TicketStatus.of("NEW")).activeState("new", TicketStatus.of("NEW"))).getMessage());
    assertEquals(ExportFormats.serviceNowIncidents(AMSTERDAM).columns(), ExportFormats.named(" ServiceNow ", AMSTERDAM).columns());
  }

  @Test
  void everyRowHasItsFateAndTheFiguresAddUp() {
    for (String fixture : List.of("servicenow-after-closed.csv", "servicenow-same-minute.csv", "servicenow-unreadable-values.csv")) {
      ImportResult result = read(SERVICENOW_REPAIR, fixture);
      long rows = result.tickets().stream().mapToLong(t -> t.rows().size()).sum() + result.summary().unattributed().size();
      assertEquals(result.summary().rows(), rows, fixture);
      for (ImportedTicket ticket : result.tickets()) {
        for (RowFate fate : ticket.rows()) {
          assertFalse(fate.reason().isBlank());
        }
      }
    }
  }
}

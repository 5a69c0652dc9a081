package org.supportmodel.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.sla.history.RepairMode;
import org.supportmodel.sla.history.Repair;
import org.supportmodel.sla.history.RowFate;

/**
 * Every data line of an export is accounted for exactly once, as used, merged or discarded with a
 * reason, whatever the mess: missing ids, {@code ?} values, unknown states and priorities,
 * unreadable times, duplicates in the same minute, rows out of order and after the close.
 */
class RowAccountingProperties {
  private static final String[] STATES = {"New", "Active", "Active", "Awaiting User Info", "Resolved", "Closed", "-100", "?"};
  private static final String[] PRIORITIES = {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low", "?", "5 - Planning"};
  private static final String[] EVENTS = {"CREATED", "CREATED", "STATUS_CHANGED", "PRIORITY_CHANGED", "FIRST_RESPONSE", "UPDATE", "RESOLVED",
    "REOPENED", "CLOSED", "ESCALATED", ""};

  /** A ServiceNow-shaped export from a list of seeds, one row each, with quoted fields at times. */
  private static final Gen<String> SNAPSHOT_CSV = lists().of(longs().all()).ofSizeBetween(0, 40).map(seeds -> {
    StringBuilder csv = new StringBuilder("number,incident_state,sys_updated_at,opened_at,priority,assignment_group,reopen_count,resolved_at\n");
    for (long seed : seeds) {
      Random r = new Random(seed);
      String id = r.nextInt(12) == 0 ? "?" : "INC" + r.nextInt(4);
      String at = r.nextInt(15) == 0 ? "yesterday" : (1 + r.nextInt(3)) + "/3/2016 1" + r.nextInt(3) + ":0" + r.nextInt(3);
      String group = r.nextBoolean() ? "\"Group " + r.nextInt(3) + ", EMEA\"" : "?";
      csv.append(id).append(',').append(STATES[r.nextInt(STATES.length)]).append(',').append(at).append(",1/3/2016 10:00,")
          .append(PRIORITIES[r.nextInt(PRIORITIES.length)]).append(',').append(group).append(',').append(r.nextInt(3)).append(',')
          .append(r.nextBoolean() ? "?" : "2/3/2016 11:00").append(r.nextBoolean() ? "\r\n" : "\n");
    }
    return csv.toString();
  });

  private static final Gen<String> EVENT_CSV = lists().of(longs().all()).ofSizeBetween(0, 40).map(seeds -> {
    StringBuilder csv = new StringBuilder("event,request_id,at,priority,status,region\n");
    for (long seed : seeds) {
      Random r = new Random(seed);
      csv.append(EVENTS[r.nextInt(EVENTS.length)]).append(',').append(r.nextInt(10) == 0 ? "" : "INC-" + r.nextInt(4)).append(',')
          .append("2026-05-0").append(1 + r.nextInt(3)).append("T1").append(r.nextInt(3)).append(":00:00+02:00,")
          .append(r.nextInt(6) == 0 ? "" : "P" + (1 + r.nextInt(4))).append(',')
          .append(r.nextBoolean() ? "IN_PROGRESS" : r.nextBoolean() ? "WAITING_FOR_CUSTOMER" : "").append(",EU\n");
    }
    return csv.toString();
  });

  private static int dataLines(String csv) {
    return (int) csv.lines().count() - 1;
  }

  private static void accountsForEveryLine(String csv, ExportReader reader) {
    List<Integer> lines = new ArrayList<>();
    ImportResult result = reader.read(CsvTable.of("export.csv", new StringReader(csv)));
    result.tickets().forEach(t -> t.rows().forEach(f -> lines.add(f.row())));
    result.summary().unattributed().forEach(u -> lines.add(Integer.parseInt(u.substring(5, u.indexOf(':')))));
    check(csv, lines, result.summary());
    List<Integer> streamed = new ArrayList<>();
    ImportSummary summary = reader.stream(CsvTable.of("export.csv", new StringReader(csv)), t -> t.rows().forEach(f -> streamed.add(f.row())), p -> {});
    summary.unattributed().forEach(u -> streamed.add(Integer.parseInt(u.substring(5, u.indexOf(':')))));
    summary.afterClose().forEach(r -> streamed.add(r.row()));
    summary.problems().stream().filter(p -> p.rule().startsWith("comes after the ticket was closed (")).forEach(p -> streamed.add(p.row()));
    check(csv, streamed, summary);
  }

  private static void check(String csv, List<Integer> lines, ImportSummary summary) {
    TreeSet<Integer> distinct = new TreeSet<>(lines);
    assertEquals(lines.size(), distinct.size(), () -> "a line accounted for twice: " + lines + "\n" + csv);
    List<Integer> expected = new ArrayList<>();
    for (int line = 2; line < 2 + dataLines(csv); line++) {
      expected.add(line);
    }
    assertEquals(expected, List.copyOf(distinct), () -> "lines not accounted for\n" + csv);
    assertEquals(dataLines(csv), summary.rows());
  }

  @Test
  void everySnapshotLineIsAccountedForOnceInEitherModeReadOrStreamed() {
    for (RepairMode mode : RepairMode.values()) {
      ExportReader reader = ExportReader.of(ExportFormats.serviceNowIncidents(ZoneId.of("Europe/Amsterdam")), mode);
      qt().withExamples(400).forAll(SNAPSHOT_CSV).checkAssert(csv -> accountsForEveryLine(csv, reader));
    }
  }

  @Test
  void everyEventLineIsAccountedForOnceInEitherModeReadOrStreamed() {
    for (RepairMode mode : RepairMode.values()) {
      ExportReader reader = ExportReader.of(ExportFormats.supportmodelEvents(), mode);
      qt().withExamples(400).forAll(EVENT_CSV).checkAssert(csv -> accountsForEveryLine(csv, reader));
    }
  }

  @Test
  void repairModeOnlyDiscardsWithAReasonAndEvaluableTicketsHaveACreation() {
    ExportReader reader = ExportReader.of(ExportFormats.serviceNowIncidents(ZoneId.of("Europe/Amsterdam")), RepairMode.REPAIR);
    qt().withExamples(300).forAll(SNAPSHOT_CSV, integers().between(0, 1)).checkAssert((csv, unused) -> {
      ImportResult result = reader.read(CsvTable.of("export.csv", new StringReader(csv)));
      for (ImportedTicket ticket : result.tickets()) {
        for (RowFate fate : ticket.rows()) {
          assertEquals(false, fate.reason().isBlank());
        }
        if (ticket.evaluable()) {
          assertEquals(true, ticket.created().isPresent(), ticket::toString);
        }
        for (Repair repair : ticket.repairs()) {
          assertEquals(ticket.id(), repair.ticket());
        }
      }
    });
  }
}

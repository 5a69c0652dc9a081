package org.supportmodel.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The CSV edge cases real exports have. */
class CsvTableTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  private static List<String> rows(CsvTable table, String... columns) {
    List<String> rows = new ArrayList<>();
    int[] indexes = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      indexes[i] = table.column(columns[i], "test");
    }
    table.forEach(row -> {
      StringBuilder text = new StringBuilder(row.line() + ":");
      for (int index : indexes) {
        text.append('[').append(row.get(index)).append(']');
      }
      rows.add(text.toString());
    });
    return rows;
  }

  @Test
  void excelCsvWithByteOrderMarkCrlfQuotesAndTrailingBlankLines() {
    try (CsvTable table = CsvTable.open(FIXTURES.resolve("servicenow-excel-bom-crlf.csv"), StandardCharsets.UTF_8)) {
      assertEquals("category", table.header().get(0), "the byte-order mark is not part of the first name");
      assertEquals(OptionalInt.of(1), table.findColumn("NUMBER"), "quoted header names, matched ignoring case");
      assertEquals(List.of(
          "2:[INC0000130][Service Desk, EMEA][Caller said \"urgent\", twice]",
          "3:[INC0000130][Service Desk, EMEA][first line\r\nsecond line, with comma]",
          "5:[INC0000130][Service Desk, EMEA][]"), rows(table, "number", "assignment_group", "notes"));
    }
  }

  @Test
  void aByteOrderMarkInTextIsNotPartOfTheFirstName() {
    try (CsvTable table = CsvTable.of("text.csv", new StringReader("\uFEFFnumber,state\r\nINC1,New\r\n"))) {
      assertEquals(List.of("number", "state"), table.header());
      assertEquals(List.of("2:[INC1]"), rows(table, "number"));
    }
  }

  @Test
  void anEncodingErrorNamesTheFileTheLineAndTheEncoding() {
    Path file = FIXTURES.resolve("servicenow-windows-1252.csv");
    ImportException e = assertThrows(ImportException.class, () -> {
      try (CsvTable table = CsvTable.open(file, StandardCharsets.UTF_8)) {
        table.forEach(row -> {});
      }
    });
    assertEquals(ImportException.Kind.ENCODING, e.kind());
    assertEquals(2, e.line());
    assertEquals(file + ":2: byte 0xFC is not valid UTF-8; if the file was saved as Windows-1252 (Excel's \"CSV (Comma delimited)\"), "
        + "read it with encoding windows-1252", e.getMessage());
    try (CsvTable table = CsvTable.open(file, Charset.forName("windows-1252"))) {
      assertEquals(List.of("2:[Zürich]", "3:[Zürich]"), rows(table, "location"));
    }
  }

  @Test
  void theLineOfAnEncodingErrorIsExactFarIntoALargeFile() {
    StringBuilder text = new StringBuilder("a,b\n");
    for (int i = 0; i < 40_000; i++) {
      text.append("row").append(i).append(",\"quoted, value\"\n");
    }
    byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 6];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 'x';
    bytes[head.length + 1] = ',';
    bytes[head.length + 2] = (byte) 0xE9;
    bytes[head.length + 3] = 'y';
    bytes[head.length + 4] = '\n';
    bytes[head.length + 5] = '\n';
    ImportException e = assertThrows(ImportException.class, () -> {
      try (CsvTable table = CsvTable.of("big.csv", new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
        table.forEach(row -> {});
      }
    });
    assertEquals(40_002, e.line(), e.getMessage());
  }

  @Test
  void aMissingFileSaysNotFound() {
    ImportException e = assertThrows(ImportException.class, () -> CsvTable.open(Path.of("no/such/export.csv"), StandardCharsets.UTF_8));
    assertEquals(ImportException.Kind.NOT_FOUND, e.kind());
    assertEquals(Path.of("no/such/export.csv") + ": not found", e.getMessage());
    ImportException folder = assertThrows(ImportException.class, () -> CsvTable.open(FIXTURES, StandardCharsets.UTF_8));
    assertEquals(ImportException.Kind.UNREADABLE, folder.kind());
  }

  @Test
  void aMissingColumnIsNamedWithTheHeader() {
    try (CsvTable table = CsvTable.open(FIXTURES.resolve("servicenow-missing-column.csv"), StandardCharsets.UTF_8)) {
      ImportException e = assertThrows(ImportException.class, () -> table.column("incident_state", "the state"));
      assertEquals(FIXTURES.resolve("servicenow-missing-column.csv") + ":1: the header has no column 'incident_state' (the state); "
          + "it has [number, sys_updated_at, state, priority]", e.getMessage());
      assertEquals(ImportException.Kind.FORMAT, e.kind());
    }
  }

  @Test
  void structuralErrorsNameTheProblem() {
    ImportException empty = assertThrows(ImportException.class, () -> CsvTable.of("empty.csv", new StringReader("")));
    assertEquals("empty.csv: is empty: the first line must be the header", empty.getMessage());
    ImportException twice = assertThrows(ImportException.class, () -> CsvTable.of("twice.csv", new StringReader("a,A\n1,2\n")).findColumn("a"));
    assertEquals("twice.csv:1: the header has column 'a' twice (columns 1 and 2)", twice.getMessage());
    ImportException fields = assertThrows(ImportException.class, () -> {
      try (CsvTable table = CsvTable.of("fields.csv", new StringReader("a,b\n1,2\n3,4,5\n"))) {
        table.forEach(row -> {});
      }
    });
    assertEquals(ImportException.Kind.FORMAT, fields.kind());
    assertEquals("fields.csv:3: is not valid CSV: Record 3 has 3 fields, but first record had 2 fields", fields.getMessage());
    assertEquals(3, fields.line());
  }

  @Test
  void rowsKeepTheirValuesWhileLaterRowsAreRead() {
    // the parser's cells are reused from row to row; a row handed out keeps its own strings
    StringBuilder csv = new StringBuilder("number,notes\n");
    for (int i = 0; i < 3_000; i++) {
      csv.append("INC").append(i).append(",\"").append(note(i)).append("\"\n");
    }
    List<CsvRow> kept = new ArrayList<>();
    try (CsvTable table = CsvTable.of("long.csv", new StringReader(csv.toString()))) {
      int number = table.column("number", "test");
      int notes = table.column("notes", "test");
      table.forEach(kept::add);
      assertEquals(3_000, kept.size());
      for (int i = 0; i < kept.size(); i++) {
        assertEquals("INC" + i, kept.get(i).get(number));
        assertEquals(note(i), kept.get(i).get(notes));
      }
    }
  }

  /** Notes of a few characters, some longer than the cells' first buffer, some with a line break. */
  private static String note(int i) {
    return i % 7 == 0 ? "x".repeat(2_000) + i : i % 11 == 0 ? "two\nlines " + i : "n" + i;
  }

  @Test
  void cellsAreStrippedAndARepeatedValueIsTheSameString() {
    try (CsvTable table = CsvTable.of("cells.csv", new StringReader("state,notes\n  Active ,\" \"\nActive,\n"))) {
      int state = table.column("state", "test");
      int notes = table.column("notes", "test");
      List<String> seen = new ArrayList<>();
      // state read as characters, notes as a string: both are stripped alike
      table.forEachCells(new boolean[] {true, false}, cells -> {
        seen.add(cells.stripped(state));
        seen.add("[" + cells.stripped(notes) + "]");
        seen.add("[" + cells.raw(state) + "]");
        seen.add(cells.kept(notes) + " " + cells.kept(2) + " " + cells.line());
        assertThrows(IllegalStateException.class, cells::fields, "cells that are reused are not handed out as a row");
      });
      assertEquals(List.of("Active", "[]", "[  Active ]", "true false 2", "Active", "[]", "[Active]", "true false 3"), seen);
      assertSame(seen.get(0), seen.get(4), "a value seen lately in the column is handed out again, not copied");
    }
  }
}

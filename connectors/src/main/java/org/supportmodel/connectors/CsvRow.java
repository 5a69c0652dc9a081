package org.supportmodel.connectors;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link CsvTable}: the fields of the columns looked up by name, and the line it
 * starts on.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvRow {
  private final String source;
  private final FieldPicker.Fields record;
  private final List<String> header;

  CsvRow(String source, FieldPicker.Fields record, List<String> header) {
    this.source = source;
    this.record = record;
    this.header = header;
  }

  /**
   * The line the row starts on (a quoted field may span lines), 1 for the header.
   *
   * @return the line
   */
  public long line() {
    return record.line();
  }

  /**
   * A field, as written (unquoted, not stripped).
   *
   * @param column the column index from {@link CsvTable#column} or {@link CsvTable#findColumn}
   * @return the field, never null
   * @throws IllegalArgumentException if the column was not looked up by name before the rows were
   *     read, or is beyond the header
   */
  public String get(int column) {
    String value = column >= 0 && column < record.values().length ? record.values()[column] : null;
    if (value == null) {
      throw new IllegalArgumentException("column: '" + column + "' "
          + (column < 0 || column >= header.size() ? "is not a column of the header " + header
              : "(" + header.get(column) + ") was not looked up by name before the rows were read, so it is not kept"));
    }
    return value;
  }

  /**
   * A failure at this row's line, naming the column.
   *
   * @param column the column name
   * @param reason what is wrong with the value
   * @return the exception to throw, never null
   */
  public ImportException error(String column, String reason) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
    return new ImportException(ImportException.Kind.FORMAT, source, line(), "column " + column + ": " + reason);
  }

  @Override
  public String toString() {
    return source + ":" + line() + " " + Arrays.toString(record.values());
  }
}

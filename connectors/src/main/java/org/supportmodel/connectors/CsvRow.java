package org.supportmodel.connectors;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Objects;

/**
 * One row of a {@link CsvTable}: its fields by column index and the line it starts on.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvRow {
  private final String source;
  private final CsvRecord record;

  CsvRow(String source, CsvRecord record) {
    this.source = source;
    this.record = record;
  }

  /**
   * The line the row starts on (a quoted field may span lines), 1 for the header.
   *
   * @return the line
   */
  public long line() {
    return record.getStartingLineNumber();
  }

  /**
   * A field, as written (unquoted, not stripped).
   *
   * @param column the column index from {@link CsvTable#column}
   * @return the field, never null
   */
  public String get(int column) {
    return record.getField(column);
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
    return source + ":" + line() + " " + record.getFields();
  }
}

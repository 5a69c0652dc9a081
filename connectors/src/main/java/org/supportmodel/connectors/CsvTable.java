package org.supportmodel.connectors;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file with a header row, read as RFC 4180 by <a
 * href="https://github.com/osiegmar/FastCSV">FastCSV</a>: quoted fields with embedded commas,
 * quotes and line breaks, CRLF or LF, a UTF-8 byte-order mark (Excel's "CSV UTF-8"), blank lines
 * (skipped). Columns are found by header name, ignoring case and surrounding white space, in any
 * order; other columns are ignored. Bytes that are not valid in the given encoding fail with the
 * line and the encoding, never turn into replacement characters.
 *
 * <p>Reads rows one at a time: memory does not grow with the file. A row holds only the columns
 * looked up by name ({@link #column}, {@link #findColumn}) before {@link #forEach}: the others are
 * parsed but not kept. Not thread-safe; close it.
 */
public final class CsvTable implements AutoCloseable {
  /** FastCSV names the line a bad record starts on in its message. */
  private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

  private final String source;
  private final FieldPicker picker = new FieldPicker();
  private final CsvReader<RowCells> reader;
  private final Iterator<RowCells> records;
  private final List<String> header;
  /** The columns looked up by name so far: the only ones rows materialize. */
  private final boolean[] used;

  private CsvTable(String source, Reader in) {
    this.source = source;
    this.reader = CsvReader.builder().skipEmptyLines(true).build(picker, in);
    this.records = reader.iterator();
    RowCells first = next();
    if (first == null) {
      throw failure(ImportException.Kind.FORMAT, 0, "is empty: the first line must be the header");
    }
    List<String> names = new ArrayList<>(first.count());
    for (int i = 0; i < first.count(); i++) {
      String name = first.raw(i);
      // text handed over as a Reader may still start with the byte-order mark
      names.add((names.isEmpty() && name.startsWith("\uFEFF") ? name.substring(1) : name).strip());
    }
    this.header = List.copyOf(names);
    this.used = new boolean[names.size()];
  }

  /**
   * Opens a file.
   *
   * @param file the file
   * @param charset its encoding, such as UTF-8 or windows-1252
   * @return the table, positioned after the header, never null
   * @throws ImportException if the file is missing ({@code NOT_FOUND}), unreadable, not in the
   *     encoding, or has no header
   */
  public static CsvTable open(Path file, Charset charset) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(charset, "charset");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new ImportException(ImportException.Kind.UNREADABLE, source, 0, "is a folder, not a file");
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new ImportException(ImportException.Kind.NOT_FOUND, source, 0, "not found");
    } catch (IOException e) {
      throw new ImportException(ImportException.Kind.UNREADABLE, source, 0, "cannot be read: " + e.getMessage());
    }
    return of(source, in, charset);
  }

  /**
   * Reads a stream of bytes.
   *
   * @param source the name for messages, such as the file name
   * @param in the bytes; closed with the table
   * @param charset their encoding
   * @return the table, positioned after the header, never null
   * @throws ImportException if the bytes are not in the encoding or there is no header
   */
  public static CsvTable of(String source, InputStream in, Charset charset) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(charset, "charset");
    return of(source, new DecodingReader(in, source, charset));
  }

  /**
   * Reads text.
   *
   * @param source the name for messages
   * @param in the text; closed with the table
   * @return the table, positioned after the header, never null
   * @throws ImportException if there is no header
   */
  public static CsvTable of(String source, Reader in) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    return new CsvTable(source, in);
  }

  /**
   * The name for messages.
   *
   * @return the source name, never null
   */
  public String source() {
    return source;
  }

  /**
   * The column names, as the header writes them (stripped).
   *
   * @return the names, never null
   */
  public List<String> header() {
    return header;
  }

  /**
   * A column by name, ignoring case and surrounding white space.
   *
   * @param name the column name
   * @return its index, or empty if the header has no such column
   * @throws ImportException if the header has it twice
   */
  public OptionalInt findColumn(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(key)) {
        if (found >= 0) {
          throw failure(ImportException.Kind.FORMAT, 1, "the header has column '" + name + "' twice (columns " + (found + 1) + " and " + (i + 1) + ")");
        }
        found = i;
      }
    }
    if (found < 0) {
      return OptionalInt.empty();
    }
    used[found] = true;
    return OptionalInt.of(found);
  }

  /**
   * A column the reader needs.
   *
   * @param name the column name
   * @param role what the column is for, for the message, such as {@code "the ticket id"}
   * @return its index
   * @throws ImportException naming the column and the header if it is missing
   */
  public int column(String name, String role) {
    Objects.requireNonNull(role, "role");
    OptionalInt column = findColumn(name);
    if (column.isEmpty()) {
      throw failure(ImportException.Kind.FORMAT, 1, "the header has no column '" + name + "' (" + role + "); it has " + header);
    }
    return column.getAsInt();
  }

  /**
   * Hands every row after the header to an action, in file order.
   *
   * @param action what to do with each row
   * @throws ImportException if the CSV is malformed or not in the encoding, naming the line
   */
  public void forEach(Consumer<CsvRow> action) {
    Objects.requireNonNull(action, "action");
    picker.keep(used, new boolean[0], true);
    rows(cells -> action.accept(new CsvRow(source, cells.fields(), header)));
  }

  /**
   * Hands every row after the header to an action as cells, valid only until the action returns:
   * for a reader that keeps no row.
   *
   * @param characters the columns the reader reads as characters (such as ids it looks up); the
   *     other columns looked up by name are held as strings
   */
  void forEachCells(boolean[] characters, Consumer<RowCells> action) {
    picker.keep(used, characters, false);
    rows(action);
  }

  private void rows(Consumer<RowCells> action) {
    while (true) {
      RowCells record = next();
      if (record == null) {
        return;
      }
      action.accept(record);
    }
  }

  /** The next record, or null at the end (no wrapper: this runs for every row). */
  private @Nullable RowCells next() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (NoSuchElementException e) {
      return null;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof DecodingReader.EncodingFailure failure) {
        throw failure.failure();
      }
      throw failure(ImportException.Kind.UNREADABLE, 0, "cannot be read: " + e.getMessage());
    } catch (CsvParseException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io && io.getCause() instanceof DecodingReader.EncodingFailure failure) {
        throw failure.failure();
      }
      if (cause instanceof DecodingReader.EncodingFailure failure) {
        throw failure.failure();
      }
      Matcher line = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
      throw failure(ImportException.Kind.FORMAT, line.find() ? Long.parseLong(line.group(1)) : 0, "is not valid CSV: " + describe(e));
    }
  }

  /** The innermost reason FastCSV gives, such as "Record 3 has 11 fields, but first record had 12 fields". */
  private static String describe(CsvParseException e) {
    Throwable reason = e;
    while (reason.getCause() != null && reason.getCause() != reason) {
      reason = reason.getCause();
    }
    return String.valueOf(reason.getMessage());
  }

  private ImportException failure(ImportException.Kind kind, long line, String message) {
    return new ImportException(kind, source, line, message);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new ImportException(ImportException.Kind.UNREADABLE, source, 0, "cannot be closed: " + e.getMessage());
    }
  }
}

package org.supportmodel.connectors;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One CSV record, refilled for each record. A kept field is held as a string or, for the columns a
 * reader asks for as characters, as characters copied into one array with the field's place: a
 * reader that looks a ticket id up or compares a time with the last one does so on the
 * characters, and a string is made only when asked for. A string, whichever way it is made, is in
 * a column whose values repeat (states, priorities, groups, flags) the same string as one seen
 * lately, so it costs no memory; a column whose values rarely repeat (ids, times) stops being
 * looked up after its first rows.
 *
 * <p>Valid until the next record is read, except the strings of {@link #fields} when the rows are
 * read as {@link CsvRow}s. Not thread-safe; package-private.
 */
final class RowCells {
  /** Recent values per column, by hash: a direct-mapped cache, so a miss only replaces one slot. */
  private static final int SLOTS = 64;
  /** Lookups after which a column's hit rate decides whether it keeps being looked up. */
  private static final int TRIAL = 512;

  private long line;
  private int count;
  /** The most fields a record has had: the size of a fresh record's string array. */
  private int width;
  /** Whether each record gets a string array of its own (rows handed out), or one is reused. */
  private boolean fresh = true;
  /** The columns held as characters; any other kept column is held as a string. */
  private boolean[] asChars = new boolean[0];
  private @Nullable String[] values = new String[0];
  private char[] chars = new char[1024];
  private int end;
  /** Per column held as characters: where they start, and how many there are; -1 if not kept. */
  private int[] starts = new int[16];
  private int[] lengths = new int[16];
  private String[][] recent = new String[0][];
  private int[][] recentHashes = new int[0][];
  private int[] lookups = new int[0];
  private int[] hits = new int[0];

  /**
   * How records are held from now on.
   *
   * @param characters the columns held as characters
   * @param freshRows whether each record's strings go into an array of its own
   */
  void hold(boolean[] characters, boolean freshRows) {
    this.asChars = characters.clone();
    this.fresh = freshRows;
  }

  /** Starts a record. */
  void begin(long startingLine) {
    line = startingLine;
    end = 0;
    count = 0;
    if (fresh) {
      values = new String[width];
    }
  }

  /** A field of the record: kept (as a string or as characters) or only counted. */
  void field(int column, char[] buf, int offset, int len, boolean keep) {
    if (column >= starts.length) {
      int grown = Math.max(starts.length * 2, column + 1);
      starts = Arrays.copyOf(starts, grown);
      lengths = Arrays.copyOf(lengths, grown);
    }
    if (column >= values.length) {
      values = Arrays.copyOf(values, column + 1); // the first record's width, then each record has it
    }
    values[column] = null;
    if (!keep) {
      lengths[column] = -1;
    } else if (column < asChars.length && asChars[column]) {
      if (end + len > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, end + len));
      }
      System.arraycopy(buf, offset, chars, end, len);
      starts[column] = end;
      lengths[column] = len;
      end += len;
    } else {
      values[column] = text(column, buf, offset, offset + len);
      lengths[column] = len;
    }
  }

  /** Ends a record of that many fields, kept or not. */
  void end(int fields) {
    count = fields;
    width = Math.max(width, fields);
  }

  /**
   * The line the record starts on.
   *
   * @return the line, 1 for the header
   */
  long line() {
    return line;
  }

  /** How many fields the record has, kept or not. */
  int count() {
    return count;
  }

  /** Whether a column is in the record and kept. */
  boolean kept(int column) {
    return column >= 0 && column < count && lengths[column] >= 0;
  }

  /** The characters of the fields held as characters; a field is a range given by {@link #from} and {@link #to}. */
  char[] chars() {
    return chars;
  }

  /** Where a field held as characters starts once surrounding white space is stripped (as {@link String#strip}). */
  int from(int column) {
    int at = starts[column];
    int last = at + lengths[column];
    while (at < last && Character.isWhitespace(chars[at])) {
      at++;
    }
    return at;
  }

  /** Where a field held as characters ends (exclusive) once stripped, given where it starts ({@link #from}). */
  int to(int column, int from) {
    int at = starts[column] + lengths[column];
    while (at > from && Character.isWhitespace(chars[at - 1])) {
      at--;
    }
    return at;
  }

  /** A kept field as written (unquoted, not stripped). */
  String raw(int column) {
    String value = values[column];
    return value != null ? value : text(column, chars, starts[column], starts[column] + lengths[column]);
  }

  /** A kept field, stripped. */
  String stripped(int column) {
    String value = values[column];
    if (value != null) {
      return value.strip();
    }
    int from = from(column);
    return text(column, chars, from, to(column, from));
  }

  /** Characters of a field held as characters, from {@code from} to {@code to} (exclusive), as a string. */
  String text(int column, int from, int to) {
    return text(column, chars, from, to);
  }

  /**
   * The record as strings, null where a column is not kept: for rows handed out, whose kept columns
   * are all held as strings in an array of the record's own.
   *
   * @throws IllegalStateException if records are held otherwise
   */
  FieldPicker.Fields fields() {
    if (!fresh || asChars.length > 0) {
      throw new IllegalStateException("a record is handed out only if its strings are its own and it holds no characters");
    }
    return new FieldPicker.Fields(line, count, values);
  }

  /** Characters as a string of a column: the same string as lately seen in the column if equal. */
  private String text(int column, char[] buf, int from, int to) {
    int len = to - from;
    if (column >= recent.length) {
      int grown = Math.max(column + 1, recent.length * 2);
      recent = Arrays.copyOf(recent, grown);
      recentHashes = Arrays.copyOf(recentHashes, grown);
      lookups = Arrays.copyOf(lookups, grown);
      hits = Arrays.copyOf(hits, grown);
    }
    int tried = lookups[column];
    if (tried >= TRIAL && hits[column] < tried / 2) {
      return new String(buf, from, len); // a column of distinct values: not worth a look
    }
    if (tried < TRIAL) {
      lookups[column] = tried + 1;
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + buf[i];
    }
    String[] slots = recent[column];
    int[] hashes = recentHashes[column];
    if (slots == null || hashes == null) {
      slots = new String[SLOTS];
      hashes = new int[SLOTS];
      recent[column] = slots;
      recentHashes[column] = hashes;
    }
    int slot = (hash ^ (hash >>> 7)) & (SLOTS - 1);
    String seen = slots[slot];
    // the hash is compared first, beside the slot: a miss does not read the string
    if (seen != null && hashes[slot] == hash && seen.length() == len && equal(seen, buf, from)) {
      if (tried < TRIAL) {
        hits[column]++;
      }
      return seen;
    }
    String value = new String(buf, from, len);
    slots[slot] = value;
    hashes[slot] = hash;
    return value;
  }

  /** Whether a string is the characters of {@code buf} from {@code from} on, as many as it has. */
  static boolean equal(String seen, char[] buf, int from) {
    for (int i = 0; i < seen.length(); i++) {
      if (seen.charAt(i) != buf[from + i]) {
        return false;
      }
    }
    return true;
  }
}

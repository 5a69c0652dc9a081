package org.supportmodel.connectors;

import java.util.Arrays;

/**
 * One CSV record as characters, refilled for each record: the kept fields' characters copied into
 * one array, with each field's place. A reader that compares, hashes or parses a field does so on
 * the characters; a string is made only when asked for, and then, in a column whose values repeat
 * (states, priorities, groups, flags), as the same string as one seen lately, so it costs no
 * memory. A column whose values rarely repeat (ids, times) stops being looked up after its first
 * rows.
 *
 * <p>Valid until the next record is read: {@link CsvTable#forEach} hands out {@link CsvRow}s that
 * keep their strings; the export reader works on the cells directly. Not thread-safe;
 * package-private.
 */
final class RowCells {
  /** Recent values per column, by hash: a direct-mapped cache, so a miss only replaces one slot. */
  private static final int SLOTS = 64;
  /** Lookups after which a column's hit rate decides whether it keeps being looked up. */
  private static final int TRIAL = 512;

  private long line;
  private int count;
  private char[] chars = new char[1024];
  private int end;
  /** Per column: where its characters start, and how many there are; -1 if not kept. */
  private int[] starts = new int[16];
  private int[] lengths = new int[16];
  private String[][] recent = new String[0][];
  private int[][] recentHashes = new int[0][];
  private int[] lookups = new int[0];
  private int[] hits = new int[0];

  /** Starts a record. */
  void begin(long startingLine) {
    line = startingLine;
    end = 0;
    count = 0;
  }

  /** A field of the record: kept (its characters copied) or only counted. */
  void field(int column, char[] buf, int offset, int len, boolean keep) {
    if (column >= starts.length) {
      int grown = Math.max(starts.length * 2, column + 1);
      starts = Arrays.copyOf(starts, grown);
      lengths = Arrays.copyOf(lengths, grown);
    }
    count = Math.max(count, column + 1);
    if (!keep) {
      lengths[column] = -1;
      return;
    }
    if (end + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, end + len));
    }
    System.arraycopy(buf, offset, chars, end, len);
    starts[column] = end;
    lengths[column] = len;
    end += len;
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

  /** The characters of the kept fields; a field is a range given by {@link #from} and {@link #to}. */
  char[] chars() {
    return chars;
  }

  /** Where a kept field's text starts once surrounding white space is stripped (as {@link String#strip}). */
  int from(int column) {
    int at = starts[column];
    int last = at + lengths[column];
    while (at < last && Character.isWhitespace(chars[at])) {
      at++;
    }
    return at;
  }

  /** Where a kept field's text ends (exclusive) once stripped, given where it starts ({@link #from}). */
  int to(int column, int from) {
    int at = starts[column] + lengths[column];
    while (at > from && Character.isWhitespace(chars[at - 1])) {
      at--;
    }
    return at;
  }

  /** A kept field as written (unquoted, not stripped). */
  String raw(int column) {
    return text(column, starts[column], starts[column] + lengths[column]);
  }

  /** A kept field, stripped. */
  String stripped(int column) {
    int from = from(column);
    return text(column, from, to(column, from));
  }

  /** The record as strings, kept apart from the cells: null where a column is not kept. */
  FieldPicker.Fields fields() {
    String[] values = new String[count];
    for (int column = 0; column < count; column++) {
      values[column] = lengths[column] >= 0 ? raw(column) : null;
    }
    return new FieldPicker.Fields(line, count, values);
  }

  /**
   * Characters of a kept field, from {@code from} to {@code to} (exclusive), as a string: the same
   * string as lately seen in the column if equal.
   */
  String text(int column, int from, int to) {
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
      return new String(chars, from, len); // a column of distinct values: not worth a look
    }
    if (tried < TRIAL) {
      lookups[column] = tried + 1;
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
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
    if (seen != null && hashes[slot] == hash && seen.length() == len && equal(seen, from)) {
      if (tried < TRIAL) {
        hits[column]++;
      }
      return seen;
    }
    String value = new String(chars, from, len);
    slots[slot] = value;
    hashes[slot] = hash;
    return value;
  }

  private boolean equal(String seen, int from) {
    for (int i = 0; i < seen.length(); i++) {
      if (seen.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }
}

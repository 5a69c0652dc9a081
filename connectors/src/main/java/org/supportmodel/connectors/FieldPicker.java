package org.supportmodel.connectors;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

/**
 * Builds FastCSV's records keeping only the columns a reader asked for: the others are parsed
 * (quotes, separators, line breaks) but never turned into strings. The header row keeps every
 * column.
 *
 * <p>Exports repeat states, priorities, groups and flags on row after row: in such a column a value
 * equal to one seen lately is handed out as the same string, so it costs no memory. A column whose
 * values rarely repeat (ids, times) stops being looked up after its first rows. Not thread-safe;
 * package-private.
 */
final class FieldPicker extends AbstractBaseCsvCallbackHandler<FieldPicker.Fields> {
  /** Recent values per column, by hash: a direct-mapped cache, so a miss only replaces one slot. */
  private static final int SLOTS = 64;
  /** Rows after which a column's hit rate decides whether it keeps being looked up. */
  private static final int TRIAL = 512;

  private boolean[] wanted = new boolean[0];
  private boolean all = true;
  private String[] fields = new String[16];
  private String[][] recent = new String[0][];
  private int[] lookups = new int[0];
  private int[] hits = new int[0];

  /**
   * One record: its first line, how many fields it had, and the kept ones (null where not kept).
   * Package-private and never compared.
   */
  @SuppressWarnings("ArrayRecordComponent")
  record Fields(long line, int count, String[] values) {}

  /** From now on, keep only these columns. */
  void keep(boolean[] columns) {
    this.wanted = columns.clone();
    this.all = false;
    this.recent = new String[columns.length][];
    this.lookups = new int[columns.length];
    this.hits = new int[columns.length];
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    fields = new String[all ? 16 : wanted.length];
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    if (all || (fieldIdx < wanted.length && wanted[fieldIdx])) {
      if (fieldIdx >= fields.length) {
        fields = Arrays.copyOf(fields, Math.max(fields.length * 2, fieldIdx + 1));
      }
      fields[fieldIdx] = all ? new String(buf, offset, len) : value(fieldIdx, buf, offset, len);
    }
  }

  /** The value as a string: the same string as lately seen in the column if equal. */
  private String value(int column, char[] buf, int offset, int len) {
    int tried = lookups[column];
    if (tried >= TRIAL && hits[column] < tried / 2) {
      return new String(buf, offset, len); // a column of distinct values: not worth a look
    }
    if (tried < TRIAL) {
      lookups[column] = tried + 1;
    }
    int hash = 0;
    for (int i = offset; i < offset + len; i++) {
      hash = 31 * hash + buf[i];
    }
    String[] slots = recent[column];
    if (slots == null) {
      slots = new String[SLOTS];
      recent[column] = slots;
    }
    int slot = (hash ^ (hash >>> 7)) & (SLOTS - 1);
    String seen = slots[slot];
    if (seen != null && seen.length() == len && seen.hashCode() == hash && equal(seen, buf, offset)) {
      if (tried < TRIAL) {
        hits[column]++;
      }
      return seen;
    }
    String value = new String(buf, offset, len);
    slots[slot] = value;
    return value;
  }

  private static boolean equal(String seen, char[] buf, int offset) {
    for (int i = 0; i < seen.length(); i++) {
      if (seen.charAt(i) != buf[offset + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Fields buildRecord() {
    return new Fields(getStartingLineNumber(), getFieldCount(), fields);
  }
}

package org.supportmodel.connectors;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import org.jspecify.annotations.Nullable;

/**
 * Fills one {@link RowCells} from FastCSV's parser, keeping only the columns a reader asked for:
 * the others are parsed (quotes, separators, line breaks) but never turned into strings or
 * copied. The header row keeps every column. Not thread-safe; package-private.
 */
final class FieldPicker extends AbstractBaseCsvCallbackHandler<RowCells> {
  private final RowCells cells = new RowCells();
  private boolean[] wanted = new boolean[0];
  private boolean all = true;

  /**
   * One record as strings: its first line, how many fields it had, and the kept ones (null where
   * not kept). Package-private and never compared.
   */
  @SuppressWarnings("ArrayRecordComponent")
  record Fields(long line, int count, @Nullable String[] values) {}

  /**
   * From now on, keep only these columns.
   *
   * @param columns the columns to keep
   * @param characters the kept columns to hold as characters rather than strings
   * @param freshRows whether each record's strings go into an array of its own (rows handed out)
   */
  void keep(boolean[] columns, boolean[] characters, boolean freshRows) {
    this.wanted = columns.clone();
    this.all = false;
    cells.hold(characters, freshRows);
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    cells.begin(startingLineNumber);
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    cells.field(fieldIdx, buf, offset, len, all || (fieldIdx < wanted.length && wanted[fieldIdx]));
  }

  @Override
  protected RowCells buildRecord() {
    cells.end(getFieldCount());
    return cells;
  }
}

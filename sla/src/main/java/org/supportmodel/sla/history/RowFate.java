package org.supportmodel.sla.history;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * What became of one input row: every row of a ticket has exactly one fate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the row's number in its source
 * @param fate used, merged or discarded
 * @param reason what the row gave, or why it was merged or discarded
 */
public record RowFate(int row, Fate fate, String reason) {
  /** The fates. */
  public enum Fate {
    /** It gave at least one event or assignment. */
    USED,
    /** It repeated what earlier rows said, or lasted no time: nothing of it is lost. */
    MERGED,
    /** It was left out, for the reason given. */
    DISCARDED
  }

  /**
   * Checks the fate.
   *
   * @throws IllegalArgumentException if the row number is not positive or the reason blank
   */
  public RowFate {
    Objects.requireNonNull(fate, "fate");
    Objects.requireNonNull(reason, "reason");
    Checks.positive(row, "row");
    Checks.text(reason, "reason");
  }

  @Override
  public String toString() {
    return "row " + row + ": " + fate + " (" + reason + ")";
  }
}

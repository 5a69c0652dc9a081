package org.supportmodel.sla.history;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** What to do with a history that has problems. */
public enum RepairMode {
  /** Change nothing: list every problem of the ticket, and evaluate nothing if there is one. */
  STRICT,
  /** Apply the documented, conservative repairs and log each one; list only what cannot be repaired. */
  REPAIR;

  /**
   * Parses a constant name, ignoring case.
   *
   * @param text the text
   * @return the mode, never null
   * @throws IllegalArgumentException naming the text if it is not a mode
   */
  public static RepairMode parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(RepairMode.class, text, "repairMode");
  }
}

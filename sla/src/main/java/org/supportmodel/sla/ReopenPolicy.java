package org.supportmodel.sla;

/** What reopening a resolved ticket does to its resolution clock. */
public enum ReopenPolicy {
  /** The resolution cycle continues from where it stopped: the time resolved does not count. */
  CONTINUE_CYCLE,
  /** A new resolution cycle starts at the reopening, with its own target. */
  NEW_CYCLE
}

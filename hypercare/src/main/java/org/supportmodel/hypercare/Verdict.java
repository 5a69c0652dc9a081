package org.supportmodel.hypercare;

/** The overall decision of an exit assessment. */
public enum Verdict {
  /** Every criterion passes: hypercare can end. */
  EXIT,
  /** At least one criterion fails or has no data: hypercare goes on. */
  EXTEND
}

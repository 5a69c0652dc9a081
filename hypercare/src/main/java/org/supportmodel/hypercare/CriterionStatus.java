package org.supportmodel.hypercare;

/** The outcome of one exit criterion. */
public enum CriterionStatus {
  /** The criterion is met. */
  PASS,
  /** The criterion is not met. */
  FAIL,
  /** There is nothing to measure it on: never a pass. */
  NO_DATA
}

package org.supportmodel.sla;

/** The state of one SLA cycle as of an instant. */
public enum SlaState {
  /** The clock runs and no warning threshold has passed. */
  RUNNING,
  /** The clock is paused by a pause status. */
  PAUSED,
  /** The clock runs and a warning threshold has passed. */
  WARNING,
  /** The target has passed and the cycle is still open. */
  BREACHED,
  /** The cycle ended within its target. */
  MET,
  /** The cycle ended after its target passed. */
  MET_LATE;

  /**
   * Whether the cycle has ended.
   *
   * @return true for met and met late
   */
  public boolean isEnded() {
    return this == MET || this == MET_LATE;
  }

  /**
   * Whether the target was missed.
   *
   * @return true for breached and met late
   */
  public boolean isMissed() {
    return this == BREACHED || this == MET_LATE;
  }
}

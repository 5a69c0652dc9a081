package org.supportmodel.sla;

/** What a priority change does to the clocks of running cycles. */
public enum PriorityChangePolicy {
  /** Keep the business time elapsed so far and measure it against the new priority's target. */
  KEEP_ELAPSED,
  /** Start the clocks again from the change, against the new priority's target. */
  RESTART,
  /**
   * Measure the cycle again from its start on the new priority's target and calendar, as if the
   * new priority had applied from the start (the time paused stays paused). Thresholds and a
   * breach that the recomputed time puts behind fire at the change: what already happened is not
   * rewritten.
   */
  RECOMPUTE_FROM_START
}

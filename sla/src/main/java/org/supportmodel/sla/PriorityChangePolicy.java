package org.supportmodel.sla;

/** What a priority change does to the clocks of running cycles. */
public enum PriorityChangePolicy {
  /** Keep the business time elapsed so far and measure it against the new priority's target. */
  KEEP_ELAPSED,
  /** Start the clocks again from the change, against the new priority's target. */
  RESTART
}

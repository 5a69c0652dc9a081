package org.supportmodel.core;

import java.util.Collection;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * Whether an SLA target was met, as of an instant: the per-target and per-ticket verdict that
 * every count of met and missed targets uses (see {@link SlaOutcome#countsIn}).
 *
 * <ul>
 *   <li>{@link #MET}: the target's cycle ended before its due instant; decided when it ended;
 *   <li>{@link #MISSED}: the due instant passed before the cycle ended; decided at the breach,
 *       whether the cycle has ended since or not;
 *   <li>{@link #OPEN}: not decided yet (the cycle runs or is paused within its target).
 * </ul>
 */
public enum SlaVerdict {
  /** Met: ended before the due instant. */
  MET,
  /** Missed: breached, ended late or still running. */
  MISSED,
  /** Not decided yet. */
  OPEN;

  /**
   * Whether the verdict is decided: met or missed.
   *
   * @return true unless open
   */
  public boolean isDecided() {
    return this != OPEN;
  }

  /**
   * The verdict of several targets together, such as every cycle of one metric of a ticket: missed
   * if any was missed, else open if any is open, else met.
   *
   * @param verdicts the verdicts, at least one
   * @return the combined verdict, never null
   * @throws IllegalArgumentException if there is none
   */
  public static SlaVerdict of(Collection<SlaVerdict> verdicts) {
    Objects.requireNonNull(verdicts, "verdicts");
    Checks.check(!verdicts.isEmpty(), "verdicts", verdicts, "must hold at least one verdict: a metric with no target has no verdict");
    SlaVerdict combined = MET;
    for (SlaVerdict verdict : verdicts) {
      Objects.requireNonNull(verdict, "verdict");
      if (verdict == MISSED) {
        return MISSED;
      }
      if (verdict == OPEN) {
        combined = OPEN;
      }
    }
    return combined;
  }
}

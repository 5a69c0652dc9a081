package org.supportmodel.kafka;

import java.time.Instant;
import java.util.Objects;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.SlaMetric;

/**
 * A change of a ticket's SLA state, as the topology emits it: a warning threshold crossed, a
 * breach, a cycle met or met late, a pause or a resume, at the instant it happened.
 *
 * <p>{@link #key()} identifies the change within its cycle: the topology emits each key once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestId the ticket
 * @param tenant its tenant
 * @param metric the metric
 * @param cycle the cycle's number, from 1
 * @param priority the cycle's priority when the change was derived (a later priority change re-targets
 *     the cycle; the change itself stays as emitted)
 * @param kind what changed
 * @param threshold the warning's percentage, from 1; 0 for other kinds
 * @param pause for a pause and its resume, the pause's number within the cycle, from 1; 0 for other
 *     kinds
 * @param at when it happened
 */
public record SlaChange(
    String requestId, String tenant, SlaMetric metric, int cycle, Priority priority, Kind kind, int threshold, int pause, Instant at) {

  /** What changed. */
  public enum Kind {
    /** A warning threshold was crossed. */
    WARNING,
    /** The target was breached. */
    BREACHED,
    /** The cycle ended within its target. */
    MET,
    /** The cycle ended after its target. */
    MET_LATE,
    /** A pause status stopped the clock. */
    PAUSED,
    /** The clock runs again after a pause. */
    RESUMED;

    /**
     * Whether it is a pause or the resume of one: the kinds a change numbers by {@link
     * SlaChange#pause()}.
     *
     * @return true for PAUSED and RESUMED
     */
    public boolean isPause() {
      return this == PAUSED || this == RESUMED;
    }
  }

  /**
   * Checks that no component is null, and that a warning has a threshold and a pause or resume its
   * number, and other kinds neither.
   *
   * @throws IllegalArgumentException naming the component otherwise
   */
  public SlaChange {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    if (cycle < 1) {
      throw new IllegalArgumentException("cycle: " + cycle + " must be 1 or more");
    }
    boolean warning = kind == Kind.WARNING;
    if (warning ? threshold < 1 : threshold != 0) {
      throw new IllegalArgumentException("threshold: " + threshold + (warning ? " must be 1 or more for a WARNING" : " must be 0 for " + kind));
    }
    boolean paused = kind.isPause();
    if (paused ? pause < 1 : pause != 0) {
      throw new IllegalArgumentException("pause: " + pause + (paused ? " must be 1 or more for " + kind : " must be 0 for " + kind));
    }
  }

  /**
   * The change's identity within its ticket: metric, cycle, kind, and the threshold for a warning
   * or the pause's number for a pause or a resume (a cycle can pause several times). A late event
   * that moves a pause's start leaves its number, so the pause is not emitted again.
   *
   * @return the key, never null
   */
  public String key() {
    String base = metric + "#" + cycle + ":" + kind;
    return switch (kind) {
      case WARNING -> base + ":" + threshold;
      case PAUSED, RESUMED -> base + ":" + pause;
      default -> base;
    };
  }
}

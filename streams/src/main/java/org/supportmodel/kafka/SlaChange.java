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
 * @param threshold the warning's percentage; 0 for other kinds
 * @param at when it happened
 */
public record SlaChange(
    String requestId, String tenant, SlaMetric metric, int cycle, Priority priority, Kind kind, int threshold, Instant at) {

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
    RESUMED
  }

  /** Checks that no component is null. */
  public SlaChange {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
  }

  /**
   * The change's identity within its ticket: metric, cycle, kind, and the threshold for a warning
   * or the instant for a pause or a resume (a cycle can pause several times).
   *
   * @return the key, never null
   */
  public String key() {
    String base = metric + "#" + cycle + ":" + kind;
    return switch (kind) {
      case WARNING -> base + ":" + threshold;
      case PAUSED, RESUMED -> base + "@" + at;
      default -> base;
    };
  }
}

package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the support organization must show by a date of the project: an intermediate target (by the
 * end of user acceptance testing, say) or the one for go-live.
 *
 * @param by the date by which it applies
 * @param plannedAuthority the share of rehearsal requests resolved by their planned resolving
 *     authority, not the project team
 * @param withoutBounce the share of rehearsal requests that did not bounce
 * @param slaAttainment the share of rehearsal requests that met their SLA targets
 */
public record ReadinessTarget(LocalDate by, Threshold plannedAuthority, Threshold withoutBounce, Threshold slaAttainment) {
  /** Checks that nothing is null. */
  public ReadinessTarget {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(plannedAuthority, "plannedAuthority");
    Objects.requireNonNull(withoutBounce, "withoutBounce");
    Objects.requireNonNull(slaAttainment, "slaAttainment");
  }
}

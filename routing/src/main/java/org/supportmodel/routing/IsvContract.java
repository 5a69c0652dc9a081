package org.supportmodel.routing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.internal.Checks;

/**
 * The support contract with one ISV: whether the partner works with the ISV for the organization,
 * and the contract's terms, which a per-party agreement in {@code sla} can measure (the ISV's id
 * as the party, the response target on the named support-hours calendar).
 *
 * <p>An ISV without a contract follows the setup-wide {@link SupportSetup#partnerHandlesIsvs()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param isv the ISV, one of the setup's
 * @param throughPartner whether the partner raises and follows the ISV's cases
 * @param supportHours the name of the calendar of the ISV's support hours, if the contract sets
 *     them
 * @param responseTarget the ISV's response target, if the contract sets one; positive
 */
public record IsvContract(
    AuthorityId isv, boolean throughPartner, Optional<String> supportHours, Optional<Duration> responseTarget) {
  /**
   * Checks the contract.
   *
   * @throws IllegalArgumentException if the calendar name is not an identifier or the response
   *     target is not positive
   */
  public IsvContract {
    Objects.requireNonNull(isv, "isv");
    Objects.requireNonNull(supportHours, "supportHours");
    Objects.requireNonNull(responseTarget, "responseTarget");
    supportHours.ifPresent(name -> Checks.identifier(name, "isvContracts[" + isv + "].supportHours"));
    responseTarget.ifPresent(
        target -> Checks.check(!target.isNegative() && !target.isZero(), "isvContracts[" + isv + "].responseTarget",
            target, "must be positive"));
  }

  /**
   * The contract's terms in words.
   *
   * @return the description, never null
   */
  public String describe() {
    StringBuilder text = new StringBuilder(throughPartner ? "through the partner" : "directly");
    responseTarget.ifPresent(t -> text.append(", response within ").append(t.toString().substring(2).toLowerCase(java.util.Locale.ROOT)));
    supportHours.ifPresent(h -> text.append(", support hours ").append(h));
    return text.toString();
  }
}

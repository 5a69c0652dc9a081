package org.supportmodel.test;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.routing.EscalationDecision;

/**
 * Assertions on an escalation decision: {@code assertThat(decision).isGranted().to(PARTNER)}. A
 * failure shows the criteria met or not met and the library's reason.
 */
public final class EscalationDecisionAssert extends AbstractAssert<EscalationDecisionAssert, EscalationDecision> {
  EscalationDecisionAssert(@Nullable EscalationDecision actual) {
    super(actual, EscalationDecisionAssert.class);
  }

  static String describe(EscalationDecision decision) {
    if (decision instanceof EscalationDecision.Granted granted) {
      return "granted " + granted.kind() + " escalation of " + granted.requestId() + " because " + granted.criteriaMet() + ", to "
          + granted.targets();
    }
    EscalationDecision.Refused refused = (EscalationDecision.Refused) decision;
    return "refused " + refused.kind() + " escalation of " + refused.requestId() + ": " + refused.reason() + " (not met: "
        + refused.criteriaNotMet() + ")";
  }

  /**
   * The escalation is granted.
   *
   * @return this assertion
   */
  public EscalationDecisionAssert isGranted() {
    isNotNull();
    if (!(actual instanceof EscalationDecision.Granted)) {
      throw failure("%nExpecting the escalation to be granted%nbut it was %s", describe(actual));
    }
    return this;
  }

  /**
   * The escalation is refused.
   *
   * @return this assertion
   */
  public EscalationDecisionAssert isRefused() {
    isNotNull();
    if (!(actual instanceof EscalationDecision.Refused)) {
      throw failure("%nExpecting the escalation to be refused%nbut it was %s", describe(actual));
    }
    return this;
  }

  /**
   * A granted escalation goes to a party of this kind, among its targets.
   *
   * @param kind the kind of party
   * @return this assertion
   */
  public EscalationDecisionAssert to(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    isGranted();
    EscalationDecision.Granted granted = (EscalationDecision.Granted) actual;
    if (granted.targets().stream().noneMatch(t -> t.party().kind() == kind)) {
      throw failure("%nExpecting the escalation to go to %s%nbut it was %s", kind, describe(actual));
    }
    return this;
  }
}

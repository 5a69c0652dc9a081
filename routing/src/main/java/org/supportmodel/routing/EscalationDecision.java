package org.supportmodel.routing;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.internal.Checks;

/** The answer to an escalation request: {@link Granted} or {@link Refused}, each with its reasons. */
public sealed interface EscalationDecision permits EscalationDecision.Granted, EscalationDecision.Refused {

  /**
   * The request.
   *
   * @return its internal reference, never null
   */
  RequestId requestId();

  /**
   * The kind of escalation asked for.
   *
   * @return the kind, never null
   */
  EscalationKind kind();

  /**
   * Who an escalation goes to: a party and, for hierarchical escalation, the role there.
   *
   * @param party the party
   * @param level the support level, for functional escalation the next level
   * @param role who at that party, in words
   */
  record Target(ResolvingAuthority party, org.supportmodel.core.SupportLevel level, String role) {
    /**
     * Checks the target.
     *
     * @throws IllegalArgumentException if the role is blank
     */
    public Target {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(role, "role");
      Checks.text(role, "role");
    }
  }

  /**
   * An escalation granted: the criteria met, with their evidence, and who it goes to.
   *
   * @param requestId the request
   * @param kind the kind of escalation
   * @param criteriaMet each criterion met, with its evidence, in words
   * @param targets who the escalation goes to, at least one
   */
  record Granted(RequestId requestId, EscalationKind kind, List<String> criteriaMet, List<Target> targets)
      implements EscalationDecision {
    /**
     * Checks and copies the lists.
     *
     * @throws IllegalArgumentException if no criterion or no target is given
     */
    public Granted {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(criteriaMet, "criteriaMet");
      Objects.requireNonNull(targets, "targets");
      criteriaMet = List.copyOf(criteriaMet);
      targets = List.copyOf(targets);
      Checks.check(!criteriaMet.isEmpty(), "criteriaMet", criteriaMet, "must hold at least one criterion");
      Checks.check(!targets.isEmpty(), "targets", targets, "must hold at least one target");
    }
  }

  /**
   * An escalation refused, with the reason: no defined criterion is met, or there is no higher
   * level to escalate to.
   *
   * @param requestId the request
   * @param kind the kind of escalation
   * @param reason why it is refused, in words
   * @param criteriaNotMet the criteria checked and not met
   */
  record Refused(RequestId requestId, EscalationKind kind, String reason, List<String> criteriaNotMet)
      implements EscalationDecision {
    /**
     * Checks and copies the list.
     *
     * @throws IllegalArgumentException if the reason is blank
     */
    public Refused {
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(criteriaNotMet, "criteriaNotMet");
      Checks.text(reason, "reason");
      criteriaNotMet = List.copyOf(criteriaNotMet);
    }
  }
}

package org.supportmodel.sla;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;

/**
 * A party's own targets while it holds a ticket, beside the customer-facing SLA: an
 * operational-level agreement inside the organization, an underpinning contract with the partner
 * or an ISV, or Microsoft's support terms. Who holds a ticket comes from its {@link
 * TicketEvent.Type#ASSIGNED} events; see {@link PartyEvaluation}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the agreement's name, such as {@code "d365-team-ola"}
 * @param party the party it binds, as assignment events name it
 * @param kind the kind of agreement
 * @param targets the targets, at most one per metric and priority; a priority without a target is
 *     not measured
 * @param pausesWithTicket whether the party's clocks pause while the ticket is in a status the
 *     customer policy pauses (waiting for the customer, for example)
 */
public record PartyAgreement(String name, String party, AgreementKind kind, List<PartyTarget> targets, boolean pausesWithTicket) {
  /**
   * Copies the list and checks the agreement.
   *
   * @throws IllegalArgumentException if a name is not an identifier, there is no target, or a
   *     metric and priority has two
   */
  public PartyAgreement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(targets, "targets");
    Checks.identifier(name, "name");
    Checks.identifier(party, "party");
    targets = List.copyOf(targets);
    Checks.check(!targets.isEmpty(), "targets", targets, "must hold at least one target");
    Set<String> seen = new HashSet<>();
    for (PartyTarget target : targets) {
      Checks.check(seen.add(target.metric() + "/" + target.priority()), "targets", target.priority() + " " + target.metric(),
          "is given more than once");
    }
  }

  /**
   * An agreement whose clocks pause with the ticket.
   *
   * @param name the agreement's name
   * @param party the party it binds
   * @param kind the kind of agreement
   * @param targets the targets
   * @return the agreement, never null
   */
  public static PartyAgreement of(String name, String party, AgreementKind kind, List<PartyTarget> targets) {
    return new PartyAgreement(name, party, kind, targets, true);
  }

  /**
   * The target for a metric and priority.
   *
   * @param metric the metric
   * @param priority the priority
   * @return the target, or empty if that priority is not measured
   */
  public Optional<PartyTarget> target(PartyMetric metric, Priority priority) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    for (PartyTarget target : targets) {
      if (target.metric() == metric && target.priority() == priority) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }
}

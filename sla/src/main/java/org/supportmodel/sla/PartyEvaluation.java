package org.supportmodel.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;

/**
 * Evaluates a ticket's customer SLA and, from the same history, who held it when and each party's
 * own targets (operational-level agreements, underpinning contracts, vendor terms).
 *
 * <p>The ticket is unassigned ({@link PartySla#UNASSIGNED}) from its creation to its first
 * {@link TicketEvent.Type#ASSIGNED} event; each assignment to another party ends a holding and
 * starts the next, a reopen starts a new holding of the same party, a close ends the last; a
 * holding of no time (a ticket assigned as it is created) is left out. For each
 * agreement of the party that takes the ticket, and the ticket's priority at that moment, the
 * targets start: {@link PartyMetric#RESPONSE} ends at the party's first response, update or
 * resolution (or when it hands the ticket on), {@link PartyMetric#HOLD} when it hands on,
 * resolves or closes the ticket. The party's clocks run on the target's calendar, stop while the
 * ticket is resolved and, if the agreement says so, pause with the ticket.
 *
 * <p>A pure function of its arguments, linear in the events.
 */
public final class PartyEvaluation {
  private PartyEvaluation() {}

  /**
   * Evaluates a ticket with per-party agreements.
   *
   * @param requestId the ticket
   * @param events its history, in any order
   * @param policy the customer SLA policy
   * @param agreements the per-party agreements, names unique; a party may have several
   * @param calendars the calendars, by the names the targets use
   * @param asOf the instant of the evaluation
   * @return the customer SLA, the holdings and the party measurements, never null
   * @throws TicketHistoryException if the history is impossible
   * @throws IllegalArgumentException if a calendar is missing or two agreements share a name
   */
  public static PartySla evaluate(
      RequestId requestId, List<TicketEvent> events, SlaPolicy policy, List<PartyAgreement> agreements, CalendarSet calendars, Instant asOf) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(agreements, "agreements");
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(asOf, "asOf");
    List<PartyAgreement> list = List.copyOf(agreements);
    Checks.unique(list, PartyAgreement::name, "agreements");
    for (PartyAgreement agreement : list) {
      for (PartyTarget target : agreement.targets()) {
        calendars.get(target.calendar());
      }
    }
    return SlaEvaluation.withParties(requestId, events, policy, list, calendars, asOf);
  }
}

package org.supportmodel.sla;

/** What a per-party target measures, for each time a party holds a ticket. */
public enum PartyMetric {
  /**
   * From the moment the party takes the ticket to its first response, update or resolution while
   * it holds it; handing the ticket on unanswered ends the measurement too.
   */
  RESPONSE,
  /** From the moment the party takes the ticket until it hands it on, resolves or closes it. */
  HOLD
}

package org.supportmodel.sla;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A ticket history that cannot have happened: a duplicate event, an event before creation, an
 * unknown status, a resolution of a resolved ticket, anything after closing. The message names the
 * ticket, the event and the rule it breaks.
 */
public final class TicketHistoryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String ticket;
  private final String event;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param ticket the ticket's id
   * @param event the offending event, in words
   * @param rule the rule it breaks
   */
  public TicketHistoryException(String ticket, String event, String rule) {
    super(Checks.message(
        "ticket " + Objects.requireNonNull(ticket, "ticket") + " event",
        Objects.requireNonNull(event, "event"),
        Objects.requireNonNull(rule, "rule")));
    this.ticket = ticket;
    this.event = event;
    this.rule = rule;
  }

  /**
   * The message: the ticket, the event and the rule it breaks.
   *
   * @return the message, never null
   */
  @Override
  public String getMessage() {
    return Checks.message("ticket " + ticket + " event", event, rule);
  }

  /**
   * The ticket's id.
   *
   * @return the id, never null
   */
  public String ticket() {
    return ticket;
  }

  /**
   * The offending event, in words.
   *
   * @return the event, never null
   */
  public String event() {
    return event;
  }

  /**
   * The rule the event breaks.
   *
   * @return the rule, never null
   */
  public String rule() {
    return rule;
  }
}

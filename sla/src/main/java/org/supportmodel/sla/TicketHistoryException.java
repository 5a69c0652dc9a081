package org.supportmodel.sla;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.supportmodel.core.internal.Checks;

/**
 * A ticket history that cannot have happened: a duplicate event, an event before creation, an
 * unknown status, a resolution of a resolved ticket, anything after closing. Every problem of the
 * history is reported at once, as data ({@link #violations()}) and in the message, each naming the
 * event's position in the list given, the event and the rule it breaks.
 */
public final class TicketHistoryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String ticket;
  private final List<Violation> violations;

  /**
   * One broken rule.
   *
   * <p>Immutable and thread-safe.
   *
   * @param index the event's position in the list given, from 0; empty for a rule about the
   *     history as a whole (no creation)
   * @param event the event, in words ({@code "none"} for the history as a whole)
   * @param rule the rule it breaks
   */
  public record Violation(OptionalInt index, String event, String rule) {
    /**
     * Checks the violation.
     *
     * @throws IllegalArgumentException if the index is negative or a text blank
     */
    public Violation {
      Objects.requireNonNull(index, "index");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(rule, "rule");
      index.ifPresent(i -> Checks.nonNegative(i, "index"));
      Checks.text(event, "event");
      Checks.text(rule, "rule");
    }

    @Override
    public String toString() {
      return Checks.message(index.isPresent() ? "events[" + index.getAsInt() + "]" : "events", event, rule);
    }
  }

  /**
   * Creates the exception for one rule, without a position.
   *
   * @param ticket the ticket's id
   * @param event the offending event, in words
   * @param rule the rule it breaks
   */
  public TicketHistoryException(String ticket, String event, String rule) {
    this(ticket, List.of(new Violation(OptionalInt.empty(), Objects.requireNonNull(event, "event"), Objects.requireNonNull(rule, "rule"))));
  }

  /**
   * Creates the exception.
   *
   * @param ticket the ticket's id
   * @param violations every rule broken, at least one, in the order of the history
   * @throws IllegalArgumentException if there is no violation
   */
  public TicketHistoryException(String ticket, List<Violation> violations) {
    super(Checks.text(Objects.requireNonNull(ticket, "ticket"), "ticket"));
    this.ticket = ticket;
    this.violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    Checks.check(!this.violations.isEmpty(), "violations", violations, "must hold at least one violation");
  }

  /**
   * The message: the ticket and every violation, each with the event's position, the event and
   * the rule it breaks.
   *
   * @return the message, never null
   */
  @Override
  public String getMessage() {
    if (violations.size() == 1) {
      return "ticket " + ticket + " " + violations.get(0);
    }
    StringBuilder message = new StringBuilder("ticket " + ticket + ": " + violations.size() + " problems: ");
    for (int i = 0; i < violations.size(); i++) {
      message.append(i == 0 ? "" : "; ").append(violations.get(i));
    }
    return message.toString();
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
   * Every rule the history breaks, in the order of the history.
   *
   * @return at least one violation
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The first offending event, in words.
   *
   * @return the event, never null
   */
  public String event() {
    return violations.get(0).event();
  }

  /**
   * The rule the first offending event breaks.
   *
   * @return the rule, never null
   */
  public String rule() {
    return violations.get(0).rule();
  }
}

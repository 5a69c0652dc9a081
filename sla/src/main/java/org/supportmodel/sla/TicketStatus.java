package org.supportmodel.sla;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A helpdesk status, such as {@code IN_PROGRESS} or {@code WAITING_FOR_CUSTOMER}. An {@link
 * SlaPolicy} says which statuses run the clocks and which pause them; any other status is an
 * error.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the status name, 1 to 128 characters
 */
public record TicketStatus(String name) {
  /** Work is going on. */
  public static final TicketStatus OPEN = new TicketStatus("OPEN");
  /** Someone works on it. */
  public static final TicketStatus IN_PROGRESS = new TicketStatus("IN_PROGRESS");
  /** Waiting for the requester. */
  public static final TicketStatus WAITING_FOR_CUSTOMER = new TicketStatus("WAITING_FOR_CUSTOMER");
  /** Waiting for a third party such as Microsoft or an ISV, where the contract allows a pause. */
  public static final TicketStatus WAITING_FOR_THIRD_PARTY = new TicketStatus("WAITING_FOR_THIRD_PARTY");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if it is not a valid identifier
   */
  public TicketStatus {
    Objects.requireNonNull(name, "name");
    Checks.identifier(name, "status");
  }

  /**
   * A status.
   *
   * @param name the status name
   * @return the status, never null
   */
  public static TicketStatus of(String name) {
    Objects.requireNonNull(name, "name");
    return new TicketStatus(name);
  }

  @Override
  public String toString() {
    return name;
  }
}

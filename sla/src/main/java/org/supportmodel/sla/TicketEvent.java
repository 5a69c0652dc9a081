package org.supportmodel.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;

/**
 * One event in a ticket's history. Creation carries the priority (and optionally the first
 * status), a status change its status, a priority change its priority, an assignment the party
 * that holds the ticket from then on; the others carry nothing else.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when it happened
 * @param type what happened
 * @param priority the priority, for {@code CREATED} and {@code PRIORITY_CHANGED} only
 * @param status the status, for {@code STATUS_CHANGED} (and optionally {@code CREATED}) only
 * @param party the party that holds the ticket from then on, for {@code ASSIGNED} only: a name such
 *     as {@code "internal-d365-team"} or {@code "microsoft"}, as per-party agreements name it
 */
public record TicketEvent(Instant at, Type type, Optional<Priority> priority, Optional<TicketStatus> status, Optional<String> party) {

  /** What can happen to a ticket. */
  public enum Type {
    /** The ticket is registered. */
    CREATED,
    /** The status changes. */
    STATUS_CHANGED,
    /** The priority changes. */
    PRIORITY_CHANGED,
    /** The first response to the requester. */
    FIRST_RESPONSE,
    /** A later update to the requester. */
    UPDATE,
    /** The ticket is resolved. */
    RESOLVED,
    /** A resolved ticket is reopened. */
    REOPENED,
    /** The ticket is closed; nothing may follow. */
    CLOSED,
    /**
     * A party takes the ticket: it holds it from then on, for per-party agreements. The customer
     * SLA does not change.
     */
    ASSIGNED,
    /** The requester replies: it starts the next-reply clock. */
    CUSTOMER_REPLY;

    /**
     * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
     *
     * @param text the text
     * @return the type, never null
     * @throws IllegalArgumentException naming the text if it is not a type
     */
    public static Type parse(String text) {
      Objects.requireNonNull(text, "text");
      return Checks.parseEnum(Type.class, text, "eventType");
    }
  }

  /**
   * Checks that the event carries exactly what its type needs.
   *
   * @throws IllegalArgumentException naming the event otherwise
   */
  public TicketEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(party, "party");
    if (party.isPresent() != (type == Type.ASSIGNED)) {
      throw new IllegalArgumentException(Checks.message(
          "party", party.orElse("none"), type == Type.ASSIGNED ? "must be given for ASSIGNED" : "must not be given for " + type));
    }
    if (party.isPresent()) {
      Checks.identifier(party.get(), "party");
    }
    boolean needsPriority = type == Type.CREATED || type == Type.PRIORITY_CHANGED;
    // messages are built only on failure: events are made by the million when exports are read
    if (priority.isPresent() != needsPriority) {
      throw new IllegalArgumentException(Checks.message(
          "priority", priority.map(Enum::name).orElse("none"), needsPriority ? "must be given for " + type : "must not be given for " + type));
    }
    boolean mayHaveStatus = type == Type.CREATED || type == Type.STATUS_CHANGED;
    if (status.isPresent() && !mayHaveStatus) {
      throw new IllegalArgumentException(Checks.message("status", status.get().name(), "must not be given for " + type));
    }
    if (type == Type.STATUS_CHANGED && status.isEmpty()) {
      throw new IllegalArgumentException(Checks.message("status", "none", "must be given for " + type));
    }
  }

  /**
   * An event without a party: the form for every type but {@code ASSIGNED}.
   *
   * @param at when it happened
   * @param type what happened
   * @param priority the priority, for {@code CREATED} and {@code PRIORITY_CHANGED} only
   * @param status the status, for {@code STATUS_CHANGED} (and optionally {@code CREATED}) only
   * @throws IllegalArgumentException if the event does not carry what its type needs
   */
  public TicketEvent(Instant at, Type type, Optional<Priority> priority, Optional<TicketStatus> status) {
    this(at, type, priority, status, Optional.empty());
  }

  /**
   * A party takes the ticket and holds it from then on.
   *
   * @param at when
   * @param party the party's name, as per-party agreements name it
   * @return the event, never null
   * @throws IllegalArgumentException if the name is not an identifier
   */
  public static TicketEvent assigned(Instant at, String party) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(party, "party");
    return new TicketEvent(at, Type.ASSIGNED, Optional.empty(), Optional.empty(), Optional.of(party));
  }

  /**
   * A ticket is registered with a priority, in the policy's first active status.
   *
   * @param at when
   * @param priority its priority
   * @return the event, never null
   */
  public static TicketEvent created(Instant at, Priority priority) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(priority, "priority");
    return new TicketEvent(at, Type.CREATED, Optional.of(priority), Optional.empty());
  }

  /**
   * A ticket is registered with a priority and a status.
   *
   * @param at when
   * @param priority its priority
   * @param status its status
   * @return the event, never null
   */
  public static TicketEvent created(Instant at, Priority priority, TicketStatus status) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(status, "status");
    return new TicketEvent(at, Type.CREATED, Optional.of(priority), Optional.of(status));
  }

  /**
   * The status changes.
   *
   * @param at when
   * @param status the new status
   * @return the event, never null
   */
  public static TicketEvent statusChanged(Instant at, TicketStatus status) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
    return new TicketEvent(at, Type.STATUS_CHANGED, Optional.empty(), Optional.of(status));
  }

  /**
   * The priority changes.
   *
   * @param at when
   * @param priority the new priority
   * @return the event, never null
   */
  public static TicketEvent priorityChanged(Instant at, Priority priority) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(priority, "priority");
    return new TicketEvent(at, Type.PRIORITY_CHANGED, Optional.of(priority), Optional.empty());
  }

  /**
   * An event that carries nothing but its type: first response, update, resolved, reopened,
   * closed.
   *
   * @param at when
   * @param type what
   * @return the event, never null
   * @throws IllegalArgumentException for a type that needs a priority or a status
   */
  public static TicketEvent of(Instant at, Type type) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    return new TicketEvent(at, type, Optional.empty(), Optional.empty());
  }

  /**
   * The same event at another instant, with everything it carries.
   *
   * @param instant the new instant
   * @return the event, never null
   */
  public TicketEvent at(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return new TicketEvent(instant, type, priority, status, party);
  }

  @Override
  public String toString() {
    return type + " at " + at + priority.map(p -> " " + p).orElse("") + status.map(s -> " " + s).orElse("") + party.map(p -> " to " + p).orElse("");
  }
}

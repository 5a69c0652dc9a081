package org.supportmodel.hypercare;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;

/**
 * What hypercare needs to know about one request: its priority and kind, when it was opened and
 * resolved and by whom, whether resources reserved for hypercare were used, the business process
 * it concerns, and its SLA outcomes as data.
 *
 * <p>A record describes the request's whole known life; an evaluation as of an instant ignores
 * what happened after it (a request resolved later is open then; one opened later does not exist
 * yet). Immutable; the {@code with} methods return copies.
 *
 * @param id the request
 * @param priority its priority
 * @param kind incident, service request or new requirement
 * @param opened when it was opened
 * @param resolved when it was resolved, if it has been
 * @param resolvedBy the kind of authority that resolved it, if it has been resolved
 * @param hypercareResources whether resources reserved for hypercare were used to resolve it
 * @param process the business process it concerns, if known
 * @param sla its SLA outcomes
 */
public record RequestRecord(
    RequestId id,
    Priority priority,
    RequestKind kind,
    Instant opened,
    Optional<Instant> resolved,
    Optional<AuthorityKind> resolvedBy,
    boolean hypercareResources,
    Optional<ProcessId> process,
    List<SlaOutcome> sla) {

  /**
   * Copies the list and checks the instants.
   *
   * @throws IllegalArgumentException if it was resolved before it was opened, has a resolver but
   *     no resolution, or an SLA outcome is decided before it was opened
   */
  public RequestRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(resolvedBy, "resolvedBy");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(sla, "sla");
    sla = List.copyOf(sla);
    Instant openedAt = opened;
    resolved.ifPresent(
        at -> Checks.check(!at.isBefore(openedAt), "resolved", at, "must not be before opened " + openedAt + " of " + id));
    Checks.check(
        resolvedBy.isEmpty() || resolved.isPresent(), "resolvedBy", resolvedBy.map(Object::toString).orElse(""), "needs a resolution instant on " + id);
    for (SlaOutcome outcome : sla) {
      Checks.check(
          !outcome.decidedAt().isBefore(openedAt),
          "sla.decidedAt",
          outcome.decidedAt(),
          "must not be before opened " + openedAt + " of " + id);
    }
  }

  /**
   * An incident opened at an instant and not yet resolved.
   *
   * @param id the request id
   * @param priority the priority
   * @param opened when it was opened
   * @return the record, never null
   */
  public static RequestRecord opened(String id, Priority priority, Instant opened) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(opened, "opened");
    return new RequestRecord(
        RequestId.of(id), priority, RequestKind.INCIDENT, opened, Optional.empty(), Optional.empty(), false,
        Optional.empty(), List.of());
  }

  /**
   * The record, resolved at an instant by an authority.
   *
   * @param at when
   * @param by the kind of authority that resolved it
   * @return a copy, never null
   */
  public RequestRecord resolvedAt(Instant at, AuthorityKind by) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    return new RequestRecord(id, priority, kind, opened, Optional.of(at), Optional.of(by), hypercareResources, process, sla);
  }

  /**
   * The record of another kind.
   *
   * @param newKind the kind
   * @return a copy, never null
   */
  public RequestRecord withKind(RequestKind newKind) {
    Objects.requireNonNull(newKind, "newKind");
    return new RequestRecord(id, priority, newKind, opened, resolved, resolvedBy, hypercareResources, process, sla);
  }

  /**
   * The record, marked as using (or not) resources reserved for hypercare.
   *
   * @param used whether they were used
   * @return a copy, never null
   */
  public RequestRecord withHypercareResources(boolean used) {
    return new RequestRecord(id, priority, kind, opened, resolved, resolvedBy, used, process, sla);
  }

  /**
   * The record, about a business process.
   *
   * @param processId the process
   * @return a copy, never null
   */
  public RequestRecord withProcess(ProcessId processId) {
    Objects.requireNonNull(processId, "processId");
    return new RequestRecord(id, priority, kind, opened, resolved, resolvedBy, hypercareResources, Optional.of(processId), sla);
  }

  /**
   * The record with its SLA outcomes.
   *
   * @param outcomes the outcomes
   * @return a copy, never null
   */
  public RequestRecord withSla(SlaOutcome... outcomes) {
    Objects.requireNonNull(outcomes, "outcomes");
    return new RequestRecord(id, priority, kind, opened, resolved, resolvedBy, hypercareResources, process, List.of(outcomes));
  }

  /**
   * Whether the request exists at an instant: it was opened at or before it.
   *
   * @param at the instant
   * @return true if opened by then
   */
  public boolean existsAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return !opened.isAfter(at);
  }

  /**
   * Whether the request is resolved at an instant.
   *
   * @param at the instant
   * @return true if resolved at or before it
   */
  public boolean isResolvedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return resolved.isPresent() && !resolved.get().isAfter(at);
  }

  /**
   * Whether the request is open at an instant: opened and not yet resolved.
   *
   * @param at the instant
   * @return true if open
   */
  public boolean openAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return existsAt(at) && !isResolvedAt(at);
  }
}

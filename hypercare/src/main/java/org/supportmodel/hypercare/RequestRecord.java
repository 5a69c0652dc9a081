package org.supportmodel.hypercare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.RequestId;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.core.internal.Checks;

/**
 * What hypercare needs to know about one request: its priority and kind, when it was opened, every
 * time it was resolved and reopened, who resolved it last, whether resources reserved for
 * hypercare were used, the business process it concerns, and its SLA outcomes as data.
 *
 * <p>A record describes the request's whole known life; an evaluation as of an instant sees only
 * what happened <em>before</em> it (an assessment as of the midnight that ends week 4 sees all of
 * week 4 and nothing of week 5). Because the record keeps every resolution and reopen, a later
 * reopen never changes what an earlier week counted. Immutable; the {@code with} methods return
 * copies.
 *
 * @param id the request
 * @param priority its priority
 * @param kind incident, service request or new requirement
 * @param opened when it was opened
 * @param resolutions every time it was resolved, oldest first
 * @param reopens every time it was reopened, oldest first; each lies between two resolutions, or
 *     after the last one when it is open again
 * @param resolvedBy the kind of authority that resolved it last, if it has been resolved
 * @param hypercareResources whether resources reserved for hypercare were used to resolve it
 * @param process the business process it concerns, if known
 * @param sla its SLA outcomes
 */
public record RequestRecord(
    RequestId id,
    Priority priority,
    RequestKind kind,
    Instant opened,
    List<Instant> resolutions,
    List<Instant> reopens,
    Optional<AuthorityKind> resolvedBy,
    HypercareUse hypercareResources,
    Optional<ProcessId> process,
    List<SlaOutcome> sla) {

  /**
   * Copies the lists and checks the instants.
   *
   * @throws IllegalArgumentException if a resolution or reopen is out of order (resolutions and
   *     reopens alternate, starting with a resolution, none before opened), a resolver is given
   *     without a resolution, or an SLA target is due before the request was opened
   */
  public RequestRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(resolutions, "resolutions");
    Objects.requireNonNull(reopens, "reopens");
    Objects.requireNonNull(resolvedBy, "resolvedBy");
    Objects.requireNonNull(hypercareResources, "hypercareResources");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(sla, "sla");
    resolutions = List.copyOf(resolutions);
    reopens = List.copyOf(reopens);
    sla = List.copyOf(sla);
    Checks.check(
        reopens.size() == resolutions.size() || reopens.size() == resolutions.size() - 1,
        "reopens",
        reopens,
        "must alternate with the resolutions " + resolutions + " of " + id + ", starting with a resolution");
    Instant previous = opened;
    for (int i = 0; i < resolutions.size(); i++) {
      Instant resolution = resolutions.get(i);
      Checks.check(
          !resolution.isBefore(previous),
          "resolutions[" + i + "]",
          resolution,
          "must not be before " + previous + (i == 0 ? ", when " + id + " was opened" : ", when " + id + " was reopened"));
      if (i < reopens.size()) {
        Checks.check(
            !reopens.get(i).isBefore(resolution),
            "reopens[" + i + "]",
            reopens.get(i),
            "must not be before the resolution " + resolution + " of " + id);
        previous = reopens.get(i);
      }
    }
    Checks.check(
        resolvedBy.isEmpty() || !resolutions.isEmpty(),
        "resolvedBy",
        resolvedBy.map(Object::toString).orElse(""),
        "needs a resolution of " + id);
    for (SlaOutcome outcome : sla) {
      Checks.check(
          !outcome.due().isBefore(opened),
          "sla.due",
          outcome.due(),
          "must not be before opened " + opened + " of " + id);
    }
  }

  /**
   * An incident opened at an instant and not yet resolved, whose use of hypercare resources is not
   * recorded yet.
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
        RequestId.of(id), priority, RequestKind.INCIDENT, opened, List.of(), List.of(), Optional.empty(),
        HypercareUse.UNKNOWN, Optional.empty(), List.of());
  }

  /**
   * The record, resolved (again) at an instant by an authority.
   *
   * @param at when
   * @param by the kind of authority that resolved it
   * @return a copy, never null
   * @throws IllegalArgumentException if the request is already resolved, or {@code at} is before
   *     its last reopen or its opening
   */
  public RequestRecord resolvedAt(Instant at, AuthorityKind by) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Checks.check(reopens.size() == resolutions.size(), "at", at, "resolves ", id, ", which is already resolved: reopen it first");
    return new RequestRecord(
        id, priority, kind, opened, append(resolutions, at), reopens, Optional.of(by), hypercareResources, process, sla);
  }

  /**
   * The record, resolved (again) at an instant by an authority the data does not name, as in a
   * helpdesk export whose assignment group is not in the authority directory. Who resolved it last
   * becomes unknown.
   *
   * @param at when
   * @return a copy, never null
   * @throws IllegalArgumentException if the request is already resolved, or {@code at} is before
   *     its last reopen or its opening
   */
  public RequestRecord resolvedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    Checks.check(reopens.size() == resolutions.size(), "at", at, "resolves ", id, ", which is already resolved: reopen it first");
    return new RequestRecord(
        id, priority, kind, opened, append(resolutions, at), reopens, Optional.empty(), hypercareResources, process, sla);
  }

  /**
   * The record, reopened at an instant.
   *
   * @param at when
   * @return a copy, never null
   * @throws IllegalArgumentException if the request is not resolved, or {@code at} is before its
   *     last resolution
   */
  public RequestRecord reopenedAt(Instant at) {
    Objects.requireNonNull(at, "at");
    Checks.check(reopens.size() < resolutions.size(), "at", at, "reopens ", id, ", which is not resolved");
    return new RequestRecord(
        id, priority, kind, opened, resolutions, append(reopens, at), resolvedBy, hypercareResources, process, sla);
  }

  private static List<Instant> append(List<Instant> list, Instant at) {
    List<Instant> longer = new ArrayList<>(list.size() + 1);
    longer.addAll(list);
    longer.add(at);
    return longer;
  }

  /**
   * The record of another kind.
   *
   * @param newKind the kind
   * @return a copy, never null
   */
  public RequestRecord withKind(RequestKind newKind) {
    Objects.requireNonNull(newKind, "newKind");
    return new RequestRecord(id, priority, newKind, opened, resolutions, reopens, resolvedBy, hypercareResources, process, sla);
  }

  /**
   * The record, marked as resolved with (or without) resources reserved for hypercare.
   *
   * @param used whether they were used
   * @return a copy, never null
   */
  public RequestRecord withHypercareResources(boolean used) {
    return withHypercareResources(used ? HypercareUse.USED : HypercareUse.NOT_USED);
  }

  /**
   * The record, with what is known of its use of resources reserved for hypercare.
   *
   * @param use used, not used or unknown
   * @return a copy, never null
   */
  public RequestRecord withHypercareResources(HypercareUse use) {
    Objects.requireNonNull(use, "use");
    return new RequestRecord(id, priority, kind, opened, resolutions, reopens, resolvedBy, use, process, sla);
  }

  /**
   * The record, about a business process.
   *
   * @param processId the process
   * @return a copy, never null
   */
  public RequestRecord withProcess(ProcessId processId) {
    Objects.requireNonNull(processId, "processId");
    return new RequestRecord(
        id, priority, kind, opened, resolutions, reopens, resolvedBy, hypercareResources, Optional.of(processId), sla);
  }

  /**
   * The record with its SLA outcomes.
   *
   * @param outcomes the outcomes
   * @return a copy, never null
   */
  public RequestRecord withSla(SlaOutcome... outcomes) {
    Objects.requireNonNull(outcomes, "outcomes");
    return new RequestRecord(id, priority, kind, opened, resolutions, reopens, resolvedBy, hypercareResources, process, List.of(outcomes));
  }

  /**
   * Whether the request exists as of an instant: it was opened before it.
   *
   * @param asOf the instant
   * @return true if opened before {@code asOf}
   */
  public boolean existsAt(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return opened.isBefore(asOf);
  }

  /**
   * The resolution in force as of an instant: the last resolution before it, unless the request
   * was reopened after that resolution and before the instant.
   *
   * @param asOf the instant
   * @return the instant of that resolution, or empty if the request is not resolved then
   */
  public Optional<Instant> resolutionAsOf(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return Optional.ofNullable(resolutionInForce(asOf));
  }

  /** {@link #resolutionAsOf} without allocating, for counts over many records and weeks. */
  @Nullable Instant resolutionInForce(Instant asOf) {
    int resolved = countBefore(resolutions, asOf);
    int reopened = countBefore(reopens, asOf);
    return resolved > reopened ? resolutions.get(resolved - 1) : null;
  }

  /**
   * Whether the request is resolved as of an instant.
   *
   * @param asOf the instant
   * @return true if a resolution is in force then
   */
  public boolean isResolvedAt(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return resolutionInForce(asOf) != null;
  }

  /**
   * Whether the request is open as of an instant: opened before it and not resolved then.
   *
   * @param asOf the instant
   * @return true if open
   */
  public boolean openAt(Instant asOf) {
    return existsAt(asOf) && !isResolvedAt(asOf);
  }

  /**
   * The last resolution known, whatever the instant.
   *
   * @return the last resolution if the request is resolved now, else empty
   */
  public Optional<Instant> lastResolution() {
    return resolutions.size() > reopens.size() ? Optional.of(resolutions.get(resolutions.size() - 1)) : Optional.empty();
  }

  private static int countBefore(List<Instant> instants, Instant asOf) {
    int count = 0;
    while (count < instants.size() && instants.get(count).isBefore(asOf)) {
      count++;
    }
    return count;
  }
}

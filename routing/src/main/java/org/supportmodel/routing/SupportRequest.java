package org.supportmodel.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.ExternalReference;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.Urgency;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.core.internal.ValueStyle;

/**
 * A support request as routing sees it: its references across helpdesks, its priority, the app
 * and the criticality of the business process it touches, the diagnosis so far, and the path it
 * has taken; the last hop of the path is where it is now.
 *
 * <p>Immutable and thread-safe. {@link #handedOff(Routed)} and {@link #handedOff(Routed, String)}
 * give the request after a routing decision has been carried out.
 */
@Value.Immutable
@ValueStyle
public abstract class SupportRequest implements WithSupportRequest {

  SupportRequest() {}

  /**
   * Starts a request.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The request's references: the internal helpdesk's, then one per external helpdesk.
   *
   * @return the trail
   */
  public abstract ReferenceTrail trail();

  /**
   * The priority.
   *
   * @return the priority
   */
  public abstract Priority priority();

  /**
   * The Dynamics 365 app family concerned.
   *
   * @return the app family
   */
  public abstract Dynamics365App application();

  /**
   * The criticality of the business process the request touches.
   *
   * @return the criticality
   */
  public abstract Criticality processCriticality();

  /**
   * The business process the request touches, when it is known by id: critical periods limited to
   * some processes apply only to requests that name them.
   *
   * @return the process's id, if given
   */
  public abstract Optional<ProcessId> process();

  /**
   * How soon the business needs a resolution, as the requester stated it.
   *
   * @return the urgency, if given
   */
  public abstract Optional<Urgency> urgency();

  /**
   * The functional area or business unit the request comes from, such as {@code "Finance"}: level
   * 1 routes it to the super users of that area.
   *
   * @return the area, if given
   */
  public abstract Optional<String> area();

  /**
   * The language the requester works in, as a tag such as {@code "de"}: at levels 1 and 2 a party
   * that does not cover it is skipped for the on-call party.
   *
   * @return the language, if given
   */
  public abstract Optional<String> language();

  /**
   * What is known of the cause.
   *
   * @return the diagnosis
   */
  public abstract Diagnosis diagnosis();

  /**
   * Where the request has been, oldest first; the last hop is where it is now. Never empty.
   *
   * @return the path
   */
  public abstract List<Hop> path();

  /**
   * The internal helpdesk's reference.
   *
   * @return the id, never null
   */
  public RequestId id() {
    return trail().requestId();
  }

  /**
   * Where the request is now.
   *
   * @return the last hop, never null
   */
  public Hop current() {
    return path().get(path().size() - 1);
  }

  /**
   * The request after a routing decision is carried out, when the receiving party issues no
   * reference of its own (an internal team, or the same party at another level).
   *
   * @param routed the routing decision
   * @return the request at its new position, never null
   * @throws IllegalArgumentException if the receiver is external and new to the request: its
   *     reference must be recorded with {@link #handedOff(Routed, String)}
   */
  public SupportRequest handedOff(Routed routed) {
    Objects.requireNonNull(routed, "routed");
    ResolvingAuthority receiver = routed.next().authority();
    Checks.check(
        receiver.kind().isInternal() || trail().latestReferenceOf(receiver.id()).isPresent(),
        "reference",
        "none",
        "must be given for a hand-off to " + receiver + ", which keeps its own helpdesk");
    return withPath(routed.path());
  }

  /**
   * The request after a routing decision is carried out, with the receiving party's reference
   * (partner ticket, ISV ticket, Microsoft case) added to the trail.
   *
   * @param routed the routing decision
   * @param receiverReference the receiving party's reference
   * @return the request at its new position, never null
   */
  public SupportRequest handedOff(Routed routed, String receiverReference) {
    Objects.requireNonNull(routed, "routed");
    Objects.requireNonNull(receiverReference, "receiverReference");
    return withPath(routed.path())
        .withTrail(trail().plus(ExternalReference.of(routed.next().authority(), receiverReference)));
  }

  @Value.Check
  void check() {
    Checks.check(!path().isEmpty(), "path", path(), "must hold at least the current position");
    area().ifPresent(a -> Checks.identifier(a, "area"));
    language().ifPresent(l -> Checks.identifier(l, "language"));
  }

  /** Builds a request; each attribute must be set once. Not thread-safe. */
  public static final class Builder extends ImmutableSupportRequest.Builder {
    Builder() {}
  }
}

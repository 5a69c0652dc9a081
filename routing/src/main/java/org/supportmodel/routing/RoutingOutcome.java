package org.supportmodel.routing;

import org.supportmodel.core.RequestId;

/**
 * The outcome of routing one request: {@link Routed} to a next authority, or {@link Unrouted}
 * with the reason the rules do not cover the case. Every request gets exactly one.
 */
public sealed interface RoutingOutcome permits Routed, Unrouted {
  /**
   * The request this outcome is for.
   *
   * @return the internal helpdesk's reference, never null
   */
  RequestId requestId();

  /**
   * Why, in words.
   *
   * @return the explanation, never null
   */
  String reason();
}

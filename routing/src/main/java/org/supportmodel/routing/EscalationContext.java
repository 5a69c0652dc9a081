package org.supportmodel.routing;

import java.util.Objects;

/**
 * What an escalation criterion looks at: the request, its SLA state and the support setup.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request the request
 * @param slaStatus its SLA state
 * @param setup the organization's support setup
 */
public record EscalationContext(SupportRequest request, SlaStatus slaStatus, SupportSetup setup) {
  /** Checks that no component is null. */
  public EscalationContext {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(slaStatus, "slaStatus");
    Objects.requireNonNull(setup, "setup");
  }

}

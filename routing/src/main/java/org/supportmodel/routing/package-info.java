/**
 * Routing of support requests across support levels 1 to 5.
 *
 * <p>Describe the organization's {@link org.supportmodel.routing.SupportSetup} once; describe each
 * {@link org.supportmodel.routing.SupportRequest} with its {@link
 * org.supportmodel.routing.Diagnosis} and the path it has taken; {@link
 * org.supportmodel.routing.Routing#route} gives exactly one {@link
 * org.supportmodel.routing.RoutingOutcome}: {@link org.supportmodel.routing.Routed} to the next
 * authority, with the driver, the rule and the reason, the alternatives, the {@link
 * org.supportmodel.routing.HandOffTerms} of the {@link org.supportmodel.routing.HandOffPolicy},
 * the {@link org.supportmodel.routing.MicrosoftCase} for level 5 and any {@link
 * org.supportmodel.routing.BounceAlert}; or {@link org.supportmodel.routing.Unrouted} with the
 * reason the rules do not cover the case. {@link org.supportmodel.routing.Routing#route(
 * org.supportmodel.routing.SupportRequest, org.supportmodel.routing.SupportSetup,
 * org.supportmodel.routing.Circumstances)} takes the moment's {@link
 * org.supportmodel.routing.Circumstances} too: the instant, who is unavailable and which languages
 * parties cover. A fix carries its {@link org.supportmodel.routing.DeploymentPath}; what the
 * reader must know carries a {@link org.supportmodel.routing.RoutingWarning}.
 *
 * <p>{@link org.supportmodel.routing.SupportRequest#handedOff} carries a decision out: the path
 * grows by the new hop and the receiving party's reference joins the request's {@link
 * org.supportmodel.core.ReferenceTrail}, while the internal helpdesk's reference stays the
 * reference from start to finish.
 *
 * <p>{@link org.supportmodel.routing.Escalations#decide} grants or refuses functional and
 * hierarchical escalation against the defined criteria of an {@link
 * org.supportmodel.routing.EscalationPolicy}.
 */
@NullMarked
package org.supportmodel.routing;

import org.jspecify.annotations.NullMarked;

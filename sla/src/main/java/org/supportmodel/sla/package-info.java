/**
 * Business calendars and SLA evaluation.
 *
 * <p>A {@link org.supportmodel.sla.BusinessCalendar} says when support is open in its own time
 * zone and does business-time arithmetic on it. An {@link org.supportmodel.sla.SlaPolicy} holds
 * the targets per priority and metric, each with the name of its calendar, the warning thresholds,
 * the pause statuses and the policies for priority changes and reopens. {@link
 * org.supportmodel.sla.SlaEvaluation#evaluate} replays a ticket's {@link
 * org.supportmodel.sla.TicketEvent} history as of an instant into a {@link
 * org.supportmodel.sla.TicketSla}: per metric and cycle the state, elapsed and remaining business
 * time, due and breach instants, the thresholds fired and the next instant the state changes
 * without a new event. {@link org.supportmodel.sla.Attainment} summarizes many tickets over a
 * period.
 */
@NullMarked
package org.supportmodel.sla;

import org.jspecify.annotations.NullMarked;

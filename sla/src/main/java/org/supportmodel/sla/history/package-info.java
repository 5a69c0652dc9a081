/**
 * Ticket histories as helpdesks export them, turned into event histories the SLA evaluation
 * accepts, with every repair explained.
 *
 * <p>Two shapes of input: {@link org.supportmodel.sla.history.EventRow event rows} (one row per
 * event) and {@link org.supportmodel.sla.history.TicketSnapshot snapshot rows} (one row per update,
 * each carrying the ticket's whole current state, as a ServiceNow incident export with its audit
 * history or a Dynamics 365 case export does). {@link
 * org.supportmodel.sla.history.TicketHistories} turns the rows of one ticket into a {@link
 * org.supportmodel.sla.history.RepairedHistory}: the events, the assignment groups over time, what
 * became of every row ({@link org.supportmodel.sla.history.RowFate}: used, merged or discarded,
 * with the reason), the repairs made and the problems found.
 *
 * <p>{@link org.supportmodel.sla.history.RepairMode#STRICT} changes nothing and lists every
 * problem; {@link org.supportmodel.sla.history.RepairMode#REPAIR} applies the documented,
 * conservative repairs of {@link org.supportmodel.sla.history.TicketHistories} and logs each one.
 * Pure functions: no clock, no I/O.
 */
@NullMarked
package org.supportmodel.sla.history;

import org.jspecify.annotations.NullMarked;

package org.supportmodel.sla;

/**
 * The amount of an SLA target: business time ({@link BusinessDuration}) or working days ({@link
 * WorkingDays}). The two never convert silently into each other.
 */
public sealed interface SlaAmount permits BusinessDuration, WorkingDays {}

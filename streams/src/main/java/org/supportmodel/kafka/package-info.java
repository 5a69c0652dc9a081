/**
 * Live SLA tracking on Kafka Streams.
 *
 * <p>{@link org.supportmodel.kafka.SlaTopology#build} makes a topology that reads ticket events
 * keyed by request id, keeps each open ticket's history in a state store, emits {@link
 * org.supportmodel.kafka.SlaChange}s (warning, breached, met, met late, paused, resumed) exactly
 * once per cycle, fires each ticket's next change from a time-ordered index of timers, drops closed
 * tickets after a grace period, and counts attainment per hour and per week. Policies and
 * calendars per tenant come from {@link org.supportmodel.kafka.SlaStreamsConfig}, never from a
 * clock or a global.
 */
@NullMarked
package org.supportmodel.kafka;

import org.jspecify.annotations.NullMarked;

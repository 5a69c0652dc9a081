package org.supportmodel.kafka;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.PunctuationType;

/**
 * What the topology is given instead of reading a clock or a global: each tenant's policy and
 * calendars, the topic names, how often the timers are checked and on which time, how long a
 * closed ticket stays in the store, and the zone whose Mondays start the attainment weeks.
 *
 * <p>Immutable and thread-safe; the {@code with*} methods return new configurations.
 *
 * @param tenants each tenant's SLA, by name; at least one
 * @param inputTopic the topic of ticket events, keyed by request id
 * @param changesTopic the topic the SLA state changes go to, keyed by request id
 * @param attainmentTopic the topic the hourly and weekly attainment counts go to
 * @param punctuationInterval how often the timers are checked
 * @param punctuationType wall-clock time (live) or stream time (replays)
 * @param closedGrace how long a closed ticket stays in the store after closing
 * @param weekZone the zone whose Mondays start the attainment weeks
 * @param persistentStores whether the stores are persistent (RocksDB, the default) or in memory;
 *     both have changelogs
 */
public record SlaStreamsConfig(
    Map<String, TenantSla> tenants,
    String inputTopic,
    String changesTopic,
    String attainmentTopic,
    Duration punctuationInterval,
    PunctuationType punctuationType,
    Duration closedGrace,
    ZoneId weekZone,
    boolean persistentStores) {

  /** Checks and copies the tenants. */
  public SlaStreamsConfig {
    Objects.requireNonNull(tenants, "tenants");
    Objects.requireNonNull(inputTopic, "inputTopic");
    Objects.requireNonNull(changesTopic, "changesTopic");
    Objects.requireNonNull(attainmentTopic, "attainmentTopic");
    Objects.requireNonNull(punctuationInterval, "punctuationInterval");
    Objects.requireNonNull(punctuationType, "punctuationType");
    Objects.requireNonNull(closedGrace, "closedGrace");
    Objects.requireNonNull(weekZone, "weekZone");
    if (tenants.isEmpty()) {
      throw new IllegalArgumentException("tenants: '{}' must name at least one tenant's policy and calendars");
    }
    tenants = java.util.Collections.unmodifiableMap(new TreeMap<>(tenants));
    if (punctuationInterval.isNegative() || punctuationInterval.isZero()) {
      throw new IllegalArgumentException("punctuationInterval: '" + punctuationInterval + "' must be positive");
    }
    if (closedGrace.isNegative()) {
      throw new IllegalArgumentException("closedGrace: '" + closedGrace + "' must not be negative");
    }
  }

  /**
   * A configuration with the default topics ({@code ticket-events}, {@code sla-changes}, {@code
   * sla-attainment}), timers checked every second on wall-clock time, closed tickets kept a day,
   * weeks in UTC.
   *
   * @param tenants each tenant's SLA
   * @return the configuration, never null
   */
  public static SlaStreamsConfig of(Map<String, TenantSla> tenants) {
    return new SlaStreamsConfig(tenants, "ticket-events", "sla-changes", "sla-attainment", Duration.ofSeconds(1),
        PunctuationType.WALL_CLOCK_TIME, Duration.ofDays(1), ZoneId.of("UTC"), true);
  }

  /**
   * This configuration with timers on stream time, for replays of recorded events.
   *
   * @return the new configuration, never null
   */
  public SlaStreamsConfig onStreamTime() {
    return new SlaStreamsConfig(tenants, inputTopic, changesTopic, attainmentTopic, punctuationInterval, PunctuationType.STREAM_TIME,
        closedGrace, weekZone, persistentStores);
  }

  /**
   * This configuration with another grace period for closed tickets.
   *
   * @param grace how long a closed ticket stays in the store
   * @return the new configuration, never null
   */
  public SlaStreamsConfig withClosedGrace(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    return new SlaStreamsConfig(tenants, inputTopic, changesTopic, attainmentTopic, punctuationInterval, punctuationType, grace,
        weekZone, persistentStores);
  }

  /**
   * This configuration with another zone for the attainment weeks.
   *
   * @param zone the zone
   * @return the new configuration, never null
   */
  public SlaStreamsConfig withWeekZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new SlaStreamsConfig(tenants, inputTopic, changesTopic, attainmentTopic, punctuationInterval, punctuationType, closedGrace,
        zone, persistentStores);
  }

  /**
   * This configuration with in-memory stores (still with changelogs): no RocksDB, state restored
   * from the changelog on restart.
   *
   * @return the new configuration, never null
   */
  public SlaStreamsConfig withInMemoryStores() {
    return new SlaStreamsConfig(tenants, inputTopic, changesTopic, attainmentTopic, punctuationInterval, punctuationType, closedGrace,
        weekZone, false);
  }

  /**
   * A tenant's SLA.
   *
   * @param tenant the tenant's name
   * @return the SLA, or empty if the configuration does not name the tenant
   */
  public Optional<TenantSla> tenant(String tenant) {
    Objects.requireNonNull(tenant, "tenant");
    return Optional.ofNullable(tenants.get(tenant));
  }
}

package org.supportmodel.connectors;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.history.SnapshotState;

/**
 * How to read a helpdesk export: its shape (one row per event, or one row per update carrying the
 * whole ticket), which column is what, how its state, priority and event labels map to the
 * library's, which values mean "not given", and how its timestamps are written.
 *
 * <p>Labels match ignoring case and surrounding white space. A label the mapping does not know is
 * reported, never guessed. Presets are in {@link ExportFormats}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExportMapping {
  /** The shapes of export. */
  public enum Shape {
    /** One row per event: creation, status change, resolution… ({@link org.supportmodel.sla.history.EventRow}). */
    EVENT_ROWS,
    /** One row per update, each with the ticket's whole state ({@link org.supportmodel.sla.history.TicketSnapshot}). */
    SNAPSHOT_ROWS
  }

  /** What a column holds. */
  public enum Field {
    /** The ticket id; required. */
    TICKET,
    /** When: the event's time, or the update's time for snapshots; required. */
    AT,
    /** The event type label; required for event rows, unused for snapshots. */
    EVENT,
    /** The state or status label; required for snapshots, optional for event rows. */
    STATE,
    /** The priority label; required. */
    PRIORITY,
    /** The assignment group; optional. */
    GROUP,
    /** When the ticket was opened; snapshots, optional. */
    OPENED_AT,
    /** The (last) resolution time; snapshots, optional. */
    RESOLVED_AT,
    /** The helpdesk's count of reopens; snapshots, optional. */
    REOPEN_COUNT
  }

  private final Shape shape;
  private final Map<Field, String> columns;
  private final Map<String, String> attributes;
  private final Map<String, SnapshotState> states;
  private final Map<String, TicketStatus> statuses;
  /** The labels as the builder was given them, looked up first: most exports write them so. */
  private final Map<String, Object> exact;
  private final Set<TicketStatus> paused;
  private final Set<TicketStatus> active;
  private final Map<String, Priority> priorities;
  private final Map<String, TicketEvent.Type> events;
  /** The values that mean "not given" besides the empty cell. */
  private final String[] missingMarkers;
  private final String timestampPattern;
  private final Optional<ZoneId> zone;
  private final DateTimeFormatter formatter;
  private final @Nullable NumericTimestamps numeric;

  private ExportMapping(Builder b) {
    this.shape = b.shape;
    this.columns = Collections.unmodifiableMap(new EnumMap<>(b.columns));
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.states = Map.copyOf(b.states);
    this.statuses = Map.copyOf(b.statuses);
    this.paused = Collections.unmodifiableSet(new LinkedHashSet<>(b.paused));
    this.active = Collections.unmodifiableSet(new LinkedHashSet<>(b.active));
    this.priorities = Map.copyOf(b.priorities);
    this.events = Map.copyOf(b.events);
    this.exact = Map.copyOf(b.exact);
    this.missingMarkers = b.missing.toArray(String[]::new);
    this.timestampPattern = b.timestampPattern;
    this.zone = b.zone;
    this.formatter = b.zone.isPresent() ? strict(b.timestampPattern, b.locale) : DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    this.numeric = b.zone.map(z -> NumericTimestamps.of(b.timestampPattern, z).orElse(null)).orElse(null);
  }

  /**
   * A builder for an export with one row per update, each carrying the whole ticket.
   *
   * @return the builder, never null
   */
  public static Builder snapshotRows() {
    return new Builder(Shape.SNAPSHOT_ROWS);
  }

  /**
   * A builder for an export with one row per event.
   *
   * @return the builder, never null
   */
  public static Builder eventRows() {
    return new Builder(Shape.EVENT_ROWS);
  }

  /**
   * The shape.
   *
   * @return the shape, never null
   */
  public Shape shape() {
    return shape;
  }

  /**
   * The column names, by what they hold.
   *
   * @return the columns, never null
   */
  public Map<Field, String> columns() {
    return columns;
  }

  /**
   * Extra columns kept per ticket (the last value given), by attribute name.
   *
   * @return the attribute columns, never null
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * The statuses that run the SLA clocks, for an {@link org.supportmodel.sla.SlaPolicy}.
   *
   * @return the statuses, never null
   */
  public Set<TicketStatus> activeStatuses() {
    return active;
  }

  /**
   * The statuses that pause the SLA clocks, for an {@link org.supportmodel.sla.SlaPolicy}.
   *
   * @return the statuses, never null
   */
  public Set<TicketStatus> pausedStatuses() {
    return paused;
  }

  /**
   * The time zone local timestamps are in; empty when timestamps carry their offset (ISO-8601).
   *
   * @return the zone
   */
  public Optional<ZoneId> zone() {
    return zone;
  }

  /**
   * The timestamp pattern, or {@code "ISO-8601 with offset"}.
   *
   * @return the pattern, never null
   */
  public String timestampPattern() {
    return timestampPattern;
  }

  /** Whether a cell means "not given": empty, or one of the mapping's missing markers such as {@code ?}. */
  boolean isMissing(String cell) {
    if (cell.isEmpty()) {
      return true;
    }
    for (String marker : missingMarkers) {
      if (marker.equals(cell)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cell given as characters means "not given", as {@link #isMissing(String)}. */
  boolean isMissing(char[] chars, int from, int length) {
    if (length == 0) {
      return true;
    }
    for (String marker : missingMarkers) {
      if (marker.length() == length && RowCells.equal(marker, chars, from)) {
        return true;
      }
    }
    return false;
  }

  /** A state label of a snapshot row; empty if not mapped. */
  Optional<SnapshotState> state(String label) {
    if (exact.get(label) instanceof SnapshotState state) {
      return Optional.of(state);
    }
    return Optional.ofNullable(states.get(key(label)));
  }

  /** A status label of an event row: mapped, or the label itself when the mapping maps none. */
  Optional<TicketStatus> status(String label) {
    if (statuses.isEmpty()) {
      try {
        return Optional.of(TicketStatus.of(label));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    if (exact.get(label) instanceof TicketStatus status) {
      return Optional.of(status);
    }
    return Optional.ofNullable(statuses.get(key(label)));
  }

  /** A priority label: mapped, or P1 to P4 when the mapping maps none. */
  Optional<Priority> priority(String label) {
    if (priorities.isEmpty()) {
      try {
        return Optional.of(Priority.parse(label));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    if (exact.get(label) instanceof Priority priority) {
      return Optional.of(priority);
    }
    return Optional.ofNullable(priorities.get(key(label)));
  }

  /** An event label: mapped, or the type's own name when the mapping maps none. */
  Optional<TicketEvent.Type> event(String label) {
    if (events.isEmpty()) {
      try {
        return Optional.of(TicketEvent.Type.parse(label));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    if (exact.get(label) instanceof TicketEvent.Type type) {
      return Optional.of(type);
    }
    return Optional.ofNullable(events.get(key(label)));
  }

  /** The labels a column knows, for messages. */
  List<String> known(Field field) {
    Map<String, ?> labels = switch (field) {
      case STATE -> shape == Shape.SNAPSHOT_ROWS ? states : statuses;
      case PRIORITY -> priorities;
      case EVENT -> events;
      default -> Map.of();
    };
    if (labels.isEmpty()) {
      List<String> names = new ArrayList<>();
      switch (field) {
        case PRIORITY -> List.of(Priority.values()).forEach(p -> names.add(p.name()));
        case EVENT -> List.of(TicketEvent.Type.values()).forEach(t -> names.add(t.name()));
        default -> names.add("any status name");
      }
      return names;
    }
    return labels.keySet().stream().sorted().toList();
  }

  /**
   * Reads a timestamp with a reader's cache of offsets.
   *
   * @throws DateTimeException if the text does not fit the pattern
   */
  Instant instant(String text, NumericTimestamps.Offsets offsets) {
    if (zone.isEmpty()) {
      return OffsetDateTime.parse(text, formatter).toInstant();
    }
    Instant fast = numeric == null ? null : numeric.read(text, offsets);
    return fast != null ? fast : LocalDateTime.parse(text, formatter).atZone(zone.get()).toInstant();
  }

  /**
   * A formatter that rejects dates that do not exist, such as 31 February, instead of moving them
   * to the last day of the month as the default (smart) resolver does: a timestamp is never
   * silently changed. Years are read as proleptic years ({@code u}), which strict resolution needs.
   */
  static DateTimeFormatter strict(String pattern, Locale locale) {
    StringBuilder proleptic = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      quoted ^= c == '\'';
      proleptic.append(!quoted && c == 'y' ? 'u' : c);
    }
    return DateTimeFormatter.ofPattern(proleptic.toString(), locale).withResolverStyle(ResolverStyle.STRICT);
  }

  /** Whether timestamps are read without the formatter as a rule, so caching them gains nothing. */
  boolean fastTimestamps() {
    return numeric != null;
  }

  /** The expected timestamp form, for messages. */
  String timestampForm() {
    return zone.map(z -> "a timestamp like '" + timestampPattern + "' in " + z).orElse("an ISO-8601 date-time with offset, such as 2026-05-04T09:30:00+02:00");
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return shape + " " + columns + (attributes.isEmpty() ? "" : " attributes " + attributes) + " timestamps " + timestampPattern + zone.map(z -> " in " + z).orElse("");
  }

  /** Builds a mapping. Not thread-safe; discard after {@link #build()}. */
  public static final class Builder {
    private final Shape shape;
    private final Map<Field, String> columns = new EnumMap<>(Field.class);
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, SnapshotState> states = new LinkedHashMap<>();
    private final Map<String, TicketStatus> statuses = new LinkedHashMap<>();
    private final Set<TicketStatus> paused = new LinkedHashSet<>();
    private final Set<TicketStatus> active = new LinkedHashSet<>();
    private final Map<String, Priority> priorities = new LinkedHashMap<>();
    private final Map<String, TicketEvent.Type> events = new LinkedHashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final Map<String, Object> exact = new LinkedHashMap<>();
    private String timestampPattern = "ISO-8601 with offset";
    private Optional<ZoneId> zone = Optional.empty();
    private Locale locale = Locale.ROOT;

    private Builder(Shape shape) {
      this.shape = shape;
    }

    /**
     * Names the column that holds a field.
     *
     * @param field what the column holds
     * @param column the header name
     * @return this builder
     * @throws IllegalArgumentException if the field is already mapped or does not fit the shape
     */
    public Builder column(Field field, String column) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(column, "column");
      Checks.text(column, "column");
      Checks.check(!(field == Field.EVENT && shape == Shape.SNAPSHOT_ROWS), "field", field, "is not used by snapshot rows: they give states");
      Checks.check(columns.putIfAbsent(field, column) == null, "field", field, "is already mapped to column '" + columns.get(field) + "'");
      return this;
    }

    /**
     * Keeps an extra column per ticket, such as the category or the region.
     *
     * @param name the attribute's name
     * @param column the header name
     * @return this builder
     */
    public Builder attribute(String name, String column) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(column, "column");
      Checks.text(name, "name");
      Checks.text(column, "column");
      Checks.check(attributes.putIfAbsent(name, column) == null, "attribute", name, "is already mapped");
      return this;
    }

    /**
     * Maps a state label of an open ticket to a status that runs the SLA clocks.
     *
     * @param label the export's label, such as {@code "Active"}
     * @param status the status
     * @return this builder
     */
    public Builder activeState(String label, TicketStatus status) {
      Objects.requireNonNull(status, "status");
      active.add(status);
      return label(label, status);
    }

    /**
     * Maps a state label of an open ticket to a status that pauses the SLA clocks.
     *
     * @param label the export's label, such as {@code "Awaiting User Info"}
     * @param status the status
     * @return this builder
     */
    public Builder pausedState(String label, TicketStatus status) {
      Objects.requireNonNull(status, "status");
      paused.add(status);
      return label(label, status);
    }

    private Builder label(String label, TicketStatus status) {
      Objects.requireNonNull(label, "label");
      Checks.check(!(active.contains(status) && paused.contains(status)), "status", status, "cannot both run and pause the clocks");
      if (shape == Shape.SNAPSHOT_ROWS) {
        return state(label, SnapshotState.open(status));
      }
      Checks.text(label, "label");
      Checks.check(statuses.putIfAbsent(key(label), status) == null, "label", label, "is already mapped");
      exact.put(label, status);
      return this;
    }

    /**
     * Maps a state label of a snapshot row to a resolved, closed or cancelled state.
     *
     * @param label the export's label, such as {@code "Resolved"} or {@code "Problem Solved"}
     * @param state the state
     * @return this builder
     */
    public Builder state(String label, SnapshotState state) {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(state, "state");
      Checks.text(label, "label");
      Checks.check(shape == Shape.SNAPSHOT_ROWS, "label", label, "is a snapshot state, but the mapping is for event rows");
      Checks.check(states.putIfAbsent(key(label), state) == null, "label", label, "is already mapped");
      exact.put(label, state);
      return this;
    }

    /**
     * Maps a priority label. Without any, the labels are P1 to P4.
     *
     * @param label the export's label, such as {@code "1 - Critical"}
     * @param priority the priority
     * @return this builder
     */
    public Builder priority(String label, Priority priority) {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(priority, "priority");
      Checks.text(label, "label");
      Checks.check(priorities.putIfAbsent(key(label), priority) == null, "label", label, "is already mapped");
      exact.put(label, priority);
      return this;
    }

    /**
     * Maps an event label of an event row. Without any, the labels are the type names.
     *
     * @param label the export's label
     * @param type the event type
     * @return this builder
     */
    public Builder event(String label, TicketEvent.Type type) {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(type, "type");
      Checks.text(label, "label");
      Checks.check(shape == Shape.EVENT_ROWS, "label", label, "is an event label, but the mapping is for snapshot rows");
      Checks.check(events.putIfAbsent(key(label), type) == null, "label", label, "is already mapped");
      exact.put(label, type);
      return this;
    }

    /**
     * A value that means "not given", besides the empty cell, such as {@code ?} or {@code NULL}.
     *
     * @param marker the value as written
     * @return this builder
     */
    public Builder missingValue(String marker) {
      Objects.requireNonNull(marker, "marker");
      Checks.text(marker, "marker");
      missing.add(marker);
      return this;
    }

    /**
     * Timestamps written in local time with a pattern, such as {@code d/M/yyyy H:mm}, in a zone.
     * A local time in a clock change's gap moves forward by the gap; in an overlap it takes the
     * earlier offset. Without this, timestamps are ISO-8601 with an offset.
     *
     * @param pattern a {@link DateTimeFormatter} pattern
     * @param zone the zone the export writes local times in
     * @param locale the locale of month names and AM/PM markers
     * @return this builder
     * @throws IllegalArgumentException if the pattern is invalid
     */
    public Builder localTimestamps(String pattern, ZoneId zone, Locale locale) {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(locale, "locale");
      try {
        DateTimeFormatter unused = DateTimeFormatter.ofPattern(pattern, locale);
        Objects.requireNonNull(unused, "formatter");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(Checks.message("pattern", pattern, "is not a date-time pattern: " + e.getMessage()), e);
      }
      this.timestampPattern = pattern;
      this.zone = Optional.of(zone);
      this.locale = locale;
      return this;
    }

    /**
     * The mapping.
     *
     * @return the mapping, never null
     * @throws IllegalArgumentException if a column the shape needs is not mapped, or a snapshot
     *     mapping maps no states
     */
    public ExportMapping build() {
      List<Field> required = shape == Shape.EVENT_ROWS
          ? List.of(Field.TICKET, Field.AT, Field.EVENT, Field.PRIORITY)
          : List.of(Field.TICKET, Field.AT, Field.STATE, Field.PRIORITY);
      for (Field field : required) {
        Checks.check(columns.containsKey(field), "columns", field, "must be mapped for " + shape);
      }
      if (shape == Shape.EVENT_ROWS) {
        for (Field field : List.of(Field.OPENED_AT, Field.RESOLVED_AT, Field.REOPEN_COUNT)) {
          Checks.check(!columns.containsKey(field), "columns", field, "is not used by event rows");
        }
      } else {
        Checks.check(!states.isEmpty(), "states", "none", "must map the export's state labels");
      }
      return new ExportMapping(this);
    }

    private static String key(String label) {
      return label.strip().toLowerCase(Locale.ROOT);
    }
  }

  /** Parses a timestamp cell, naming the expected form on failure. */
  Optional<Instant> tryInstant(String text) {
    return tryInstant(text, new NumericTimestamps.Offsets(1));
  }

  /** Parses a timestamp with a reader's cache of offsets; empty if it does not fit. */
  Optional<Instant> tryInstant(String text, NumericTimestamps.Offsets offsets) {
    try {
      return Optional.of(instant(text, offsets));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

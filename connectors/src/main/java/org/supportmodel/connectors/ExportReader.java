package org.supportmodel.connectors;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.history.EventRow;
import org.supportmodel.sla.history.HistoryProblem;
import org.supportmodel.sla.history.RepairMode;
import org.supportmodel.sla.history.RepairedHistory;
import org.supportmodel.sla.history.Repair;
import org.supportmodel.sla.history.RowFate;
import org.supportmodel.sla.history.SnapshotState;
import org.supportmodel.sla.history.TicketHistories;
import org.supportmodel.sla.history.TicketSnapshot;

/**
 * Reads a helpdesk export with an {@link ExportMapping} into tickets whose histories the SLA
 * evaluation accepts, in {@link RepairMode#STRICT strict} or {@link RepairMode#REPAIR repair}
 * mode, accounting for every row.
 *
 * <p>Reading a cell: a value the mapping calls missing (empty, {@code ?}) is "not given". A row
 * whose ticket id, time, state (snapshots) or event (event rows) is missing or cannot be read is
 * discarded with the reason; so is an event row whose priority or status its event needs. A
 * priority label the mapping does not know, an unreadable {@code opened_at}, {@code resolved_at}
 * or {@code reopen_count} is read as not given. In repair mode each of these is logged; in strict
 * mode each is a problem. Then each ticket's rows go through {@link TicketHistories}, whose
 * documented repairs apply.
 *
 * <p>{@link #read} keeps every ticket until the end of the file, so rows may come in any order.
 * {@link #stream} hands each ticket over as soon as a row closes it (memory: the rows of the tickets
 * open at once, plus the id of each closed ticket), so a row of a closed ticket that comes later in
 * the file is discarded as after the close; use it for exports whose rows of a ticket come in time
 * order.
 *
 * <p>Immutable and thread-safe; each call reads on its own.
 */
public final class ExportReader {
  private static final int PROGRESS_EVERY = 8192;

  private final ExportMapping mapping;
  private final RepairMode mode;
  private final Charset charset;

  private ExportReader(ExportMapping mapping, RepairMode mode, Charset charset) {
    this.mapping = mapping;
    this.mode = mode;
    this.charset = charset;
  }

  /**
   * A reader of UTF-8 files.
   *
   * @param mapping how to read the export
   * @param mode strict or repair
   * @return the reader, never null
   */
  public static ExportReader of(ExportMapping mapping, RepairMode mode) {
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(mode, "mode");
    return new ExportReader(mapping, mode, StandardCharsets.UTF_8);
  }

  /**
   * This reader for files in another encoding, such as windows-1252.
   *
   * @param value the encoding
   * @return the reader, never null
   */
  public ExportReader withCharset(Charset value) {
    Objects.requireNonNull(value, "value");
    return new ExportReader(mapping, mode, value);
  }

  /**
   * The mapping.
   *
   * @return the mapping, never null
   */
  public ExportMapping mapping() {
    return mapping;
  }

  /**
   * Reads a whole file.
   *
   * @param file the export
   * @return every ticket and the summary, never null
   * @throws ImportException if the file is missing, unreadable, not in the encoding, or its CSV or
   *     header does not fit the mapping
   */
  public ImportResult read(Path file) {
    Objects.requireNonNull(file, "file");
    try (CsvTable table = CsvTable.open(file, charset)) {
      return read(table);
    }
  }

  /**
   * Reads a whole table; rows may come in any order.
   *
   * @param table the table, positioned after its header
   * @return every ticket, in the order of their first row, and the summary, never null
   * @throws ImportException if the CSV or header does not fit the mapping
   */
  public ImportResult read(CsvTable table) {
    Objects.requireNonNull(table, "table");
    return read(table, rows -> {});
  }

  /**
   * Reads a whole table, reporting progress; rows may come in any order.
   *
   * @param table the table, positioned after its header
   * @param progress receives the number of rows read so far, every few thousand rows and at the end
   * @return every ticket, in the order of their first row, and the summary, never null
   * @throws ImportException if the CSV or header does not fit the mapping
   */
  public ImportResult read(CsvTable table, LongConsumer progress) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(progress, "progress");
    List<ImportedTicket> tickets = new ArrayList<>();
    ImportSummary summary = new Run(table, false, tickets::add, progress).run();
    tickets.sort(Comparator.comparingInt(ImportedTicket::firstLine));
    return new ImportResult(summary, tickets);
  }

  /**
   * Reads a table, handing each ticket over when a row closes it, and the others at the end.
   *
   * @param table the table, positioned after its header
   * @param sink receives each ticket
   * @param progress receives the number of rows read so far, every few thousand rows and at the end
   * @return the summary, never null
   * @throws ImportException if the CSV or header does not fit the mapping
   */
  public ImportSummary stream(CsvTable table, Consumer<ImportedTicket> sink, LongConsumer progress) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    return new Run(table, true, sink, progress).run();
  }

  /** The rows of one ticket while it is read. */
  private static final class Draft {
    final RequestId id;
    /** The line of the row that opened the draft: rows come in file order, so its first. */
    final int firstLine;
    /**
     * The rows read, snapshots or event rows by the mapping's shape, in arrays of the draft's own
     * rather than lists: a row reaches its place through one reference fewer, and the draft is
     * rarely in the cache when its next row comes.
     */
    private TicketSnapshot[] snapshots;
    private EventRow[] events;
    private int count;
    /** The rows the reader could not read, its repairs and problems: rare, so made when needed. */
    List<RowFate> rejected = List.of();
    List<Repair> repairs = List.of();
    List<HistoryProblem> problems = List.of();
    /**
     * The last opening and resolution time texts and their values, kept once per ticket. A text of
     * up to 16 Latin-1 characters (any timestamp an export writes) is also kept packed in two longs
     * with its length (-1 if not packed), so that comparing a row's text with it reads only the
     * draft, which the row has in the cache already, not the kept string, which it has not. Fields
     * rather than an object per column, for the same reason.
     */
    @Nullable String openedText;
    int openedLength = -1;
    long openedHigh;
    long openedLow;
    Optional<Instant> opened = Optional.empty();
    @Nullable String resolvedText;
    int resolvedLength = -1;
    long resolvedHigh;
    long resolvedLow;
    Optional<Instant> resolved = Optional.empty();
    /** The last value of each attribute, by the mapping's attribute order; null if none given. */
    final String[] attributes;

    Draft(RequestId id, int firstLine, int attributes, ExportMapping.Shape shape) {
      this.id = id;
      this.firstLine = firstLine;
      this.snapshots = new TicketSnapshot[shape == ExportMapping.Shape.SNAPSHOT_ROWS ? 8 : 0];
      this.events = new EventRow[shape == ExportMapping.Shape.EVENT_ROWS ? 8 : 0];
      this.attributes = new String[attributes];
    }

    void add(TicketSnapshot row) {
      if (count == snapshots.length) {
        snapshots = Arrays.copyOf(snapshots, Math.max(8, count * 2));
      }
      snapshots[count++] = row;
    }

    void add(EventRow row) {
      if (count == events.length) {
        events = Arrays.copyOf(events, Math.max(8, count * 2));
      }
      events[count++] = row;
    }

    /** The snapshot rows read, in file order. */
    List<TicketSnapshot> snapshots() {
      return snapshots.length == 0 ? List.of() : Arrays.asList(snapshots).subList(0, count);
    }

    /** The event rows read, in file order. */
    List<EventRow> events() {
      return events.length == 0 ? List.of() : Arrays.asList(events).subList(0, count);
    }

    void reject(RowFate row) {
      rejected = rejected instanceof ArrayList ? rejected : new ArrayList<>(2);
      rejected.add(row);
    }

    void repair(Repair repair) {
      repairs = repairs instanceof ArrayList ? repairs : new ArrayList<>(2);
      repairs.add(repair);
    }

    void problem(HistoryProblem problem) {
      problems = problems instanceof ArrayList ? problems : new ArrayList<>(2);
      problems.add(problem);
    }
  }

  /** One read of one table. */
  private final class Run {
    private final CsvTable table;
    private final boolean closeEarly;
    private final Consumer<ImportedTicket> sink;
    private final LongConsumer progress;
    private final IdTable<Draft> open = new IdTable<>();
    private final IdTable<Boolean> closed = new IdTable<>();
    private final List<Repair> afterClose = new ArrayList<>();
    private final int[] columns = new int[ExportMapping.Field.values().length];
    /** The columns read as characters: the ticket id and the times; the others as strings. */
    private final boolean[] characters;
    private final String[] attributeNames;
    private final int[] attributeColumns;
    private final Map<String, Optional<Instant>> timestamps = new HashMap<>();
    private final NumericTimestamps.Offsets offsets = new NumericTimestamps.Offsets(NumericTimestamps.Offsets.SLOTS);
    /**
     * The last text and instant per timestamp column: rows in time order repeat them. A text that
     * {@link #pack} packs is kept packed (its length, two longs), else as a string.
     */
    private final @Nullable String[] lastText = new String[ExportMapping.Field.values().length];
    private final int[] lastLength = new int[ExportMapping.Field.values().length];
    private final long[] lastHigh = new long[ExportMapping.Field.values().length];
    private final long[] lastLow = new long[ExportMapping.Field.values().length];
    private final Object[] lastInstant = new Object[ExportMapping.Field.values().length];
    private final Map<Priority, Optional<Priority>> priorities = new java.util.EnumMap<>(Priority.class);
    private final Map<String, Optional<String>> groups = new HashMap<>();
    private Optional<String> lastGroup = Optional.empty();
    /** Scratch space of {@link #pack}. */
    private final long[] packed = new long[2];
    private final OptionalInt[] counts = new OptionalInt[16];
    private final List<HistoryProblem> problems = new ArrayList<>();
    private final List<String> unattributed = new ArrayList<>();
    private final Map<String, Map<String, Long>> unmapped = new LinkedHashMap<>();
    private long rows;
    private long tickets;
    private long evaluable;
    private long used;
    private long merged;
    private long discarded;
    private long repairs;

    Run(CsvTable table, boolean closeEarly, Consumer<ImportedTicket> sink, LongConsumer progress) {
      this.table = table;
      this.closeEarly = closeEarly;
      this.sink = sink;
      this.progress = progress;
      java.util.Arrays.fill(columns, -1);
      java.util.Arrays.fill(lastLength, -1);
      for (Map.Entry<ExportMapping.Field, String> entry : mapping.columns().entrySet()) {
        ExportMapping.Field field = entry.getKey();
        boolean required = field == ExportMapping.Field.TICKET || field == ExportMapping.Field.AT || field == ExportMapping.Field.PRIORITY
            || field == (mapping.shape() == ExportMapping.Shape.EVENT_ROWS ? ExportMapping.Field.EVENT : ExportMapping.Field.STATE);
        columns[field.ordinal()] = required
            ? table.column(entry.getValue(), role(field))
            : table.findColumn(entry.getValue()).orElse(-1);
      }
      characters = new boolean[table.header().size()];
      for (ExportMapping.Field field : List.of(ExportMapping.Field.TICKET, ExportMapping.Field.AT, ExportMapping.Field.OPENED_AT, ExportMapping.Field.RESOLVED_AT)) {
        if (columns[field.ordinal()] >= 0) {
          characters[columns[field.ordinal()]] = true;
        }
      }
      attributeNames = new String[mapping.attributes().size()];
      attributeColumns = new int[attributeNames.length];
      int i = 0;
      for (Map.Entry<String, String> attribute : mapping.attributes().entrySet()) {
        attributeNames[i] = attribute.getKey();
        attributeColumns[i] = table.findColumn(attribute.getValue()).orElse(-1);
        i++;
      }
    }

    ImportSummary run() {
      table.forEachCells(characters, this::row);
      List<Draft> left = open.values();
      left.sort(Comparator.comparingInt(d -> d.firstLine));
      for (Draft draft : left) {
        finish(draft);
      }
      progress.accept(rows);
      return new ImportSummary(table.source(), mode, rows, tickets, evaluable, used, merged, discarded, repairs + afterClose.size(), problems, unattributed,
          afterClose, unmapped);
    }

    /**
     * Reads a row. The ticket id is looked up, and the times compared with the last ones, on the
     * row's characters: a string is made for a new ticket or a new time, not for every row.
     */
    private void row(RowCells row) {
      rows++;
      if (rows % PROGRESS_EVERY == 0) {
        progress.accept(rows);
      }
      int line = Math.toIntExact(row.line());
      long span = span(row, columns[ExportMapping.Field.TICKET.ordinal()]);
      int from = from(span);
      int length = length(span);
      if (length == 0) {
        discarded++;
        unattributed.add("line " + line + ": column " + column(ExportMapping.Field.TICKET) + " is empty: the row names no ticket");
        return;
      }
      char[] chars = row.chars();
      int hash = IdTable.hash(chars, from, length);
      Draft draft = open.get(chars, from, length, hash);
      if (draft == null) {
        if (closed.contains(chars, from, length, hash)) {
          late(new String(chars, from, length), line);
          return;
        }
        RequestId requestId;
        try {
          requestId = RequestId.of(new String(chars, from, length));
        } catch (IllegalArgumentException e) {
          discarded++;
          unattributed.add("line " + line + ": column " + column(ExportMapping.Field.TICKET) + ": " + e.getMessage());
          return;
        }
        draft = new Draft(requestId, line, attributeNames.length, mapping.shape());
        open.put(chars, from, length, hash, draft);
      }
      for (int i = 0; i < attributeNames.length; i++) {
        String value = cell(row, attributeColumns[i]);
        if (!value.isEmpty()) {
          draft.attributes[i] = value; // stored without reading the old value first: the draft's array is rarely in the cache
        }
      }
      boolean closes = mapping.shape() == ExportMapping.Shape.SNAPSHOT_ROWS ? snapshot(draft, row, line) : event(draft, row, line);
      if (closes && closeEarly) {
        open.remove(chars, from, length, hash);
        closed.put(chars, from, length, hash, Boolean.TRUE);
        finish(draft);
      }
    }

    /** Reads a snapshot row; true if it closes the ticket. */
    private boolean snapshot(Draft draft, RowCells row, int line) {
      Instant at = at(draft, row, line);
      String stateLabel = cell(row, ExportMapping.Field.STATE);
      if (at == null) {
        return false;
      }
      if (stateLabel.isEmpty()) {
        reject(draft, line, "column " + column(ExportMapping.Field.STATE) + " is empty: the row shows no state");
        return false;
      }
      SnapshotState state = mapping.state(stateLabel).orElse(null);
      if (state == null) {
        unmapped(ExportMapping.Field.STATE, stateLabel);
        reject(draft, line, "column " + column(ExportMapping.Field.STATE) + ": state '" + stateLabel + "' is not mapped; the mapping knows "
            + mapping.known(ExportMapping.Field.STATE));
        return false;
      }
      Optional<Priority> priority = optionalPriority(draft, row, line);
      String group = cell(row, ExportMapping.Field.GROUP);
      Optional<String> assigned;
      if (group.isEmpty()) {
        assigned = Optional.empty();
      } else if (group.equals(lastGroup.orElse(null))) {
        assigned = lastGroup;
      } else {
        assigned = groups.computeIfAbsent(group, Optional::of);
        lastGroup = assigned;
        if (groups.size() > 65_536) {
          groups.clear();
        }
      }
      draft.add(new TicketSnapshot(line, at, state, priority, assigned,
          optionalInstant(draft, row, line, ExportMapping.Field.OPENED_AT), optionalInstant(draft, row, line, ExportMapping.Field.RESOLVED_AT),
          count(draft, row, line)));
      return state.phase().isFinal();
    }

    /** Reads an event row; true if it closes the ticket. */
    private boolean event(Draft draft, RowCells row, int line) {
      Instant at = at(draft, row, line);
      String label = cell(row, ExportMapping.Field.EVENT);
      if (at == null) {
        return false;
      }
      TicketEvent.Type type = mapping.event(label).orElse(null);
      if (type == null) {
        if (!label.isEmpty()) {
          unmapped(ExportMapping.Field.EVENT, label);
        }
        reject(draft, line, "column " + column(ExportMapping.Field.EVENT) + ": '" + label + "' is not one of " + mapping.known(ExportMapping.Field.EVENT));
        return false;
      }
      TicketEvent event;
      switch (type) {
        case CREATED, PRIORITY_CHANGED -> {
          Priority priority = requiredPriority(draft, row, line, type);
          if (priority == null) {
            return false;
          }
          if (type == TicketEvent.Type.PRIORITY_CHANGED) {
            event = TicketEvent.priorityChanged(at, priority);
          } else {
            Optional<TicketStatus> status = optionalStatus(draft, row, line);
            event = status.map(s -> TicketEvent.created(at, priority, s)).orElseGet(() -> TicketEvent.created(at, priority));
          }
        }
        case STATUS_CHANGED -> {
          String text = cell(row, ExportMapping.Field.STATE);
          TicketStatus status = text.isEmpty() ? null : mapping.status(text).orElse(null);
          if (status == null) {
            if (!text.isEmpty()) {
              unmapped(ExportMapping.Field.STATE, text);
            }
            reject(draft, line, "column " + column(ExportMapping.Field.STATE) + ": "
                + (text.isEmpty() ? "is empty but a STATUS_CHANGED event needs it" : "status '" + text + "' is not mapped"));
            return false;
          }
          event = TicketEvent.statusChanged(at, status);
        }
        case ASSIGNED -> {
          String party = cell(row, ExportMapping.Field.GROUP);
          if (party.isEmpty()) {
            reject(draft, line, "column " + column(ExportMapping.Field.GROUP) + " is empty but an ASSIGNED event needs the party");
            return false;
          }
          event = TicketEvent.assigned(at, party);
        }
        default -> event = TicketEvent.of(at, type);
      }
      draft.add(EventRow.of(line, event));
      return type == TicketEvent.Type.CLOSED;
    }

    private @Nullable Instant at(Draft draft, RowCells row, int line) {
      long span = span(row, columns[ExportMapping.Field.AT.ordinal()]);
      Instant at = length(span) == 0 ? null : instant(ExportMapping.Field.AT, row, span, pack(row.chars(), span, packed)).orElse(null);
      if (at == null) {
        reject(draft, line, "column " + column(ExportMapping.Field.AT) + ": "
            + (length(span) == 0 ? "is empty: the row has no time" : "'" + cell(row, ExportMapping.Field.AT) + "' is not " + mapping.timestampForm()));
      }
      return at;
    }

    /**
     * A timestamp: the column's last one if the text repeats, else from a cache, else parsed.
     *
     * @param packedLength the text's length if {@link #pack} packed it into {@link #packed}, else -1
     */
    @SuppressWarnings("unchecked")
    private Optional<Instant> instant(ExportMapping.Field field, RowCells row, long span, int packedLength) {
      int f = field.ordinal();
      String text = null;
      if (packedLength >= 0) {
        if (packedLength == lastLength[f] && packed[0] == lastHigh[f] && packed[1] == lastLow[f]) {
          return (Optional<Instant>) Objects.requireNonNull(lastInstant[f], "last instant");
        }
      } else {
        text = text(row, field, span);
        if (text.equals(lastText[f])) {
          return (Optional<Instant>) Objects.requireNonNull(lastInstant[f], "last instant");
        }
      }
      if (text == null) {
        text = text(row, field, span);
      }
      Optional<Instant> at = mapping.fastTimestamps() ? null : timestamps.get(text);
      if (at == null) {
        at = mapping.tryInstant(text, offsets);
        if (!mapping.fastTimestamps()) {
          if (timestamps.size() >= 65_536) {
            timestamps.clear();
          }
          timestamps.put(text, at);
        }
      }
      lastText[f] = packedLength >= 0 ? null : text;
      lastLength[f] = packedLength;
      lastHigh[f] = packed[0];
      lastLow[f] = packed[1];
      lastInstant[f] = at;
      return at;
    }

    private Optional<Priority> optionalPriority(Draft draft, RowCells row, int line) {
      String text = cell(row, ExportMapping.Field.PRIORITY);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<Priority> priority = mapping.priority(text);
      if (priority.isPresent()) {
        return priorities.computeIfAbsent(priority.get(), Optional::of);
      }
      if (priority.isEmpty()) {
        unmapped(ExportMapping.Field.PRIORITY, text);
        fix(draft, line, "column " + column(ExportMapping.Field.PRIORITY) + ": priority '" + text + "' is not mapped",
            "priority '" + text + "' read as not given", "the mapping knows " + mapping.known(ExportMapping.Field.PRIORITY));
      }
      return priority;
    }

    private @Nullable Priority requiredPriority(Draft draft, RowCells row, int line, TicketEvent.Type type) {
      String text = cell(row, ExportMapping.Field.PRIORITY);
      Priority priority = text.isEmpty() ? null : mapping.priority(text).orElse(null);
      if (priority == null) {
        if (!text.isEmpty()) {
          unmapped(ExportMapping.Field.PRIORITY, text);
        }
        reject(draft, line, "column " + column(ExportMapping.Field.PRIORITY) + ": "
            + (text.isEmpty() ? "is empty but a " + type + " event needs it" : "'" + text + "' is not one of " + mapping.known(ExportMapping.Field.PRIORITY)));
      }
      return priority;
    }

    private Optional<TicketStatus> optionalStatus(Draft draft, RowCells row, int line) {
      String text = cell(row, ExportMapping.Field.STATE);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<TicketStatus> status = mapping.status(text);
      if (status.isEmpty()) {
        unmapped(ExportMapping.Field.STATE, text);
        fix(draft, line, "column " + column(ExportMapping.Field.STATE) + ": status '" + text + "' is not mapped",
            "status '" + text + "' read as not given", "the mapping does not know it; the policy's first active status applies");
      }
      return status;
    }

    private Optional<Instant> optionalInstant(Draft draft, RowCells row, int line, ExportMapping.Field field) {
      long span = span(row, columns[field.ordinal()]);
      if (length(span) == 0) {
        return Optional.empty();
      }
      // the rows of a ticket repeat its opening and resolution times: keep one value per ticket
      boolean opening = field == ExportMapping.Field.OPENED_AT;
      int length = pack(row.chars(), span, packed);
      String text = length >= 0 ? null : text(row, field, span);
      boolean same;
      if (opening) {
        same = text == null
            ? length == draft.openedLength && packed[0] == draft.openedHigh && packed[1] == draft.openedLow
            : text.equals(draft.openedText);
      } else {
        same = text == null
            ? length == draft.resolvedLength && packed[0] == draft.resolvedHigh && packed[1] == draft.resolvedLow
            : text.equals(draft.resolvedText);
      }
      if (same) {
        return opening ? draft.opened : draft.resolved;
      }
      Optional<Instant> at = instant(field, row, span, length);
      if (at.isEmpty()) {
        text = text(row, field, span);
        fix(draft, line, "column " + column(field) + ": '" + text + "' is not " + mapping.timestampForm(),
            column(field) + " '" + text + "' read as not given", "it is not " + mapping.timestampForm());
      }
      if (opening) {
        draft.openedText = text;
        draft.openedLength = length;
        draft.openedHigh = packed[0];
        draft.openedLow = packed[1];
        draft.opened = at;
      } else {
        draft.resolvedText = text;
        draft.resolvedLength = length;
        draft.resolvedHigh = packed[0];
        draft.resolvedLow = packed[1];
        draft.resolved = at;
      }
      return at;
    }

    /**
     * Packs the text of a {@link #span}, if it has up to 16 Latin-1 characters, into {@code into}
     * (eight characters a long, a byte each) and returns its length; -1 if it does not fit. Two
     * texts of the same length are equal exactly when their packings are.
     */
    private static int pack(char[] chars, long span, long[] into) {
      int from = from(span);
      int n = length(span);
      into[0] = 0;
      into[1] = 0;
      if (n > 16) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        char c = chars[from + i];
        if (c > 0xFF) {
          return -1;
        }
        into[i >> 3] = into[i >> 3] << 8 | c;
      }
      return n;
    }

    private OptionalInt count(Draft draft, RowCells row, int line) {
      String text = cell(row, ExportMapping.Field.REOPEN_COUNT);
      if (text.isEmpty()) {
        return OptionalInt.empty();
      }
      try {
        int value = Integer.parseInt(text);
        if (value >= 0 && value < counts.length) {
          OptionalInt count = counts[value];
          if (count == null) {
            count = OptionalInt.of(value);
            counts[value] = count;
          }
          return count;
        }
        if (value >= 0) {
          return OptionalInt.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      String column = column(ExportMapping.Field.REOPEN_COUNT);
      fix(draft, line, "column " + column + ": '" + text + "' is not a count", column + " '" + text + "' read as not given",
          "it is not a whole number of 0 or more");
      return OptionalInt.empty();
    }

    /** A cell's value, stripped; empty if the column is absent or the value is a missing marker. */
    private String cell(RowCells row, ExportMapping.Field field) {
      return cell(row, columns[field.ordinal()]);
    }

    private String cell(RowCells row, int column) {
      if (column < 0 || !row.kept(column)) {
        return "";
      }
      if (characters[column]) {
        return text(row, column, span(row, column));
      }
      String value = row.stripped(column);
      return mapping.isMissing(value) ? "" : value;
    }

    /** The text of a cell's {@link #span} (a column read as characters). */
    private String text(RowCells row, ExportMapping.Field field, long span) {
      return text(row, columns[field.ordinal()], span);
    }

    private String text(RowCells row, int column, long span) {
      return length(span) == 0 ? "" : row.text(column, from(span), from(span) + length(span));
    }

    /**
     * Where the value of a column read as characters is in the row's characters, stripped: its
     * start and length packed in a long (see {@link #from}, {@link #length}); length 0 if the
     * column is absent or the value is a missing marker.
     */
    private long span(RowCells row, int column) {
      if (column < 0 || !row.kept(column)) {
        return 0;
      }
      int from = row.from(column);
      int length = row.to(column, from) - from;
      return mapping.isMissing(row.chars(), from, length) ? 0 : (long) from << 32 | length;
    }

    private static int from(long span) {
      return (int) (span >>> 32);
    }

    private static int length(long span) {
      return (int) span;
    }

    private String column(ExportMapping.Field field) {
      return mapping.columns().getOrDefault(field, field.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void reject(Draft draft, int line, String reason) {
      draft.reject(new RowFate(line, RowFate.Fate.DISCARDED, reason));
      if (mode == RepairMode.STRICT) {
        draft.problem(new HistoryProblem(draft.id, line, reason));
      } else {
        draft.repair(new Repair(draft.id, line, "row discarded", reason));
      }
    }

    private void fix(Draft draft, int line, String problem, String change, String reason) {
      if (mode == RepairMode.STRICT) {
        draft.problem(new HistoryProblem(draft.id, line, problem));
      } else {
        draft.repair(new Repair(draft.id, line, change, reason));
      }
    }

    private void unmapped(ExportMapping.Field field, String label) {
      unmapped.computeIfAbsent(column(field), c -> new LinkedHashMap<>()).merge(label, 1L, Long::sum);
    }

    /** A row of a ticket handed over already: after its close. */
    private void late(String id, int line) {
      discarded++;
      String reason = "comes after the ticket was closed (a row closing it came earlier in the file)";
      if (mode == RepairMode.STRICT) {
        problems.add(new HistoryProblem(RequestId.of(id), line, reason));
      } else {
        afterClose.add(new Repair(RequestId.of(id), line, "row discarded", reason));
      }
    }

    /** The ticket's attributes as the immutable map the ticket keeps (so it is not copied again). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, String> attributes(Draft draft) {
      int given = 0;
      for (String value : draft.attributes) {
        given += value == null ? 0 : 1;
      }
      Map.Entry<String, String>[] entries = new Map.Entry[given];
      int n = 0;
      for (int i = 0; i < attributeNames.length; i++) {
        String value = draft.attributes[i];
        if (value != null) {
          entries[n++] = Map.entry(attributeNames[i], value);
        }
      }
      return Map.ofEntries(entries);
    }

    private void finish(Draft draft) {
      RequestId id = draft.id;
      RepairedHistory history = null;
      List<TicketSnapshot> snapshots = draft.snapshots();
      List<EventRow> events = draft.events();
      if (!snapshots.isEmpty()) {
        history = TicketHistories.fromSnapshots(id, snapshots, mode);
      } else if (!events.isEmpty()) {
        history = TicketHistories.fromEvents(id, events, mode);
      }
      List<RowFate> fates = new ArrayList<>(draft.rejected.size() + (history == null ? 0 : history.rows().size()));
      List<HistoryProblem> ticketProblems = new ArrayList<>(draft.problems);
      if (history != null) {
        ticketProblems.addAll(history.problems());
      } else if (mode == RepairMode.REPAIR) {
        ticketProblems.add(new HistoryProblem(id, draft.rejected.get(0).row(), "no row of the ticket could be read"));
      }
      RepairedHistory whole;
      if (ticketProblems.isEmpty() && history != null && draft.rejected.isEmpty() && draft.repairs.isEmpty()) {
        whole = history;
      } else if (ticketProblems.isEmpty() && history != null) {
        // the rows read and the rows the reader could not read, with their repairs, in line order
        fates.addAll(draft.rejected);
        fates.addAll(history.rows());
        fates.sort(Comparator.comparingInt(RowFate::row));
        List<Repair> ticketRepairs = new ArrayList<>(draft.repairs);
        ticketRepairs.addAll(history.repairs());
        ticketRepairs.sort(Comparator.comparingInt(Repair::row));
        whole = new RepairedHistory(id, history.events(), history.assignments(), fates, ticketRepairs, List.of(), history.cancelled());
      } else {
        List<Integer> lines = new ArrayList<>();
        draft.rejected.forEach(r -> lines.add(r.row()));
        snapshots.forEach(r -> lines.add(r.row()));
        events.forEach(r -> lines.add(r.row()));
        lines.sort(null);
        whole = RepairedHistory.notEvaluable(id, lines, ticketProblems);
        problems.addAll(whole.problems());
      }
      ImportedTicket ticket = new ImportedTicket(whole, attributes(draft));
      tickets++;
      evaluable += ticket.evaluable() ? 1 : 0;
      repairs += ticket.repairs().size();
      for (RowFate fate : ticket.rows()) {
        switch (fate.fate()) {
          case USED -> used++;
          case MERGED -> merged++;
          case DISCARDED -> discarded++;
        }
      }
      sink.accept(ticket);
    }
  }

  private static String role(ExportMapping.Field field) {
    return switch (field) {
      case TICKET -> "the ticket id";
      case AT -> "the time of each row";
      case EVENT -> "the event";
      case STATE -> "the state";
      case PRIORITY -> "the priority";
      default -> field.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}

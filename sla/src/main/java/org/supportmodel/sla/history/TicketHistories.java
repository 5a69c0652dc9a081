package org.supportmodel.sla.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

/**
 * Turns the rows of one ticket, as a helpdesk exported them, into an event history that {@link
 * org.supportmodel.sla.SlaEvaluation} accepts, and explains what was done with every row.
 *
 * <p><b>Snapshot rows</b> ({@link #fromSnapshots}) are taken in time order. The ticket is created
 * at {@code openedAt} (of the first row that gives it, else the first row's time) with the first
 * row's priority and status. Each later row gives an event for each change it shows: a new
 * priority, a new status, a resolution, a reopen (a resolved ticket back in an open state), a
 * close, and an assignment for a new group. A row that changes nothing is merged. A value the row
 * does not give (empty) leaves what was known.
 *
 * <p><b>Event rows</b> ({@link #fromEvents}) are taken in time order, a creation first among
 * events at the same instant, otherwise in input order.
 *
 * <p><b>Repairs.</b> In {@link RepairMode#REPAIR} these documented, conservative repairs are made
 * and logged; in {@link RepairMode#STRICT} each is a {@link HistoryProblem} instead and nothing is
 * evaluated:
 *
 * <ol>
 *   <li>snapshot rows out of time order are put in time order (rows stamped in the same instant
 *       keep their input order);
 *   <li>an event stamped before the creation is moved to the creation;
 *   <li>anything after a close is discarded;
 *   <li>a resolution of a resolved ticket (a second "Resolved") is merged into the first, which
 *       counts;
 *   <li>a resolved ticket that returns to an open state without a reopen gets a {@code REOPENED}
 *       at that instant; for snapshots this is logged when the helpdesk's {@code reopen_count}
 *       did not move;
 *   <li>a reopen of a ticket that is not resolved is discarded;
 *   <li>a second first response is read as an update;
 *   <li>the same event twice at the same instant is merged;
 *   <li>for snapshots, {@code resolved_at} (which exports keep for the last resolution only) gives
 *       the time of the last resolution when it lies between the event before it and the row that
 *       shows it; otherwise the row's time is kept;
 *   <li>a priority that lasted no time (changed again at the same instant) is merged into the
 *       next: it could otherwise fire the thresholds of a priority the ticket never really had;
 *   <li>a resolution reopened at its own instant lasted no time: it is merged away with the
 *       reopen.
 * </ol>
 *
 * <p>Merged without being a problem in either mode: a status or priority change to the value the
 * ticket already has, and a status that lasted no time (changed again at the same instant, as
 * when a state is set twice in the same minute). No repair settles a history without a
 * creation, with two creations, or without any priority: such a ticket has a problem in either
 * mode.
 *
 * <p>Every input row gets exactly one {@link RowFate}. Pure functions; thread-safe.
 */
public final class TicketHistories {
  private static final Comparator<Item> ORDER =
      Comparator.comparing((Item i) -> i.at)
          .thenComparing(i -> i.event.type() != TicketEvent.Type.CREATED)
          .thenComparingInt(i -> i.seq);

  private TicketHistories() {}

  /**
   * Reads a ticket exported with one row per event.
   *
   * @param ticket the ticket
   * @param rows its rows, in input order; row numbers unique
   * @param mode strict or repair
   * @return the history, never null
   * @throws IllegalArgumentException if a row number appears twice or there are no rows
   */
  public static RepairedHistory fromEvents(RequestId ticket, List<EventRow> rows, RepairMode mode) {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(mode, "mode");
    Log log = new Log(ticket, mode);
    List<Item> items = new ArrayList<>(rows.size());
    for (EventRow row : rows) {
      Objects.requireNonNull(row, "row");
      log.row(row.row());
      items.add(new Item(row.row(), row.event(), items.size()));
    }
    Checks.check(!rows.isEmpty(), "rows", "none", "must hold at least one row");
    return normalize(log, items, List.of(), false);
  }

  /**
   * Reads a ticket exported with one row per update, each carrying its whole state.
   *
   * @param ticket the ticket
   * @param rows its rows, in input order; row numbers unique
   * @param mode strict or repair
   * @return the history, never null
   * @throws IllegalArgumentException if a row number appears twice or there are no rows
   */
  public static RepairedHistory fromSnapshots(RequestId ticket, List<TicketSnapshot> rows, RepairMode mode) {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(mode, "mode");
    Log log = new Log(ticket, mode);
    for (TicketSnapshot row : rows) {
      Objects.requireNonNull(row, "row");
      log.row(row.row());
    }
    Checks.check(!rows.isEmpty(), "rows", "none", "must hold at least one row");
    return new Derivation(log, inTimeOrder(log, rows)).run();
  }

  /** Rule 1: snapshot rows in time order, stable. */
  private static List<TicketSnapshot> inTimeOrder(Log log, List<TicketSnapshot> rows) {
    TicketSnapshot latest = rows.get(0);
    boolean sorted = true;
    for (TicketSnapshot row : rows) {
      if (row.at().isBefore(latest.at())) {
        sorted = false;
        log.fix(row.row(),
            "is stamped " + row.at() + ", before row " + latest.row() + " above it (" + latest.at() + "): rows are out of time order",
            "taken in time order, before row " + latest.row(),
            "it is stamped " + row.at() + ", before row " + latest.row() + " above it (" + latest.at() + ")");
      } else {
        latest = row;
      }
    }
    if (sorted) {
      return rows;
    }
    List<TicketSnapshot> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparing(TicketSnapshot::at));
    return ordered;
  }

  /** Derives events from snapshots, then normalizes them. */
  private static final class Derivation {
    private final Log log;
    private final List<TicketSnapshot> rows;
    private final List<Item> items = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private boolean cancelled;

    Derivation(Log log, List<TicketSnapshot> rows) {
      this.log = log;
      this.rows = rows;
    }

    RepairedHistory run() {
      TicketSnapshot first = rows.get(0);
      Priority initial = first.priority().orElse(null);
      if (initial == null) {
        TicketSnapshot giving = rows.stream().filter(r -> r.priority().isPresent()).findFirst().orElse(null);
        if (giving == null) {
          log.problem(first.row(), "no row gives a priority, so the ticket's targets are unknown");
          return log.result(List.of(), List.of(), false);
        }
        initial = giving.priority().orElseThrow();
        log.fix(first.row(), "gives no priority", "creation priority " + initial + " taken from row " + giving.row(),
            "the first row gives none; row " + giving.row() + " is the first that does");
      }
      Instant opened = opened(first);
      SnapshotState state = first.state();
      Priority priority = initial;
      TicketEvent created =
          state.status().map(s -> TicketEvent.created(opened, priority, s)).orElseGet(() -> TicketEvent.created(opened, priority));
      add(first.row(), created);
      ending(first, state);
      first.group().ifPresent(g -> assign(first, g));
      Priority currentPriority = initial;
      Optional<String> group = first.group();
      OptionalInt reopenCount = first.reopenCount();
      int closedRow = state.phase().isFinal() ? first.row() : 0;
      TicketSnapshot previous = first;
      for (int i = 1; i < rows.size(); i++) {
        TicketSnapshot row = rows.get(i);
        if (closedRow > 0) {
          log.fix(row.row(), "comes after the ticket was closed on row " + closedRow, "discarded",
              "it comes after the ticket was closed on row " + closedRow);
          log.part(row.row(), RowFate.Fate.DISCARDED, "after the ticket was closed on row " + closedRow);
          continue;
        }
        int before = items.size() + assignments.size();
        if (row.priority().isPresent() && row.priority().get() != currentPriority) {
          currentPriority = row.priority().get();
          add(row.row(), TicketEvent.priorityChanged(row.at(), currentPriority));
        }
        SnapshotState next = row.state();
        if (!next.equals(state)) {
          transition(row, state, next, reopenCount);
          state = next;
          closedRow = next.phase().isFinal() ? row.row() : 0;
        }
        String rowGroup = row.group().orElse(null);
        if (rowGroup != null && !row.group().equals(group)) {
          group = row.group();
          assign(row, rowGroup);
        }
        if (row.reopenCount().isPresent()) {
          reopenCount = row.reopenCount();
        }
        if (items.size() + assignments.size() == before) {
          log.part(row.row(), RowFate.Fate.MERGED, "no change of state, priority or group since row " + previous.row());
        }
        previous = row;
      }
      resolvedAt();
      return normalize(log, items, assignments, cancelled);
    }

    /** When the ticket was opened: the first {@code openedAt} given, else the first row's time. */
    private Instant opened(TicketSnapshot first) {
      Instant opened = first.at();
      boolean given = false;
      for (TicketSnapshot row : rows) {
        if (row.openedAt().isEmpty()) {
          continue;
        }
        Instant at = row.openedAt().get();
        if (!given) {
          opened = at;
          given = true;
        } else if (!at.equals(opened)) {
          Instant earliest = at.isBefore(opened) ? at : opened;
          log.fix(row.row(), "gives opened_at " + at + ", not " + opened + " as the rows before it",
              "creation at " + earliest, "rows disagree on opened_at; the earliest is taken");
          opened = earliest;
        }
      }
      return opened;
    }

    private void transition(TicketSnapshot row, SnapshotState from, SnapshotState to, OptionalInt reopenCount) {
      SnapshotState.Phase was = from.phase();
      switch (to.phase()) {
        case OPEN -> {
          if (was == SnapshotState.Phase.RESOLVED) {
            boolean counted = row.reopenCount().isPresent() && reopenCount.isPresent()
                && row.reopenCount().getAsInt() > reopenCount.getAsInt();
            if (!counted && row.reopenCount().isPresent() && reopenCount.isPresent()) {
              log.fix(row.row(),
                  "goes from Resolved to " + to + " without a reopen: reopen_count stays " + reopenCount.getAsInt(),
                  "REOPENED inferred at " + row.at(),
                  "the state went from Resolved to " + to + " while reopen_count stayed " + reopenCount.getAsInt());
            }
            add(row.row(), TicketEvent.of(row.at(), TicketEvent.Type.REOPENED));
          }
          add(row.row(), TicketEvent.statusChanged(row.at(), to.status().orElseThrow()));
        }
        case RESOLVED -> add(row.row(), TicketEvent.of(row.at(), TicketEvent.Type.RESOLVED));
        case CLOSED, CANCELLED -> ending(row, to);
      }
    }

    /** A first row already resolved, closed or cancelled; or a close or cancellation later. */
    private void ending(TicketSnapshot row, SnapshotState state) {
      switch (state.phase()) {
        case OPEN -> {
          // nothing ends
        }
        case RESOLVED -> add(row.row(), TicketEvent.of(row.at(), TicketEvent.Type.RESOLVED));
        case CLOSED, CANCELLED -> {
          cancelled = state.phase() == SnapshotState.Phase.CANCELLED;
          add(row.row(), TicketEvent.of(row.at(), TicketEvent.Type.CLOSED));
        }
      }
    }

    private void add(int row, TicketEvent event) {
      items.add(new Item(row, event, items.size()));
    }

    private void assign(TicketSnapshot row, String group) {
      assignments.add(new Assignment(row.at(), group, row.row()));
      log.part(row.row(), RowFate.Fate.USED, "assigned to " + group);
    }

    /** Rule 9: the last resolution at {@code resolved_at} when it can be. */
    private void resolvedAt() {
      Optional<Instant> resolvedAt = Optional.empty();
      for (TicketSnapshot row : rows) {
        if (row.resolvedAt().isPresent()) {
          resolvedAt = row.resolvedAt();
        }
      }
      int last = -1;
      for (int i = items.size() - 1; i >= 0; i--) {
        if (items.get(i).event.type() == TicketEvent.Type.RESOLVED) {
          last = i;
          break;
        }
      }
      if (resolvedAt.isEmpty() || last < 0 || items.get(last).at.equals(resolvedAt.get())) {
        return;
      }
      Item resolution = items.get(last);
      Instant value = resolvedAt.get();
      Instant floor = items.get(last - 1).at;
      String differs = "resolved_at " + value + " differs from the time of the Resolved row (" + resolution.at + ")";
      if (!value.isBefore(floor) && value.isBefore(resolution.at)) {
        if (log.fix(resolution.row, differs, "resolution moved from " + resolution.at + " to " + value,
            "resolved_at holds the last resolution and lies between the event before it (" + floor + ") and this row")) {
          resolution.at = value;
          resolution.event = TicketEvent.of(value, TicketEvent.Type.RESOLVED);
        }
      } else {
        log.fix(resolution.row, differs, "kept the row's time " + resolution.at + " for the resolution",
            "resolved_at " + value + " is not between the event before it (" + floor + ") and this row, so it is not this resolution's time");
      }
    }
  }

  /** Rules 2 to 8 over events of either shape. */
  private static RepairedHistory normalize(Log log, List<Item> input, List<Assignment> assignments, boolean cancelled) {
    List<Item> items = new ArrayList<>(input);
    items.sort(ORDER);
    Item created = null;
    for (Item item : items) {
      if (item.event.type() != TicketEvent.Type.CREATED) {
        continue;
      }
      if (created == null) {
        created = item;
      } else {
        log.problem(item.row, "is a second creation (the first is on row " + created.row + ")");
      }
    }
    if (created == null) {
      log.problem(log.firstRow(), "the ticket has no CREATED event");
    }
    if (created == null || !log.problems.isEmpty()) {
      return log.result(List.of(), List.of(), false);
    }
    boolean moved = false;
    for (Item item : items) {
      if (item == created) {
        break;
      }
      if (log.fix(item.row, "is stamped " + item.at + ", before the creation at " + created.at + " on row " + created.row,
          item.event.type() + " moved from " + item.at + " to " + created.at, "it is stamped before the ticket was created (row " + created.row + ")")) {
        item.moveTo(created.at);
        moved = true;
      }
    }
    if (moved) {
      items.sort(ORDER);
    }
    return new Walk(log, items, created).run(assignments, cancelled);
  }

  /** Walks the sorted events once, applying rules 3 to 8. */
  private static final class Walk {
    private final Log log;
    private final List<Item> items;
    private final List<TicketEvent> events = new ArrayList<>();
    /** The events at the current instant, with their rows, for duplicates: a few at most. */
    private final List<TicketEvent> atInstant = new ArrayList<>(4);
    private int[] atInstantRows = new int[4];
    private @Nullable Instant instant;
    private int resolvedRow;
    /** Where the current resolution is in {@link #events}, or -1. */
    private int resolvedIndex = -1;
    private int respondedBeforeResolution;
    private int lastResponseRow;
    private int responseRowAtResolution;
    private int respondedRow;
    private int closedRow;
    private Priority priority;
    private @Nullable TicketStatus status;
    private int statusRow;
    private int priorityRow;

    Walk(Log log, List<Item> items, Item created) {
      this.log = log;
      this.items = items;
      this.priority = created.event.priority().orElseThrow();
      this.status = created.event.status().orElse(null);
      this.statusRow = created.row;
      this.priorityRow = created.row;
    }

    RepairedHistory run(List<Assignment> assignments, boolean cancelled) {
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        @Nullable Item next = i + 1 < items.size() ? items.get(i + 1) : null;
        step(item, next);
      }
      return log.result(events, assignments, cancelled);
    }

    private void step(Item item, @Nullable Item next) {
      TicketEvent event = item.event;
      if (closedRow > 0) {
        if (log.fix(item.row, "comes after the ticket was closed on row " + closedRow, event.type() + " discarded",
            "it comes after the ticket was closed on row " + closedRow)) {
          log.part(item.row, RowFate.Fate.DISCARDED, event.type() + " after the ticket was closed on row " + closedRow);
        }
        return;
      }
      switch (event.type()) {
        case CREATED, ASSIGNED, CUSTOMER_REPLY -> emit(item, event);
        case STATUS_CHANGED -> {
          TicketStatus to = event.status().orElseThrow();
          if (lastsNoTime(item, next)) {
            log.part(item.row, RowFate.Fate.MERGED, "status " + to + " lasted no time: row " + rowOf(next) + " sets the status again at the same instant");
            return;
          }
          if (resolvedRow > 0 && !undoInstantResolution(item)) {
            if (log.fix(item.row, "changes the status to " + to + " after the resolution on row " + resolvedRow + " without a reopen",
                "REOPENED inserted at " + item.at, "the status moved to " + to + " after the resolution on row " + resolvedRow)) {
              emit(item, TicketEvent.of(item.at, TicketEvent.Type.REOPENED));
              reopened();
            }
          }
          if (to.equals(status)) {
            log.part(item.row, RowFate.Fate.MERGED, "the status is already " + to + " (row " + statusRow + ")");
            return;
          }
          if (emit(item, event)) {
            status = to;
            statusRow = item.row;
          }
        }
        case PRIORITY_CHANGED -> {
          Priority to = event.priority().orElseThrow();
          if (lastsNoTime(item, next) && to != priority) {
            // unlike a status, a priority that lasts no time can still fire its thresholds: a repair
            if (log.fix(item.row, "sets priority " + to + ", which row " + rowOf(next) + " changes again at the same instant",
                "PRIORITY_CHANGED " + to + " merged into row " + rowOf(next), "priority " + to + " lasted no time")) {
              log.part(item.row, RowFate.Fate.MERGED, "priority " + to + " lasted no time: row " + rowOf(next) + " sets the priority again at the same instant");
            }
          } else if (to == priority) {
            log.part(item.row, RowFate.Fate.MERGED, "the priority is already " + to + " (row " + priorityRow + ")");
          } else if (emit(item, event)) {
            priority = to;
            priorityRow = item.row;
          }
        }
        case FIRST_RESPONSE -> {
          if (respondedRow > 0) {
            if (log.fix(item.row, "is a second first response (row " + respondedRow + " already counted as the first response)",
                "FIRST_RESPONSE read as UPDATE", "row " + respondedRow + " already counted as the first response")) {
              response(item, TicketEvent.of(item.at, TicketEvent.Type.UPDATE));
            }
          } else {
            response(item, event);
          }
        }
        case UPDATE -> response(item, event);
        case RESOLVED -> {
          if (resolvedRow > 0) {
            if (log.fix(item.row, "resolves a ticket already resolved on row " + resolvedRow, "RESOLVED merged into row " + resolvedRow,
                "the ticket is already resolved; the first resolution counts")) {
              log.part(item.row, RowFate.Fate.MERGED, "RESOLVED again: the resolution on row " + resolvedRow + " counts");
            }
          } else {
            int respondedBefore = respondedRow;
            if (emit(item, event)) {
              resolvedRow = item.row;
              resolvedIndex = events.size() - 1;
              respondedBeforeResolution = respondedBefore;
              responseRowAtResolution = lastResponseRow;
              respondedRow = respondedRow > 0 ? respondedRow : item.row;
            }
          }
        }
        case REOPENED -> {
          if (resolvedRow == 0) {
            if (log.fix(item.row, "reopens a ticket that is not resolved", "REOPENED discarded", "the ticket is not resolved at " + item.at)) {
              log.part(item.row, RowFate.Fate.DISCARDED, "REOPENED of a ticket that is not resolved");
            }
          } else if (!undoInstantResolution(item) && emit(item, event)) {
            reopened();
          }
        }
        case CLOSED -> {
          if (emit(item, event)) {
            closedRow = item.row;
          }
        }
      }
    }

    /**
     * Rule 11: a resolution reopened at its own instant lasted no time. It is merged away with the
     * reopen, and the ticket is as before it (SLA evaluation could not even tell two reopens at one
     * instant apart). Returns true when done.
     */
    private boolean undoInstantResolution(Item item) {
      TicketEvent resolution = resolvedIndex >= 0 ? events.get(resolvedIndex) : null;
      if (resolution == null || !resolution.at().equals(item.at)) {
        return false;
      }
      int row = resolvedRow;
      if (!log.fix(item.row, "reopens at the instant of the resolution on row " + row, "RESOLVED on row " + row + " and this reopen merged",
          "the resolution lasted no time")) {
        return false;
      }
      events.remove(resolvedIndex);
      int seen = atInstant.indexOf(resolution);
      if (seen >= 0) {
        System.arraycopy(atInstantRows, seen + 1, atInstantRows, seen, atInstant.size() - seen - 1);
        atInstant.remove(seen);
      }
      log.demote(row, "RESOLVED", "RESOLVED lasted no time: row " + item.row + " reopens it at the same instant");
      log.part(item.row, RowFate.Fate.MERGED, "reopens the resolution of row " + row + " at the same instant: both lasted no time");
      resolvedRow = 0;
      resolvedIndex = -1;
      // responses since the resolution still count: an update before any response is the first one
      respondedRow = respondedBeforeResolution > 0 ? respondedBeforeResolution
          : lastResponseRow != responseRowAtResolution ? lastResponseRow : 0;
      return true;
    }

    /** After a reopen the status is stated afresh, so the next status change always counts. */
    private void reopened() {
      resolvedRow = 0;
      resolvedIndex = -1;
      status = null;
    }

    private void response(Item item, TicketEvent event) {
      if (emit(item, event)) {
        lastResponseRow = item.row;
        respondedRow = respondedRow > 0 ? respondedRow : item.row;
      }
    }

    /** A status or priority change followed by another of the same kind at the same instant. */
    private static boolean lastsNoTime(Item item, @Nullable Item next) {
      return next != null && next.at.equals(item.at) && next.event.type() == item.event.type();
    }

    private static int rowOf(@Nullable Item item) {
      return Objects.requireNonNull(item, "next").row;
    }

    /** An event's type with its priority and status if it has them, such as {@code CREATED P2 NEW}. */
    private static String describe(TicketEvent event) {
      Priority p = event.priority().orElse(null);
      TicketStatus s = event.status().orElse(null);
      if (p == null && s == null) {
        return event.type().name(); // most events: no new string
      }
      return event.type().name() + (p == null ? "" : " " + p) + (s == null ? "" : " " + s);
    }

    /** Adds the event unless it repeats one at the same instant (rule 8). */
    private boolean emit(Item item, TicketEvent event) {
      if (!item.at.equals(instant)) {
        instant = item.at;
        atInstant.clear();
      }
      Integer earlier = null;
      for (int i = 0; i < atInstant.size(); i++) {
        if (atInstant.get(i).equals(event)) {
          earlier = atInstantRows[i];
          break;
        }
      }
      if (earlier == null) {
        if (atInstant.size() == atInstantRows.length) {
          atInstantRows = java.util.Arrays.copyOf(atInstantRows, atInstantRows.length * 2);
        }
        atInstantRows[atInstant.size()] = item.row;
        atInstant.add(event);
      }
      if (earlier != null) {
        if (log.fix(item.row, "repeats row " + earlier + " (" + event.type() + " at the same instant)", event.type() + " merged into row " + earlier,
            "the same event at the same instant")) {
          log.part(item.row, RowFate.Fate.MERGED, event.type() + " repeats row " + earlier);
        }
        return false;
      }
      events.add(event);
      log.part(item.row, RowFate.Fate.USED, describe(event));
      return true;
    }
  }

  /** One event with the row it came from and its input position; mutable only while it is walked. */
  private static final class Item {
    final int row;
    final int seq;
    Instant at;
    TicketEvent event;

    Item(int row, TicketEvent event, int seq) {
      this.row = row;
      this.event = event;
      this.at = event.at();
      this.seq = seq;
    }

    void moveTo(Instant to) {
      at = to;
      event = event.at(to);
    }
  }

  /** The row fates, repairs and problems of one ticket while it is read. */
  private static final class Log {
    private final RequestId ticket;
    private final RepairMode mode;
    /**
     * The row numbers in input order, and per row its parts (fate and text): the first part in an
     * array, more in a list only for the rows that have them; a ticket has a few rows.
     */
    private int[] rows = new int[8];
    private @Nullable Part[] first = new Part[8];
    private @Nullable List<Part>[] more = newParts(8);
    private int size;
    /** The positions of the rows by number, for tickets with many rows. */
    private @Nullable Map<Integer, Integer> positions;
    private final List<Repair> repairs = new ArrayList<>(0);
    private final List<HistoryProblem> problems = new ArrayList<>(0);

    Log(RequestId ticket, RepairMode mode) {
      this.ticket = ticket;
      this.mode = mode;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable List<Part>[] newParts(int length) {
      return (List<Part>[]) new List<?>[length];
    }

    void row(int row) {
      Checks.positive(row, "row");
      if (size < 16 ? linear(row) >= 0 : positions().containsKey(row)) {
        throw new IllegalArgumentException(Checks.message("rows", row, "appears twice for ticket " + ticket));
      }
      if (size == rows.length) {
        rows = java.util.Arrays.copyOf(rows, size * 2);
        first = java.util.Arrays.copyOf(first, size * 2);
        more = java.util.Arrays.copyOf(more, size * 2);
      }
      rows[size] = row;
      if (positions != null) {
        positions.put(row, size);
      }
      size++;
    }

    private int linear(int row) {
      for (int i = 0; i < size; i++) {
        if (rows[i] == row) {
          return i;
        }
      }
      return -1;
    }

    private Map<Integer, Integer> positions() {
      Map<Integer, Integer> map = positions;
      if (map == null) {
        map = new HashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(rows[i], i);
        }
        positions = map;
      }
      return map;
    }

    private int position(int row) {
      int position = size <= 16 ? linear(row) : positions().getOrDefault(row, -1);
      if (position < 0) {
        throw new IllegalStateException("row " + row + " is not a row of ticket " + ticket);
      }
      return position;
    }

    /** The parts of the row at a position, in order. */
    private List<Part> partsAt(int position) {
      Part head = first[position];
      if (head == null) {
        return List.of();
      }
      List<Part> tail = more[position];
      if (tail == null) {
        return List.of(head);
      }
      List<Part> all = new ArrayList<>(tail.size() + 1);
      all.add(head);
      all.addAll(tail);
      return all;
    }

    int firstRow() {
      return rows[0];
    }

    void part(int row, RowFate.Fate fate, String text) {
      int position = position(row);
      Part part = new Part(fate, text);
      if (first[position] == null) {
        first[position] = part;
        return;
      }
      List<Part> tail = more[position];
      if (tail == null) {
        tail = new ArrayList<>(2);
        more[position] = tail;
      }
      tail.add(part);
    }

    /** Turns the used part of a row that starts with a text into a merged one. */
    void demote(int row, String prefix, String text) {
      int position = position(row);
      Part head = first[position];
      if (head != null && head.fate == RowFate.Fate.USED && head.text.startsWith(prefix)) {
        first[position] = new Part(RowFate.Fate.MERGED, text);
        return;
      }
      List<Part> tail = more[position];
      for (int i = 0; tail != null && i < tail.size(); i++) {
        if (tail.get(i).fate == RowFate.Fate.USED && tail.get(i).text.startsWith(prefix)) {
          tail.set(i, new Part(RowFate.Fate.MERGED, text));
          return;
        }
      }
    }

    /**
     * A repairable problem: a logged repair in repair mode (returns true: apply it), a problem in
     * strict mode (returns false: leave it; nothing will be evaluated).
     */
    boolean fix(int row, String problem, String change, String reason) {
      if (mode == RepairMode.STRICT) {
        problems.add(new HistoryProblem(ticket, row, problem));
        return false;
      }
      repairs.add(new Repair(ticket, row, change, reason));
      return true;
    }

    void problem(int row, String rule) {
      problems.add(new HistoryProblem(ticket, row, rule));
    }

    RepairedHistory result(List<TicketEvent> events, List<Assignment> assignments, boolean cancelled) {
      if (!problems.isEmpty()) {
        List<Integer> numbers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          numbers.add(rows[i]);
        }
        return RepairedHistory.notEvaluable(ticket, numbers, problems);
      }
      List<RowFate> fates = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        Part head = first[i];
        fates.add(head != null && more[i] == null ? new RowFate(rows[i], head.fate, head.text) : fate(rows[i], partsAt(i)));
      }
      repairs.sort(Comparator.comparingInt(Repair::row));
      return new RepairedHistory(ticket, events, assignments, fates, repairs, List.of(), cancelled);
    }

    private static RowFate fate(int row, List<Part> parts) {
      // every row gets a part: used for an event or assignment, merged or discarded with the reason
      Checks.check(!parts.isEmpty(), "row", row, "has no fate");
      if (parts.size() == 1) {
        return new RowFate(row, parts.get(0).fate, parts.get(0).text);
      }
      RowFate.Fate fate = RowFate.Fate.DISCARDED;
      StringBuilder reason = new StringBuilder();
      for (Part part : parts) {
        if (part.fate.ordinal() < fate.ordinal()) {
          fate = part.fate;
        }
        reason.append(reason.length() == 0 ? "" : "; ").append(part.text);
      }
      return new RowFate(row, fate, reason.toString());
    }
  }

  /** A part of what became of a row. */
  private record Part(RowFate.Fate fate, String text) {}
}

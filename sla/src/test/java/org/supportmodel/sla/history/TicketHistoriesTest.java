package org.supportmodel.sla.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.history.RepairMode.REPAIR;
import static org.supportmodel.sla.history.RepairMode.STRICT;
import static org.supportmodel.sla.history.RowFate.Fate.DISCARDED;
import static org.supportmodel.sla.history.RowFate.Fate.MERGED;
import static org.supportmodel.sla.history.RowFate.Fate.USED;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

/** One test per documented rule, in both shapes where the defect shows in both. */
class TicketHistoriesTest {
  static final RequestId INC = RequestId.of("INC0000045");
  static final Instant T0 = Instant.parse("2016-02-29T01:16:00Z");
  static final TicketStatus ACTIVE = TicketStatus.of("ACTIVE");
  static final TicketStatus AWAITING = TicketStatus.of("AWAITING_USER_INFO");

  static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  static TicketSnapshot snap(int row, int minutes, SnapshotState state) {
    return TicketSnapshot.of(row, at(minutes), state).withPriority(Priority.P3).withOpenedAt(T0);
  }

  static SnapshotState open(TicketStatus status) {
    return SnapshotState.open(status);
  }

  static EventRow row(int row, TicketEvent event) {
    return EventRow.of(row, event);
  }

  static List<RowFate.Fate> fates(RepairedHistory history) {
    return history.rows().stream().map(RowFate::fate).toList();
  }

  @Test
  void snapshotsGiveAnEventPerChangeAndMergeUnchangedRows() {
    RepairedHistory h = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)).withGroup("Group 56"),
        snap(3, 0, open(ACTIVE)).withGroup("Group 56"),
        snap(4, 10, open(AWAITING)).withGroup("Group 70"),
        snap(5, 20, open(ACTIVE)).withPriority(Priority.P2),
        snap(6, 30, SnapshotState.RESOLVED).withPriority(Priority.P2),
        snap(7, 90, SnapshotState.CLOSED).withPriority(Priority.P2)), REPAIR);
    assertEquals(List.of(
        TicketEvent.created(T0, Priority.P3, ACTIVE),
        TicketEvent.statusChanged(at(10), AWAITING),
        TicketEvent.priorityChanged(at(20), Priority.P2),
        TicketEvent.statusChanged(at(20), ACTIVE),
        TicketEvent.of(at(30), TicketEvent.Type.RESOLVED),
        TicketEvent.of(at(90), TicketEvent.Type.CLOSED)), h.events());
    assertEquals(List.of(new Assignment(T0, "Group 56", 2), new Assignment(at(10), "Group 70", 4)), h.assignments());
    assertEquals(List.of("Group 56", "Group 70"), h.groups());
    assertEquals(List.of(
        TicketEvent.created(T0, Priority.P3, ACTIVE),
        TicketEvent.assigned(T0, "Group 56"),
        TicketEvent.statusChanged(at(10), AWAITING),
        TicketEvent.assigned(at(10), "Group 70"),
        TicketEvent.priorityChanged(at(20), Priority.P2),
        TicketEvent.statusChanged(at(20), ACTIVE),
        TicketEvent.of(at(30), TicketEvent.Type.RESOLVED),
        TicketEvent.of(at(90), TicketEvent.Type.CLOSED)), h.eventsWithAssignments(), "the groups as parties, for per-party agreements");
    assertEquals(List.of(USED, MERGED, USED, USED, USED, USED), fates(h));
    assertEquals("no change of state, priority or group since row 2", h.rows().get(1).reason());
    assertEquals("assigned to Group 56; CREATED P3 ACTIVE", h.rows().get(0).reason());
    assertEquals("PRIORITY_CHANGED P2; STATUS_CHANGED ACTIVE", h.rows().get(3).reason());
    assertEquals(List.of(), h.repairs());
    assertTrue(h.evaluable());
    assertFalse(h.cancelled());
    assertEquals(h, TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)).withGroup("Group 56"),
        snap(3, 0, open(ACTIVE)).withGroup("Group 56"),
        snap(4, 10, open(AWAITING)).withGroup("Group 70"),
        snap(5, 20, open(ACTIVE)).withPriority(Priority.P2),
        snap(6, 30, SnapshotState.RESOLVED).withPriority(Priority.P2),
        snap(7, 90, SnapshotState.CLOSED).withPriority(Priority.P2)), STRICT), "a clean history is the same in strict mode");
  }

  @Test
  void theSameStateTwiceInTheSameMinuteLastsNoTime() {
    RepairedHistory h = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)),
        snap(3, 5, open(AWAITING)),
        snap(4, 5, open(ACTIVE)),
        snap(5, 5, open(ACTIVE))), STRICT);
    assertTrue(h.evaluable(), h.problems()::toString);
    assertEquals(List.of(TicketEvent.created(T0, Priority.P3, ACTIVE)), h.events());
    assertEquals(List.of(USED, MERGED, MERGED, MERGED), fates(h));
    assertEquals("status AWAITING_USER_INFO lasted no time: row 4 sets the status again at the same instant", h.rows().get(1).reason());
    assertEquals("the status is already ACTIVE (row 2)", h.rows().get(2).reason());
  }

  @Test
  void theSameEventTwiceInTheSameMinuteIsMergedOrAProblem() {
    List<EventRow> rows = List.of(
        row(2, TicketEvent.created(T0, Priority.P2)),
        row(3, TicketEvent.of(at(5), TicketEvent.Type.UPDATE)),
        row(4, TicketEvent.of(at(5), TicketEvent.Type.UPDATE)));
    RepairedHistory repaired = TicketHistories.fromEvents(INC, rows, REPAIR);
    assertEquals(List.of(USED, USED, MERGED), fates(repaired));
    assertEquals(List.of(new Repair(INC, 4, "UPDATE merged into row 3", "the same event at the same instant")), repaired.repairs());
    RepairedHistory strict = TicketHistories.fromEvents(INC, rows, STRICT);
    assertEquals(List.of(new HistoryProblem(INC, 4, "repeats row 3 (UPDATE at the same instant)")), strict.problems());
    assertEquals(List.of(), strict.events());
    assertEquals(List.of(DISCARDED, DISCARDED, DISCARDED), fates(strict));
    assertEquals("ticket not evaluated: row 4 repeats row 3 (UPDATE at the same instant)", strict.rows().get(0).reason());
  }

  @Test
  void aSecondResolvedIsMergedIntoTheFirst() {
    RepairedHistory events = TicketHistories.fromEvents(INC, List.of(
        row(2, TicketEvent.created(T0, Priority.P2)),
        row(3, TicketEvent.of(at(30), TicketEvent.Type.RESOLVED)),
        row(4, TicketEvent.of(at(45), TicketEvent.Type.RESOLVED))), REPAIR);
    assertEquals(List.of(TicketEvent.created(T0, Priority.P2), TicketEvent.of(at(30), TicketEvent.Type.RESOLVED)), events.events());
    assertEquals(List.of(new Repair(INC, 4, "RESOLVED merged into row 3", "the ticket is already resolved; the first resolution counts")),
        events.repairs());
    assertEquals("RESOLVED again: the resolution on row 3 counts", events.rows().get(2).reason());
    // snapshots: a second Resolved row updating something else is just no change of state
    RepairedHistory snapshots = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)), snap(3, 30, SnapshotState.RESOLVED), snap(4, 45, SnapshotState.RESOLVED)), STRICT);
    assertEquals(List.of(USED, USED, MERGED), fates(snapshots));
    assertTrue(snapshots.evaluable());
    assertEquals(List.of(new HistoryProblem(INC, 4, "resolves a ticket already resolved on row 3")), TicketHistories.fromEvents(INC, List.of(
        row(2, TicketEvent.created(T0, Priority.P2)),
        row(3, TicketEvent.of(at(30), TicketEvent.Type.RESOLVED)),
        row(4, TicketEvent.of(at(45), TicketEvent.Type.RESOLVED))), STRICT).problems());
  }

  @Test
  void rowsAfterClosedAreDiscardedWithTheRowOfTheClose() {
    RepairedHistory snapshots = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)), snap(3, 30, SnapshotState.RESOLVED), snap(4, 60, SnapshotState.CLOSED),
        snap(5, 61, SnapshotState.CLOSED), snap(6, 70, open(ACTIVE))), REPAIR);
    assertEquals(List.of(USED, USED, USED, DISCARDED, DISCARDED), fates(snapshots));
    assertEquals("after the ticket was closed on row 4", snapshots.rows().get(4).reason());
    assertEquals(new Repair(INC, 5, "discarded", "it comes after the ticket was closed on row 4"), snapshots.repairs().get(0));
    assertEquals(3, snapshots.events().size());
    assertEquals(3, snapshots.count(USED));
    assertEquals(2, snapshots.count(DISCARDED));
    RepairedHistory events = TicketHistories.fromEvents(INC, List.of(
        row(2, TicketEvent.created(T0, Priority.P2)), row(3, TicketEvent.of(at(60), TicketEvent.Type.CLOSED)),
        row(4, TicketEvent.of(at(70), TicketEvent.Type.UPDATE))), REPAIR);
    assertEquals(List.of(USED, USED, DISCARDED), fates(events));
    assertEquals("UPDATE after the ticket was closed on row 3", events.rows().get(2).reason());
    assertEquals(List.of(new HistoryProblem(INC, 4, "comes after the ticket was closed on row 3")), TicketHistories.fromEvents(INC, List.of(
        row(2, TicketEvent.created(T0, Priority.P2)), row(3, TicketEvent.of(at(60), TicketEvent.Type.CLOSED)),
        row(4, TicketEvent.of(at(70), TicketEvent.Type.UPDATE))), STRICT).problems());
  }

  @Test
  void aReopenThatOnlyShowsAsResolvedThenActiveIsInferredAndLogged() {
    List<TicketSnapshot> rows = List.of(
        snap(2, 0, open(ACTIVE)).withReopenCount(0),
        snap(3, 30, SnapshotState.RESOLVED).withReopenCount(0),
        snap(4, 50, open(ACTIVE)).withReopenCount(0),
        snap(5, 80, SnapshotState.RESOLVED).withReopenCount(0));
    RepairedHistory h = TicketHistories.fromSnapshots(INC, rows, REPAIR);
    assertEquals(List.of(
        TicketEvent.created(T0, Priority.P3, ACTIVE),
        TicketEvent.of(at(30), TicketEvent.Type.RESOLVED),
        TicketEvent.of(at(50), TicketEvent.Type.REOPENED),
        TicketEvent.statusChanged(at(50), ACTIVE),
        TicketEvent.of(at(80), TicketEvent.Type.RESOLVED)), h.events());
    assertEquals(List.of(new Repair(INC, 4, "REOPENED inferred at " + at(50), "the state went from Resolved to ACTIVE while reopen_count stayed 0")),
        h.repairs());
    assertEquals(1, h.reopens());
    assertEquals(List.of(new HistoryProblem(INC, 4, "goes from Resolved to ACTIVE without a reopen: reopen_count stays 0")),
        TicketHistories.fromSnapshots(INC, rows, STRICT).problems());
    // a counted reopen is no repair
    RepairedHistory counted = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)).withReopenCount(0), snap(3, 30, SnapshotState.RESOLVED).withReopenCount(0),
        snap(4, 50, open(ACTIVE)).withReopenCount(1)), STRICT);
    assertTrue(counted.evaluable());
    assertEquals(1, counted.reopens());
  }

  @Test
  void aStatusChangeOfAResolvedTicketGetsAReopen() {
    List<EventRow> rows = List.of(
        row(2, TicketEvent.created(T0, Priority.P2)),
        row(3, TicketEvent.of(at(30), TicketEvent.Type.RESOLVED)),
        row(4, TicketEvent.statusChanged(at(50), TicketStatus.IN_PROGRESS)));
    RepairedHistory h = TicketHistories.fromEvents(INC, rows, REPAIR);
    assertEquals(List.of(TicketEvent.created(T0, Priority.P2), TicketEvent.of(at(30), TicketEvent.Type.RESOLVED),
        TicketEvent.of(at(50), TicketEvent.Type.REOPENED), TicketEvent.statusChanged(at(50), TicketStatus.IN_PROGRESS)), h.events());
    assertEquals(List.of(new Repair(INC, 4, "REOPENED inserted at " + at(50), "the status moved to IN_PROGRESS after the resolution on row 3")),
        h.repairs());
    assertEquals("REOPENED; STATUS_CHANGED IN_PROGRESS", h.rows().get(2).reason());
    assertEquals(List.of(new HistoryProblem(INC, 4, "changes the status to IN_PROGRESS after the resolution on row 3 without a reopen")),
        TicketHistories.fromEvents(INC, rows, STRICT).problems());
  }

  @Test
  void resolvedAtGivesTheLastResolutionWhenItFitsAndIsIgnoredOtherwise() {
    RepairedHistory fits = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)),
        snap(3, 30, SnapshotState.RESOLVED).withResolvedAt(at(100)),
        snap(4, 50, open(ACTIVE)),
        snap(5, 120, SnapshotState.RESOLVED).withResolvedAt(at(100))), REPAIR);
    assertEquals(TicketEvent.of(at(30), TicketEvent.Type.RESOLVED), fits.events().get(1), "an earlier resolution keeps its row's time");
    assertEquals(TicketEvent.of(at(100), TicketEvent.Type.RESOLVED), fits.events().get(4));
    assertEquals(List.of(new Repair(INC, 5, "resolution moved from " + at(120) + " to " + at(100),
        "resolved_at holds the last resolution and lies between the event before it (" + at(50) + ") and this row")), fits.repairs());
    RepairedHistory outside = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)), snap(3, 30, SnapshotState.RESOLVED).withResolvedAt(at(-5))), REPAIR);
    assertEquals(TicketEvent.of(at(30), TicketEvent.Type.RESOLVED), outside.events().get(1));
    assertEquals("kept the row's time " + at(30) + " for the resolution", outside.repairs().get(0).change());
    List<HistoryProblem> strict = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)), snap(3, 30, SnapshotState.RESOLVED).withResolvedAt(at(29))), STRICT).problems();
    assertEquals(List.of(new HistoryProblem(INC, 3, "resolved_at " + at(29) + " differs from the time of the Resolved row (" + at(30) + ")")), strict);
    assertTrue(TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)), snap(3, 30, SnapshotState.RESOLVED).withResolvedAt(at(30))), STRICT).evaluable());
  }

  @Test
  void rowsStampedBeforeTheOpeningMoveToTheOpening() {
    RepairedHistory snapshots = TicketHistories.fromSnapshots(INC, List.of(
        TicketSnapshot.of(2, at(-3), open(ACTIVE)).withPriority(Priority.P3).withOpenedAt(T0),
        TicketSnapshot.of(3, at(-2), open(AWAITING)).withPriority(Priority.P3).withOpenedAt(T0),
        snap(4, 10, open(ACTIVE))), REPAIR);
    assertEquals(List.of(TicketEvent.created(T0, Priority.P3, ACTIVE), TicketEvent.statusChanged(T0, AWAITING),
        TicketEvent.statusChanged(at(10), ACTIVE)), snapshots.events());
    assertEquals(List.of(new Repair(INC, 3, "STATUS_CHANGED moved from " + at(-2) + " to " + T0, "it is stamped before the ticket was created (row 2)")),
        snapshots.repairs());
    RepairedHistory events = TicketHistories.fromEvents(INC, List.of(
        row(2, TicketEvent.created(at(10), Priority.P2)), row(3, TicketEvent.of(at(5), TicketEvent.Type.FIRST_RESPONSE))), STRICT);
    assertEquals(List.of(new HistoryProblem(INC, 3, "is stamped " + at(5) + ", before the creation at " + at(10) + " on row 2")), events.problems());
  }

  @Test
  void snapshotRowsOutOfTimeOrderAreSorted() {
    List<TicketSnapshot> rows = List.of(
        snap(2, 0, open(ACTIVE)), snap(3, 30, SnapshotState.RESOLVED), snap(4, 20, open(AWAITING)), snap(5, 40, SnapshotState.CLOSED));
    RepairedHistory h = TicketHistories.fromSnapshots(INC, rows, REPAIR);
    assertEquals(List.of(TicketEvent.created(T0, Priority.P3, ACTIVE), TicketEvent.statusChanged(at(20), AWAITING),
        TicketEvent.of(at(30), TicketEvent.Type.RESOLVED), TicketEvent.of(at(40), TicketEvent.Type.CLOSED)), h.events());
    assertEquals(List.of(new Repair(INC, 4, "taken in time order, before row 3", "it is stamped " + at(20) + ", before row 3 above it (" + at(30) + ")")),
        h.repairs());
    assertEquals(List.of(2, 3, 4, 5), h.rows().stream().map(RowFate::row).toList(), "fates stay in input order");
    assertEquals(List.of(new HistoryProblem(INC, 4, "is stamped " + at(20) + ", before row 3 above it (" + at(30) + "): rows are out of time order")),
        TicketHistories.fromSnapshots(INC, rows, STRICT).problems());
    // event rows may come in any order: that is no problem
    assertTrue(TicketHistories.fromEvents(INC, List.of(
        row(3, TicketEvent.of(at(30), TicketEvent.Type.RESOLVED)), row(2, TicketEvent.created(T0, Priority.P2))), STRICT).evaluable());
  }

  @Test
  void smallerRepairsOfEventRows() {
    RepairedHistory h = TicketHistories.fromEvents(INC, List.of(
        row(2, TicketEvent.created(T0, Priority.P2)),
        row(3, TicketEvent.of(at(5), TicketEvent.Type.REOPENED)),
        row(4, TicketEvent.of(at(6), TicketEvent.Type.FIRST_RESPONSE)),
        row(5, TicketEvent.of(at(7), TicketEvent.Type.FIRST_RESPONSE)),
        row(6, TicketEvent.priorityChanged(at(8), Priority.P1)),
        row(7, TicketEvent.priorityChanged(at(8), Priority.P2)),
        row(8, TicketEvent.priorityChanged(at(9), Priority.P2))), REPAIR);
    assertEquals(List.of(TicketEvent.created(T0, Priority.P2), TicketEvent.of(at(6), TicketEvent.Type.FIRST_RESPONSE),
        TicketEvent.of(at(7), TicketEvent.Type.UPDATE)), h.events());
    assertEquals(List.of(USED, DISCARDED, USED, USED, MERGED, MERGED, MERGED), fates(h));
    assertEquals(List.of(
        new Repair(INC, 3, "REOPENED discarded", "the ticket is not resolved at " + at(5)),
        new Repair(INC, 5, "FIRST_RESPONSE read as UPDATE", "row 4 already counted as the first response"),
        new Repair(INC, 6, "PRIORITY_CHANGED P1 merged into row 7", "priority P1 lasted no time")), h.repairs());
    assertEquals("the priority is already P2 (row 2)", h.rows().get(5).reason());
  }

  @Test
  void aResolutionReopenedAtItsOwnInstantLastedNoTime() {
    List<EventRow> rows = List.of(
        row(2, TicketEvent.created(T0, Priority.P2)),
        row(3, TicketEvent.of(at(10), TicketEvent.Type.RESOLVED)),
        row(4, TicketEvent.of(at(10), TicketEvent.Type.REOPENED)),
        row(5, TicketEvent.of(at(10), TicketEvent.Type.RESOLVED)),
        row(6, TicketEvent.statusChanged(at(10), TicketStatus.IN_PROGRESS)),
        row(7, TicketEvent.of(at(30), TicketEvent.Type.RESOLVED)));
    RepairedHistory h = TicketHistories.fromEvents(INC, rows, REPAIR);
    assertEquals(List.of(TicketEvent.created(T0, Priority.P2), TicketEvent.statusChanged(at(10), TicketStatus.IN_PROGRESS),
        TicketEvent.of(at(30), TicketEvent.Type.RESOLVED)), h.events(), "two resolutions reopened at their instant: neither lasted");
    assertEquals(List.of(USED, MERGED, MERGED, MERGED, USED, USED), fates(h));
    assertEquals("RESOLVED lasted no time: row 4 reopens it at the same instant", h.rows().get(1).reason());
    assertEquals("reopens the resolution of row 3 at the same instant: both lasted no time", h.rows().get(2).reason());
    assertEquals(List.of(
        new Repair(INC, 4, "RESOLVED on row 3 and this reopen merged", "the resolution lasted no time"),
        new Repair(INC, 6, "RESOLVED on row 5 and this reopen merged", "the resolution lasted no time")), h.repairs());
    assertEquals(new HistoryProblem(INC, 4, "reopens at the instant of the resolution on row 3"),
        TicketHistories.fromEvents(INC, rows, STRICT).problems().get(0));
  }

  @Test
  void whatNoRepairSettlesIsAProblemInEitherMode() {
    RepairedHistory none = TicketHistories.fromEvents(INC, List.of(row(4, TicketEvent.of(at(5), TicketEvent.Type.UPDATE))), REPAIR);
    assertEquals(List.of(new HistoryProblem(INC, 4, "the ticket has no CREATED event")), none.problems());
    assertEquals(List.of(new RowFate(4, DISCARDED, "ticket not evaluated: row 4 the ticket has no CREATED event")), none.rows());
    RepairedHistory two = TicketHistories.fromEvents(INC, List.of(
        row(2, TicketEvent.created(T0, Priority.P2)), row(3, TicketEvent.created(at(1), Priority.P3))), REPAIR);
    assertEquals(List.of(new HistoryProblem(INC, 3, "is a second creation (the first is on row 2)")), two.problems());
    RepairedHistory noPriority = TicketHistories.fromSnapshots(INC, List.of(TicketSnapshot.of(2, T0, open(ACTIVE))), REPAIR);
    assertEquals(List.of(new HistoryProblem(INC, 2, "no row gives a priority, so the ticket's targets are unknown")), noPriority.problems());
    RepairedHistory later = TicketHistories.fromSnapshots(INC, List.of(
        TicketSnapshot.of(2, T0, open(ACTIVE)), TicketSnapshot.of(3, at(5), open(ACTIVE)).withPriority(Priority.P4)), REPAIR);
    assertEquals(TicketEvent.created(T0, Priority.P4, ACTIVE), later.events().get(0));
    assertEquals("creation priority P4 taken from row 3", later.repairs().get(0).change());
  }

  @Test
  void cancelledTicketsCloseAndSaySo() {
    RepairedHistory h = TicketHistories.fromSnapshots(INC, List.of(snap(2, 0, open(ACTIVE)), snap(3, 9, SnapshotState.CANCELLED)), STRICT);
    assertTrue(h.cancelled());
    assertEquals(TicketEvent.of(at(9), TicketEvent.Type.CLOSED), h.events().get(1));
  }

  @Test
  void disagreeingOpenedAtTakesTheEarliest() {
    RepairedHistory h = TicketHistories.fromSnapshots(INC, List.of(
        snap(2, 0, open(ACTIVE)), TicketSnapshot.of(3, at(5), open(ACTIVE)).withOpenedAt(at(-10))), REPAIR);
    assertEquals(TicketEvent.created(at(-10), Priority.P3, ACTIVE), h.events().get(0));
    assertEquals(new Repair(INC, 3, "creation at " + at(-10), "rows disagree on opened_at; the earliest is taken"), h.repairs().get(0));
  }

  @Test
  void badInputIsRejectedWithItsName() {
    assertEquals("rows: 'none' must hold at least one row",
        assertThrows(IllegalArgumentException.class, () -> TicketHistories.fromEvents(INC, List.of(), REPAIR)).getMessage());
    assertEquals("rows: '2' appears twice for ticket INC0000045",
        assertThrows(IllegalArgumentException.class,
            () -> TicketHistories.fromSnapshots(INC, List.of(snap(2, 0, open(ACTIVE)), snap(2, 1, open(ACTIVE))), REPAIR)).getMessage());
    assertEquals("row: '0' must be at least 1", assertThrows(IllegalArgumentException.class, () -> snap(0, 0, open(ACTIVE))).getMessage());
    assertEquals("status: 'none' must be given for an open ticket",
        assertThrows(IllegalArgumentException.class, () -> new SnapshotState(SnapshotState.Phase.OPEN, java.util.Optional.empty())).getMessage());
    assertEquals("reopenCount: '-1' must not be negative",
        assertThrows(IllegalArgumentException.class, () -> snap(2, 0, open(ACTIVE)).withReopenCount(-1)).getMessage());
    assertEquals(RepairMode.STRICT, RepairMode.parse("strict"));
  }
}

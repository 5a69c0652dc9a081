package org.supportmodel.sla.history;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

/**
 * Laws of history repair over messy generated exports: minutes that repeat, rows out of order or
 * before the opening, second resolutions, reopens without a count, rows after the close.
 */
class TicketHistoryProperties {
  private static final RequestId ID = RequestId.of("INC-7");
  private static final Instant T0 = Instant.parse("2016-03-01T08:00:00Z");
  private static final TicketStatus ACTIVE = TicketStatus.of("ACTIVE");
  private static final TicketStatus AWAITING = TicketStatus.of("AWAITING");
  private static final SnapshotState[] STATES = {
    SnapshotState.open(ACTIVE), SnapshotState.open(ACTIVE), SnapshotState.open(AWAITING), SnapshotState.RESOLVED,
    SnapshotState.RESOLVED, SnapshotState.CLOSED, SnapshotState.CANCELLED
  };
  private static final TicketEvent.Type[] TYPES = TicketEvent.Type.values();
  private static final SlaPolicy POLICY = policy();
  private static final CalendarSet CALENDARS = CalendarSet.of("24x7", BusinessCalendar.twentyFourSeven(ZoneOffset.UTC));

  private static SlaPolicy policy() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    for (Priority priority : Priority.values()) {
      builder.target(priority, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(1), "24x7")
          .target(priority, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4L * (priority.ordinal() + 1)), "24x7");
    }
    return builder.addWarningThresholds(50).addActiveStatuses(ACTIVE).addPausedStatuses(AWAITING)
        .priorityChange(org.supportmodel.sla.PriorityChangePolicy.KEEP_ELAPSED).reopen(org.supportmodel.sla.ReopenPolicy.NEW_CYCLE)
        .build();
  }

  /** Messy snapshot rows from a seed: minutes from -3 to 40 (repeats and disorder likely). */
  private static final Gen<List<TicketSnapshot>> SNAPSHOTS =
      lists().of(longs().all()).ofSizeBetween(1, 14).map(seeds -> {
        List<TicketSnapshot> rows = new ArrayList<>();
        for (long seed : seeds) {
          Random random = new Random(seed);
          TicketSnapshot row = TicketSnapshot.of(rows.size() + 2, T0.plusSeconds(60L * (random.nextInt(44) - 3)),
              STATES[random.nextInt(STATES.length)]).withOpenedAt(T0);
          if (random.nextInt(5) > 0) {
            row = row.withPriority(Priority.values()[random.nextInt(4)]);
          }
          if (random.nextBoolean()) {
            row = row.withGroup("Group " + random.nextInt(3));
          }
          if (random.nextBoolean()) {
            row = row.withReopenCount(random.nextInt(2));
          }
          if (random.nextInt(4) == 0) {
            row = row.withResolvedAt(T0.plusSeconds(60L * random.nextInt(40)));
          }
          rows.add(row);
        }
        return rows;
      });

  /** Messy event rows: any type, minutes from -3 to 40, usually one creation. */
  private static final Gen<List<EventRow>> EVENTS =
      lists().of(longs().all()).ofSizeBetween(1, 14).map(seeds -> {
        List<EventRow> rows = new ArrayList<>();
        for (long seed : seeds) {
          Random random = new Random(seed);
          Instant at = T0.plusSeconds(60L * (random.nextInt(44) - 3));
          TicketEvent.Type type = rows.isEmpty() ? TicketEvent.Type.CREATED : TYPES[1 + random.nextInt(TYPES.length - 1)];
          Priority priority = Priority.values()[random.nextInt(4)];
          TicketEvent event = switch (type) {
            case CREATED -> TicketEvent.created(at, priority);
            case PRIORITY_CHANGED -> TicketEvent.priorityChanged(at, priority);
            case STATUS_CHANGED -> TicketEvent.statusChanged(at, random.nextBoolean() ? ACTIVE : AWAITING);
            case ASSIGNED -> TicketEvent.assigned(at, random.nextBoolean() ? "helpdesk" : "partner");
            default -> TicketEvent.of(at, type);
          };
          rows.add(EventRow.of(rows.size() + 2, event));
        }
        return rows;
      });

  private static void accountsForEveryRowOnce(List<Integer> input, RepairedHistory history) {
    assertEquals(input, history.rows().stream().map(RowFate::row).toList(), "every row once, in input order");
    assertEquals(input.size(), history.count(RowFate.Fate.USED) + history.count(RowFate.Fate.MERGED) + history.count(RowFate.Fate.DISCARDED));
  }

  private static void evaluates(RepairedHistory history) {
    if (history.evaluable()) {
      assertDoesNotThrow(() -> SlaEvaluation.evaluate(ID, history.events(), POLICY, CALENDARS, T0.plusSeconds(86_400)), history::toString);
    }
  }

  @Test
  void everySnapshotRowIsAccountedForOnceAndRepairedHistoriesEvaluate() {
    qt().withExamples(3000).forAll(SNAPSHOTS).checkAssert(rows -> {
      List<Integer> input = rows.stream().map(TicketSnapshot::row).toList();
      RepairedHistory repaired = TicketHistories.fromSnapshots(ID, rows, RepairMode.REPAIR);
      accountsForEveryRowOnce(input, repaired);
      assertTrue(repaired.evaluable() || rows.stream().allMatch(r -> r.priority().isEmpty()), repaired::toString);
      evaluates(repaired);
      RepairedHistory strict = TicketHistories.fromSnapshots(ID, rows, RepairMode.STRICT);
      accountsForEveryRowOnce(input, strict);
      if (strict.evaluable()) {
        assertEquals(repaired, strict, "a history strict mode accepts needs no repair");
      }
      assertEquals(strict.evaluable(), repaired.evaluable() && repaired.repairs().isEmpty(), "strict mode flags exactly what would be repaired");
    });
  }

  @Test
  void everyEventRowIsAccountedForOnceAndRepairedHistoriesEvaluate() {
    qt().withExamples(3000).forAll(EVENTS).checkAssert(rows -> {
      List<Integer> input = rows.stream().map(EventRow::row).toList();
      RepairedHistory repaired = TicketHistories.fromEvents(ID, rows, RepairMode.REPAIR);
      accountsForEveryRowOnce(input, repaired);
      assertTrue(repaired.evaluable(), repaired::toString);
      evaluates(repaired);
      RepairedHistory strict = TicketHistories.fromEvents(ID, rows, RepairMode.STRICT);
      accountsForEveryRowOnce(input, strict);
      assertEquals(strict.evaluable(), repaired.repairs().isEmpty(), "strict mode flags exactly what would be repaired");
    });
  }

  @Test
  void theOrderOfRowsWithDistinctTimesDoesNotMatter() {
    qt().withExamples(1000).forAll(SNAPSHOTS, integers().all()).checkAssert((rows, shuffle) -> {
      List<TicketSnapshot> distinct = new ArrayList<>();
      for (TicketSnapshot row : rows) {
        distinct.add(new TicketSnapshot(row.row(), T0.plusSeconds(60L * row.row()), row.state(), row.priority(), row.group(),
            row.openedAt(), row.resolvedAt(), row.reopenCount()));
      }
      List<TicketSnapshot> shuffled = new ArrayList<>(distinct);
      Collections.shuffle(shuffled, new Random(shuffle));
      RepairedHistory inOrder = TicketHistories.fromSnapshots(ID, distinct, RepairMode.REPAIR);
      RepairedHistory reordered = TicketHistories.fromSnapshots(ID, shuffled, RepairMode.REPAIR);
      assertEquals(inOrder.events(), reordered.events());
      assertEquals(inOrder.assignments(), reordered.assignments());
    });
    qt().withExamples(1000).forAll(EVENTS, integers().all()).checkAssert((rows, shuffle) -> {
      List<EventRow> distinct = new ArrayList<>();
      for (EventRow row : rows) {
        TicketEvent e = row.event();
        distinct.add(EventRow.of(row.row(), e.at(T0.plusSeconds(60L * row.row()))));
      }
      List<EventRow> shuffled = new ArrayList<>(distinct);
      Collections.shuffle(shuffled, new Random(shuffle));
      assertEquals(TicketHistories.fromEvents(ID, distinct, RepairMode.REPAIR).events(),
          TicketHistories.fromEvents(ID, shuffled, RepairMode.REPAIR).events());
    });
  }
}

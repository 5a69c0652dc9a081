package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supportmodel.sla.SlaFixtures.berlin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SupportLevel;

class SlaActionsTest {
  static final SlaPolicy WITH_ACTIONS = SlaFixtures.policy().withActions(
      SlaAction.notifyAssignee("warn-assignee", ActionTrigger.percentOfTarget(50), SlaMetric.RESOLUTION),
      SlaAction.notifyRole("tell-desk-manager", "service-desk-manager", ActionTrigger.fromDue(Duration.ofHours(-1)), SlaMetric.RESOLUTION,
          SlaMetric.FIRST_RESPONSE),
      SlaAction.escalate("escalate-to-partner", SupportLevel.LEVEL_4, ActionTrigger.fromDue(Duration.ofHours(2)), SlaMetric.RESOLUTION));

  private static TicketSla evaluate(String asOf, TicketEvent... events) {
    return SlaEvaluation.evaluate(SlaFixtures.ID, List.of(events), WITH_ACTIONS, SlaFixtures.CALENDARS, berlin(asOf));
  }

  private static final TicketEvent CREATED = TicketEvent.created(berlin("2026-03-02T09:00"), Priority.P2);
  private static final TicketEvent RESPONDED = TicketEvent.of(berlin("2026-03-02T09:30"), TicketEvent.Type.FIRST_RESPONSE);

  @Test
  void actionsAreScheduledAtTheirTriggersAndDoneOnce() {
    // P2 resolution: 8 business hours from Monday 09:00, due Tuesday 09:00
    TicketSla early = evaluate("2026-03-02T10:00", CREATED, RESPONDED);
    assertEquals(List.of(
            new ScheduledAction(SlaMetric.RESOLUTION, 1, "warn-assignee", SlaAction.Kind.NOTIFY_ASSIGNEE, "the assignee", berlin("2026-03-02T14:00"), false),
            new ScheduledAction(SlaMetric.RESOLUTION, 1, "tell-desk-manager", SlaAction.Kind.NOTIFY_ROLE, "service-desk-manager",
                berlin("2026-03-02T17:00"), false),
            new ScheduledAction(SlaMetric.RESOLUTION, 1, "escalate-to-partner", SlaAction.Kind.ESCALATE, "level 4", berlin("2026-03-03T11:00"), false)),
        early.actions());
    // the first response came before its own warning (2 h target, 1 h before due = 10:00): nothing for it
    // the next change is the earliest of the warning threshold and the actions
    assertEquals(Optional.of(berlin("2026-03-02T11:30")), early.nextChange(), "the 50 % warning of the 4-hour update cycle from 09:30 comes first");

    TicketSla later = evaluate("2026-03-03T12:00", CREATED, RESPONDED);
    assertEquals(3, later.actions().size());
    assertEquals(List.of(true, true, true), later.actions().stream().map(ScheduledAction::done).toList());
    assertEquals(List.of(berlin("2026-03-02T14:00"), berlin("2026-03-02T17:00"), berlin("2026-03-03T11:00")),
        later.actions().stream().map(ScheduledAction::at).toList());
  }

  @Test
  void aPauseMovesTheScheduleAndAnEndedCycleDropsWhatDidNotFire() {
    TicketEvent[] events = {CREATED, RESPONDED,
        TicketEvent.statusChanged(berlin("2026-03-02T13:00"), TicketStatus.WAITING_FOR_CUSTOMER),
        TicketEvent.statusChanged(berlin("2026-03-02T15:00"), TicketStatus.IN_PROGRESS)};
    // 3 hours before the pause, 1 after: the 50 % mark (4 h) at 16:00; done at that instant, not before
    assertEquals(new ScheduledAction(SlaMetric.RESOLUTION, 1, "warn-assignee", SlaAction.Kind.NOTIFY_ASSIGNEE, "the assignee",
        berlin("2026-03-02T16:00"), false), evaluate("2026-03-02T15:59", events).actions().get(0));
    assertEquals(new ScheduledAction(SlaMetric.RESOLUTION, 1, "warn-assignee", SlaAction.Kind.NOTIFY_ASSIGNEE, "the assignee",
        berlin("2026-03-02T16:00"), true), evaluate("2026-03-02T16:00", events).actions().get(0));
    // while paused, nothing is due: the paused cycle's actions wait for the clock
    assertEquals(List.of(), evaluate("2026-03-02T14:00", events).actions().stream().filter(a -> a.metric() == SlaMetric.RESOLUTION).toList());
    TicketSla resolved = evaluate("2026-03-03T12:00", CREATED, RESPONDED, TicketEvent.of(berlin("2026-03-02T15:00"), TicketEvent.Type.RESOLVED));
    assertEquals(List.of("warn-assignee"), resolved.actions().stream().map(ScheduledAction::action).toList());
  }

  @Test
  void aPriorityChangeFiresTheActionsItPutsBehindAtTheChange() {
    TicketSla sla = evaluate("2026-03-02T13:00", CREATED, RESPONDED, TicketEvent.priorityChanged(berlin("2026-03-02T12:30"), Priority.P1));
    // P1 resolution is 4 hours on 24x7: 3.5 hours passed (09:00-12:30 with lunch on the business calendar: 3 h) ...
    ScheduledAction warn = sla.actions().stream().filter(a -> a.action().equals("warn-assignee")).findFirst().orElseThrow();
    assertEquals(berlin("2026-03-02T12:30"), warn.at(), "50 % of 4 hours is behind the 3 hours elapsed: fired at the change");
    assertEquals(true, warn.done());
  }

  @Test
  void theScheduleIsInTimeOrderAndItsFirstDueActionIsTheNextChange() {
    SlaPolicy policy = SlaFixtures.policy().withActions(
        SlaAction.notifyAssignee("late", ActionTrigger.percentOfTarget(90), SlaMetric.RESOLUTION),
        SlaAction.notifyAssignee("early", ActionTrigger.percentOfTarget(10), SlaMetric.RESOLUTION),
        SlaAction.escalate("at-start", SupportLevel.LEVEL_3, ActionTrigger.fromDue(Duration.ofHours(-100)), SlaMetric.RESOLUTION));
    TicketSla sla = SlaEvaluation.evaluate(SlaFixtures.ID, List.of(CREATED, RESPONDED), policy, SlaFixtures.CALENDARS, berlin("2026-03-02T09:00"));
    // 8 business hours: 10 % after 48 minutes, 90 % after 7 h 12 min; 100 hours before the due instant is the start itself
    assertEquals(List.of("at-start", "early", "late"), sla.actions().stream().map(ScheduledAction::action).toList());
    assertEquals(List.of(true, false, false), sla.actions().stream().map(ScheduledAction::done).toList());
    assertEquals(berlin("2026-03-02T09:00"), sla.actions().get(0).at());
    assertEquals(berlin("2026-03-02T09:48"), sla.actions().get(1).at());
    assertEquals(berlin("2026-03-03T08:12"), sla.actions().get(2).at(), "7 hours on Monday, the last 12 minutes on Tuesday");
    assertEquals(Optional.of(berlin("2026-03-02T09:48")), sla.nextChange(), "the early action comes before the 50 % warning");
  }

  @Test
  void triggersComputeTheirLevelsExactly() {
    long hour = Duration.ofHours(1).toNanos();
    assertEquals(hour * 3 / 2, ActionTrigger.percentOfTarget(150).levelNanos(hour));
    assertEquals(1, ActionTrigger.percentOfTarget(1).levelNanos(1), "rounded up: never early");
    assertEquals(1, ActionTrigger.percentOfTarget(1).levelNanos(99));
    assertEquals(10, ActionTrigger.percentOfTarget(1000).levelNanos(1));
    assertEquals(hour * 2, ActionTrigger.fromDue(Duration.ofHours(1)).levelNanos(hour));
    assertEquals(0, ActionTrigger.fromDue(Duration.ofHours(-2)).levelNanos(hour));
    assertEquals(ActionTrigger.MAX_OFFSET, ((ActionTrigger.FromDue) ActionTrigger.fromDue(ActionTrigger.MAX_OFFSET)).offset());
    assertEquals(1000, ((ActionTrigger.PercentOfTarget) ActionTrigger.percentOfTarget(1000)).percent());
    assertEquals("percent: '1001' must be between 1 and 1000 percent of the target",
        assertThrows(IllegalArgumentException.class, () -> ActionTrigger.percentOfTarget(1001)).getMessage());
    assertEquals("role: 'desk' must not be given for ESCALATE", assertThrows(IllegalArgumentException.class,
        () -> new SlaAction("x", java.util.Set.of(SlaMetric.RESOLUTION), ActionTrigger.percentOfTarget(50), SlaAction.Kind.ESCALATE,
            Optional.of("desk"), Optional.of(SupportLevel.LEVEL_3))).getMessage());
    assertEquals("level: 'none' must be given to escalate", assertThrows(IllegalArgumentException.class,
        () -> new SlaAction("x", java.util.Set.of(SlaMetric.RESOLUTION), ActionTrigger.percentOfTarget(50), SlaAction.Kind.ESCALATE,
            Optional.empty(), Optional.empty())).getMessage());
    IllegalArgumentException role = assertThrows(IllegalArgumentException.class,
        () -> SlaAction.notifyRole("x", " desk", ActionTrigger.percentOfTarget(50), SlaMetric.RESOLUTION));
    assertTrue(String.valueOf(role.getMessage()).startsWith("role: ' desk'"), role.getMessage());
  }

  @Test
  void badActionsAreRejected() {
    assertEquals("percent: '0' must be between 1 and 1000 percent of the target",
        assertThrows(IllegalArgumentException.class, () -> ActionTrigger.percentOfTarget(0)).getMessage());
    assertEquals("offset: 'PT87601H' must be at most PT87600H either way",
        assertThrows(IllegalArgumentException.class, () -> ActionTrigger.fromDue(Duration.ofHours(87_601))).getMessage());
    assertEquals("metrics: '[]' must hold at least one metric",
        assertThrows(IllegalArgumentException.class, () -> SlaAction.notifyAssignee("x", ActionTrigger.percentOfTarget(50))).getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> SlaFixtures.policy().withActions(
        SlaAction.notifyAssignee("x", ActionTrigger.percentOfTarget(50), SlaMetric.RESOLUTION),
        SlaAction.notifyAssignee("x", ActionTrigger.percentOfTarget(60), SlaMetric.RESOLUTION)));
    assertEquals(true, String.valueOf(twice.getMessage()).startsWith("actions: 'x'"), twice.getMessage());
    assertEquals("role: 'none' must be given to notify a role", assertThrows(IllegalArgumentException.class,
        () -> new SlaAction("x", java.util.Set.of(SlaMetric.RESOLUTION), ActionTrigger.percentOfTarget(50), SlaAction.Kind.NOTIFY_ROLE,
            Optional.empty(), Optional.empty())).getMessage());
    assertEquals("50 % of the target", ActionTrigger.percentOfTarget(50).toString());
    assertEquals("PT1H before the due instant", ActionTrigger.fromDue(Duration.ofHours(-1)).toString());
  }
}

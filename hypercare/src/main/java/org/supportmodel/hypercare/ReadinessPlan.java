package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;

/**
 * The plan to validate that support is ready before go-live: the targets by date (intermediate
 * ones during the project, the last for go-live), the rehearsal's start, how many reassignments
 * count as a bounce, the priorities whose SLA attainment counts, and the training and shadowing
 * items the support team must complete.
 *
 * @param name the plan's name
 * @param zone the zone of its dates
 * @param rehearsalStart the first day of the support rehearsal
 * @param goLive the go-live date; the last target is for it
 * @param targets the targets, by date, at least one, the last on or before go-live
 * @param maxReassignments how many reassignments a request may have before it counts as bouncing
 * @param slaPriorities the priorities whose SLA attainment counts
 * @param items the training and shadowing items, each id once
 */
public record ReadinessPlan(
    String name, ZoneId zone, LocalDate rehearsalStart, LocalDate goLive, List<ReadinessTarget> targets, int maxReassignments,
    java.util.Set<Priority> slaPriorities, List<HandoverItem> items) {
  /** Copies the lists and checks the dates and targets. */
  public ReadinessPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(rehearsalStart, "rehearsalStart");
    Objects.requireNonNull(goLive, "goLive");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(slaPriorities, "slaPriorities");
    Objects.requireNonNull(items, "items");
    targets = List.copyOf(targets);
    slaPriorities = java.util.Set.copyOf(slaPriorities);
    items = List.copyOf(items);
    Checks.text(name, "name");
    Checks.check(rehearsalStart.isBefore(goLive), "rehearsalStart", rehearsalStart, "must be before the go-live date " + goLive);
    Checks.check(!targets.isEmpty(), "targets", targets, "must hold at least the target for go-live");
    for (int i = 1; i < targets.size(); i++) {
      Checks.check(targets.get(i).by().isAfter(targets.get(i - 1).by()), "targets[" + i + "].by", targets.get(i).by(),
          "must be after the previous target's date " + targets.get(i - 1).by());
    }
    LocalDate last = targets.get(targets.size() - 1).by();
    Checks.check(!last.isAfter(goLive), "targets[" + (targets.size() - 1) + "].by", last, "must not be after the go-live date " + goLive);
    Checks.positive(maxReassignments, "maxReassignments");
    Checks.check(!slaPriorities.isEmpty(), "slaPriorities", slaPriorities, "must hold at least one priority");
    Checks.unique(items, HandoverItem::id, "items");
  }

  /**
   * The target in force on a date: the first one due on or after it (the milestone the project
   * works towards), or the last once every date has passed.
   *
   * @param date the date
   * @return the target, never null
   */
  public ReadinessTarget targetOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (ReadinessTarget target : targets) {
      if (!target.by().isBefore(date)) {
        return target;
      }
    }
    return targets.get(targets.size() - 1);
  }
}

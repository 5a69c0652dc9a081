package org.supportmodel.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.internal.Checks;

/**
 * Derives a request's priority from the genuine criticality of its business process and its
 * urgency, raised during critical periods (period ends, seasonal peaks): the guidance's "avoid
 * escalations beyond the true business impact" made checkable.
 *
 * <p>A scheme is a scale of levels (the library's four, or five such as ServiceNow's default with
 * "5 - Planning"), a complete criticality × urgency table of levels that never lowers the level
 * when criticality or urgency rises, and the critical periods, dated in a zone.
 *
 * <p>Immutable and thread-safe.
 */
public final class PriorityScheme {
  private final List<PriorityLevel> levels;
  /** The rank of each cell, by criticality then urgency. */
  private final int[] cells;
  private final List<CriticalPeriod> periods;
  private final ZoneId zone;

  private PriorityScheme(List<PriorityLevel> levels, int[] cells, List<CriticalPeriod> periods, ZoneId zone) {
    this.levels = List.copyOf(levels);
    this.cells = cells.clone();
    this.periods = List.copyOf(periods);
    this.zone = zone;
    Checks.check(!this.levels.isEmpty(), "levels", levels, "must hold at least one level");
    for (int i = 0; i < this.levels.size(); i++) {
      PriorityLevel level = this.levels.get(i);
      Checks.check(level.rank() == i + 1, "levels[" + i + "]", level, "must have rank " + (i + 1) + ": ranks count from 1 in order");
      Checks.check(i == 0 || !level.priority().isHigherThan(this.levels.get(i - 1).priority()), "levels[" + i + "]", level,
          "must not map to a higher priority than the level before it");
    }
    Checks.unique(this.levels, PriorityLevel::label, "levels");
    for (Criticality criticality : Criticality.values()) {
      for (Urgency urgency : Urgency.values()) {
        int rank = cells[index(criticality, urgency)];
        Checks.check(rank >= 1 && rank <= this.levels.size(), cell(criticality, urgency), rank, "must be a rank from 1 to " + this.levels.size());
        if (criticality.ordinal() > 0) {
          Criticality higher = Criticality.values()[criticality.ordinal() - 1];
          Checks.check(cells[index(higher, urgency)] <= rank, cell(higher, urgency), cells[index(higher, urgency)],
              "must not be a lower level than " + cell(criticality, urgency) + " (" + rank + "): raising criticality never lowers the priority");
        }
        if (urgency.ordinal() > 0) {
          Urgency higher = Urgency.values()[urgency.ordinal() - 1];
          Checks.check(cells[index(criticality, higher)] <= rank, cell(criticality, higher), cells[index(criticality, higher)],
              "must not be a lower level than " + cell(criticality, urgency) + " (" + rank + "): raising urgency never lowers the priority");
        }
      }
    }
    Checks.unique(this.periods, CriticalPeriod::name, "periods");
  }

  private static int index(Criticality criticality, Urgency urgency) {
    return criticality.ordinal() * Urgency.values().length + urgency.ordinal();
  }

  private static String cell(Criticality criticality, Urgency urgency) {
    return "scheme[criticality=" + criticality + ", urgency=" + urgency + "]";
  }

  /**
   * The library's four levels P1 to P4 with the ITIL table over the criticality's impact: a
   * critical or high process with high urgency is P1, a low one with low urgency P4.
   *
   * @param zone the zone the critical periods' days are in
   * @return the scheme, without critical periods, never null
   */
  public static PriorityScheme standard(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    List<PriorityLevel> levels = new ArrayList<>();
    for (Priority priority : Priority.values()) {
      levels.add(new PriorityLevel(priority.ordinal() + 1, priority.name(), priority));
    }
    return fromImpact(levels, new int[] {1, 2, 3, 2, 3, 4, 3, 4, 4}, zone);
  }

  /**
   * ServiceNow's default five levels, {@code "1 - Critical"} to {@code "5 - Planning"}, over its
   * impact × urgency table (the criticality's impact); "4 - Low" and "5 - Planning" both use the P4
   * targets.
   *
   * @param zone the zone the critical periods' days are in
   * @return the scheme, without critical periods, never null
   */
  public static PriorityScheme serviceNow(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    List<PriorityLevel> levels = List.of(
        new PriorityLevel(1, "1 - Critical", Priority.P1),
        new PriorityLevel(2, "2 - High", Priority.P2),
        new PriorityLevel(3, "3 - Moderate", Priority.P3),
        new PriorityLevel(4, "4 - Low", Priority.P4),
        new PriorityLevel(5, "5 - Planning", Priority.P4));
    return fromImpact(levels, new int[] {1, 2, 3, 2, 3, 4, 3, 4, 5}, zone);
  }

  /** A scheme whose table is given by impact (HIGH, MEDIUM, LOW) × urgency, read through each criticality's impact. */
  private static PriorityScheme fromImpact(List<PriorityLevel> levels, int[] byImpact, ZoneId zone) {
    int[] cells = new int[Criticality.values().length * Urgency.values().length];
    for (Criticality criticality : Criticality.values()) {
      for (Urgency urgency : Urgency.values()) {
        cells[index(criticality, urgency)] = byImpact[criticality.impact().ordinal() * Urgency.values().length + urgency.ordinal()];
      }
    }
    return new PriorityScheme(levels, cells, List.of(), zone);
  }

  /**
   * A scheme with its own scale and table.
   *
   * @param levels the levels, rank 1 first
   * @param table the rank of each cell: one row per criticality (CRITICAL to LOW), three ranks per
   *     row (urgency HIGH, MEDIUM, LOW)
   * @param zone the zone the critical periods' days are in
   * @return the scheme, never null
   * @throws IllegalArgumentException naming the cell if the table is incomplete, out of the scale
   *     or not monotonic
   */
  public static PriorityScheme of(List<PriorityLevel> levels, int[][] table, ZoneId zone) {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(zone, "zone");
    Checks.check(table.length == Criticality.values().length, "table", table.length, "must have one row per criticality (4)");
    int[] cells = new int[Criticality.values().length * Urgency.values().length];
    for (Criticality criticality : Criticality.values()) {
      int[] row = Objects.requireNonNull(table[criticality.ordinal()], "table row");
      Checks.check(row.length == Urgency.values().length, "table[" + criticality + "]", row.length, "must have one rank per urgency (3)");
      for (Urgency urgency : Urgency.values()) {
        cells[index(criticality, urgency)] = row[urgency.ordinal()];
      }
    }
    return new PriorityScheme(levels, cells, List.of(), zone);
  }

  /**
   * This scheme with critical periods.
   *
   * @param periods the periods, names unique
   * @return the new scheme, never null
   */
  public PriorityScheme withPeriods(CriticalPeriod... periods) {
    Objects.requireNonNull(periods, "periods");
    return new PriorityScheme(levels, cells, List.of(periods), zone);
  }

  /**
   * The levels, rank 1 first.
   *
   * @return the levels, never null
   */
  public List<PriorityLevel> levels() {
    return levels;
  }

  /**
   * The critical periods.
   *
   * @return the periods, never null
   */
  public List<CriticalPeriod> periods() {
    return periods;
  }

  /**
   * Derives the priority of a request on a business process.
   *
   * @param process the process, with its criticality
   * @param urgency the urgency
   * @param at when the request is raised; critical periods are matched on its day in the zone
   * @return the derivation with its reason, never null
   */
  public PriorityDerivation derive(BusinessProcess process, Urgency urgency, Instant at) {
    Objects.requireNonNull(process, "process");
    return derive(process.criticality(), Optional.of(process.id()), urgency, at, "the business process " + process.name() + " is "
        + process.criticality());
  }

  /**
   * Derives the priority of a request on a process known only by its criticality (critical
   * periods limited to some processes do not apply).
   *
   * @param criticality the process's criticality
   * @param process the process, if known
   * @param urgency the urgency
   * @param at when the request is raised
   * @return the derivation with its reason, never null
   */
  public PriorityDerivation derive(Criticality criticality, Optional<ProcessId> process, Urgency urgency, Instant at) {
    Objects.requireNonNull(criticality, "criticality");
    Objects.requireNonNull(process, "process");
    return derive(criticality, process, urgency, at, "the business process is " + criticality);
  }

  private PriorityDerivation derive(Criticality criticality, Optional<ProcessId> process, Urgency urgency, Instant at, String subject) {
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(at, "at");
    PriorityLevel base = levels.get(cells[index(criticality, urgency)] - 1);
    LocalDate day = LocalDate.ofInstant(at, zone);
    CriticalPeriod raising = null;
    for (CriticalPeriod period : periods) {
      if (period.covers(day, process) && (raising == null || period.uplift() > raising.uplift())) {
        raising = period;
      }
    }
    String reason = subject + " and the urgency " + urgency + ": " + base.label();
    if (raising == null) {
      return new PriorityDerivation(base, base, criticality, urgency, Optional.empty(),
          reason + (periods.isEmpty() ? "" : ", outside any critical period on " + day));
    }
    PriorityLevel level = levels.get(Math.max(0, base.rank() - 1 - raising.uplift()));
    return new PriorityDerivation(level, base, criticality, urgency, Optional.of(raising),
        reason + ", raised to " + level.label() + " during " + raising.name() + " (" + raising.first() + " to " + raising.last() + ")");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PriorityScheme that && levels.equals(that.levels) && java.util.Arrays.equals(cells, that.cells)
        && periods.equals(that.periods) && zone.equals(that.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(levels, java.util.Arrays.hashCode(cells), periods, zone);
  }

  @Override
  public String toString() {
    return "PriorityScheme" + levels + " " + periods + " in " + zone;
  }
}

package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.Priority;

/**
 * What exit criteria are evaluated on: the plan, the request records, the process KPIs, the
 * instant of the evaluation and the last day it covers, and the weekly figures computed once for
 * all criteria and reports.
 *
 * <p>An evaluation as of an instant sees what happened <em>before</em> it: records opened,
 * resolutions, reopens and SLA decisions before the instant, and KPIs, acceptances and sign-offs
 * dated on or before {@link #asOfDate()}, the last day the instant covers. Every default
 * criterion follows this, and custom ones should too. Immutable and thread-safe.
 */
public final class HypercareFacts {
  private static final EnumSet<Priority> P1_P2 = EnumSet.of(Priority.P1, Priority.P2);

  private final HypercarePlan plan;
  private final List<RequestRecord> records;
  private final List<ProcessKpi> kpis;
  private final Instant asOf;
  private final LocalDate asOfDate;
  private final Instant[] weekStarts;
  private final List<WeekFigures> weeks;
  private final boolean anyRequest;

  HypercareFacts(HypercarePlan plan, List<RequestRecord> records, List<ProcessKpi> kpis, Instant asOf) {
    this.plan = plan;
    this.records = List.copyOf(records);
    this.kpis = List.copyOf(kpis);
    this.asOf = asOf;
    this.asOfDate = lastDayCovered(plan, asOf);
    int count = 0;
    while (weekStart(plan, count).isBefore(asOf)) {
      count++;
    }
    this.weekStarts = new Instant[count + 1];
    for (int k = 0; k <= count; k++) {
      weekStarts[k] = weekStart(plan, k);
    }
    this.weeks = figures(count);
    boolean any = false;
    for (RequestRecord record : this.records) {
      if (record.existsAt(asOf)) {
        any = true;
        break;
      }
    }
    this.anyRequest = any;
  }

  /** The last day an evaluation as of {@code asOf} covers: the day of the instant just before it. */
  static LocalDate lastDayCovered(HypercarePlan plan, Instant asOf) {
    return asOf.minusNanos(1).atZone(plan.zone()).toLocalDate();
  }

  private static Instant weekStart(HypercarePlan plan, int index) {
    return plan.goLive().plusDays(7L * index).atStartOfDay(plan.zone()).toInstant();
  }

  private List<WeekFigures> figures(int count) {
    int[] inflow = new int[count];
    int[] closures = new int[count];
    int[] reopened = new int[count];
    int[] without = new int[count];
    int[] with = new int[count];
    int[] unknown = new int[count];
    int[] requirements = new int[count];
    int backlog = 0;
    Instant goLive = plan.goLiveInstant();
    for (RequestRecord record : records) {
      if (!record.existsAt(asOf)) {
        continue;
      }
      if (!record.kind().isSupport()) {
        int week = weekOf(record.opened());
        if (week >= 0) {
          requirements[week]++;
        }
        continue;
      }
      int opened = weekOf(record.opened());
      if (opened >= 0) {
        inflow[opened]++;
      } else if (record.openAt(goLive)) {
        backlog++;
      }
      for (Instant resolution : record.resolutions()) {
        int week = resolution.isBefore(asOf) ? weekOf(resolution) : -1;
        if (week >= 0) {
          closures[week]++;
          switch (record.hypercareResources()) {
            case USED -> with[week]++;
            case NOT_USED -> without[week]++;
            case UNKNOWN -> unknown[week]++;
          }
        }
      }
      for (Instant reopen : record.reopens()) {
        int week = reopen.isBefore(asOf) ? weekOf(reopen) : -1;
        if (week >= 0) {
          reopened[week]++;
        }
      }
    }
    int[] met = new int[count];
    int[] missed = new int[count];
    SlaCounting.perRequestByWeek(records, P1_P2, weekStarts, asOf, met, missed);
    List<WeekFigures> result = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      backlog += inflow[k] + reopened[k] - closures[k];
      LocalDate start = plan.goLive().plusDays(7L * k);
      result.add(
          new WeekFigures(
              k + 1, start, start.plusDays(7), !weekStarts[k + 1].isAfter(asOf), inflow[k], closures[k], reopened[k],
              backlog, met[k], missed[k], without[k], with[k], unknown[k], requirements[k]));
    }
    return List.copyOf(result);
  }

  /**
   * The index (from 0) of the week an instant falls in.
   *
   * @param instant the instant
   * @return the index, -1 before go-live, the number of weeks for an instant at or after the
   *     evaluation's last week
   */
  public int weekOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (instant.isBefore(weekStarts[0])) {
      return -1;
    }
    int low = 0;
    int high = weekStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (weekStarts[mid].isAfter(instant)) {
        high = mid - 1;
      } else {
        low = mid;
      }
    }
    return low;
  }

  /**
   * The instant a week begins.
   *
   * @param index the week's index, from 0
   * @return midnight of its first day in the plan's zone
   */
  public Instant weekStart(int index) {
    return weekStart(plan, index);
  }

  /**
   * The plan.
   *
   * @return the plan
   */
  public HypercarePlan plan() {
    return plan;
  }

  /**
   * Every record given, including what happened at or after the instant of the evaluation.
   *
   * @return the records, in the order given
   */
  public List<RequestRecord> records() {
    return records;
  }

  /**
   * Every KPI given.
   *
   * @return the KPIs, in the order given
   */
  public List<ProcessKpi> kpis() {
    return kpis;
  }

  /**
   * The instant of the evaluation: it sees what happened before it.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The last day the evaluation covers, in the plan's zone: the day of the instant just before
   * {@link #asOf()} (an evaluation as of the midnight that ends a Sunday covers that Sunday). Facts
   * dated on or before it count.
   *
   * @return the date
   */
  public LocalDate asOfDate() {
    return asOfDate;
  }

  /**
   * The weeks from go-live that have begun before the instant of the evaluation.
   *
   * @return the weeks, in order; empty at go-live
   */
  public List<WeekFigures> weeks() {
    return weeks;
  }

  /**
   * The weeks that are over.
   *
   * @return the complete weeks, in order
   */
  public List<WeekFigures> completeWeeks() {
    return weeks.stream().filter(WeekFigures::complete).toList();
  }

  /**
   * Whether any request was opened before the instant of the evaluation.
   *
   * @return false when there is no request data at all
   */
  public boolean anyRequest() {
    return anyRequest;
  }
}

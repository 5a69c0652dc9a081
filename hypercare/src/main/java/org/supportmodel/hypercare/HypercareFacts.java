package org.supportmodel.hypercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.Priority;

/**
 * What exit criteria are evaluated on: the plan, the request records, the process KPIs, the
 * instant of the evaluation and its date in the plan's zone, and the weekly figures computed once
 * for all criteria.
 *
 * <p>Records opened after the instant, resolutions and SLA outcomes after it, and KPIs measured
 * after its date have not happened yet: every default criterion ignores them, and custom ones
 * should too. Immutable and thread-safe.
 */
public final class HypercareFacts {
  private final HypercarePlan plan;
  private final List<RequestRecord> records;
  private final List<ProcessKpi> kpis;
  private final Instant asOf;
  private final LocalDate asOfDate;
  private final long[] weekStarts;
  private final List<WeekFigures> weeks;
  private final boolean anyRequest;

  HypercareFacts(HypercarePlan plan, List<RequestRecord> records, List<ProcessKpi> kpis, Instant asOf) {
    this.plan = plan;
    this.records = List.copyOf(records);
    this.kpis = List.copyOf(kpis);
    this.asOf = asOf;
    this.asOfDate = asOf.atZone(plan.zone()).toLocalDate();
    int count = 0;
    while (!plan.goLive().plusDays(7L * count).atStartOfDay(plan.zone()).toInstant().isAfter(asOf)) {
      count++;
    }
    this.weekStarts = new long[count + 1];
    for (int k = 0; k <= count; k++) {
      weekStarts[k] = plan.goLive().plusDays(7L * k).atStartOfDay(plan.zone()).toEpochSecond();
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

  private List<WeekFigures> figures(int count) {
    int[] inflow = new int[count];
    int[] closures = new int[count];
    int[] met = new int[count];
    int[] missed = new int[count];
    int[] without = new int[count];
    int[] with = new int[count];
    int[] requirements = new int[count];
    int backlog = 0;
    Instant goLive = plan.goLiveInstant();
    for (RequestRecord record : records) {
      if (!record.existsAt(asOf)) {
        continue;
      }
      int opened = weekOf(record.opened());
      if (!record.kind().isSupport()) {
        if (opened >= 0) {
          requirements[opened]++;
        }
      } else {
        if (opened < 0) {
          if (!record.resolved().map(at -> at.isBefore(goLive)).orElse(false)) {
            backlog++;
          }
        } else {
          inflow[opened]++;
        }
        if (record.isResolvedAt(asOf)) {
          int resolved = weekOf(record.resolved().orElseThrow());
          if (resolved >= 0) {
            closures[resolved]++;
            if (record.hypercareResources()) {
              with[resolved]++;
            } else {
              without[resolved]++;
            }
          }
        }
      }
      for (SlaOutcome outcome : record.sla()) {
        if ((outcome.priority() == Priority.P1 || outcome.priority() == Priority.P2) && !outcome.decidedAt().isAfter(asOf)) {
          int week = weekOf(outcome.decidedAt());
          if (week >= 0) {
            if (outcome.met()) {
              met[week]++;
            } else {
              missed[week]++;
            }
          }
        }
      }
    }
    List<WeekFigures> result = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      backlog += inflow[k] - closures[k];
      LocalDate start = plan.goLive().plusDays(7L * k);
      result.add(
          new WeekFigures(
              k + 1, start, start.plusDays(7), weekStarts[k + 1] <= asOf.getEpochSecond(), inflow[k], closures[k],
              backlog, met[k], missed[k], without[k], with[k], requirements[k]));
    }
    return List.copyOf(result);
  }

  /**
   * The index (from 0) of the week an instant falls in.
   *
   * @param instant the instant
   * @return the index, -1 before go-live, the number of weeks after the current one
   */
  public int weekOf(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    long second = instant.getEpochSecond();
    if (weekStarts.length == 0 || second < weekStarts[0]) {
      return -1;
    }
    int index = Arrays.binarySearch(weekStarts, second);
    return index >= 0 ? index : -index - 2;
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
   * Every record given, including those after the instant of the evaluation.
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
   * The instant of the evaluation.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The date of the evaluation in the plan's zone.
   *
   * @return the date
   */
  public LocalDate asOfDate() {
    return asOfDate;
  }

  /**
   * The weeks from go-live that have begun by the instant of the evaluation (a week begins at the
   * midnight that starts it).
   *
   * @return the weeks, in order; empty before go-live
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
   * Whether any request was opened by the instant of the evaluation.
   *
   * @return false when there is no request data at all
   */
  public boolean anyRequest() {
    return anyRequest;
  }
}

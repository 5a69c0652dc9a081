package org.supportmodel.operations;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.core.selection.ResponsibilityMatrix;

/**
 * The shape and size of the support team: from the forecast volume, the share of requests and the
 * handling time at each level, the levels' service hours and a service-level target, the agents
 * each level needs per shift, by the Erlang C model ({@link ErlangC}), for every hour of every
 * week; and the hours when coverage is thin. {@link #whatIf} compares the internal staff each
 * support model needs.
 */
public final class Staffing {
  private Staffing() {}

  /**
   * The staff per week, level and shift.
   *
   * @param forecast the forecast volume
   * @param loads the levels' work, each level once
   * @param target the service-level target for picking requests up
   * @param shifts the shifts, each name once, at least one
   * @param shrinkage the share of paid time not available for requests (meetings, training,
   *     leave), from 0 to below 1
   * @return the plan, never null
   */
  public static StaffingPlan plan(DemandForecast forecast, List<LevelLoad> loads, ServiceTarget target, List<Shift> shifts, double shrinkage) {
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(loads, "loads");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(shifts, "shifts");
    Checks.check(!loads.isEmpty(), "loads", loads, "must hold at least one level");
    Checks.unique(loads, LevelLoad::level, "loads.level");
    Checks.check(!shifts.isEmpty(), "shifts", shifts, "must hold at least one shift");
    Checks.unique(shifts, Shift::name, "shifts.name");
    Checks.check(shrinkage >= 0 && shrinkage < 1, "shrinkage", shrinkage, "must be from 0 to below 1");
    List<StaffingPlan.Row> rows = new ArrayList<>();
    List<StaffingPlan.ThinHour> thin = new ArrayList<>();
    for (int w = 0; w < forecast.weeklyVolumes().size(); w++) {
      LocalDate week = forecast.firstWeek().plusWeeks(w);
      double volume = forecast.weeklyVolumes().get(w);
      for (LevelLoad load : loads) {
        int[] best = new int[shifts.size()];
        ZonedDateTime[] busiest = new ZonedDateTime[shifts.size()];
        double[] rate = new double[shifts.size()];
        for (int h = 0; h < DemandForecast.HOURS; h++) {
          double arrivals = volume * forecast.hourlyShares().get(h) * load.share();
          if (arrivals == 0) {
            continue;
          }
          ZonedDateTime hour = week.plusDays(h / 24).atTime(h % 24, 0).atZone(forecast.zone());
          if (!load.serviceHours().isOpen(hour.toInstant())) {
            thin.add(new StaffingPlan.ThinHour(load.level(), hour, arrivals, "outside the service hours of level " + load.level().number()
                + ": the requests wait until it opens, however many agents there are"));
            continue;
          }
          int agents = (int) Math.ceil(ErlangC.agentsNeeded(arrivals, load.handlingTime(), target) / (1 - shrinkage));
          boolean covered = false;
          for (int s = 0; s < shifts.size(); s++) {
            if (shifts.get(s).covers(h % 24)) {
              covered = true;
              if (agents > best[s]) {
                best[s] = agents;
                busiest[s] = hour;
                rate[s] = arrivals;
              }
            }
          }
          if (!covered) {
            thin.add(new StaffingPlan.ThinHour(load.level(), hour, arrivals, "level " + load.level().number() + " serves then, but no shift"
                + " covers the hour while " + agents + " agents are needed"));
          }
        }
        for (int s = 0; s < shifts.size(); s++) {
          rows.add(new StaffingPlan.Row(week, load.level(), shifts.get(s).name(), best[s], Optional.ofNullable(busiest[s]), rate[s]));
        }
      }
    }
    List<String> assumptions = List.of(
        "requests arrive at random (Poisson) at the forecast rate of each hour, and handling times are exponential around their mean"
            + " (Erlang C)",
        "each level works one queue in its service hours, and no one abandons a request",
        "a level's agents are the most any hour of a shift needs, divided by the share of time available (shrinkage "
            + Math.round(shrinkage * 100) + " %)",
        "requests that arrive outside a level's service hours wait until it opens; those hours are reported, not staffed");
    return new StaffingPlan(rows, thin, assumptions);
  }

  /**
   * The internal staff each support model needs: in each model, the levels where an internal party
   * works ({@link ResponsibilityMatrix}) are staffed internally, the others by the partner.
   *
   * @param forecast the forecast volume
   * @param loads the levels' work
   * @param target the service-level target
   * @param shifts the shifts
   * @param shrinkage the share of paid time not available for requests
   * @param centerOfExcellence whether there is a Center of Excellence
   * @return the peak internal agents per model, summed over the internal levels, by model
   */
  public static Map<SupportModel, Integer> whatIf(
      DemandForecast forecast, List<LevelLoad> loads, ServiceTarget target, List<Shift> shifts, double shrinkage, boolean centerOfExcellence) {
    StaffingPlan plan = plan(forecast, loads, target, shifts, shrinkage);
    Map<SupportModel, Integer> internal = new EnumMap<>(SupportModel.class);
    for (SupportModel model : SupportModel.values()) {
      if (model == SupportModel.FULLY_OUTSOURCED && centerOfExcellence) {
        continue;
      }
      ResponsibilityMatrix matrix = ResponsibilityMatrix.of(model, centerOfExcellence);
      Set<SupportLevel> internalLevels = new HashSet<>();
      for (LevelLoad load : loads) {
        if (matrix.at(load.level()).parties().stream().anyMatch(kind -> kind.isInternal())) {
          internalLevels.add(load.level());
        }
      }
      internal.put(model, internalLevels.stream().mapToInt(plan::peak).sum());
    }
    return internal;
  }
}

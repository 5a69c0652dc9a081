package org.supportmodel.operations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * Forecast request volume: the requests of each week (seasonality and critical periods included,
 * as the forecast sees them) and how a week's requests spread over its 168 hours, in a zone.
 *
 * @param firstWeek the Monday of the first week
 * @param weeklyVolumes the requests of each week, zero or more
 * @param hourlyShares the share of a week's requests in each hour, Monday 00:00 first; 168 shares
 *     that sum to 1
 * @param zone the zone of the hours
 */
public record DemandForecast(LocalDate firstWeek, List<Double> weeklyVolumes, List<Double> hourlyShares, ZoneId zone) {
  /** Hours in a week. */
  public static final int HOURS = 168;

  /** Copies the lists and checks them. */
  public DemandForecast {
    Objects.requireNonNull(firstWeek, "firstWeek");
    Objects.requireNonNull(weeklyVolumes, "weeklyVolumes");
    Objects.requireNonNull(hourlyShares, "hourlyShares");
    Objects.requireNonNull(zone, "zone");
    weeklyVolumes = List.copyOf(weeklyVolumes);
    hourlyShares = List.copyOf(hourlyShares);
    Checks.check(firstWeek.getDayOfWeek() == DayOfWeek.MONDAY, "firstWeek", firstWeek, "must be a Monday");
    Checks.check(!weeklyVolumes.isEmpty() && weeklyVolumes.size() <= 260, "weeklyVolumes", weeklyVolumes.size(), "must hold 1 to 260 weeks");
    for (int i = 0; i < weeklyVolumes.size(); i++) {
      double volume = weeklyVolumes.get(i);
      Checks.check(volume >= 0 && Double.isFinite(volume), "weeklyVolumes[" + i + "]", volume, "must be a finite volume, zero or more");
    }
    Checks.check(hourlyShares.size() == HOURS, "hourlyShares", hourlyShares.size(), "must hold one share per hour of the week (168)");
    double sum = 0;
    for (int i = 0; i < HOURS; i++) {
      double share = hourlyShares.get(i);
      Checks.check(share >= 0 && share <= 1, "hourlyShares[" + i + "]", share, "must be from 0 to 1");
      sum += share;
    }
    Checks.check(Math.abs(sum - 1) < 1e-6, "hourlyShares", sum, "must sum to 1");
  }

  /**
   * A week's requests spread evenly over the hours from {@code open} to {@code close}, Monday to
   * Friday: the usual shape of business-application support.
   *
   * @param open the first hour
   * @param close the hour after the last, after open
   * @return the 168 shares, never null
   */
  public static List<Double> weekdayHours(LocalTime open, LocalTime close) {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(close, "close");
    Checks.check(close.isAfter(open) && open.getMinute() == 0 && close.getMinute() == 0, "close", close,
        "must be a whole hour after the whole hour " + open);
    int hours = close.getHour() - open.getHour();
    List<Double> shares = new ArrayList<>(Collections.nCopies(HOURS, 0.0));
    for (int day = 0; day < 5; day++) {
      for (int hour = open.getHour(); hour < close.getHour(); hour++) {
        shares.set(day * 24 + hour, 1.0 / (5 * hours));
      }
    }
    return shares;
  }
}

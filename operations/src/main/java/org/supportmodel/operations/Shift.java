package org.supportmodel.operations;

import java.time.LocalTime;
import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A shift of the support team: whole hours from a start to an end, overnight when the end is at or
 * before the start.
 *
 * @param name the shift's name
 * @param start the first hour
 * @param end the hour after the last
 */
public record Shift(String name, LocalTime start, LocalTime end) {
  /** Checks the fields. */
  public Shift {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Checks.text(name, "name");
    Checks.check(start.getMinute() == 0 && start.getSecond() == 0 && start.getNano() == 0, "start", start, "must be a whole hour");
    Checks.check(end.getMinute() == 0 && end.getSecond() == 0 && end.getNano() == 0, "end", end, "must be a whole hour");
  }

  /**
   * Whether the shift covers an hour of the day.
   *
   * @param hour 0 to 23
   * @return true if it does
   */
  public boolean covers(int hour) {
    int from = start.getHour();
    int to = end.getHour();
    return from < to ? hour >= from && hour < to : hour >= from || hour < to;
  }
}

package org.supportmodel.sla;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.supportmodel.core.internal.Checks;

/**
 * The calendars one request is measured on, by name: the same policy uses the EMEA calendars for
 * one request and the APAC ones for another.
 *
 * <p>Immutable and thread-safe.
 *
 * @param calendars the calendars by name, at least one
 */
public record CalendarSet(Map<String, BusinessCalendar> calendars) {
  /**
   * Checks and copies the map.
   *
   * @throws IllegalArgumentException if it is empty or a name is invalid
   */
  public CalendarSet {
    Objects.requireNonNull(calendars, "calendars");
    calendars = Map.copyOf(calendars);
    Checks.check(!calendars.isEmpty(), "calendars", calendars, "must hold at least one calendar");
    calendars.keySet().forEach(name -> Checks.identifier(name, "calendars.name"));
  }

  /**
   * One named calendar.
   *
   * @param name the name
   * @param calendar the calendar
   * @return the set, never null
   */
  public static CalendarSet of(String name, BusinessCalendar calendar) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(calendar, "calendar");
    return new CalendarSet(Map.of(name, calendar));
  }

  /**
   * Two named calendars.
   *
   * @param name1 the first name
   * @param calendar1 the first calendar
   * @param name2 the second name
   * @param calendar2 the second calendar
   * @return the set, never null
   */
  public static CalendarSet of(String name1, BusinessCalendar calendar1, String name2, BusinessCalendar calendar2) {
    Objects.requireNonNull(name1, "name1");
    Objects.requireNonNull(calendar1, "calendar1");
    Objects.requireNonNull(name2, "name2");
    Objects.requireNonNull(calendar2, "calendar2");
    return new CalendarSet(Map.of(name1, calendar1, name2, calendar2));
  }

  /**
   * The calendar with a name.
   *
   * @param name the name
   * @return the calendar, never null
   * @throws IllegalArgumentException naming the missing calendar and the known ones
   */
  public BusinessCalendar get(String name) {
    Objects.requireNonNull(name, "name");
    BusinessCalendar calendar = calendars.get(name);
    if (calendar == null) {
      throw new IllegalArgumentException(
          Checks.message("calendar", name, "is not in the calendar set " + new TreeMap<>(calendars).keySet()));
    }
    return calendar;
  }
}

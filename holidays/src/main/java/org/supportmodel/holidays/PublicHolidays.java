package org.supportmodel.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.BusinessCalendar;

/**
 * The public holidays of a country and, optionally, a region of it, from the jollyday data set
 * (maintained by the jollyday project, Apache-2.0): for example Germany/Berlin ({@code "DE",
 * "be"}), the United States/New York ({@code "US", "ny"}) or Sweden ({@code "SE"}).
 *
 * <p>Only public holidays count, on the date they are observed (a holiday moved to a Friday or
 * Monday closes that day); bank holidays and observances do not close support. The region codes
 * are jollyday's, usually the ISO 3166-2 subdivision code without the country ({@code "be"} for
 * DE-BE); an unknown code fails naming the codes that exist.
 *
 * <p>Immutable and thread-safe. Reading a country's data for the first time parses jollyday's XML
 * and jollyday caches it for the life of the class loader. jollyday finds its XML reader
 * ({@code jollyday-jaxb}) by {@code ServiceLoader} with the thread's context class loader: on the
 * class path or an application's module path nothing is needed; in a module layer of your own,
 * make the layer's loader the context class loader.
 */
public final class PublicHolidays {
  private final String country;
  private final List<String> region;
  private final HolidayManager manager;

  private PublicHolidays(String country, List<String> region, HolidayManager manager) {
    this.country = country;
    this.region = region;
    this.manager = manager;
  }

  /**
   * The public holidays of a country and region.
   *
   * @param country the ISO 3166-1 alpha-2 country code, such as {@code "DE"}
   * @param region the region path, outermost first, such as {@code "be"}; none for the whole country
   * @return the holiday source, never null
   * @throws IllegalArgumentException naming the country or region if the data set has no such one
   */
  public static PublicHolidays of(String country, String... region) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(region, "region");
    String code = country.strip().toUpperCase(Locale.ROOT);
    TreeSet<String> supported = new TreeSet<>(HolidayManager.getSupportedCalendarCodes());
    Checks.check(supported.contains(code), "country", country, "is not in the holiday data set; known: " + supported);
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code));
    List<String> path = new ArrayList<>();
    CalendarHierarchy level = manager.getCalendarHierarchy();
    for (String part : region) {
      Objects.requireNonNull(part, "region");
      String key = part.strip().toLowerCase(Locale.ROOT);
      CalendarHierarchy child = level.getChildren().get(key);
      if (child == null) {
        throw new IllegalArgumentException(Checks.message("region", part,
            "is not a region of " + (path.isEmpty() ? country : country + "/" + String.join("/", path))
                + " in the holiday data set; known: " + new TreeSet<>(level.getChildren().keySet())));
      }
      path.add(key);
      level = child;
    }
    return new PublicHolidays(code, List.copyOf(path), manager);
  }

  /**
   * The country code.
   *
   * @return the ISO 3166-1 alpha-2 code, upper case, never null
   */
  public String country() {
    return country;
  }

  /**
   * The region path.
   *
   * @return the region codes, outermost first, empty for the whole country
   */
  public List<String> region() {
    return region;
  }

  /**
   * The public holidays between two dates, both included, with their English names.
   *
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the holidays by date, in order, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public SortedMap<LocalDate, String> between(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Checks.check(!to.isBefore(from), "to", to, "must not be before from " + from);
    SortedMap<LocalDate, String> holidays = new TreeMap<>();
    for (Holiday holiday : manager.getHolidays(from, to, HolidayType.PUBLIC_HOLIDAY, region.toArray(new String[0]))) {
      LocalDate date = holiday.getDate();
      if (!date.isBefore(from) && !date.isAfter(to)) {
        holidays.merge(date, holiday.getDescription(Locale.ENGLISH), (a, b) -> a + " / " + b);
      }
    }
    return Collections.unmodifiableSortedMap(holidays);
  }

  /**
   * A calendar with these public holidays between two dates added to its holidays. Its hours,
   * overrides and breaks stay as they are; on a date with an override the override still wins.
   *
   * @param calendar the calendar
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the new calendar, never null
   */
  public BusinessCalendar addTo(BusinessCalendar calendar, LocalDate from, LocalDate to) {
    Objects.requireNonNull(calendar, "calendar");
    return calendar.toBuilder().holidays(between(from, to).keySet()).build();
  }

  @Override
  public String toString() {
    return "PublicHolidays{" + country + (region.isEmpty() ? "" : "/" + String.join("/", region)) + "}";
  }
}

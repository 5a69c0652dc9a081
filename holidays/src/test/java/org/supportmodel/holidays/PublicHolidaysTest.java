package org.supportmodel.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.supportmodel.sla.BusinessCalendar;

class PublicHolidaysTest {
  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void berlinHasTheNationalHolidaysAndWomensDay() {
    SortedMap<LocalDate, String> berlin = PublicHolidays.of("DE", "be").between(date("2026-01-01"), date("2026-12-31"));
    assertTrue(berlin.containsKey(date("2026-03-08")), "International Women's Day is a public holiday in Berlin");
    assertTrue(berlin.containsKey(date("2026-04-03")), "Good Friday");
    assertTrue(berlin.containsKey(date("2026-04-06")), "Easter Monday");
    assertTrue(berlin.containsKey(date("2026-10-03")), "German Unity Day");
    assertTrue(berlin.containsKey(date("2026-12-25")));
    assertFalse(berlin.containsKey(date("2026-01-06")), "Epiphany is not a holiday in Berlin");
    SortedMap<LocalDate, String> bavaria = PublicHolidays.of("DE", "by").between(date("2026-01-01"), date("2026-12-31"));
    assertTrue(bavaria.containsKey(date("2026-01-06")), "but it is in Bavaria");
    assertFalse(PublicHolidays.of("DE").between(date("2026-01-01"), date("2026-12-31")).containsKey(date("2026-03-08")),
        "Women's Day is Berlin's alone");
  }

  @Test
  void newYorkAndSweden() {
    SortedMap<LocalDate, String> newYork = PublicHolidays.of("US", "ny").between(date("2026-01-01"), date("2026-12-31"));
    assertTrue(newYork.containsKey(date("2026-07-03")), "Independence Day on a Saturday is observed on Friday 3 July");
    assertTrue(newYork.containsKey(date("2026-11-26")), "Thanksgiving");
    SortedMap<LocalDate, String> sweden = PublicHolidays.of("SE").between(date("2026-01-01"), date("2026-12-31"));
    assertTrue(sweden.containsKey(date("2026-06-06")), "National Day");
    assertTrue(sweden.containsKey(date("2026-06-20")), "Midsummer Day");
  }

  @Test
  void aCalendarGetsTheHolidaysAndKeepsItsOverrides() {
    LocalDate goodFriday = date("2026-04-03");
    BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Europe/Berlin")).weekdays("08:00-17:00")
        .override(goodFriday, "09:00-12:00").build();
    BusinessCalendar withHolidays = PublicHolidays.of("DE", "be").addTo(office, date("2026-01-01"), date("2026-12-31"));
    assertTrue(withHolidays.holidays().contains(date("2026-04-06")));
    assertEquals(List.of(), withHolidays.intervalsOn(date("2026-04-06")));
    assertEquals(office.intervalsOn(goodFriday), withHolidays.intervalsOn(goodFriday), "the override wins over the holiday");
    assertEquals(office.weeklyIntervals(java.time.DayOfWeek.MONDAY), withHolidays.weeklyIntervals(java.time.DayOfWeek.MONDAY));
  }

  /**
   * The tests run on the class path; this one resolves the module and its dependencies as a module
   * layer, as an application on the module path would, so that jollyday must find its XML reader
   * (jollyday-jaxb) by service binding.
   */
  @Test
  void theDataLoadsOnTheModulePath() throws Exception {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path[] modules = Arrays.stream(classPath.split(File.pathSeparator))
        .map(Path::of)
        .filter(path -> !path.endsWith("test-classes") && !path.getFileName().toString().matches(
            "(junit|opentest4j|apiguardian|quicktheories|archunit|assertj|error_prone|surefire).*"))
        .toArray(Path[]::new);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(ModuleFinder.of(modules), ModuleFinder.of(), Set.of("org.supportmodel.holidays"));
    assertTrue(configuration.findModule("de.focus_shift.jollyday.jaxb").isPresent(), "the XML reader is bound as a service");
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Class<?> type = layer.findLoader("org.supportmodel.holidays").loadClass("org.supportmodel.holidays.PublicHolidays");
    assertEquals("org.supportmodel.holidays", type.getModule().getName());
    // jollyday looks its reader up with the thread's context class loader: in the boot layer of a
    // module-path application that is the application loader; in a layer of one's own, its loader
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(layer.findLoader("org.supportmodel.holidays"));
    try {
      Object sweden = type.getMethod("of", String.class, String[].class).invoke(null, "SE", new String[0]);
      Object christmas = type.getMethod("between", LocalDate.class, LocalDate.class).invoke(sweden, date("2026-12-25"), date("2026-12-25"));
      assertEquals("{2026-12-25=Christmas}", christmas.toString());
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Test
  void unknownCountriesAndRegionsAreNamed() {
    IllegalArgumentException country = assertThrows(IllegalArgumentException.class, () -> PublicHolidays.of("XX"));
    assertTrue(String.valueOf(country.getMessage()).startsWith("country: 'XX' is not in the holiday data set; known: ["),
        country.getMessage());
    IllegalArgumentException region = assertThrows(IllegalArgumentException.class, () -> PublicHolidays.of("DE", "zz"));
    assertTrue(String.valueOf(region.getMessage()).startsWith("region: 'zz' is not a region of DE in the holiday data set; known: ["),
        region.getMessage());
    assertTrue(String.valueOf(region.getMessage()).contains("be"), region.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PublicHolidays.of("SE").between(date("2026-02-01"), date("2026-01-01")));
    assertEquals("PublicHolidays{DE/be}", PublicHolidays.of("de", "BE").toString());
  }
}

package org.supportmodel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.holidays.PublicHolidays;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.jackson.SupportmodelModule;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.SlaPolicy;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The go-live simulation's configuration, read from JSON files with the {@code
 * supportmodel-jackson} module: the organization's profile, its support setup, the SLA policy, the
 * calendars of each region and the hypercare plan. The defaults are bundled in the examples'
 * resources ({@value #RESOURCES}); a folder given with {@code --config} replaces each file it
 * holds, so a user changes the setup without recompiling.
 *
 * @param profile the organization profile, from which the support model is recommended
 * @param setup the support setup requests are routed with
 * @param policy the SLA policy
 * @param regions the calendars of each region, with the region's public holidays added
 * @param plan the hypercare plan; the simulation adds an action item for every P1 request
 */
record SimulationConfig(
    OrganizationProfile profile, SupportSetup setup, SlaPolicy policy, Map<String, CalendarSet> regions, HypercarePlan plan) {
  /** Where the bundled defaults are, on the class path. */
  static final String RESOURCES = "/org/supportmodel/examples/config/";
  /** The files of a configuration. */
  static final List<String> FILES =
      List.of("organization-profile.json", "support-setup.json", "sla-policy.json", "regions.json", "hypercare-plan.json");

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
          DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES).build();

  /** Copies the regions and checks that nothing is null. */
  SimulationConfig {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(plan, "plan");
    regions = Map.copyOf(regions);
  }

  /**
   * A region of the sample organization: where its public holidays come from and its calendars by
   * name, as the SLA policy's targets name them.
   *
   * @param publicHolidays the holidays added to every calendar that is not open around the clock
   * @param calendars the calendars by name
   */
  record Region(Holidays publicHolidays, Map<String, BusinessCalendar> calendars) {
    Region {
      Objects.requireNonNull(publicHolidays, "publicHolidays");
      calendars = Map.copyOf(calendars);
    }
  }

  /**
   * Public holidays of a country and subdivision from the holiday data set, over a range of dates.
   *
   * @param country the ISO 3166-1 alpha-2 code, such as {@code DE}
   * @param subdivision the subdivision, such as {@code be}; empty for the whole country
   * @param from the first day
   * @param to the last day
   */
  record Holidays(String country, String subdivision, LocalDate from, LocalDate to) {
    Holidays {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(subdivision, "subdivision");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  private static final SimulationConfig BUNDLED = bundledConfig();

  /**
   * The bundled defaults.
   *
   * @return the configuration
   */
  static SimulationConfig bundled() {
    return BUNDLED;
  }

  private static SimulationConfig bundledConfig() {
    try {
      return read(Map.of());
    } catch (IOException e) {
      throw new IllegalStateException("the bundled configuration cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The bundled defaults, with each file the folder holds in place of the bundled one.
   *
   * @param folder the folder
   * @return the configuration
   * @throws NoSuchFileException if the folder does not exist or holds none of the files
   * @throws IOException if a file cannot be read, or holds JSON the library refuses (the message
   *     names the file, the JSON path and the rule)
   */
  static SimulationConfig read(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder");
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder + " (--config names a folder holding any of " + FILES + ")");
    }
    Map<String, Path> files = new LinkedHashMap<>();
    for (String file : FILES) {
      if (Files.isRegularFile(folder.resolve(file))) {
        files.put(file, folder.resolve(file));
      }
    }
    if (files.isEmpty()) {
      throw new NoSuchFileException(folder + " holds none of " + FILES);
    }
    return read(files);
  }

  private static SimulationConfig read(Map<String, Path> files) throws IOException {
    OrganizationProfile profile = read(files, "organization-profile.json", new TypeReference<>() {});
    SupportSetup setup = read(files, "support-setup.json", new TypeReference<>() {});
    SlaPolicy policy = read(files, "sla-policy.json", new TypeReference<>() {});
    Map<String, Region> regions = read(files, "regions.json", new TypeReference<>() {});
    HypercarePlan plan = read(files, "hypercare-plan.json", new TypeReference<>() {});
    Map<String, CalendarSet> calendars = new LinkedHashMap<>();
    for (Map.Entry<String, Region> region : regions.entrySet()) {
      calendars.put(region.getKey(), calendars(region.getKey(), region.getValue()));
    }
    return new SimulationConfig(profile, setup, policy, calendars, plan);
  }

  /** A region's calendars with its public holidays added to each one that has closed hours. */
  private static CalendarSet calendars(String name, Region region) throws InvalidConfig {
    Holidays holidays = region.publicHolidays();
    try {
      PublicHolidays source = holidays.subdivision().isEmpty()
          ? PublicHolidays.of(holidays.country())
          : PublicHolidays.of(holidays.country(), holidays.subdivision());
      Map<String, BusinessCalendar> withHolidays = new LinkedHashMap<>();
      for (Map.Entry<String, BusinessCalendar> calendar : region.calendars().entrySet()) {
        BusinessCalendar hours = calendar.getValue();
        boolean aroundTheClock = hours.equals(BusinessCalendar.twentyFourSeven(hours.zone()));
        withHolidays.put(calendar.getKey(), aroundTheClock ? hours : source.addTo(hours, holidays.from(), holidays.to()));
      }
      return new CalendarSet(withHolidays);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfig("regions.json: $." + name + ": " + e.getMessage(), e);
    }
  }

  private static <T> T read(Map<String, Path> files, String file, TypeReference<T> type) throws IOException {
    Path path = files.get(file);
    try (InputStream in = path != null ? Files.newInputStream(path) : SimulationConfig.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IOException("the bundled " + file + " is missing from the class path");
      }
      return MAPPER.readValue(in, type);
    } catch (MismatchedInputException e) {
      throw new InvalidConfig((path != null ? path.toString() : file) + ": " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new InvalidConfig((path != null ? path.toString() : file) + ": not JSON the simulation can read: " + e.getOriginalMessage(), e);
    }
  }

  /** A configuration file that was read but holds what the library refuses; the message names the file, the JSON path and the rule. */
  static final class InvalidConfig extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidConfig(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

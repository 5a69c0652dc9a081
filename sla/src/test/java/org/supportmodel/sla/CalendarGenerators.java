package org.supportmodel.sla;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of calendars, instants and durations, and a minute-stepping oracle. */
final class CalendarGenerators {
  /** Zones with unusual clock changes: a 30-minute shift, gaps at midnight, and the usual ones. */
  static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Sao_Paulo"), ZoneId.of("Asia/Tehran"), ZoneId.of("Australia/Sydney"), ZoneId.of("UTC"),
          ZoneId.of("Asia/Kolkata"));
  /**
   * Day patterns, among them closes inside spring-forward gaps past the next opening (New York and
   * Berlin at 02:00, Lord Howe's 30-minute gap, Sao Paulo's and Tehran's midnight gaps), opens in
   * a gap, overnight shifts and whole days.
   */
  private static final List<String[]> PATTERNS =
      List.of(new String[0], new String[] {"08:00-17:00"}, new String[] {"08:00-12:00", "13:00-17:00"},
          new String[] {"00:00-24:00"}, new String[] {"22:00-06:00"}, new String[] {"01:30-03:30", "09:00-24:00"},
          new String[] {"07:00-19:00"}, new String[] {"01:00-02:30", "03:00-05:00"},
          new String[] {"01:00-02:15", "02:40-04:00"}, new String[] {"20:00-00:30"}, new String[] {"01:00-05:00", "06:00-18:00"},
          new String[] {"00:30-02:00", "02:30-10:00"}, new String[] {"09:00-09:00"}, new String[] {"12:00-18:00"});
  /** A pattern that no other day's last interval runs into. */
  private static final int SAFE = 13;
  /** The patterns with an open or close inside a spring-forward gap in one of the zones. */
  private static final java.util.Set<Integer> GAP_EDGES = java.util.Set.of(5, 7, 8, 9, 11);
  private static final List<String> BREAKS = List.of("12:00-13:00", "02:00-03:00", "23:00-24:00", "23:30-00:30", "00:15-00:45");
  private static final List<String> DATED_BREAKS = List.of("10:00-11:30", "02:00-03:00", "23:00-01:00", "00:00-00:30");
  private static final List<String[]> OVERRIDES =
      List.of(new String[] {"07:00-21:00"}, new String[0], new String[] {"00:00-24:00"}, new String[] {"01:00-02:30", "03:00-04:00"});
  /** The first day of the generated instants and dates: a stretch with clock changes in every zone above. */
  static final LocalDate BASE = LocalDate.parse("2017-09-01");
  static final int DAYS = 800;

  private CalendarGenerators() {}

  static Gen<BusinessCalendar> calendars() {
    return calendars(ZONES);
  }

  /** Calendars in the given zones, with breaks, holidays, overrides and dated breaks. */
  static Gen<BusinessCalendar> calendars(List<ZoneId> zones) {
    return calendars(zones, true);
  }

  /** The same, without the patterns that open or close inside a spring-forward gap if gapEdges is false. */
  static Gen<BusinessCalendar> calendars(List<ZoneId> zones, boolean gapEdges) {
    Gen<Integer> zone = integers().between(0, zones.size() - 1);
    Gen<Integer> pattern = integers().between(0, PATTERNS.size() - 1)
        .map(p -> gapEdges || !GAP_EDGES.contains(p) ? p : Integer.valueOf(SAFE));
    Gen<Integer> count = integers().between(0, 12);
    Gen<Integer> dayOfRange = integers().between(0, DAYS);
    Gen<Integer> pick = integers().between(0, 99);
    return in -> {
      ZoneId chosenZone = zones.get(zone.generate(in));
      int[] chosen = new int[7];
      for (int d = 0; d < 7; d++) {
        chosen[d] = pattern.generate(in);
      }
      for (int d = 0; d < 7; d++) {
        if (runsInto(PATTERNS.get(chosen[(d + 6) % 7]), PATTERNS.get(chosen[d]))) {
          chosen[d] = SAFE; // the previous day's last interval would run into this day's first
        }
      }
      boolean any = false;
      for (int d = 0; d < 7; d++) {
        any |= chosen[d] != 0;
      }
      if (!any) {
        chosen[0] = SAFE;
      }
      List<String> breaks = new java.util.ArrayList<>();
      for (int i = pick.generate(in) % 3; i > 1; i--) {
        breaks.add(BREAKS.get(pick.generate(in) % BREAKS.size()));
      }
      java.util.Map<LocalDate, String> holidays = new java.util.TreeMap<>();
      int holidayCount = count.generate(in);
      for (int i = 0; i < holidayCount; i++) {
        holidays.put(BASE.plusDays(dayOfRange.generate(in)), "holiday");
      }
      java.util.Map<LocalDate, String[]> overrides = new java.util.TreeMap<>();
      int overrideCount = count.generate(in) / 3;
      for (int i = 0; i < overrideCount; i++) {
        LocalDate date = BASE.plusDays(dayOfRange.generate(in));
        overrides.put(date, OVERRIDES.get(pick.generate(in) % OVERRIDES.size()));
        if (pick.generate(in) < 30) {
          holidays.put(date, "holiday"); // a holiday with a special opening: the override wins
        }
      }
      java.util.Map<LocalDate, String> datedBreaks = new java.util.TreeMap<>();
      int breakCount = count.generate(in) / 4;
      for (int i = 0; i < breakCount; i++) {
        datedBreaks.put(BASE.plusDays(dayOfRange.generate(in)), DATED_BREAKS.get(pick.generate(in) % DATED_BREAKS.size()));
      }
      try {
        return build(chosenZone, chosen, breaks, holidays, overrides, datedBreaks);
      } catch (IllegalArgumentException e) {
        return build(chosenZone, chosen, breaks, holidays, java.util.Map.of(), datedBreaks); // an override ran into a neighbour
      }
    };
  }

  private static BusinessCalendar build(ZoneId zone, int[] chosen, List<String> breaks, java.util.Map<LocalDate, String> holidays,
      java.util.Map<LocalDate, String[]> overrides, java.util.Map<LocalDate, String> datedBreaks) {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    for (int d = 0; d < 7; d++) {
      builder.open(DayOfWeek.of(d + 1), PATTERNS.get(chosen[d]));
    }
    breaks.forEach(builder::breakTime);
    holidays.keySet().forEach(builder::holiday);
    overrides.forEach(builder::override);
    datedBreaks.forEach(builder::breakOn);
    return builder.build();
  }

  /** Whether a day's last interval runs past the next day's first opening. */
  private static boolean runsInto(String[] day, String[] next) {
    if (day.length == 0 || next.length == 0) {
      return false;
    }
    return OpenInterval.parse(day[day.length - 1]).endSecond() - 86_400 > OpenInterval.parse(next[0]).startSecond();
  }

  /** Instants on whole minutes in the generated range. */
  static Gen<Instant> instants() {
    return integers().between(0, DAYS * 24 * 60).map(m -> BASE.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(60L * m));
  }

  /** Business durations in whole minutes, up to about two weeks. */
  static Gen<Duration> durations() {
    return integers().between(0, 14 * 24 * 60).map(m -> Duration.ofMinutes(m));
  }

  /** Business time in [from, to) by stepping minute by minute; from and to on whole minutes. */
  static Duration oracleElapsed(BusinessCalendar calendar, Instant from, Instant to) {
    long minutes = 0;
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
      if (oracleOpen(calendar, t)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  /** Whether open at t, from the local intervals and ZonedDateTime alone. */
  static boolean oracleOpen(BusinessCalendar calendar, Instant t) {
    LocalDate today = t.atZone(calendar.zone()).toLocalDate();
    for (LocalDate day = today.minusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      for (OpenInterval interval : calendar.intervalsOn(day)) {
        Instant start = ZonedDateTime.of(day.atStartOfDay().plusSeconds(interval.startSecond()), calendar.zone()).toInstant();
        Instant end = ZonedDateTime.of(day.atStartOfDay().plusSeconds(interval.endSecond()), calendar.zone()).toInstant();
        if (!t.isBefore(start) && t.isBefore(end)) {
          return true;
        }
      }
    }
    return false;
  }
}

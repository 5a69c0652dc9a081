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
  static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Sydney"), ZoneId.of("America/New_York"),
          ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata"));
  private static final List<String[]> PATTERNS =
      List.of(new String[0], new String[] {"08:00-17:00"}, new String[] {"08:00-12:00", "13:00-17:00"},
          new String[] {"00:00-24:00"}, new String[] {"22:00-06:00"}, new String[] {"01:30-03:30", "09:00-24:00"},
          new String[] {"07:00-19:00"});
  static final LocalDate BASE = LocalDate.parse("2026-01-01");

  private CalendarGenerators() {}

  static Gen<BusinessCalendar> calendars() {
    return calendars(ZONES);
  }

  /** Calendars in the given zones. */
  static Gen<BusinessCalendar> calendars(List<ZoneId> zones) {
    Gen<Integer> zone = integers().between(0, zones.size() - 1);
    Gen<Integer> pattern = integers().between(0, PATTERNS.size() - 1);
    Gen<Integer> count = integers().between(0, 12);
    Gen<Integer> dayOfYear = integers().between(0, 400);
    return in -> {
      BusinessCalendar.Builder builder = BusinessCalendar.builder(zones.get(zone.generate(in)));
      int[] chosen = new int[7];
      boolean any = false;
      for (int d = 0; d < 7; d++) {
        chosen[d] = pattern.generate(in);
      }
      for (int d = 0; d < 7; d++) {
        int previous = chosen[(d + 6) % 7];
        if (previous == 4 && (chosen[d] == 3 || chosen[d] == 5)) {
          chosen[d] = 1; // an overnight shift cannot run into an interval that opens before 06:00
        }
      }
      for (int d = 0; d < 7; d++) {
        builder.open(DayOfWeek.of(d + 1), PATTERNS.get(chosen[d]));
        any |= chosen[d] != 0;
      }
      if (!any) {
        builder.open(DayOfWeek.MONDAY, "08:00-17:00");
      }
      int holidays = count.generate(in);
      java.util.Set<LocalDate> used = new java.util.HashSet<>();
      for (int i = 0; i < holidays; i++) {
        LocalDate date = BASE.plusDays(dayOfYear.generate(in));
        if (used.add(date)) {
          builder.holiday(date);
        }
      }
      int overrides = count.generate(in) / 3;
      for (int i = 0; i < overrides; i++) {
        LocalDate date = BASE.plusDays(dayOfYear.generate(in));
        if (used.add(date)) {
          if (i % 2 == 0) {
            builder.override(date, "07:00-21:00");
          } else {
            builder.closed(date);
          }
        }
      }
      return builder.build();
    };
  }

  /** Instants on whole minutes in 2026 and early 2027. */
  static Gen<Instant> instants() {
    return integers().between(0, 420 * 24 * 60).map(m -> BASE.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(60L * m));
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

package org.supportmodel.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.sla.BusinessCalendar;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class CalendarJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule()).build();
  private static final List<String> INTERVALS = List.of("08:00-12:00", "13:00-17:00", "00:00-24:00", "18:00-21:30");
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("UTC"));

  /** Calendars with weekly intervals (overnight ones among them), weekly and dated breaks, holidays, overrides and closed days. */
  static Gen<BusinessCalendar> calendars() {
    return longs().all().map(seed -> {
      Random random = new Random(seed);
      BusinessCalendar.Builder builder = BusinessCalendar.builder(ZONES.get(random.nextInt(ZONES.size())));
      for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
        if (random.nextInt(4) > 0) {
          builder.open(day, INTERVALS.get(random.nextInt(INTERVALS.size())));
        }
      }
      if (random.nextBoolean()) {
        // overnight into a closed Sunday; a 02:00 break leaves a remainder that opens after midnight
        builder.open(DayOfWeek.SATURDAY, "22:00-06:00");
      }
      builder.open(DayOfWeek.MONDAY, "08:00-17:00");
      if (random.nextBoolean()) {
        builder.breakTime(random.nextBoolean() ? "12:00-13:00" : "02:00-03:00");
      }
      LocalDate base = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
      for (int i = 0; i < random.nextInt(4); i++) {
        builder.holiday(base.plusDays(random.nextInt(60)));
      }
      if (random.nextBoolean()) {
        builder.override(base.plusDays(70 + random.nextInt(20)), "07:00-12:00", "13:00-21:00");
      }
      if (random.nextBoolean()) {
        builder.closed(base.plusDays(95));
      }
      if (random.nextBoolean()) {
        builder.breakOn(base.plusDays(100 + random.nextInt(10)), "10:00-11:00");
      }
      return builder.build();
    });
  }

  @Test
  void theTestKitsCalendarsRoundTripToo() {
    // overnight hours, daylight saving zones and holidays, from the test kit's generator
    qt().withExamples(300).forAll(org.supportmodel.test.SupportGenerators.calendars()).checkAssert(calendar ->
        assertEquals(calendar, MAPPER.readValue(MAPPER.writeValueAsString(calendar), BusinessCalendar.class),
            () -> MAPPER.writeValueAsString(calendar)));
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualCalendar() {
    qt().withExamples(500).forAll(calendars()).checkAssert(calendar ->
        assertEquals(calendar, MAPPER.readValue(MAPPER.writeValueAsString(calendar), BusinessCalendar.class),
            () -> MAPPER.writeValueAsString(calendar)));
  }

  private static String error(String json) {
    return assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, BusinessCalendar.class)).getOriginalMessage();
  }

  @Test
  void aCalendarReadsFromItsDocumentedFormAndErrorsNameThePath() {
    BusinessCalendar calendar = MAPPER.readValue("{\"zone\":\"Europe/Berlin\",\"weekly\":{\"MON\":[\"08:00-12:00\",\"13:00-17:00\"]},"
        + "\"holidays\":[\"2026-04-03\"],\"overrides\":{\"2026-03-31\":[\"07:00-21:00\"],\"2026-12-31\":[]}}", BusinessCalendar.class);
    assertEquals(BusinessCalendar.builder(ZoneId.of("Europe/Berlin")).open(DayOfWeek.MONDAY, "08:00-12:00", "13:00-17:00")
        .holiday(LocalDate.of(2026, 4, 3)).override(LocalDate.of(2026, 3, 31), "07:00-21:00").closed(LocalDate.of(2026, 12, 31)).build(), calendar);

    String monday = "{\"zone\":\"Europe/Berlin\",\"weekly\":{\"MON\":[\"08:00-12:00\",\"13:00-25:00\"]}}";
    assertEquals("$.weekly.MON[1]: interval: '13:00-25:00' must be 'HH:mm-HH:mm'",
        error(monday).replaceFirst(": Text '25:00'.*$", ""));
    assertEquals("$.weekly.MONDAY: is not a field here; the fields are [FRI, MON, SAT, SUN, THU, TUE, WED]",
        error("{\"zone\":\"Europe/Berlin\",\"weekly\":{\"MONDAY\":[]}}"));
    assertEquals("$.zone: 'Europe/Berlim' is not a time zone, such as Europe/Berlin", error("{\"zone\":\"Europe/Berlim\"}"));
    assertEquals("$.holidays[0]: '2026-02-30' is not an ISO-8601 date, such as 2026-04-03",
        error("{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"08:00-12:00\"]},\"holidays\":[\"2026-02-30\"]}"));
    assertEquals("$.overrides.31-03-2026: '31-03-2026' is not an ISO-8601 date, such as 2026-04-03",
        error("{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"08:00-12:00\"]},\"overrides\":{\"31-03-2026\":[]}}"));
  }
}

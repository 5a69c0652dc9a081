package org.supportmodel.jackson;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.OpenInterval;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * A business calendar's definition as JSON:
 *
 * <pre>{@code
 * {"zone": "Europe/Berlin",
 *  "weekly": {"MON": ["08:00-12:00", "13:00-17:00"], ..., "SAT": [], "SUN": []},
 *  "holidays": ["2026-04-03"],
 *  "overrides": {"2026-03-31": ["07:00-21:00"], "2026-12-31": []},
 *  "datedBreaks": {"2026-05-04": ["12:00-14:00"]}}
 * }</pre>
 *
 * <p>Weekly intervals are written after the weekly breaks, so a calendar reads back equal; an
 * override with no interval is a closed day. Package-private; {@link SupportmodelModule}
 * registers it.
 */
final class CalendarJson {
  private static final Set<String> FIELDS = Set.of("schemaVersion", "zone", "weekly", "holidays", "overrides", "datedBreaks");
  private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

  private CalendarJson() {}

  static final class Writer extends ValueSerializer<BusinessCalendar> {
    @Override
    public void serialize(BusinessCalendar calendar, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("zone", calendar.zone().getId());
      out.writeObjectPropertyStart("weekly");
      for (DayOfWeek day : DayOfWeek.values()) {
        intervals(out, DAYS.get(day.ordinal()), calendar.weeklyIntervals(day));
      }
      out.writeEndObject();
      out.writeArrayPropertyStart("holidays");
      for (LocalDate holiday : calendar.holidays()) {
        out.writeString(holiday.toString());
      }
      out.writeEndArray();
      dated(out, "overrides", calendar.overrides());
      dated(out, "datedBreaks", calendar.datedBreaks());
      out.writeEndObject();
    }

    private static void dated(JsonGenerator out, String name, Map<LocalDate, List<OpenInterval>> byDate) {
      out.writeObjectPropertyStart(name);
      for (Map.Entry<LocalDate, List<OpenInterval>> entry : byDate.entrySet()) {
        intervals(out, entry.getKey().toString(), entry.getValue());
      }
      out.writeEndObject();
    }

    private static void intervals(JsonGenerator out, String name, List<OpenInterval> intervals) {
      out.writeArrayPropertyStart(name);
      for (OpenInterval interval : intervals) {
        out.writeString(interval.toString());
      }
      out.writeEndArray();
    }
  }

  static final class Reader extends ValueDeserializer<BusinessCalendar> {
    @Override
    public BusinessCalendar deserialize(JsonParser in, DeserializationContext context) {
      Json json = Json.object(in, context, this);
      json.onlyFields(FIELDS);
      json.schemaVersion();
      ZoneId zone = json.zone("zone");
      BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
      if (json.has("weekly")) {
        Json weekly = json.object("weekly");
        weekly.onlyFields(Set.copyOf(DAYS));
        for (int d = 0; d < DAYS.size(); d++) {
          DayOfWeek day = DayOfWeek.of(d + 1);
          OpenInterval[] intervals = intervals(weekly, DAYS.get(d));
          if (intervals.length > 0) {
            builder.open(day, intervals);
          }
        }
      }
      List<String> holidays = json.strings("holidays");
      for (int i = 0; i < holidays.size(); i++) {
        builder.holiday(date(json, "holidays[" + i + "]", holidays.get(i)));
      }
      if (json.has("overrides")) {
        Json overrides = json.object("overrides");
        for (String name : overrides.names()) {
          LocalDate date = date(overrides, name, name);
          OpenInterval[] intervals = intervals(overrides, name);
          if (intervals.length == 0) {
            builder.closed(date);
          } else {
            String[] texts = overrides.strings(name).toArray(new String[0]);
            overrides.build(() -> builder.override(date, texts));
          }
        }
      }
      if (json.has("datedBreaks")) {
        Json breaks = json.object("datedBreaks");
        for (String name : breaks.names()) {
          LocalDate date = date(breaks, name, name);
          intervals(breaks, name); // each checked at its own path first
          String[] texts = breaks.strings(name).toArray(new String[0]);
          breaks.build(() -> builder.breakOn(date, texts));
        }
      }
      return json.build(builder::build);
    }

    /** The intervals of an array field, each checked at its own path. */
    private static OpenInterval[] intervals(Json json, String name) {
      List<String> texts = json.strings(name);
      OpenInterval[] intervals = new OpenInterval[texts.size()];
      for (int i = 0; i < intervals.length; i++) {
        intervals[i] = json.parse(name + "[" + i + "]", texts.get(i), OpenInterval::parse);
      }
      return intervals;
    }

    private static LocalDate date(Json json, String field, String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw json.error(json.path() + "." + field, "'" + text + "' is not an ISO-8601 date, such as 2026-04-03");
      }
    }
  }
}

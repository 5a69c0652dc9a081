package org.supportmodel.jackson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import tools.jackson.core.JsonGenerator;

/**
 * Writing the shapes every document shares, so each is written one way: the schema version, a
 * resolving authority, optional values left out when empty, durations in whole days where they
 * are. Package-private.
 */
final class Out {
  private Out() {}

  /** The document's {@code "schemaVersion"}: the first field of every top-level document. */
  static void schemaVersion(JsonGenerator out) {
    out.writeNumberProperty("schemaVersion", Json.SCHEMA_VERSION);
  }

  /** A resolving authority: {@code {"id": "fabrikam", "kind": "PARTNER", "name": "Fabrikam"}}. */
  static void authority(JsonGenerator out, String name, ResolvingAuthority authority) {
    out.writeName(name);
    authority(out, authority);
  }

  static void authority(JsonGenerator out, ResolvingAuthority authority) {
    out.writeStartObject();
    out.writeStringProperty("id", authority.id().value());
    out.writeStringProperty("kind", authority.kind().name());
    out.writeStringProperty("name", authority.name());
    out.writeEndObject();
  }

  /** A support level, by its number 1 to 5. */
  static void level(JsonGenerator out, String name, SupportLevel level) {
    out.writeNumberProperty(name, level.number());
  }

  /** An optional instant, left out when empty. */
  static void instant(JsonGenerator out, String name, Optional<Instant> instant) {
    if (instant.isPresent()) {
      out.writeStringProperty(name, instant.get().toString());
    }
  }

  /** An optional date, left out when empty. */
  static void date(JsonGenerator out, String name, Optional<LocalDate> date) {
    if (date.isPresent()) {
      out.writeStringProperty(name, date.get().toString());
    }
  }

  /** An optional text, left out when empty. */
  static void string(JsonGenerator out, String name, Optional<String> text) {
    if (text.isPresent()) {
      out.writeStringProperty(name, text.get());
    }
  }

  /** An optional enum constant by name, left out when empty. */
  static void constant(JsonGenerator out, String name, Optional<? extends Enum<?>> constant) {
    if (constant.isPresent()) {
      out.writeStringProperty(name, constant.get().name());
    }
  }

  /** An optional number, left out when empty. */
  static void number(JsonGenerator out, String name, Optional<Double> number) {
    if (number.isPresent()) {
      out.writeNumberProperty(name, number.get());
    }
  }

  /** An array of texts. */
  static void strings(JsonGenerator out, String name, Collection<String> texts) {
    out.writeArrayPropertyStart(name);
    for (String text : texts) {
      out.writeString(text);
    }
    out.writeEndArray();
  }

  /** An array of enum constants by name. */
  static void constants(JsonGenerator out, String name, Collection<? extends Enum<?>> constants) {
    out.writeArrayPropertyStart(name);
    for (Enum<?> constant : constants) {
      out.writeString(constant.name());
    }
    out.writeEndArray();
  }

  /** An array of instants. */
  static void instants(JsonGenerator out, String name, Collection<Instant> instants) {
    out.writeArrayPropertyStart(name);
    for (Instant instant : instants) {
      out.writeString(instant.toString());
    }
    out.writeEndArray();
  }

  /** An ISO-8601 duration, in whole days ({@code P14D}) where it is whole days, else as {@code PT4H30M}. */
  static String duration(Duration duration) {
    if (!duration.isZero() && duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0) {
      return "P" + duration.toDays() + "D";
    }
    return duration.toString();
  }
}

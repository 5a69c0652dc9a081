package org.supportmodel.jackson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

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

  /** A buffer for instants and durations, reused within one document. */
  static IsoText.Buffer buffer() {
    return new IsoText.Buffer();
  }

  /** An optional instant, left out when empty. */
  static void instant(JsonGenerator out, SerializableString name, Optional<Instant> instant, IsoText.Buffer buffer) {
    if (instant.isPresent()) {
      instant(out, name, instant.get(), buffer);
    }
  }

  /** An optional instant, left out when empty. */
  static void instant(JsonGenerator out, String name, Optional<Instant> instant) {
    if (instant.isPresent()) {
      out.writeName(name);
      instant(out, instant.get(), buffer());
    }
  }

  /** An instant property. */
  static void instant(JsonGenerator out, SerializableString name, Instant instant, IsoText.Buffer buffer) {
    out.writeName(name);
    instant(out, instant, buffer);
  }

  /**
   * An instant value, written raw: its ISO-8601 text never needs escaping, and checking it
   * character by character was most of the time of writing a ticket's SLA.
   */
  static void instant(JsonGenerator out, Instant instant, IsoText.Buffer buffer) {
    char[] text = buffer.chars;
    text[0] = '"';
    int end = IsoText.format(instant, buffer, 1);
    text[end] = '"';
    out.writeRawValue(text, 0, end + 1);
  }

  /** A duration property in ISO-8601, written raw as {@link #instant(JsonGenerator, Instant, IsoText.Buffer)} is. */
  static void duration(JsonGenerator out, SerializableString name, Duration duration, IsoText.Buffer buffer) {
    out.writeName(name);
    char[] text = buffer.chars;
    text[0] = '"';
    int end = IsoText.format(duration, text, 1);
    text[end] = '"';
    out.writeRawValue(text, 0, end + 1);
  }

  /** A constant's name, from a cache of each enum's names quoted once. */
  static void constant(JsonGenerator out, SerializableString name, Enum<?> constant) {
    out.writeName(name);
    out.writeString(NAMES.get(constant.getDeclaringClass())[constant.ordinal()]);
  }

  /** A field name, quoted once. */
  static SerializableString name(String name) {
    return new SerializedString(name);
  }

  /** Each enum's constant names, quoted once per class; computed values, never changed. */
  private static final ClassValue<SerializableString[]> NAMES = new ClassValue<>() {
    @Override
    protected SerializableString[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      SerializableString[] names = new SerializableString[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = new SerializedString(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

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
    IsoText.Buffer buffer = buffer();
    for (Instant instant : instants) {
      instant(out, instant, buffer);
    }
    out.writeEndArray();
  }

  /** An ISO-8601 duration, in whole days ({@code P14D}) where it is whole days, else as {@code PT4H30M}. */
  static String duration(Duration duration) {
    long seconds = duration.getSeconds();
    if (seconds != 0 && seconds % 86_400 == 0 && duration.getNano() == 0) {
      return "P" + seconds / 86_400 + "D";
    }
    return duration.toString();
  }
}

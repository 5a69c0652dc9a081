package org.supportmodel.jackson;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reading a JSON object into a value: each field by name, with its JSON path for errors. An error
 * is Jackson's input-mismatch exception whose message starts with the path and the rule, such as
 * {@code "$.events[2].at: '2026-13-01' is not an ISO-8601 instant with an offset"}.
 * Package-private.
 */
final class Json {
  private final JsonNode node;
  private final String path;
  private final DeserializationContext context;
  private final ValueDeserializer<?> reader;

  private Json(JsonNode node, String path, DeserializationContext context, ValueDeserializer<?> reader) {
    this.node = node;
    this.path = path;
    this.context = context;
    this.reader = reader;
  }

  /** Reads the object at the parser, remembering where it is in the document. */
  static Json object(JsonParser parser, DeserializationContext context, ValueDeserializer<?> reader) {
    String path = path(parser.streamReadContext().pathAsPointer());
    JsonNode node = context.readTree(parser);
    Json json = new Json(node, path, context, reader);
    if (!node.isObject()) {
      throw json.error(path, "must be a JSON object, not " + node.getNodeType());
    }
    return json;
  }

  /** A JSON pointer as a JSON path: {@code /events/2/at} is {@code $.events[2].at}. */
  static String path(JsonPointer pointer) {
    StringBuilder path = new StringBuilder("$");
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        path.append('.').append(p.getMatchingProperty());
      }
    }
    return path.toString();
  }

  String path() {
    return path;
  }

  /** Fails on a field this reader does not know: a typo must not be dropped silently. */
  void onlyFields(Set<String> known) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      String name = fields.next().getKey();
      if (!known.contains(name)) {
        throw error(path + "." + name, "is not a field here; the fields are " + new java.util.TreeSet<>(known));
      }
    }
  }

  /** A required string field. */
  String string(String name) {
    return optionalString(name).orElseThrow(() -> error(path + "." + name, "is required"));
  }

  /** An optional string field: absent or null is empty. */
  Optional<String> optionalString(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isString()) {
      throw error(path + "." + name, "must be a string, not " + value.getNodeType());
    }
    return Optional.of(value.stringValue());
  }

  /** A required instant: ISO-8601 with an offset. */
  Instant instant(String name) {
    String text = string(name);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw error(path + "." + name, "'" + text + "' is not an ISO-8601 instant with an offset, such as 2026-03-02T09:00:00Z");
    }
  }

  /** Runs a library factory; its rule, if it refuses, is reported at this object's path. */
  <T> T build(java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      throw error(path, String.valueOf(e.getMessage()));
    }
  }

  /** Parses a field's text; the parser's refusal is reported at the field's path. */
  <T> T parse(String name, String text, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(path + "." + name, String.valueOf(e.getMessage()));
    }
  }

  RuntimeException error(String at, String rule) {
    try {
      return context.reportInputMismatch(reader, "%s: %s", at, rule);
    } catch (RuntimeException e) {
      return e;
    }
  }

  static @Nullable String orNull(Optional<String> value) {
    return value.orElse(null);
  }
}

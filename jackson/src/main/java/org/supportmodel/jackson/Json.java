package org.supportmodel.jackson;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  /** The version of the documents this module writes and reads. */
  static final int SCHEMA_VERSION = 1;

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

  /** The names of an enum's constants, as the fields of an object keyed by them. */
  static Set<String> names(Enum<?>[] constants) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (Enum<?> constant : constants) {
      names.add(constant.name());
    }
    return names;
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
    return instant(name, string(name));
  }

  private Instant instant(String name, String text) {
    Instant fast = IsoText.parse(text);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw error(path + "." + name, "'" + text + "' is not an ISO-8601 instant with an offset, such as 2026-03-02T09:00:00Z");
    }
  }

  /** A required nested object. */
  Json object(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw error(path + "." + name, "is required");
    }
    if (!value.isObject()) {
      throw error(path + "." + name, "must be a JSON object, not " + value.getNodeType());
    }
    return new Json(value, path + "." + name, context, reader);
  }

  /** The objects of an array field; absent or null is none. */
  List<Json> objects(String name) {
    List<Json> objects = new ArrayList<>();
    JsonNode array = array(name);
    for (int i = 0; i < array.size(); i++) {
      JsonNode value = array.get(i);
      String at = path + "." + name + "[" + i + "]";
      if (!value.isObject()) {
        throw error(at, "must be a JSON object, not " + value.getNodeType());
      }
      objects.add(new Json(value, at, context, reader));
    }
    return objects;
  }

  /** The strings of an array field; absent or null is none. */
  List<String> strings(String name) {
    List<String> strings = new ArrayList<>();
    JsonNode array = array(name);
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isString()) {
        throw error(path + "." + name + "[" + i + "]", "must be a string, not " + array.get(i).getNodeType());
      }
      strings.add(array.get(i).stringValue());
    }
    return strings;
  }

  /** The whole numbers of an array field; absent or null is none. */
  List<Integer> integers(String name) {
    List<Integer> integers = new ArrayList<>();
    JsonNode array = array(name);
    for (int i = 0; i < array.size(); i++) {
      integers.add(integer(array.get(i), path + "." + name + "[" + i + "]"));
    }
    return integers;
  }

  /** A required whole number. */
  int integer(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw error(path + "." + name, "is required");
    }
    return integer(value, path + "." + name);
  }

  /** The names of this object's fields, in document order. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    node.properties().forEach(entry -> names.add(entry.getKey()));
    return names;
  }

  /** Whether a field is given (and not null). */
  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** A required true or false. */
  boolean bool(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw error(path + "." + name, "is required");
    }
    if (!value.isBoolean()) {
      throw error(path + "." + name, "must be true or false, not " + value);
    }
    return value.booleanValue();
  }

  /** An optional true or false: absent or null is the default. */
  boolean bool(String name, boolean otherwise) {
    return has(name) ? bool(name) : otherwise;
  }

  /** A required number. */
  double number(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw error(path + "." + name, "is required");
    }
    if (!value.isNumber()) {
      throw error(path + "." + name, "must be a number, not " + value);
    }
    return value.doubleValue();
  }

  /** An optional nested object: absent or null is empty. */
  Optional<Json> optionalObject(String name) {
    return has(name) ? Optional.of(object(name)) : Optional.empty();
  }

  /** A required ISO-8601 date, such as {@code 2026-05-04}. */
  LocalDate date(String name) {
    return date(name, string(name));
  }

  /** An optional ISO-8601 date: absent or null is empty. */
  Optional<LocalDate> optionalDate(String name) {
    return optionalString(name).map(text -> date(name, text));
  }

  private LocalDate date(String name, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(path + "." + name, "'" + text + "' is not an ISO-8601 date, such as 2026-05-04");
    }
  }

  /** The instants of an array field; absent or null is none. */
  List<Instant> instants(String name) {
    List<Instant> instants = new ArrayList<>();
    List<String> texts = strings(name);
    for (int i = 0; i < texts.size(); i++) {
      instants.add(instant(name + "[" + i + "]", texts.get(i)));
    }
    return instants;
  }

  /** An optional instant: absent or null is empty. */
  Optional<Instant> optionalInstant(String name) {
    return optionalString(name).map(text -> instant(name, text));
  }

  /** A required time zone by its region id, such as {@code Europe/Berlin}. */
  ZoneId zone(String name) {
    String text = string(name);
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw error(path + "." + name, "'" + text + "' is not a time zone, such as Europe/Berlin");
    }
  }

  /** An optional constant of an enum, by name: absent or null is empty. */
  <E extends Enum<E>> Optional<E> optionalConstant(String name, Class<E> type) {
    return has(name) ? Optional.of(constant(name, type)) : Optional.empty();
  }

  /** The constants of an array field, by name; absent or null is none. */
  <E extends Enum<E>> List<E> constants(String name, Class<E> type) {
    List<E> constants = new ArrayList<>();
    List<String> texts = strings(name);
    for (int i = 0; i < texts.size(); i++) {
      String at = name + "[" + i + "]";
      constants.add(parse(at, texts.get(i), text -> org.supportmodel.core.internal.Checks.parseEnum(type, text, at)));
    }
    return constants;
  }

  /**
   * Checks the document's {@code schemaVersion}, if it gives one: this module reads {@value
   * #SCHEMA_VERSION}.
   */
  void schemaVersion() {
    if (has("schemaVersion") && integer("schemaVersion") != SCHEMA_VERSION) {
      throw error(path + ".schemaVersion", node.get("schemaVersion") + " is not supported: this module reads version " + SCHEMA_VERSION);
    }
  }

  /** A required ISO-8601 duration, such as {@code PT4H}. */
  Duration duration(String name) {
    String text = string(name);
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw error(path + "." + name, "'" + text + "' is not an ISO-8601 duration, such as PT4H");
    }
  }

  private int integer(JsonNode value, String at) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw error(at, "must be a whole number, not " + value);
    }
    return value.intValue();
  }

  private JsonNode array(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return context.getNodeFactory().arrayNode();
    }
    if (!value.isArray()) {
      throw error(path + "." + name, "must be a JSON array, not " + value.getNodeType());
    }
    return value;
  }

  /** A required constant of an enum, by name (case and spaces as the library's parsers allow). */
  <E extends Enum<E>> E constant(String name, Class<E> type) {
    return parse(name, string(name), text -> org.supportmodel.core.internal.Checks.parseEnum(type, text, name));
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
}

package org.supportmodel.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.supportmodel.jackson.SupportmodelModule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON serdes for the topology's records, through the interchange module: a ticket event is
 * written as {@code supportmodel-jackson} writes it, so producers outside Java can send the same
 * JSON its schema describes.
 */
public final class JsonSerdes {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule()).build();

  private JsonSerdes() {}

  /**
   * The serde of one type.
   *
   * @param type the type
   * @param <T> the type
   * @return the serde, never null
   */
  public static <T> Serde<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type");
    Serializer<T> serializer = (topic, value) -> value == null ? null : MAPPER.writeValueAsBytes(value);
    Deserializer<T> deserializer = (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return MAPPER.readValue(bytes, type);
      } catch (JacksonException e) {
        throw new SerializationException("topic " + topic + ": not a " + type.getSimpleName() + ": " + e.getOriginalMessage()
            + " in " + new String(bytes, StandardCharsets.UTF_8), e);
      }
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }
}

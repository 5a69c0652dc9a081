package org.supportmodel.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

/**
 * Compact binary serdes for what the topology keeps in its state stores and their changelogs: an
 * open ticket's {@link TicketState} and an {@link AttainmentCount}. The topics people and other
 * systems read (events in, changes and attainment out) stay JSON ({@link JsonSerdes}); a store is
 * read back only by the topology, on every event, so it is kept small and quick to read.
 *
 * <p>The format starts with a version byte ({@value #VERSION}); a reader refuses any other, so a
 * later format can be told apart and migrated. Numbers are variable-length (7 bits a byte), an
 * event's instant is kept as its distance in seconds from the previous event's, strings as UTF-8
 * with their length, and the library's enumerations by fixed codes (a constant's position in this
 * class's tables, never its ordinal, so that reordering an enumeration does not change stored
 * bytes). Bytes that do not read as a value are refused with the topic, the byte offset and what
 * was expected, never read as a wrong value.
 */
public final class StateSerdes {
  /** The format's version, the first byte of every value. */
  public static final byte VERSION = 1;

  // the codes are positions in these tables: append only
  private static final TicketEvent.Type[] TYPES = {TicketEvent.Type.CREATED, TicketEvent.Type.STATUS_CHANGED,
      TicketEvent.Type.PRIORITY_CHANGED, TicketEvent.Type.FIRST_RESPONSE, TicketEvent.Type.UPDATE, TicketEvent.Type.RESOLVED,
      TicketEvent.Type.REOPENED, TicketEvent.Type.CLOSED, TicketEvent.Type.ASSIGNED, TicketEvent.Type.CUSTOMER_REPLY};
  private static final Priority[] PRIORITIES = {Priority.P1, Priority.P2, Priority.P3, Priority.P4};
  private static final SlaMetric[] METRICS = {SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION, SlaMetric.PERIODIC_UPDATE,
      SlaMetric.NEXT_REPLY, SlaMetric.AGENT_WORK, SlaMetric.REQUESTER_WAIT};

  private static final int HAS_PRIORITY = 1;
  private static final int HAS_STATUS = 2;
  private static final int HAS_PARTY = 4;
  /** An event's head byte is its type's code, then this many flags for what it carries. */
  private static final int FLAG_BITS = 3;

  private StateSerdes() {}

  /**
   * The serde of an open ticket's state, as the {@value SlaTopology#TICKETS} store keeps it.
   *
   * @return the serde, never null
   */
  public static Serde<TicketState> ticketState() {
    return serde(StateSerdes::write, StateSerdes::readTicket, "ticket state");
  }

  /**
   * The serde of an attainment count, as the {@value SlaTopology#ATTAINMENT} store keeps it.
   *
   * @return the serde, never null
   */
  public static Serde<AttainmentCount> attainmentCount() {
    return serde(StateSerdes::write, StateSerdes::readAttainment, "attainment count");
  }

  /** Writes a value after the version byte. */
  private interface Writing<T> {
    void write(Out out, T value);
  }

  /** Reads a value after the version byte. */
  private interface Reading<T> {
    T read(In in);
  }

  private static <T> Serde<T> serde(Writing<T> writing, Reading<T> reading, String what) {
    Serializer<T> serializer = (topic, value) -> {
      if (value == null) {
        return null;
      }
      Out out = new Out();
      out.writeByte(VERSION);
      writing.write(out, value);
      return out.bytes();
    };
    Deserializer<T> deserializer = (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      In in = new In(bytes, topic, what);
      int version = in.readByte();
      if (version != VERSION) {
        throw in.refused("version " + version + " where version " + VERSION + " was expected (bytes written by another release)");
      }
      T value;
      try {
        value = reading.read(in);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw in.refused("a value the library refuses: " + e.getMessage());
      }
      if (in.position() != bytes.length) {
        throw in.refused((bytes.length - in.position()) + " bytes left over after the value");
      }
      return value;
    };
    return Serdes.serdeFrom(serializer, deserializer);
  }

  private static void write(Out out, TicketState state) {
    out.writeString(state.tenant(), "tenant");
    out.writeCount(state.events().size());
    long previous = 0;
    for (TicketEvent event : state.events()) {
      int flags = (event.priority().isPresent() ? HAS_PRIORITY : 0) | (event.status().isPresent() ? HAS_STATUS : 0)
          | (event.party().isPresent() ? HAS_PARTY : 0);
      out.writeByte(code(TYPES, event.type()) << FLAG_BITS | flags);
      Instant at = event.at();
      long seconds = at.getEpochSecond();
      out.writeSigned(Math.subtractExact(seconds, previous));
      out.writeCount(at.getNano());
      previous = seconds;
      event.priority().ifPresent(p -> out.writeByte(code(PRIORITIES, p)));
      event.status().ifPresent(s -> out.writeString(s.name(), "status"));
      event.party().ifPresent(p -> out.writeString(p, "party"));
    }
    out.writeCount(state.emitted().size());
    state.emitted().forEach(key -> out.writeString(key, "emitted key"));
    writeOptionalInstant(out, state.armedAt());
    out.writeByte(state.impossible().isPresent() ? 1 : 0);
    state.impossible().ifPresent(why -> out.writeString(why, "impossible"));
  }

  private static TicketState readTicket(In in) {
    String tenant = in.readString("tenant");
    int count = in.readCount("events");
    List<TicketEvent> events = new ArrayList<>(count);
    long previous = 0;
    for (int i = 0; i < count; i++) {
      int head = in.readByte();
      TicketEvent.Type type = in.decode(TYPES, head >>> FLAG_BITS, "event type");
      long seconds = Math.addExact(previous, in.readSigned("event instant"));
      Instant at = instant(in, seconds);
      previous = seconds;
      Optional<Priority> priority = (head & HAS_PRIORITY) != 0 ? Optional.of(in.decode(PRIORITIES, in.readByte(), "priority")) : Optional.empty();
      Optional<TicketStatus> status = (head & HAS_STATUS) != 0 ? Optional.of(TicketStatus.of(in.readString("status"))) : Optional.empty();
      Optional<String> party = (head & HAS_PARTY) != 0 ? Optional.of(in.readString("party")) : Optional.empty();
      events.add(new TicketEvent(at, type, priority, status, party));
    }
    int emittedCount = in.readCount("emitted");
    List<String> emitted = new ArrayList<>(emittedCount);
    for (int i = 0; i < emittedCount; i++) {
      emitted.add(in.readString("emitted key"));
    }
    Optional<Instant> armedAt = readOptionalInstant(in, "armed at");
    Optional<String> impossible = in.readFlag("impossible") ? Optional.of(in.readString("impossible")) : Optional.empty();
    return new TicketState(tenant, events, emitted, armedAt, impossible);
  }

  private static void write(Out out, AttainmentCount count) {
    out.writeString(count.window(), "window");
    Instant start = count.start();
    out.writeSigned(start.getEpochSecond());
    out.writeCount(start.getNano());
    out.writeByte(code(PRIORITIES, count.priority()));
    out.writeByte(code(METRICS, count.metric()));
    out.writeSigned(count.met());
    out.writeSigned(count.missed());
  }

  private static AttainmentCount readAttainment(In in) {
    String window = in.readString("window");
    Instant start = instant(in, in.readSigned("start"));
    Priority priority = in.decode(PRIORITIES, in.readByte(), "priority");
    SlaMetric metric = in.decode(METRICS, in.readByte(), "metric");
    return new AttainmentCount(window, start, priority, metric, in.readSigned("met"), in.readSigned("missed"));
  }

  private static void writeOptionalInstant(Out out, Optional<Instant> instant) {
    out.writeByte(instant.isPresent() ? 1 : 0);
    instant.ifPresent(at -> {
      out.writeSigned(at.getEpochSecond());
      out.writeCount(at.getNano());
    });
  }

  private static Optional<Instant> readOptionalInstant(In in, String field) {
    return in.readFlag(field) ? Optional.of(instant(in, in.readSigned(field))) : Optional.empty();
  }

  private static Instant instant(In in, long seconds) {
    long nanos = in.readUnsigned("nanoseconds");
    if (nanos > 999_999_999) {
      throw in.refused("nanoseconds " + nanos + " beyond 999,999,999");
    }
    try {
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (java.time.DateTimeException e) {
      throw in.refused("instant of " + seconds + " seconds is out of range: " + e.getMessage());
    }
  }

  private static <E> int code(E[] table, E constant) {
    for (int i = 0; i < table.length; i++) {
      if (table[i] == constant) {
        return i;
      }
    }
    throw new IllegalStateException(constant + " has no code in the state format: add it at the end of its table");
  }

  /** Bytes being written: a growing array. */
  private static final class Out {
    private byte[] bytes = new byte[64];
    private int size;

    void writeByte(int value) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.multiplyExact(bytes.length, 2));
      }
      bytes[size++] = (byte) value;
    }

    /** An unsigned number, 7 bits a byte, low bits first. */
    void writeUnsigned(long value) {
      long rest = value;
      while ((rest & ~0x7FL) != 0) {
        writeByte((int) (rest & 0x7F) | 0x80);
        rest >>>= 7;
      }
      writeByte((int) rest);
    }

    void writeCount(int count) {
      writeUnsigned(count);
    }

    /** A signed number, zig-zag encoded so that small negative numbers stay short. */
    void writeSigned(long value) {
      writeUnsigned(value << 1 ^ value >> 63);
    }

    /** A string as its UTF-8 length and bytes; a string that is not whole Unicode (a lone surrogate) is refused, not altered. */
    void writeString(String text, String field) {
      int length = text.length();
      boolean ascii = true;
      for (int i = 0; i < length && ascii; i++) {
        ascii = text.charAt(i) < 0x80;
      }
      if (ascii) {
        writeCount(length);
        for (int i = 0; i < length; i++) {
          writeByte(text.charAt(i));
        }
        return;
      }
      java.nio.ByteBuffer utf8;
      try {
        utf8 = StandardCharsets.UTF_8.newEncoder().encode(java.nio.CharBuffer.wrap(text));
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IllegalArgumentException(field + ": '" + text + "' is not well-formed Unicode (a lone surrogate): " + e);
      }
      writeCount(utf8.remaining());
      while (utf8.hasRemaining()) {
        writeByte(utf8.get());
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(bytes, size);
    }
  }

  /** Bytes being read, with where and what for every refusal. */
  private static final class In {
    private final byte[] bytes;
    private final String topic;
    private final String what;
    private int position;

    In(byte[] bytes, String topic, String what) {
      this.bytes = bytes;
      this.topic = topic;
      this.what = what;
    }

    int position() {
      return position;
    }

    SerializationException refused(String why) {
      return new SerializationException("topic " + topic + ": not a " + what + " (format version " + VERSION + "): at byte "
          + position + " of " + bytes.length + ": " + why);
    }

    int readByte() {
      if (position == bytes.length) {
        throw refused("the bytes end before the value does");
      }
      return bytes[position++] & 0xFF;
    }

    boolean readFlag(String field) {
      int flag = readByte();
      if (flag > 1) {
        throw refused(field + ": flag " + flag + " is neither 0 nor 1");
      }
      return flag == 1;
    }

    long readUnsigned(String field) {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = readByte();
        if (shift == 63 && b > 1) {
          throw refused(field + ": the number is longer than 64 bits");
        }
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw refused(field + ": the number is longer than 64 bits");
    }

    int readCount(String field) {
      long value = readUnsigned(field);
      if (value > bytes.length - position) { // every item takes a byte at least
        throw refused(field + ": count " + value + " is more than the " + (bytes.length - position) + " bytes left");
      }
      if (value > Integer.MAX_VALUE) {
        throw refused(field + ": " + value + " is beyond an int");
      }
      return (int) value;
    }

    long readSigned(String field) {
      long zigzag = readUnsigned(field);
      return zigzag >>> 1 ^ -(zigzag & 1);
    }

    /** A string as {@link Out#writeString} wrote it; bytes that are not UTF-8 are refused, not replaced. */
    String readString(String field) {
      int length = readCount(field);
      int from = position;
      position += length;
      boolean ascii = true;
      for (int i = from; i < position && ascii; i++) {
        ascii = bytes[i] >= 0;
      }
      if (ascii) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
      }
      try {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, from, length)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        position = from;
        throw refused(field + ": " + length + " bytes that are not UTF-8");
      }
    }

    <E> E decode(E[] table, int code, String field) {
      if (code >= table.length) {
        throw refused(field + ": code " + code + " is not one of the " + table.length + " known");
      }
      return table[code];
    }
  }
}

package org.supportmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

class StateSerdesTest {
  private static final Serde<TicketState> TICKETS = StateSerdes.ticketState();
  private static final Serde<AttainmentCount> COUNTS = StateSerdes.attainmentCount();
  private static final Instant T = Instant.parse("2026-05-04T06:00:00Z");

  private static final TicketState STATE = new TicketState("eu",
      List.of(TicketEvent.created(T, Priority.P2), TicketEvent.statusChanged(T.plusSeconds(60), TicketStatus.WAITING_FOR_CUSTOMER),
          TicketEvent.assigned(T.plusSeconds(61).plusNanos(5), "partner")),
      List.of("RESOLUTION#1:WARNING:50"), Optional.of(T.plusSeconds(3600)), Optional.empty());

  private static byte[] bytes(TicketState state) {
    return TICKETS.serializer().serialize("t", state);
  }

  private static TicketState read(byte[] bytes) {
    return TICKETS.deserializer().deserialize("t", bytes);
  }

  @Test
  void theFormatIsPinned() {
    // version 1 | "eu" | 3 events: CREATED P2 at 1777874400 s; STATUS_CHANGED +60 s; ASSIGNED +1 s 5 ns "partner"
    // | 1 emitted key | armed at 1777878000 s | not impossible
    assertThat(HexFormat.of().formatHex(bytes(STATE))).isEqualTo("01" + "02" + "6575" + "03"
        + "01" + "c0d7c19f0d" + "00" + "01"
        + "0a" + "7800" + "14" + "5741495449 4e475f464f525f435553544f4d4552".replace(" ", "")
        + "44" + "0205" + "07" + "706172746e6572"
        + "01" + "17" + "5245534f4c5554494f4e23313a5741524e494e473a3530"
        + "01" + "e08fc29f0d" + "00"
        + "00");
    assertThat(read(bytes(STATE))).isEqualTo(STATE);
  }

  @Test
  void everyEventTypeAndEveryPriorityAndMetricHasACode() {
    for (TicketEvent.Type type : TicketEvent.Type.values()) {
      TicketEvent event = switch (type) {
        case CREATED -> TicketEvent.created(T, Priority.P4, TicketStatus.OPEN);
        case STATUS_CHANGED -> TicketEvent.statusChanged(T, TicketStatus.of("ON_HOLD"));
        case PRIORITY_CHANGED -> TicketEvent.priorityChanged(T, Priority.P3);
        case ASSIGNED -> TicketEvent.assigned(T, "microsoft");
        default -> TicketEvent.of(T, type);
      };
      TicketState state = new TicketState("eu", List.of(event.at(T.plusNanos(999_999_999))), List.of(), Optional.empty(), Optional.of("why"));
      assertThat(read(bytes(state))).as(type.name()).isEqualTo(state);
    }
    for (Priority priority : Priority.values()) {
      for (SlaMetric metric : SlaMetric.values()) {
        AttainmentCount count = new AttainmentCount("WEEK", T, priority, metric, 7, Long.MAX_VALUE);
        assertThat(COUNTS.deserializer().deserialize("a", COUNTS.serializer().serialize("a", count))).isEqualTo(count);
      }
    }
  }

  @Test
  void aCountIsPinned() {
    AttainmentCount count = new AttainmentCount("HOUR", T, Priority.P1, SlaMetric.FIRST_RESPONSE, 3, 1);
    assertThat(HexFormat.of().formatHex(COUNTS.serializer().serialize("a", count)))
        .isEqualTo("01" + "04" + "484f5552" + "c0d7c19f0d" + "00" + "00" + "00" + "06" + "02");
  }

  @Test
  void aTombstoneStaysATombstone() {
    assertThat(TICKETS.serializer().serialize("t", null)).isNull();
    assertThat(TICKETS.deserializer().deserialize("t", null)).isNull();
  }

  private static void refused(String hex, String message) {
    assertThatThrownBy(() -> read(HexFormat.of().parseHex(hex))).isInstanceOf(SerializationException.class).hasMessage(message);
  }

  @Test
  void bytesThatAreNotAStateAreRefusedSayingWhereAndWhy() {
    String head = "01" + "02" + "6575";
    refused("02", "topic t: not a ticket state (format version 1): at byte 1 of 1: version 2 where version 1 was expected"
        + " (bytes written by another release)");
    refused("", "topic t: not a ticket state (format version 1): at byte 0 of 0: the bytes end before the value does");
    refused(head + "01" + "50" + "00" + "00", "topic t: not a ticket state (format version 1): at byte 6 of 8: event type: code 10"
        + " is not one of the 10 known");
    refused(head + "01" + "01" + "00" + "00" + "07", "topic t: not a ticket state (format version 1): at byte 9 of 9: priority: code 7"
        + " is not one of the 4 known");
    refused(head + "01" + "18" + "00" + "00" + "00" + "00" + "00" + "ff",
        "topic t: not a ticket state (format version 1): at byte 11 of 12: 1 bytes left over after the value");
    refused(head + "00" + "00" + "02", "topic t: not a ticket state (format version 1): at byte 7 of 7: armed at: flag 2 is neither 0 nor 1");
    refused(head + "00" + "05" + "00", "topic t: not a ticket state (format version 1): at byte 6 of 7: emitted: count 5 is more than the"
        + " 1 bytes left");
    refused("01" + "02" + "c328" + "00" + "00" + "00" + "00", "topic t: not a ticket state (format version 1): at byte 2 of 8: tenant: 2"
        + " bytes that are not UTF-8");
    refused(head + "01" + "18" + "00" + "8094ebdc03", "topic t: not a ticket state (format version 1): at byte 12 of 12: nanoseconds"
        + " 1000000000 beyond 999,999,999");
    refused(head + "01" + "18" + "ffffffffffffffffff7f", "topic t: not a ticket state (format version 1): at byte 16 of 16: event"
        + " instant: the number is longer than 64 bits");
    refused(head + "01" + "18" + "feffffffffffffffff01" + "00", "topic t: not a ticket state (format version 1): at byte 17 of 17:"
        + " instant of 9223372036854775807 seconds is out of range: Instant exceeds minimum or maximum instant");
    refused(head + "01" + "0a" + "00" + "00" + "02" + "2041" + "00" + "00" + "00", "topic t: not a ticket state (format version 1): at"
        + " byte 11 of 14: a value the library refuses: status: ' A' must not start or end with white space");
  }

  @Test
  void aStringThatIsNotWholeUnicodeIsRefusedNotAltered() {
    TicketState lone = new TicketState("eu\uD800", List.of(), List.of(), Optional.empty(), Optional.empty());
    assertThatThrownBy(() -> bytes(lone)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tenant: 'eu\uD800' is not well-formed Unicode (a lone surrogate)");
  }
}

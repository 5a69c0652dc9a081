package org.supportmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.test.SupportGenerators;

/**
 * The state format's laws: every state the topology can hold reads back equal to what was written,
 * in any order of its events and at any instant to the nanosecond; and no shortened value reads
 * as a value.
 */
class StateSerdesProperties {
  private static final Serde<TicketState> SERDE = StateSerdes.ticketState();

  private static TicketState state(List<TicketEvent> history, long seed) {
    Random random = new Random(seed);
    List<TicketEvent> events = new ArrayList<>();
    for (TicketEvent event : history) {
      Instant shifted = event.at().plusNanos(random.nextInt(1_000_000_000)).minusSeconds(random.nextInt(3) == 0 ? 4_000_000_000L : 0);
      events.add(event.at(shifted));
    }
    Collections.shuffle(events, random);
    List<String> emitted = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      emitted.add("RESOLUTION#" + i + ":WARNING:" + random.nextInt(100));
    }
    Optional<Instant> armed = random.nextBoolean() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(random.nextLong() % 1_000_000_000_000L,
        random.nextInt(1_000_000_000)));
    Optional<String> impossible = random.nextBoolean() ? Optional.empty() : Optional.of("reopen before résolution ✓ " + random.nextInt());
    String tenant = random.nextBoolean() ? "berlin" : "zürich-" + random.nextInt(1000);
    return new TicketState(tenant, events, emitted, armed, impossible);
  }

  @Test
  void everyStateReadsBackEqual() {
    qt().withExamples(300).forAll(SupportGenerators.histories(), longs().all()).checkAssert((history, seed) -> {
      TicketState state = state(history, seed);
      byte[] bytes = SERDE.serializer().serialize("t", state);
      assertThat(SERDE.deserializer().deserialize("t", bytes)).isEqualTo(state);
    });
  }

  @Test
  void noShortenedValueReadsAsAValue() {
    qt().withExamples(100).forAll(SupportGenerators.histories(), longs().all()).checkAssert((history, seed) -> {
      byte[] bytes = SERDE.serializer().serialize("t", state(history, seed));
      for (int length = 0; length < bytes.length; length++) {
        byte[] shortened = java.util.Arrays.copyOf(bytes, length);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SERDE.deserializer().deserialize("t", shortened))
            .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
            .hasMessageStartingWith("topic t: not a ticket state (format version 1): at byte ");
      }
    });
  }
}

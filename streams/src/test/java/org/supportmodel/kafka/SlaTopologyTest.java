package org.supportmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.test.Samples;
import org.supportmodel.test.TicketStory;

class SlaTopologyTest {
  static final SlaStreamsConfig CONFIG =
      SlaStreamsConfig.of(Map.of("berlin", new TenantSla(Samples.policy(), Samples.calendars())));

  private static Instant berlin(TicketStory story, int hour) {
    return story.instant(LocalDate.of(2026, 4, 3).atTime(hour, 0));
  }

  @Test
  void aP1OnGoodFridayWarnsBreachesAndIsMetLateEachOnceAtItsOwnInstant() throws Exception {
    TicketStory story = Samples.p1OnGoodFriday();
    List<TicketEvent> events = story.events();
    try (Driver d = new Driver(CONFIG, events.get(0).at(), Driver.temp())) {
      d.send("INC-1", events.get(0));
      d.at(events.get(1).at());
      d.send("INC-1", events.get(1));
      d.send("INC-1", events.get(1)); // redelivered
      d.at(events.get(2).at());
      d.send("INC-1", events.get(2));
      d.at(events.get(2).at().plus(Duration.ofDays(2)));
      List<SlaChange> emitted = d.changes.readValuesToList();
      List<SlaChange> expected = SlaChanges.of("INC-1", "berlin",
          SlaEvaluation.timeline(RequestId.of("INC-1"), events, Samples.policy(), Samples.calendars(), d.clock()));
      assertThat(emitted).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(emitted).filteredOn(c -> c.metric() == SlaMetric.RESOLUTION).extracting(SlaChange::kind, SlaChange::at)
          .containsExactly(
              tuple(SlaChange.Kind.WARNING, berlin(story, 12)),
              tuple(SlaChange.Kind.WARNING, berlin(story, 13)),
              tuple(SlaChange.Kind.BREACHED, berlin(story, 14)),
              tuple(SlaChange.Kind.MET_LATE, berlin(story, 15)));
    }
  }

  @Test
  void aTimerFiresAtTheExactNextChangeAndNotBefore() throws Exception {
    TicketStory story = Samples.p1OnGoodFriday();
    TicketEvent created = story.events().get(0);
    try (Driver d = new Driver(CONFIG, created.at(), Driver.temp())) {
      d.send("INC-2", created);
      // the first response is due at 10:30; at 10:29:59.999 nothing has happened yet
      Instant due = created.at().plus(Duration.ofMinutes(30));
      d.at(due.minusMillis(1));
      assertThat(d.changes.readValuesToList()).extracting(SlaChange::kind).containsExactly(SlaChange.Kind.WARNING, SlaChange.Kind.WARNING);
      d.at(due);
      assertThat(d.changes.readValuesToList()).extracting(SlaChange::metric, SlaChange::kind, SlaChange::at)
          .contains(tuple(SlaMetric.FIRST_RESPONSE, SlaChange.Kind.BREACHED, due));
      Instant next = d.tickets().get("INC-2").armedAt().orElseThrow();
      assertThat(next).isNotEqualTo(due);
      assertThat(d.timers()).as("the timer moved: the one that fired is gone, one is armed")
          .containsExactly(org.apache.kafka.streams.KeyValue.pair(SlaProcessor.timerKey(next, "INC-2"), "INC-2"));
      // waiting for the customer pauses the resolution: its next change moves, and the timer with it
      d.send("INC-2", TicketEvent.statusChanged(due, TicketStatus.WAITING_FOR_CUSTOMER));
      java.util.Optional<Instant> moved = d.tickets().get("INC-2").armedAt();
      assertThat(moved).isNotEqualTo(java.util.Optional.of(next));
      assertThat(d.timers()).containsExactlyElementsOf(moved.map(at -> List.of(org.apache.kafka.streams.KeyValue.pair(
          SlaProcessor.timerKey(at, "INC-2"), "INC-2"))).orElse(List.of()));
    }
  }

  @Test
  void onStreamTimeTimersFireAsTheRecordsTimeMovesNotTheWallClock() throws Exception {
    TicketStory story = Samples.p1OnGoodFriday();
    TicketEvent created = story.events().get(0);
    Instant due = created.at().plus(Duration.ofMinutes(30)); // the first response
    try (Driver d = new Driver(CONFIG.onStreamTime(), created.at(), Driver.temp())) {
      d.send("INC-9", created);
      d.driver.advanceWallClockTime(Duration.ofHours(6)); // a replay: the wall clock says nothing about the tickets
      assertThat(d.changes.readValuesToList()).isEmpty();
      d.send("INC-10", TicketEvent.created(due.minusMillis(1), Priority.P4)); // the records' time reaches just before the due
      assertThat(d.changes.readValuesToList()).extracting(SlaChange::requestId, SlaChange::kind, SlaChange::threshold)
          .containsExactly(tuple("INC-9", SlaChange.Kind.WARNING, 50), tuple("INC-9", SlaChange.Kind.WARNING, 75));
      d.send("INC-10", TicketEvent.of(due.plusMillis(1), TicketEvent.Type.FIRST_RESPONSE));
      assertThat(d.changes.readValuesToList()).filteredOn(c -> c.requestId().equals("INC-9"))
          .extracting(SlaChange::metric, SlaChange::kind, SlaChange::at)
          .containsExactly(tuple(SlaMetric.FIRST_RESPONSE, SlaChange.Kind.BREACHED, due));
    }
  }

  @Test
  void aTimerArmedBeforeTheLastPunctuationStillFires() throws Exception {
    // a punctuation reads the timers from where the last one stopped; a replayed ticket closed long ago arms its
    // purge before that, and must still leave the store
    Instant t = Instant.parse("2026-04-07T08:00:00Z");
    SlaStreamsConfig replay = CONFIG.onStreamTime().withClosedGrace(Duration.ofHours(2));
    try (Driver d = new Driver(replay, t, Driver.temp())) {
      d.send("INC-11", TicketEvent.created(t, Priority.P3));
      d.send("INC-11", TicketEvent.created(t.plus(Duration.ofDays(10)), Priority.P3)); // stream time: ten days on
      d.send("INC-12", TicketEvent.created(t, Priority.P3));
      d.send("INC-12", TicketEvent.of(t.plus(Duration.ofMinutes(30)), TicketEvent.Type.RESOLVED));
      d.send("INC-12", TicketEvent.of(t.plus(Duration.ofHours(1)), TicketEvent.Type.CLOSED)); // its grace ended at 11:00
      assertThat(d.tickets().get("INC-12")).as("not purged before a punctuation").isNotNull();
      d.send("INC-13", TicketEvent.created(t.plus(Duration.ofDays(10)).plusSeconds(5), Priority.P3)); // the next punctuation
      assertThat(d.tickets().get("INC-12")).isNull();
    }
  }

  @Test
  void aLateEventThatMovesAPauseEarlierDoesNotPauseTheTicketTwice() throws Exception {
    TicketStory story = Samples.p1OnGoodFriday();
    TicketEvent created = story.events().get(0);
    TicketEvent waiting = TicketEvent.statusChanged(created.at().plus(Duration.ofMinutes(20)), TicketStatus.WAITING_FOR_CUSTOMER);
    TicketEvent waitingEarlier = TicketEvent.statusChanged(created.at().plus(Duration.ofMinutes(10)), TicketStatus.WAITING_FOR_CUSTOMER);
    TicketEvent resumed = TicketEvent.statusChanged(created.at().plus(Duration.ofMinutes(40)), TicketStatus.IN_PROGRESS);
    try (Driver d = new Driver(CONFIG, created.at(), Driver.temp())) {
      d.send("INC-7", created);
      d.at(waiting.at());
      d.send("INC-7", waiting);
      d.send("INC-7", waitingEarlier); // from another source, late: the pause began ten minutes earlier
      d.at(resumed.at());
      d.send("INC-7", resumed);
      List<SlaChange> pauses = d.changes.readValuesToList().stream()
          .filter(c -> c.kind() == SlaChange.Kind.PAUSED || c.kind() == SlaChange.Kind.RESUMED).toList();
      // the one pause (of the resolution clock: waiting for the customer does not pause the first response), as it was
      // first seen, and its resume; the library, given the whole history, has the same pause from 08:10
      assertThat(pauses).extracting(SlaChange::metric, SlaChange::kind, SlaChange::pause, SlaChange::at).containsExactly(
          tuple(SlaMetric.RESOLUTION, SlaChange.Kind.PAUSED, 1, waiting.at()),
          tuple(SlaMetric.RESOLUTION, SlaChange.Kind.RESUMED, 1, resumed.at()));
      assertThat(SlaChanges.asOf("INC-7", "berlin", List.of(created, waiting, waitingEarlier, resumed), new TenantSla(Samples.policy(),
          Samples.calendars()), resumed.at()).changes()).filteredOn(c -> c.kind() == SlaChange.Kind.PAUSED)
          .extracting(SlaChange::key, SlaChange::at).containsExactly(tuple("RESOLUTION#1:PAUSED:1", waitingEarlier.at()));
    }
  }

  @Test
  void aClosedTicketLeavesTheStoreAfterTheGracePeriod() throws Exception {
    TicketStory story = Samples.p1OnGoodFriday().after(Duration.ofHours(1)).closed();
    SlaStreamsConfig config = CONFIG.withClosedGrace(Duration.ofHours(2));
    try (Driver d = new Driver(config, story.events().get(0).at(), Driver.temp())) {
      for (TicketEvent event : story.events()) {
        d.at(event.at());
        d.send("INC-3", event);
      }
      Instant closed = story.now();
      d.at(closed.plus(Duration.ofHours(2)).minusMillis(1));
      assertThat(d.tickets().get("INC-3")).isNotNull();
      d.at(closed.plus(Duration.ofHours(2)));
      assertThat(d.tickets().get("INC-3")).isNull();
      try (var all = d.tickets().all()) {
        assertThat(all.hasNext()).isFalse();
      }
    }
  }

  @Test
  void anInstanceRestoredFromTheChangelogResumesAndRepeatsNothing() throws Exception {
    TicketStory story = Samples.p1OnGoodFriday();
    List<TicketEvent> events = story.events();
    List<SlaChange> first;
    Map<String, TicketState> ticketsLog;
    Map<String, String> timersLog;
    try (Driver d = new Driver(CONFIG, events.get(0).at(), Driver.temp())) {
      d.send("INC-4", events.get(0));
      d.at(events.get(1).at());
      d.send("INC-4", events.get(1));
      d.at(berlin(story, 13).plusSeconds(1));
      first = d.changes.readValuesToList();
      // the changelogs, compacted: what a new instance restores its stores from
      ticketsLog = d.driver.createOutputTopic("sla-test-" + SlaTopology.TICKETS + "-changelog",
          org.apache.kafka.common.serialization.Serdes.String().deserializer(), StateSerdes.ticketState().deserializer())
          .readKeyValuesToMap();
      timersLog = d.driver.createOutputTopic("sla-test-" + SlaTopology.TIMERS + "-changelog",
          org.apache.kafka.common.serialization.Serdes.String().deserializer(),
          org.apache.kafka.common.serialization.Serdes.String().deserializer()).readKeyValuesToMap();
    }
    assertThat(first).extracting(SlaChange::kind).contains(SlaChange.Kind.WARNING).doesNotContain(SlaChange.Kind.BREACHED);

    Restored restored = new Restored(CONFIG, ticketsLog, timersLog, berlin(story, 13).plusSeconds(1));
    restored.process("INC-4", events.get(1)); // redelivered after the restart
    restored.punctuate(events.get(2).at());
    restored.process("INC-4", events.get(2));
    List<SlaChange> second = restored.forwarded();
    assertThat(second).extracting(SlaChange::kind).containsExactly(SlaChange.Kind.BREACHED, SlaChange.Kind.MET_LATE);
    List<SlaChange> all = new java.util.ArrayList<>(first);
    all.addAll(second);
    assertThat(all).containsExactlyInAnyOrderElementsOf(SlaChanges.of("INC-4", "berlin",
        SlaEvaluation.timeline(RequestId.of("INC-4"), events, Samples.policy(), Samples.calendars(), events.get(2).at())));
  }

  @Test
  void attainmentIsCountedPerHourAndPerWeek() throws Exception {
    TicketStory story = Samples.p1OnGoodFriday();
    // a second P1 created ten minutes later and answered within the same hour (UTC 08:00)
    TicketEvent created = story.events().get(0);
    List<TicketEvent> second = List.of(TicketEvent.created(created.at().plus(Duration.ofMinutes(10)), Priority.P1),
        TicketEvent.of(created.at().plus(Duration.ofMinutes(25)), TicketEvent.Type.FIRST_RESPONSE));
    List<Map.Entry<String, TicketEvent>> all = new java.util.ArrayList<>();
    story.events().forEach(e -> all.add(Map.entry("INC-5", e)));
    second.forEach(e -> all.add(Map.entry("INC-5b", e)));
    all.sort(Map.Entry.comparingByValue(java.util.Comparator.comparing(TicketEvent::at)));
    try (Driver d = new Driver(CONFIG, created.at(), Driver.temp())) {
      for (Map.Entry<String, TicketEvent> event : all) {
        d.at(event.getValue().at());
        d.send(event.getKey(), event.getValue());
      }
      Map<String, AttainmentCount> counts = d.attainment.readKeyValuesToMap();
      // weeks start on Monday in UTC by default: Good Friday's week starts on 2026-03-30
      AttainmentCount resolutionWeek = java.util.Objects.requireNonNull(counts.get("WEEK|2026-03-30T00:00:00Z|P1|RESOLUTION"),
          counts::toString);
      assertThat(resolutionWeek).isEqualTo(new AttainmentCount("WEEK", Instant.parse("2026-03-30T00:00:00Z"), Priority.P1,
          SlaMetric.RESOLUTION, 0, 2));
      assertThat(resolutionWeek.row().share()).contains(0.0);
      AttainmentCount responseHour = java.util.Objects.requireNonNull(counts.get("HOUR|2026-04-03T08:00:00Z|P1|FIRST_RESPONSE"),
          counts::toString);
      assertThat(responseHour).isEqualTo(new AttainmentCount("HOUR", Instant.parse("2026-04-03T08:00:00Z"), Priority.P1,
          SlaMetric.FIRST_RESPONSE, 2, 0));
      assertThat(responseHour.row().share()).contains(1.0);
    }
  }

  @Test
  void aTicketOfAnUnknownTenantIsRefusedNamingIt() throws Exception {
    try (Driver d = new Driver(CONFIG, Instant.parse("2026-04-03T08:00:00Z"), Driver.temp())) {
      assertThatThrownBy(() -> d.in.pipeInput("INC-6", new TicketEnvelope("paris",
              TicketEvent.created(Instant.parse("2026-04-03T08:00:00Z"), Priority.P2)), Instant.parse("2026-04-03T08:00:00Z")))
          .hasStackTraceContaining("ticket INC-6: tenant 'paris' is not one of the configured [berlin]");
    }
  }

  /**
   * A poison event does not stop the stream when the application uses Kafka Streams' own handlers
   * and dead-letter topic (streams/README.md): it is refused before any state changes, lands on the
   * dead-letter topic with the reason in its headers, and the events after it flow.
   */
  @Test
  void withStreamsOwnHandlersABadEventGoesToTheDeadLetterTopicAndTheRestFlows() throws Exception {
    java.util.Properties handlers = new java.util.Properties();
    handlers.put(org.apache.kafka.streams.StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler.class.getName());
    handlers.put(org.apache.kafka.streams.StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        org.apache.kafka.streams.errors.LogAndContinueExceptionHandler.class.getName());
    handlers.put(org.apache.kafka.streams.StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "sla-rejected");
    Instant eight = Instant.parse("2026-04-03T06:00:00Z");
    try (Driver d = new Driver(CONFIG, eight, Driver.temp(), handlers)) {
      org.apache.kafka.streams.TestInputTopic<String, byte[]> raw = d.driver.createInputTopic(CONFIG.inputTopic(),
          org.apache.kafka.common.serialization.Serdes.String().serializer(), org.apache.kafka.common.serialization.Serdes.ByteArray().serializer());
      raw.pipeInput("INC-1", "{\"tenant\": \"berlin\", \"event\": {".getBytes(java.nio.charset.StandardCharsets.UTF_8), eight);
      d.in.pipeInput("INC-2", new TicketEnvelope("paris", TicketEvent.created(eight, Priority.P2)), eight);
      d.send("INC-3", TicketEvent.created(eight, Priority.P2));
      d.in.pipeInput("INC-3", new TicketEnvelope("paris", TicketEvent.of(eight.plusSeconds(60), TicketEvent.Type.FIRST_RESPONSE)), eight);
      d.send("INC-4", TicketEvent.created(eight, Priority.P2));
      d.send("INC-4", TicketEvent.of(eight.plusSeconds(600), TicketEvent.Type.FIRST_RESPONSE));

      List<org.apache.kafka.streams.test.TestRecord<String, byte[]>> rejected = d.driver.createOutputTopic("sla-rejected",
          org.apache.kafka.common.serialization.Serdes.String().deserializer(),
          org.apache.kafka.common.serialization.Serdes.ByteArray().deserializer()).readRecordsToList();
      assertThat(rejected).extracting(org.apache.kafka.streams.test.TestRecord::key).containsExactly("INC-1", "INC-2", "INC-3");
      assertThat(rejected).extracting(r -> new String(r.headers().lastHeader("__streams.errors.message").value(),
              java.nio.charset.StandardCharsets.UTF_8))
          .satisfies(messages -> assertThat(messages.get(1)).contains("ticket INC-2: tenant 'paris' is not one of the configured [berlin]"))
          .satisfies(messages -> assertThat(messages.get(2)).contains("ticket INC-3: tenant 'paris' differs from its earlier 'berlin'"));
      assertThat(d.tickets().get("INC-2")).as("a refused first event leaves no ticket").isNull();
      assertThat(d.tickets().get("INC-3").events()).as("a refused event leaves its ticket as it was").hasSize(1);
      assertThat(d.changes.readValuesToList()).extracting(SlaChange::requestId, SlaChange::kind, SlaChange::metric)
          .contains(tuple("INC-4", SlaChange.Kind.MET, SlaMetric.FIRST_RESPONSE));
    }
  }
}

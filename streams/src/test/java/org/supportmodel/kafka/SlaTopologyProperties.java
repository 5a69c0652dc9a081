package org.supportmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.test.Samples;
import org.supportmodel.test.SupportGenerators;

/**
 * The topology's laws over histories the library accepts (from the test kit): its changes are
 * those {@link SlaChanges} derives from {@code SlaEvaluation} for the same history at the same
 * instant, each once, whether events are redelivered or arrive out of order.
 */
class SlaTopologyProperties {
  private static final SlaStreamsConfig CONFIG = SlaTopologyTest.CONFIG.withInMemoryStores();

  private static List<SlaChange> expected(List<TicketEvent> history, Instant at) {
    return SlaChanges.asOf("GEN", "berlin", history, new TenantSla(Samples.policy(), Samples.calendars()), at).changes();
  }

  @Test
  void inOrderWithRedeliveriesTheChangesAreExactlyTheLibrarysEachOnce() {
    qt().withExamples(40).forAll(SupportGenerators.histories(), longs().between(0, Long.MAX_VALUE)).checkAssert((history, seed) -> {
      Random random = new Random(seed);
      Instant end = history.get(history.size() - 1).at().plus(Duration.ofDays(30));
      try (Driver d = new Driver(CONFIG, history.get(0).at(), Driver.temp())) {
        for (TicketEvent event : history) {
          d.at(event.at());
          d.send("GEN", event);
          if (random.nextInt(3) == 0) {
            d.send("GEN", event); // redelivered
          }
        }
        d.at(end);
        // a change is its key and instant; its priority is the cycle's when it was emitted
        List<String> emitted = d.changes.readValuesToList().stream().map(c -> c.key() + " at " + c.at()).toList();
        assertThat(emitted).containsExactlyInAnyOrderElementsOf(expected(history, end).stream().map(c -> c.key() + " at " + c.at())
            .toList());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void outOfOrderNothingIsEmittedTwiceAndNothingIsMissed() {
    qt().withExamples(40).forAll(SupportGenerators.histories(), longs().between(0, Long.MAX_VALUE)).checkAssert((history, seed) -> {
      List<TicketEvent> shuffled = new ArrayList<>(history);
      Collections.shuffle(shuffled, new Random(seed));
      Instant last = history.get(history.size() - 1).at();
      Instant end = last.plus(Duration.ofDays(30));
      try (Driver d = new Driver(CONFIG, last, Driver.temp())) {
        for (TicketEvent event : shuffled) {
          d.send("GEN", event);
        }
        d.at(end);
        List<SlaChange> emitted = d.changes.readValuesToList();
        List<String> keys = emitted.stream().map(SlaChange::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
        Set<String> finalKeys = expected(history, end).stream().map(SlaChange::key).collect(Collectors.toSet());
        assertThat(keys).containsAll(finalKeys);
        // a cycle's pauses are numbered 1, 2, ... without a gap, and a resume only follows its pause
        Map<String, List<Integer>> pauses = emitted.stream().filter(c -> c.kind() == SlaChange.Kind.PAUSED)
            .collect(Collectors.groupingBy(c -> c.metric() + "#" + c.cycle(), Collectors.mapping(SlaChange::pause, Collectors.toList())));
        pauses.forEach((cycle, numbers) -> assertThat(numbers).as(cycle).containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
        emitted.stream().filter(c -> c.kind() == SlaChange.Kind.RESUMED).forEach(resume -> assertThat(keys).as(resume.key())
            .contains(resume.metric() + "#" + resume.cycle() + ":PAUSED:" + resume.pause()));
        TicketState state = d.tickets().get("GEN");
        if (state != null) {
          assertThat(state.events()).as("the history is kept in time order, whatever the order of arrival")
              .isSortedAccordingTo(java.util.Comparator.comparing(TicketEvent::at));
        }
        boolean closedAndGone = state == null && history.stream().anyMatch(e -> e.type() == TicketEvent.Type.CLOSED);
        assertThat(closedAndGone || (state != null && state.impossible().isEmpty()))
            .as("the whole history, once received, is evaluated; a closed ticket leaves after its grace").isTrue();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}

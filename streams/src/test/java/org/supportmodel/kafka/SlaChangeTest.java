package org.supportmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.Priority;
import org.supportmodel.sla.SlaMetric;

class SlaChangeTest {
  private static final Instant AT = Instant.parse("2026-04-03T08:20:00Z");

  private static SlaChange change(int cycle, SlaChange.Kind kind, int threshold, int pause) {
    return new SlaChange("INC-1", "berlin", SlaMetric.RESOLUTION, cycle, Priority.P1, kind, threshold, pause, AT);
  }

  @Test
  void aChangesKeyIsItsMetricCycleKindAndThresholdOrPauseNumberNeverItsInstant() {
    assertThat(change(2, SlaChange.Kind.WARNING, 75, 0).key()).isEqualTo("RESOLUTION#2:WARNING:75");
    assertThat(change(1, SlaChange.Kind.BREACHED, 0, 0).key()).isEqualTo("RESOLUTION#1:BREACHED");
    assertThat(change(1, SlaChange.Kind.MET_LATE, 0, 0).key()).isEqualTo("RESOLUTION#1:MET_LATE");
    assertThat(change(1, SlaChange.Kind.PAUSED, 0, 3).key()).isEqualTo("RESOLUTION#1:PAUSED:3");
    assertThat(change(1, SlaChange.Kind.RESUMED, 0, 3).key()).isEqualTo("RESOLUTION#1:RESUMED:3");
  }

  @Test
  void aWarningNeedsItsThresholdAPauseItsNumberAndNoOtherKindEither() {
    assertThatThrownBy(() -> change(0, SlaChange.Kind.MET, 0, 0)).hasMessage("cycle: 0 must be 1 or more");
    assertThatThrownBy(() -> change(1, SlaChange.Kind.WARNING, 0, 0)).hasMessage("threshold: 0 must be 1 or more for a WARNING");
    assertThatThrownBy(() -> change(1, SlaChange.Kind.BREACHED, 50, 0)).hasMessage("threshold: 50 must be 0 for BREACHED");
    assertThatThrownBy(() -> change(1, SlaChange.Kind.PAUSED, 0, 0)).hasMessage("pause: 0 must be 1 or more for PAUSED");
    assertThatThrownBy(() -> change(1, SlaChange.Kind.RESUMED, 0, -1)).hasMessage("pause: -1 must be 1 or more for RESUMED");
    assertThatThrownBy(() -> change(1, SlaChange.Kind.WARNING, 50, 1)).hasMessage("pause: 1 must be 0 for WARNING");
    assertThat(change(1, SlaChange.Kind.WARNING, 1, 0).threshold()).isEqualTo(1);
    assertThat(change(1, SlaChange.Kind.PAUSED, 0, 1).pause()).isEqualTo(1);
    assertThat(java.util.Arrays.stream(SlaChange.Kind.values()).filter(SlaChange.Kind::isPause))
        .containsExactly(SlaChange.Kind.PAUSED, SlaChange.Kind.RESUMED);
  }
}

package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table-driven zone clock agrees with java.time everywhere, including outside its table. */
class ZoneClockProperties {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("UTC"));
  /** 1900-01-01 to 2200-01-01 in epoch seconds: inside and outside the clock's 1970-2100 table. */
  private static final long FROM = -2_208_988_800L;
  private static final long TO = 7_258_118_400L;

  @Test
  void localToInstantMatchesZonedDateTime() {
    qt().withExamples(20_000)
        .forAll(integers().between(0, ZONES.size() - 1), longs().between(FROM, TO))
        .checkAssert(
            (zone, local) -> {
              LocalDateTime time = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
              assertEquals(
                  time.atZone(ZONES.get(zone)).toEpochSecond(),
                  new ZoneClock(ZONES.get(zone).getRules()).epochSecondOf(local),
                  () -> time + " in " + ZONES.get(zone));
            });
  }

  @Test
  void aroundEveryClockChangeConversionsMatchZonedDateTime() {
    for (ZoneId zone : ZONES) {
      ZoneClock clock = new ZoneClock(zone.getRules());
      for (ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.ofEpochSecond(FROM));
          transition != null && transition.toEpochSecond() < TO;
          transition = zone.getRules().nextTransition(transition.getInstant())) {
        long change = transition.toEpochSecond();
        for (long delta = -7200; delta <= 7200; delta += 900) {
          long local = transition.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC) + delta;
          LocalDateTime time = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
          assertEquals(time.atZone(zone).toEpochSecond(), clock.epochSecondOf(local), () -> time + " in " + zone);
          long instant = change + delta;
          assertEquals(
              instant + zone.getRules().getOffset(Instant.ofEpochSecond(instant)).getTotalSeconds(),
              clock.localEpochSecondOf(instant),
              () -> Instant.ofEpochSecond(instant) + " in " + zone);
        }
        assertEquals(change, clock.nextChangeAfter(change - 1), zone + " next change");
        assertEquals(true, clock.changesBetween(change, change + 1), zone + " change at its own second");
        assertEquals(false, clock.changesBetween(change + 1, change + 60), zone + " no change just after");
      }
    }
  }
}

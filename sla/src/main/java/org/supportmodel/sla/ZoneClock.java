package org.supportmodel.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Converts between local wall-clock seconds and instants in one zone for the length of one
 * calculation. It remembers the offset of the stretch between two clock changes it last looked
 * at, so that conversions far from a clock change need no look-up. Local to one call, never
 * shared: it holds no state beyond the call.
 *
 * <p>Local times in a gap move forward by the length of the gap; ambiguous local times take the
 * earlier offset, as {@link java.time.ZonedDateTime#of} does.
 */
final class ZoneClock {
  private static final long DAY = 86_400L;
  private static final long MARGIN = 2 * DAY;

  private final ZoneRules rules;
  private final boolean fixed;
  private long offset;
  private long windowStart = Long.MAX_VALUE / 2;
  private long windowEnd = Long.MIN_VALUE / 2;

  ZoneClock(ZoneRules rules) {
    this.rules = rules;
    this.fixed = rules.isFixedOffset();
    if (fixed) {
      offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
      windowStart = Long.MIN_VALUE;
      windowEnd = Long.MAX_VALUE;
    }
  }

  /** The instant, in epoch seconds, of a local wall-clock time given in local epoch seconds. */
  long epochSecondOf(long localEpochSecond) {
    long guess = localEpochSecond - offset;
    if (fixed || (guess > windowStart + MARGIN && guess < windowEnd - MARGIN)) {
      return guess;
    }
    LocalDateTime local = LocalDateTime.ofEpochSecond(localEpochSecond, 0, ZoneOffset.UTC);
    ZoneOffsetTransition transition = rules.getTransition(local);
    ZoneOffset zoneOffset = transition == null ? rules.getOffset(local) : transition.getOffsetBefore();
    long epochSecond = localEpochSecond - zoneOffset.getTotalSeconds();
    remember(epochSecond);
    return epochSecond;
  }

  /** The local epoch second of an instant given in epoch seconds. */
  long localEpochSecondOf(long epochSecond) {
    if (fixed || (epochSecond >= windowStart && epochSecond < windowEnd)) {
      return epochSecond + offset;
    }
    remember(epochSecond);
    return epochSecond + offset;
  }

  /** Whether a clock change happens in {@code [fromEpochSecond, toEpochSecond)}. */
  boolean changesBetween(long fromEpochSecond, long toEpochSecond) {
    if (fixed) {
      return false;
    }
    if (fromEpochSecond < windowStart || fromEpochSecond >= windowEnd) {
      remember(fromEpochSecond);
    }
    return windowEnd < toEpochSecond;
  }

  /** The epoch second of the first clock change after the given one, or Long.MAX_VALUE. */
  long nextChangeAfter(long epochSecond) {
    if (fixed) {
      return Long.MAX_VALUE;
    }
    ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(epochSecond));
    return next == null ? Long.MAX_VALUE : next.toEpochSecond();
  }

  private void remember(long epochSecond) {
    Instant instant = Instant.ofEpochSecond(epochSecond);
    offset = rules.getOffset(instant).getTotalSeconds();
    ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(instant);
    windowStart = previous == null ? Long.MIN_VALUE / 2 : previous.toEpochSecond();
    windowEnd = next == null ? Long.MAX_VALUE / 2 : next.toEpochSecond();
  }
}

package org.supportmodel.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between local wall-clock seconds and instants in one zone. The clock changes from 1970
 * to 2100 are read once into sorted arrays, so that a conversion is a binary search with no
 * allocation; outside that range it asks the zone rules. Immutable and thread-safe.
 *
 * <p>Local times in a gap move forward by the length of the gap; ambiguous local times take the
 * earlier offset, as {@link java.time.ZonedDateTime#of} does.
 */
final class ZoneClock {
  private static final long DAY = 86_400L;
  /** 1970-01-01T00:00Z. */
  private static final long TABLE_START = 0L;
  /** 2100-01-01T00:00Z. */
  private static final long TABLE_END = 4_102_444_800L;

  private final ZoneRules rules;
  private final boolean fixed;
  private final long fixedOffset;
  /** The epoch seconds of the clock changes in the table's range, ascending. */
  private final long[] changes;
  /**
   * For each change, the first local second that takes the offset after it: the later of the
   * change's local times in either offset, so that gap times keep the offset before (and move
   * forward) and ambiguous times keep the earlier offset.
   */
  private final long[] localBoundaries;
  /** offsets[k] is the offset after the k-th change; offsets[0] is the one before the first. */
  private final long[] offsets;
  /** For each bucket of 2^22 seconds (48 days) from 1970, how many changes come before it. */
  private final int[] changesBefore;
  /** The same for the local boundaries. */
  private final int[] boundariesBefore;

  ZoneClock(ZoneRules rules) {
    this.rules = rules;
    this.fixed = rules.isFixedOffset();
    this.fixedOffset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    List<ZoneOffsetTransition> found = new ArrayList<>();
    if (!fixed) {
      for (ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(TABLE_START - 1));
          next != null && next.toEpochSecond() < TABLE_END;
          next = rules.nextTransition(next.getInstant())) {
        found.add(next);
      }
    }
    int n = found.size();
    this.changes = new long[n];
    this.localBoundaries = new long[n];
    this.offsets = new long[n + 1];
    offsets[0] = rules.getOffset(Instant.ofEpochSecond(TABLE_START)).getTotalSeconds();
    for (int i = 0; i < n; i++) {
      ZoneOffsetTransition transition = found.get(i);
      long before = transition.getOffsetBefore().getTotalSeconds();
      long after = transition.getOffsetAfter().getTotalSeconds();
      changes[i] = transition.toEpochSecond();
      localBoundaries[i] = changes[i] + Math.max(before, after);
      offsets[i + 1] = after;
    }
    this.changesBefore = buckets(changes);
    this.boundariesBefore = buckets(localBoundaries);
  }

  private static final int SHIFT = 22;

  private static int[] buckets(long[] sorted) {
    int[] before = new int[(int) ((TABLE_END - TABLE_START) >>> SHIFT) + 2];
    int k = 0;
    for (int b = 0; b < before.length; b++) {
      long bucketStart = TABLE_START + ((long) b << SHIFT);
      while (k < sorted.length && sorted[k] < bucketStart) {
        k++;
      }
      before[b] = k;
    }
    return before;
  }

  /** The instant, in epoch seconds, of a local wall-clock time given in local epoch seconds. */
  long epochSecondOf(long localEpochSecond) {
    if (fixed) {
      return localEpochSecond - fixedOffset;
    }
    if (localEpochSecond - DAY < TABLE_START || localEpochSecond + DAY >= TABLE_END) {
      LocalDateTime local = LocalDateTime.ofEpochSecond(localEpochSecond, 0, ZoneOffset.UTC);
      ZoneOffsetTransition transition = rules.getTransition(local);
      ZoneOffset offset = transition == null ? rules.getOffset(local) : transition.getOffsetBefore();
      return localEpochSecond - offset.getTotalSeconds();
    }
    return localEpochSecond - offsets[countAtOrBelow(localBoundaries, boundariesBefore, localEpochSecond)];
  }

  /** The local epoch second of an instant given in epoch seconds. */
  long localEpochSecondOf(long epochSecond) {
    if (fixed) {
      return epochSecond + fixedOffset;
    }
    if (epochSecond < TABLE_START || epochSecond >= TABLE_END) {
      return epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
    return epochSecond + offsets[countAtOrBelow(changes, changesBefore, epochSecond)];
  }

  /** Whether a clock change happens in {@code [fromEpochSecond, toEpochSecond)}. */
  boolean changesBetween(long fromEpochSecond, long toEpochSecond) {
    if (fixed || toEpochSecond <= fromEpochSecond) {
      return false;
    }
    if (fromEpochSecond <= TABLE_START || toEpochSecond > TABLE_END) {
      ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(fromEpochSecond - 1));
      return next != null && next.toEpochSecond() < toEpochSecond;
    }
    int k = countAtOrBelow(changes, changesBefore, fromEpochSecond - 1);
    return k < changes.length && changes[k] < toEpochSecond;
  }

  /** The epoch second of the first clock change after the given one, or Long.MAX_VALUE. */
  long nextChangeAfter(long epochSecond) {
    if (fixed) {
      return Long.MAX_VALUE;
    }
    if (epochSecond >= TABLE_START && epochSecond < TABLE_END) {
      int k = countAtOrBelow(changes, changesBefore, epochSecond);
      if (k < changes.length) {
        return changes[k];
      }
    }
    ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(epochSecond));
    return next == null ? Long.MAX_VALUE : next.toEpochSecond();
  }

  /**
   * How many elements of a sorted array are at or below a value in the table's range: the bucket
   * gives the count before the value's bucket, and a bucket holds at most a few changes.
   */
  private static int countAtOrBelow(long[] sorted, int[] before, long value) {
    int k = before[(int) ((value - TABLE_START) >>> SHIFT)];
    while (k < sorted.length && sorted[k] <= value) {
      k++;
    }
    return k;
  }
}

package org.supportmodel.hypercare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.SlaOutcome;

/**
 * How SLA attainment is counted for hypercare: the one definition behind the weekly figures, the
 * SLA attainment criterion and every report.
 *
 * <p>The guidance's criterion reads "over 90 % of SLA targets for P1 and P2 requests met". By
 * default a <em>request</em> meets its targets or not ({@link #PER_REQUEST}), so one long request
 * with many periodic-update cycles weighs no more than a short one; counting every target cycle
 * stays an option ({@link #PER_TARGET}).
 *
 * <p>Which requests or targets count in a period {@code [from, to)}, as of {@code to}:
 *
 * <ul>
 *   <li>a <em>met</em> one counts in the period in which it was decided: for a target, when its
 *       cycle ended on time; for a request, when it was resolved with every target decided so far
 *       met (the later of its resolution in force and its last met target);
 *   <li>a <em>missed</em> one counts from its breach (a request's first missed target) and keeps
 *       counting in every later period while the request stays unresolved: it counts in a period
 *       when it breached in it, or breached earlier and the request was still open when the
 *       period began;
 *   <li>a request that is open and has missed nothing yet is not decided and does not count;
 *   <li>a new requirement ({@link RequestKind#NEW_REQUIREMENT}) never counts: it is change, not
 *       support, whatever targets it carries.
 * </ul>
 *
 * <p>Only what was decided before {@code to} is seen, so a period that is over never changes
 * when later data arrives.
 */
public enum SlaCounting {
  /** Each request counts once: met if every target it had was met, missed from its first miss. */
  PER_REQUEST,
  /** Each target cycle counts: periodic updates, first response and resolution alike. */
  PER_TARGET;

  /**
   * The requests (or targets) met and missed in a period.
   *
   * @param met how many were met
   * @param missed how many were missed
   * @param metRequests the requests met (for {@link #PER_TARGET}, each request with a target met)
   * @param missedRequests the requests missed, with the outcome of their first miss in the period
   * @param stillOpen the missed requests still unresolved at the end of the period: they count
   *     as missed in the next period too, until they are resolved
   */
  public record Tally(
      long met, long missed, List<RequestRecord> metRequests, List<Miss> missedRequests, List<RequestId> stillOpen) {
    /** Copies the lists and checks that nothing is null. */
    public Tally {
      Objects.requireNonNull(metRequests, "metRequests");
      Objects.requireNonNull(missedRequests, "missedRequests");
      Objects.requireNonNull(stillOpen, "stillOpen");
      metRequests = List.copyOf(metRequests);
      missedRequests = List.copyOf(missedRequests);
      stillOpen = List.copyOf(stillOpen);
    }

    /**
     * How many were decided: met plus missed.
     *
     * @return the total
     */
    public long total() {
      return met + missed;
    }

    /**
     * The share met.
     *
     * @return met over total, or empty when nothing was decided
     */
    public Optional<Double> share() {
      return total() == 0 ? Optional.empty() : Optional.of((double) met / total());
    }
  }

  /**
   * A missed request and the target whose miss counts.
   *
   * @param record the request
   * @param outcome its first missed target (for {@link #PER_TARGET}, the missed target)
   */
  public record Miss(RequestRecord record, SlaOutcome outcome) {
    /** Checks that nothing is null. */
    public Miss {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /**
   * Counts the requests or targets of some priorities met and missed in {@code [from, to)}, as
   * known before {@code to}. Per request, a request counts by its priority; per target, each target
   * by the priority that applied to it.
   *
   * @param records the requests, in any order
   * @param priorities the priorities that count
   * @param from the start of the period
   * @param to the end of the period (exclusive), and the instant of knowledge
   * @param detail whether to list the requests (the counts alone are cheaper)
   * @return the tally, never null
   */
  public Tally tally(
      Collection<RequestRecord> records, Set<org.supportmodel.core.Priority> priorities, Instant from, Instant to, boolean detail) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(priorities, "priorities");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    long met = 0;
    long missed = 0;
    List<RequestRecord> metRequests = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    List<RequestId> stillOpen = new ArrayList<>();
    for (RequestRecord record : records) {
      if (!counts(record) || !record.existsAt(to)) {
        continue;
      }
      if (this == PER_TARGET) {
        boolean anyMet = false;
        boolean anyMissed = false;
        for (SlaOutcome outcome : record.sla()) {
          if (!priorities.contains(outcome.priority()) || !outcome.decidedBefore(to)) {
            continue;
          }
          if (outcome.met()) {
            if (outcome.countsIn(from, to, false)) {
              met++;
              anyMet = true;
            }
          } else if (missCounts(record, outcome, from, to)) {
            missed++;
            anyMissed = true;
            if (detail) {
              misses.add(new Miss(record, outcome));
            }
          }
        }
        if (detail && anyMet) {
          metRequests.add(record);
        }
        if (detail && anyMissed && record.openAt(to)) {
          stillOpen.add(record.id());
        }
        continue;
      }
      if (!priorities.contains(record.priority())) {
        continue;
      }
      SlaOutcome firstMiss = firstMissBefore(record, to);
      if (firstMiss != null) {
        if (missCounts(record, firstMiss, from, to)) {
          missed++;
          if (detail) {
            misses.add(new Miss(record, firstMiss));
            if (record.openAt(to)) {
              stillOpen.add(record.id());
            }
          }
        }
      } else if (metIn(record, from, to)) {
        met++;
        if (detail) {
          metRequests.add(record);
        }
      }
    }
    return new Tally(met, missed, metRequests, misses, stillOpen);
  }

  /**
   * Counts per request, for every week at once, what {@link #tally} counts for each week: one pass
   * over the records instead of one per week. {@code met[k]} and {@code missed[k]} receive the
   * requests of week {@code k}, which runs from {@code starts[k]} to {@code starts[k + 1]}, cut at
   * {@code asOf}.
   */
  static void perRequestByWeek(
      Collection<RequestRecord> records, Set<org.supportmodel.core.Priority> priorities, Instant[] starts, Instant asOf, int[] met,
      int[] missed) {
    int weeks = met.length;
    for (RequestRecord record : records) {
      if (!counts(record) || !priorities.contains(record.priority())) {
        continue;
      }
      for (int k = 0; k < weeks; k++) {
        Instant from = starts[k];
        Instant to = starts[k + 1].isBefore(asOf) ? starts[k + 1] : asOf;
        if (!record.existsAt(to)) {
          continue;
        }
        SlaOutcome firstMiss = firstMissBefore(record, to);
        if (firstMiss != null) {
          if (missCounts(record, firstMiss, from, to)) {
            missed[k]++;
          }
        } else if (metIn(record, from, to)) {
          met[k]++;
        }
      }
    }
  }

  /** Whether a request counts at all: a support request (not a new requirement) with SLA outcomes. */
  private static boolean counts(RequestRecord record) {
    return record.kind().isSupport() && !record.sla().isEmpty();
  }

  /** The request's first missed target decided before {@code to}, or null; no Optional, as this runs per record and week. */
  private static @Nullable SlaOutcome firstMissBefore(RequestRecord record, Instant to) {
    SlaOutcome firstMiss = null;
    for (SlaOutcome outcome : record.sla()) {
      if (!outcome.met() && outcome.decidedBefore(to) && (firstMiss == null || outcome.decidedAt().isBefore(firstMiss.decidedAt()))) {
        firstMiss = outcome;
      }
    }
    return firstMiss;
  }

  /**
   * Whether a request with no miss before {@code to} counts as met in {@code [from, to)}: resolved
   * then, with a met target, decided (the later of its resolution and its last met target) in the
   * period.
   */
  private static boolean metIn(RequestRecord record, Instant from, Instant to) {
    Instant lastMet = null;
    for (SlaOutcome outcome : record.sla()) {
      if (outcome.met() && outcome.decidedBefore(to) && (lastMet == null || outcome.decidedAt().isAfter(lastMet))) {
        lastMet = outcome.decidedAt();
      }
    }
    Instant resolution = record.resolutionInForce(to);
    if (lastMet == null || resolution == null) {
      return false;
    }
    Instant decided = resolution.isAfter(lastMet) ? resolution : lastMet;
    return !decided.isBefore(from);
  }

  /**
   * A miss decided before the period's end counts in a period that it falls in, or that began while
   * its request was still open: {@link SlaOutcome#countsIn}, the rule every count uses.
   */
  private static boolean missCounts(RequestRecord record, SlaOutcome miss, Instant from, Instant to) {
    return miss.countsIn(from, to, record.openAt(from));
  }
}

package org.supportmodel.hypercare;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.core.internal.Checks;

/**
 * The exit criteria of the guidance and those practitioners add. Each is a pure function of the
 * {@link HypercareFacts}; a criterion with nothing to measure reports {@link
 * CriterionStatus#NO_DATA}, never a pass.
 */
public final class ExitCriteria {
  /** How far ahead a trend is projected, in weeks. */
  static final int WEEKS_AHEAD = 26;
  /** How many recent complete weeks a trend is fitted on. */
  static final int TREND_WEEKS = 4;

  private ExitCriteria() {}

  /**
   * The guidance's four criteria and the three practitioners add, in this order: {@link
   * #noOpenP1WithoutActionPlan()}, {@link #keyProcessesAtTarget()}, {@link #slaAttainment()},
   * {@link #resolvedWithoutHypercareResources()}, {@link #backlogTrend(int)} over 2 weeks, {@link
   * #firstPeriodClosed()} and {@link #handoverSignedOff()}.
   *
   * @return the criteria, never null
   */
  public static List<ExitCriterion> defaults() {
    return List.of(
        noOpenP1WithoutActionPlan(),
        keyProcessesAtTarget(),
        slaAttainment(),
        resolvedWithoutHypercareResources(),
        backlogTrend(2),
        firstPeriodClosed(),
        handoverSignedOff());
  }

  /**
   * No open P1 request without an acceptable action plan: an action item for the request,
   * accepted by the date of the evaluation, and done or not overdue.
   *
   * @return the criterion, never null
   */
  public static ExitCriterion noOpenP1WithoutActionPlan() {
    return new P1ActionPlans();
  }

  /**
   * Every key business process at or above its target efficiency, by its latest KPI.
   *
   * @return the criterion, never null
   */
  public static ExitCriterion keyProcessesAtTarget() {
    return new KeyProcessesAtTarget();
  }

  /**
   * Over 90 % of P1 and P2 requests met their SLA targets over the last 14 days, counted per
   * request ({@link SlaCounting#PER_REQUEST}).
   *
   * @return the criterion, never null
   */
  public static ExitCriterion slaAttainment() {
    return slaAttainment(EnumSet.of(Priority.P1, Priority.P2), Threshold.over(0.90), Duration.ofDays(14));
  }

  /**
   * A share of requests of some priorities that met their SLA targets over a trailing window,
   * counted per request.
   *
   * @param priorities the priorities, at least one
   * @param threshold the threshold
   * @param window the window ending at the instant of the evaluation, positive
   * @return the criterion, never null
   */
  public static ExitCriterion slaAttainment(Set<Priority> priorities, Threshold threshold, Duration window) {
    return slaAttainment(priorities, threshold, window, SlaCounting.PER_REQUEST);
  }

  /**
   * A share of SLA targets met for some priorities over a trailing window, counted per request or
   * per target cycle.
   *
   * @param priorities the priorities, at least one
   * @param threshold the threshold
   * @param window the window ending at the instant of the evaluation, positive
   * @param counting per request or per target; see {@link SlaCounting} for when each counts
   * @return the criterion, never null
   */
  public static ExitCriterion slaAttainment(Set<Priority> priorities, Threshold threshold, Duration window, SlaCounting counting) {
    return new SlaAttainment(priorities, threshold, window, counting);
  }

  /**
   * Over 95 % of the resolutions of support requests in the last 14 days without resources
   * reserved for hypercare. A resolution whose use of them is not recorded makes the criterion
   * {@link CriterionStatus#NO_DATA} unless the result is the same whichever way it went.
   *
   * @return the criterion, never null
   */
  public static ExitCriterion resolvedWithoutHypercareResources() {
    return resolvedWithoutHypercareResources(Threshold.over(0.95), Duration.ofDays(14));
  }

  /**
   * A share of support requests resolved without hypercare resources over a trailing window.
   *
   * @param threshold the threshold
   * @param window the window ending at the instant of the evaluation, positive
   * @return the criterion, never null
   */
  public static ExitCriterion resolvedWithoutHypercareResources(Threshold threshold, Duration window) {
    return new ResolvedWithoutHypercare(threshold, window);
  }


  /**
   * The backlog does not grow: in each of the last {@code weeks} complete weeks, at least as many
   * support requests were closed as came in.
   *
   * @param weeks the consecutive weeks, at least 1
   * @return the criterion, never null
   */
  public static ExitCriterion backlogTrend(int weeks) {
    return new BacklogTrend(weeks);
  }


  /**
   * The first financial period end after go-live is closed.
   *
   * @return the criterion, never null
   */
  public static ExitCriterion firstPeriodClosed() {
    return new FirstPeriodClosed();
  }

  /**
   * Every documentation and training handover item is signed off by the support team.
   *
   * @return the criterion, never null
   */
  public static ExitCriterion handoverSignedOff() {
    return new HandoverSignedOff();
  }

  private static void checkWindow(Duration window) {
    Checks.check(!window.isZero() && !window.isNegative(), "window", window, "must be positive");
  }

  // ---- shared helpers -----------------------------------------------------------------------

  static CriterionResult noData(ExitCriterion criterion, String measured, String threshold, String toPass) {
    return noData(criterion.id(), criterion.description(), measured, threshold, toPass);
  }

  /** A result without data: never a pass. Shared by the exit and readiness criteria. */
  static CriterionResult noData(String id, String description, String measured, String threshold, String toPass) {
    return new CriterionResult(
        id, description, CriterionStatus.NO_DATA, Optional.empty(), measured, threshold, List.of(), Optional.of(toPass),
        Projection.unknown("no data to project from"));
  }

  static CriterionResult pass(
      ExitCriterion criterion, Optional<Double> value, String measured, String threshold, List<String> evidence, LocalDate today) {
    return pass(criterion.id(), criterion.description(), value, measured, threshold, evidence, today);
  }

  /** A passing result: it passes now. Shared by the exit and readiness criteria. */
  static CriterionResult pass(
      String id, String description, Optional<Double> value, String measured, String threshold, List<String> evidence, LocalDate today) {
    return new CriterionResult(
        id, description, CriterionStatus.PASS, value, measured, threshold, evidence, Optional.empty(), Projection.on(today, "passes now"));
  }

  static CriterionResult fail(
      ExitCriterion criterion,
      Optional<Double> value,
      String measured,
      String threshold,
      List<String> evidence,
      String toPass,
      Projection projection) {
    return fail(criterion.id(), criterion.description(), value, measured, threshold, evidence, toPass, projection);
  }

  /** A failing result with what would make it pass. Shared by the exit and readiness criteria. */
  static CriterionResult fail(
      String id, String description, Optional<Double> value, String measured, String threshold, List<String> evidence, String toPass,
      Projection projection) {
    return new CriterionResult(
        id, description, CriterionStatus.FAIL, value, measured, threshold, evidence, Optional.of(toPass), projection);
  }

  /**
   * The result of a share criterion: {@code successes} of {@code total} against the threshold, and
   * the projection of its weekly shares.
   */
  static CriterionResult shareResult(
      ExitCriterion criterion,
      HypercareFacts facts,
      Threshold threshold,
      long successes,
      long total,
      String of,
      List<String> evidence,
      String toPass,
      List<Optional<Double>> weekly,
      String what) {
    double share = (double) successes / total;
    String measured = Threshold.percent(share) + " (" + successes + " of " + of + ")";
    if (threshold.passes(share)) {
      return pass(criterion, Optional.of(share), measured, threshold.toString(), evidence, facts.asOfDate());
    }
    return fail(criterion, Optional.of(share), measured, threshold.toString(), evidence, toPass,
        projectShare(facts, weekly, threshold, what));
  }

  /**
   * The most failures a period of {@code volume} decisions can have and still pass.
   *
   * @return the number, or -1 if even a period without failure does not pass
   */
  static long failuresAllowed(long volume, Threshold threshold) {
    long allowed = -1;
    for (long m = 0; m <= volume && threshold.passes((double) (volume - m) / volume); m++) {
      allowed = m;
    }
    return allowed;
  }

  /** The end date of week number {@code number} (from 1) of a plan: the day after its last day. */
  static LocalDate endOfWeek(HypercarePlan plan, long number) {
    return plan.goLive().plusDays(7 * number);
  }

  /** Projects a weekly share forward over the last complete weeks that have one. */
  static Projection projectShare(
      HypercareFacts facts, List<Optional<Double>> weeklyShares, Threshold threshold, String what) {
    List<WeekFigures> weeks = facts.weeks();
    List<double[]> points = new ArrayList<>();
    for (int k = 0; k < weeks.size(); k++) {
      Optional<Double> share = weeklyShares.get(k);
      if (weeks.get(k).complete() && share.isPresent()) {
        points.add(new double[] {k + 1, share.get()});
      }
    }
    List<double[]> recent = points.subList(Math.max(0, points.size() - TREND_WEEKS), points.size());
    if (recent.size() < 2) {
      return Projection.unknown("fewer than 2 complete weeks of " + what + " to show a trend");
    }
    double[] xs = recent.stream().mapToDouble(p -> p[0]).toArray();
    double[] ys = recent.stream().mapToDouble(p -> p[1]).toArray();
    long last = (long) xs[xs.length - 1];
    OptionalLong week = Trend.firstPassing(xs, ys, threshold::passes, last, WEEKS_AHEAD);
    if (week.isEmpty()) {
      return Projection.unknown(
          "the weekly " + what + " of weeks " + (long) xs[0] + " to " + last + " does not rise to " + threshold
              + " within " + WEEKS_AHEAD + " weeks");
    }
    return Projection.on(
        endOfWeek(facts.plan(), week.getAsLong()),
        "the weekly " + what + " of weeks " + (long) xs[0] + " to " + last + " reaches " + threshold + " in week "
            + week.getAsLong());
  }

  /** "Over 90.0 %" or "At least 90.0 %". */
  private static String share(Threshold threshold) {
    return (threshold.strict() ? "Over " : "At least ") + Threshold.percent(threshold.value());
  }

  private static String last(Duration window) {
    return " (last " + window.toDays() + " days)";
  }

  /** "P1 and P2", "P1, P2 and P3". */
  static String priorityNames(Set<Priority> priorities) {
    List<String> names = priorities.stream().sorted().map(Priority::name).collect(Collectors.toList());
    return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  // ---- the criteria -------------------------------------------------------------------------

  /**
   * No open P1 without an acceptable action plan; {@link #noOpenP1WithoutActionPlan()}.
   */
  public record P1ActionPlans() implements ExitCriterion {
    /** The criterion's id in results and reports: {@value #ID}. */
    public static final String ID = "p1-action-plans";

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String description() {
      return "No open P1 request without an accepted action plan";
    }

    @Override
    public CriterionResult evaluate(HypercareFacts facts) {
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(facts, "facts");
      String threshold = "0 open P1 without an accepted action plan";
      if (!facts.anyRequest()) {
        return noData(this, "no requests recorded", threshold, "Record the requests raised since go-live");
      }
      LocalDate today = facts.asOfDate();
      Map<String, List<ActionItem>> plans = new HashMap<>();
      for (ActionItem item : facts.plan().actionItems()) {
        item.request().ifPresent(id -> plans.computeIfAbsent(id.value(), k -> new ArrayList<>()).add(item));
      }
      List<String> evidence = new ArrayList<>();
      TreeSet<String> without = new TreeSet<>();
      int open = 0;
      for (RequestRecord record : facts.records()) {
        if (record.priority() != Priority.P1 || !record.openAt(facts.asOf())) {
          continue;
        }
        open++;
        String id = record.id().value();
        List<ActionItem> items = plans.getOrDefault(id, List.of());
        Optional<ActionItem> acceptable = items.stream().filter(i -> i.acceptableOn(today)).findFirst();
        if (acceptable.isPresent()) {
          ActionItem item = acceptable.get();
          evidence.add(id + ": action plan " + item.id() + " accepted on " + item.acceptedOn().orElseThrow() + ", owner "
              + item.owner() + ", due " + item.due());
        } else {
          without.add(id);
          Optional<ActionItem> overdue = items.stream().filter(i -> i.overdueOn(today)).findFirst();
          evidence.add(
              overdue
                  .map(i -> id + ": action plan " + i.id() + " overdue since " + i.due())
                  .orElse(items.isEmpty() ? id + ": no action plan" : id + ": action plan " + items.get(0).id() + " not accepted"));
        }
      }
      Collections.sort(evidence);
      String measured =
          count(open, "open P1", "open P1") + ", " + without.size() + " without an accepted action plan";
      if (without.isEmpty()) {
        return pass(this, Optional.of(0.0), measured, threshold, evidence, today);
      }
      return fail(
          this,
          Optional.of((double) without.size()),
          measured,
          threshold,
          evidence,
          "Accept an action plan for, or resolve: " + String.join(", ", without),
          Projection.on(today, "as soon as the action plans are accepted or the requests resolved"));
    }
  }

  /**
   * Every key business process at or above its target efficiency; {@link #keyProcessesAtTarget()}.
   */
  public record KeyProcessesAtTarget() implements ExitCriterion {
    /** The criterion's id in results and reports: {@value #ID}. */
    public static final String ID = "key-process-efficiency";

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String description() {
      return "Key business processes at or above their target efficiency";
    }

    @Override
    public CriterionResult evaluate(HypercareFacts facts) {
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(facts, "facts");
      List<ProcessTarget> targets = facts.plan().keyProcesses();
      String threshold = "every key process at or above its target";
      if (targets.isEmpty()) {
        return noData(this, "the plan names no key business processes", threshold, "Name the key business processes and their target efficiency");
      }
      LocalDate today = facts.asOfDate();
      Map<ProcessId, List<ProcessKpi>> history = new HashMap<>();
      for (ProcessKpi kpi : facts.kpis()) {
        if (!kpi.measuredOn().isAfter(today)) {
          history.computeIfAbsent(kpi.process(), k -> new ArrayList<>()).add(kpi);
        }
      }
      List<String> evidence = new ArrayList<>();
      List<String> below = new ArrayList<>();
      List<String> unmeasured = new ArrayList<>();
      LocalDate earliest = today;
      List<String> unprojected = new ArrayList<>();
      int atTarget = 0;
      for (ProcessTarget target : targets) {
        String name = target.process().name();
        List<ProcessKpi> kpis = history.getOrDefault(target.process().id(), List.of());
        if (kpis.isEmpty()) {
          unmeasured.add(name);
          evidence.add(target.process().id() + " " + name + ": no KPI measured (target " + Threshold.percent(target.targetEfficiency()) + ")");
          unprojected.add(name);
          continue;
        }
        ProcessKpi latest = kpis.stream().max((a, b) -> a.measuredOn().compareTo(b.measuredOn())).orElseThrow();
        evidence.add(target.process().id() + " " + name + ": " + Threshold.percent(latest.efficiency()) + " on " + latest.measuredOn()
            + " (target " + Threshold.percent(target.targetEfficiency()) + ")");
        if (latest.efficiency() >= target.targetEfficiency()) {
          atTarget++;
          continue;
        }
        below.add("raise " + name + " from " + Threshold.percent(latest.efficiency()) + " to " + Threshold.percent(target.targetEfficiency()));
        double[] xs = kpis.stream().mapToDouble(k -> k.measuredOn().toEpochDay()).toArray();
        double[] ys = kpis.stream().mapToDouble(ProcessKpi::efficiency).toArray();
        OptionalLong day =
            Trend.firstPassing(xs, ys, y -> y >= target.targetEfficiency(), latest.measuredOn().toEpochDay(), 7L * WEEKS_AHEAD);
        if (day.isPresent()) {
          LocalDate date = LocalDate.ofEpochDay(day.getAsLong());
          earliest = date.isAfter(earliest) ? date : earliest;
        } else {
          unprojected.add(name);
        }
      }
      String measured = atTarget + " of " + count(targets.size(), "key process", "key processes") + " at target";
      if (below.isEmpty() && unmeasured.isEmpty()) {
        return pass(this, Optional.of((double) atTarget), measured, threshold, evidence, today);
      }
      List<String> actions = new ArrayList<>(below);
      if (!unmeasured.isEmpty()) {
        actions.add("measure " + String.join(", ", unmeasured));
      }
      String toPass = Character.toUpperCase(actions.get(0).charAt(0)) + String.join("; ", actions).substring(1);
      Projection projection =
          unprojected.isEmpty()
              ? Projection.on(earliest, "the KPI trend of each process below target")
              : Projection.unknown("no rising KPI trend for " + String.join(", ", unprojected));
      if (below.isEmpty()) {
        return new CriterionResult(
            id(), description(), CriterionStatus.NO_DATA, Optional.of((double) atTarget), measured, threshold, evidence,
            Optional.of(toPass), projection);
      }
      return fail(this, Optional.of((double) atTarget), measured, threshold, evidence, toPass, projection);
    }
  }

  /**
   * A share of requests (or targets) of some priorities that met their SLA targets over a trailing
   * window; {@link #slaAttainment(Set, Threshold, Duration, SlaCounting)}.
   *
   * @param priorities the priorities, at least one
   * @param threshold the threshold
   * @param window the window ending at the instant of the evaluation, positive
   * @param counting per request or per target
   */
  public record SlaAttainment(Set<Priority> priorities, Threshold threshold, Duration window, SlaCounting counting)
      implements ExitCriterion {
    /** The criterion's id in results and reports: {@value #ID}. */
    public static final String ID = "sla-attainment";

    /** Checks the parameters and copies the priorities. */
    public SlaAttainment {
      Objects.requireNonNull(priorities, "priorities");
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(counting, "counting");
      Checks.check(!priorities.isEmpty(), "priorities", priorities, "must hold at least one priority");
      checkWindow(window);
      priorities = Collections.unmodifiableSet(EnumSet.copyOf(priorities));
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String description() {
      String what = counting == SlaCounting.PER_REQUEST
          ? priorityNames(priorities) + " requests that met their SLA targets"
          : "SLA targets met for " + priorityNames(priorities) + " requests";
      return share(threshold) + " of " + what + last(window);
    }

    @Override
    public CriterionResult evaluate(HypercareFacts facts) {
      Objects.requireNonNull(facts, "facts");
      Instant from = facts.asOf().minus(window);
      SlaCounting.Tally tally = counting.tally(facts.records(), priorities, from, facts.asOf(), true);
      String threshold = this.threshold.toString();
      String unit = counting == SlaCounting.PER_REQUEST ? "request" : "target";
      if (tally.total() == 0) {
        return noData(this, "no " + priorityNames(priorities) + " " + unit + " decided in the last " + window.toDays() + " days",
            threshold, "Record the SLA outcomes of " + priorityNames(priorities) + " requests");
      }
      List<String> evidence = new ArrayList<>();
      List<String> missed = new ArrayList<>();
      for (SlaCounting.Miss miss : tally.missedRequests()) {
        missed.add(missEvidence(miss, facts.asOf()));
      }
      Collections.sort(missed);
      evidence.addAll(missed);
      List<String> met = new ArrayList<>();
      for (RequestRecord record : tally.metRequests()) {
        met.add(metEvidence(record, facts.asOf()));
      }
      Collections.sort(met);
      evidence.addAll(met);
      List<Optional<Double>> weekly = new ArrayList<>();
      if (counting == SlaCounting.PER_REQUEST && priorities.equals(EnumSet.of(Priority.P1, Priority.P2))) {
        facts.weeks().forEach(w -> weekly.add(w.slaShare()));
      } else {
        for (int k = 0; k < facts.weeks().size(); k++) {
          Instant end = facts.weekStart(k + 1).isBefore(facts.asOf()) ? facts.weekStart(k + 1) : facts.asOf();
          weekly.add(counting.tally(facts.records(), priorities, facts.weekStart(k), end, false).share());
        }
      }
      long allowed = failuresAllowed(tally.total(), this.threshold);
      long carried = tally.stillOpen().size();
      String volume = "at the volume of the last " + window.toDays() + " days (" + count(tally.total(), unit, unit + "s") + " decided)";
      String toPass;
      if (allowed < 0) {
        toPass = "The threshold cannot be reached: lower it";
      } else if (carried > allowed) {
        toPass = "Resolve at least " + (carried - allowed) + " of the " + count(carried, "request", "requests")
            + " still open after a missed target (" + String.join(", ", tally.stillOpen().stream().map(Object::toString).sorted().limit(10).toList())
            + (carried > 10 ? ", ..." : "") + "), which count as missed until resolved; then, " + volume + ", miss no further target";
      } else {
        toPass = "Over the next " + window.toDays() + " days, " + volume + ", at most " + count(allowed, unit, unit + "s")
            + " may miss a target (" + tally.missed() + " missed in the last " + window.toDays() + " days"
            + (carried > 0 ? ", of which " + carried + " still open and counting" : "") + ")";
      }
      return shareResult(this, facts, this.threshold, tally.met(), tally.total(), count(tally.total(), unit, unit + "s") + " decided",
          evidence, toPass, weekly, "SLA attainment");
    }
  }

  /** A missed target in words: which request and metric, due when, breached, how late, in its zone. */
  static String missEvidence(SlaCounting.Miss miss, Instant asOf) {
    SlaOutcome outcome = miss.outcome();
    String due = Texts.at(outcome.due(), outcome.zone());
    String end = outcome.end().filter(e -> e.isBefore(asOf))
        .map(e -> "met late " + Texts.at(e, outcome.zone()))
        .orElse("still not met as of " + Texts.at(asOf, outcome.zone()));
    return "missed: " + miss.record().id() + " (" + miss.record().priority() + ") " + outcome.metric() + " due " + due
        + ", breached then, " + end + ", " + Texts.duration(outcome.lateness(asOf)) + " late";
  }

  /**
   * A request whose targets were met, in words: one short line per request (a window can hold
   * hundreds of thousands), the detail is for the misses.
   */
  static String metEvidence(RequestRecord record, Instant asOf) {
    long targets = 0;
    for (SlaOutcome outcome : record.sla()) {
      if (outcome.met() && outcome.decidedBefore(asOf)) {
        targets++;
      }
    }
    return "met: " + record.id() + " (" + record.priority() + ") " + count(targets, "target", "targets") + " met";
  }

  /**
   * A share of support requests resolved without hypercare resources over a trailing window;
   * {@link #resolvedWithoutHypercareResources(Threshold, Duration)}.
   *
   * @param threshold the threshold
   * @param window the window ending at the instant of the evaluation, positive
   */
  public record ResolvedWithoutHypercare(Threshold threshold, Duration window) implements ExitCriterion {
    /** The criterion's id in results and reports: {@value #ID}. */
    public static final String ID = "resolved-without-hypercare";

    /** Checks the parameters. */
    public ResolvedWithoutHypercare {
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(window, "window");
      checkWindow(window);
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String description() {
      return share(threshold) + " of requests resolved without resources reserved for hypercare" + last(window);
    }

    @Override
    public CriterionResult evaluate(HypercareFacts facts) {
      Objects.requireNonNull(facts, "facts");
      Instant from = facts.asOf().minus(window);
      long without = 0;
      long used = 0;
      long unknown = 0;
      TreeSet<String> usedBy = new TreeSet<>();
      TreeSet<String> unknownBy = new TreeSet<>();
      for (RequestRecord record : facts.records()) {
        if (!record.kind().isSupport()) {
          continue;
        }
        for (Instant resolution : record.resolutions()) {
          if (resolution.isBefore(from) || !resolution.isBefore(facts.asOf())) {
            continue;
          }
          switch (record.hypercareResources()) {
            case NOT_USED -> without++;
            case USED -> {
              used++;
              usedBy.add(record.id().value());
            }
            case UNKNOWN -> {
              unknown++;
              unknownBy.add(record.id().value());
            }
          }
        }
      }
      long total = without + used + unknown;
      String threshold = this.threshold.toString();
      if (total == 0) {
        return noData(this, "no request resolved in the last " + window.toDays() + " days", threshold,
            "Resolve and record requests, marking those that used hypercare resources");
      }
      String resolutions = count(total, "resolution", "resolutions");
      List<String> evidence = new ArrayList<>();
      evidence.add(without + " of " + resolutions + " without hypercare resources, " + used + " with, " + unknown + " not recorded");
      usedBy.forEach(r -> evidence.add("used hypercare resources: " + r));
      unknownBy.forEach(r -> evidence.add("use of hypercare resources not recorded: " + r));
      List<Optional<Double>> weekly = facts.weeks().stream().map(WeekFigures::withoutHypercareShare).toList();
      long allowed = failuresAllowed(total, this.threshold);
      String toPass = allowed < 0
          ? "The threshold cannot be reached: lower it"
          : "Over the next " + window.toDays() + " days, at the volume of the last " + window.toDays() + " days ("
              + resolutions + "), use hypercare resources for at most " + allowed + " (" + used + " did in the last "
              + window.toDays() + " days)";
      String what = "share resolved without hypercare resources";
      if (unknown > 0 && !this.threshold.passes((double) without / total) && this.threshold.passes((double) (without + unknown) / total)) {
        String measured = Threshold.percent((double) without / total) + " to " + Threshold.percent((double) (without + unknown) / total)
            + " (" + without + " to " + (without + unknown) + " of " + resolutions + "; " + unknown + " not recorded)";
        return new CriterionResult(id(), description(), CriterionStatus.NO_DATA, Optional.empty(), measured, threshold, evidence,
            Optional.of("Record whether hypercare resources were used for " + String.join(", ", unknownBy.stream().limit(10).toList())
                + (unknownBy.size() > 10 ? ", ..." : "") + ": the result depends on them"),
            Projection.unknown("the use of hypercare resources is not recorded for " + count(unknown, "resolution", "resolutions")));
      }
      // unknown resolutions count against the share: a pass holds whichever way they went, a fail too
      return shareResult(this, facts, this.threshold, without, total, resolutions, evidence, toPass, weekly, what);
    }
  }

  /**
   * The backlog does not grow over consecutive complete weeks; {@link #backlogTrend(int)}.
   *
   * @param weeks the consecutive weeks, at least 1
   */
  public record BacklogTrend(int weeks) implements ExitCriterion {
    /** The criterion's id in results and reports: {@value #ID}. */
    public static final String ID = "backlog-trend";

    /** Checks the number of weeks. */
    public BacklogTrend {
      Checks.positive(weeks, "weeks");
    }

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String description() {
      return "Closures at least match inflow for " + count(weeks, "complete week", "consecutive complete weeks");
    }

    @Override
    public CriterionResult evaluate(HypercareFacts facts) {
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(facts, "facts");
      String threshold = "closures >= inflow in each of the last " + count(weeks, "week", "weeks");
      List<WeekFigures> complete = facts.completeWeeks();
      if (!facts.anyRequest()) {
        return noData(this, "no requests recorded", threshold, "Record the requests raised since go-live");
      }
      if (complete.size() < weeks) {
        return noData(this, count(complete.size(), "complete week", "complete weeks") + " so far", threshold,
            "Wait for " + count(weeks - complete.size(), "more complete week", "more complete weeks"));
      }
      List<WeekFigures> last = complete.subList(complete.size() - weeks, complete.size());
      List<String> evidence = new ArrayList<>();
      int good = 0;
      for (WeekFigures week : last) {
        boolean ok = week.closures() >= week.inflow();
        good += ok ? 1 : 0;
        evidence.add("week " + week.number() + " (" + week.start() + " to " + week.end().minusDays(1) + "): inflow " + week.inflow()
            + ", closures " + week.closures() + ", backlog " + week.backlog() + (ok ? "" : ", backlog grew"));
      }
      String measured = "closures >= inflow in " + good + " of the last " + count(weeks, "week", "weeks");
      if (good == weeks) {
        return pass(this, Optional.of((double) good), measured, threshold, evidence, facts.asOfDate());
      }
      int trailing = 0;
      for (int k = complete.size() - 1; k >= 0 && complete.get(k).closures() >= complete.get(k).inflow(); k--) {
        trailing++;
      }
      WeekFigures latest = complete.get(complete.size() - 1);
      Projection projection;
      if (trailing > 0) {
        long week = (long) latest.number() + weeks - trailing;
        projection = Projection.on(endOfWeek(facts.plan(), week),
            "the last " + count(trailing, "week", "weeks") + " already closed at least the inflow");
      } else {
        List<WeekFigures> recent = complete.subList(Math.max(0, complete.size() - TREND_WEEKS), complete.size());
        double[] xs = recent.stream().mapToDouble(WeekFigures::number).toArray();
        double[] ys = recent.stream().mapToDouble(w -> w.closures() - w.inflow()).toArray();
        OptionalLong first = Trend.firstPassing(xs, ys, y -> y >= 0, latest.number(), WEEKS_AHEAD);
        projection = first.isPresent()
            ? Projection.on(endOfWeek(facts.plan(), first.getAsLong() + weeks - 1),
                "closures minus inflow of weeks " + (long) xs[0] + " to " + latest.number() + " turns positive in week " + first.getAsLong())
            : Projection.unknown("closures minus inflow of the recent weeks is not rising");
      }
      return fail(this, Optional.of((double) good), measured, threshold, evidence,
          "Close at least as many requests as arrive, " + count(weeks, "week", "weeks") + " in a row", projection);
    }
  }

  /**
   * The first financial period end is closed; {@link #firstPeriodClosed()}.
   */
  public record FirstPeriodClosed() implements ExitCriterion {
    /** The criterion's id in results and reports: {@value #ID}. */
    public static final String ID = "first-period-close";

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String description() {
      return "The first financial period end after go-live is closed";
    }

    @Override
    public CriterionResult evaluate(HypercareFacts facts) {
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(facts, "facts");
      String threshold = "closed";
      Optional<PeriodClose> close = facts.plan().firstPeriodClose();
      if (close.isEmpty()) {
        return noData(this, "the plan names no first period end", threshold, "Name the first financial period end in the plan");
      }
      PeriodClose period = close.get();
      LocalDate today = facts.asOfDate();
      if (period.closedBy(today)) {
        return pass(this, Optional.empty(), "closed on " + period.closedOn().orElseThrow(), threshold,
            List.of("period ending " + period.periodEnd() + " closed on " + period.closedOn().orElseThrow()), today);
      }
      LocalDate earliest = period.periodEnd().plusDays(1).isAfter(today) ? period.periodEnd().plusDays(1) : today;
      return fail(this, Optional.empty(), "not closed (the period ends " + period.periodEnd() + ")", threshold,
          List.of("period ending " + period.periodEnd() + " not closed"), "Close the period ending " + period.periodEnd(),
          Projection.on(earliest, "the period ends on " + period.periodEnd()));
    }
  }

  /**
   * Every handover item is signed off; {@link #handoverSignedOff()}.
   */
  public record HandoverSignedOff() implements ExitCriterion {
    /** The criterion's id in results and reports: {@value #ID}. */
    public static final String ID = "handover-signed-off";

    @Override
    public String id() {
      return ID;
    }

    @Override
    public String description() {
      return "Documentation and training handed over and signed off by the support team";
    }

    @Override
    public CriterionResult evaluate(HypercareFacts facts) {
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(facts, "facts");
      String threshold = "every item signed off";
      List<HandoverItem> items = facts.plan().handoverItems();
      if (items.isEmpty()) {
        return noData(this, "the plan names no handover items", threshold, "List the documentation and training to hand over");
      }
      LocalDate today = facts.asOfDate();
      List<String> evidence = new ArrayList<>();
      List<String> open = new ArrayList<>();
      LocalDate earliest = today;
      for (HandoverItem item : items) {
        String text = item.id() + " " + item.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + item.description() + "' from " + item.from();
        if (item.signedOffBy(today)) {
          evidence.add(text + ": signed off on " + item.signedOffOn().orElseThrow());
        } else {
          open.add(item.id());
          evidence.add(text + ": not signed off, due " + item.due());
          earliest = item.due().isAfter(earliest) ? item.due() : earliest;
        }
      }
      Collections.sort(evidence);
      Collections.sort(open);
      String measured = (items.size() - open.size()) + " of " + count(items.size(), "item", "items") + " signed off";
      if (open.isEmpty()) {
        return pass(this, Optional.of((double) items.size()), measured, threshold, evidence, today);
      }
      return fail(this, Optional.of((double) (items.size() - open.size())), measured, threshold, evidence,
          "Sign off " + String.join(", ", open), Projection.on(earliest, "the due dates of the items not signed off"));
    }
  }
}

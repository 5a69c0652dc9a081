package org.supportmodel.operations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.CriticalPeriod;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.BusinessCalendar;

/**
 * The shared calendar of periodic support and servicing tasks and dated releases ("Create a
 * calendar for the Microsoft updates", "Batch calendar management", "System update calendar"), with
 * the business-critical periods to keep clear and the working hours of each party. {@link
 * #plan(LocalDate, LocalDate)} lays it out over a period and flags every conflict: a release or a
 * heavy task in a critical period, two releases whose regression testing overlaps, a task outside
 * its owner's hours, a task whose owner is unknown or whose hours are not given.
 *
 * <p>Owners come from the support scope register: the first line of the task's area that names a
 * "who". The owner's working hours are the calendar given for its party. Release steps belong to
 * the owner of {@link ScopeArea#SYSTEM_UPDATE_CYCLES}.
 *
 * <p>A release is laid out with all its steps when any of them falls in the period.
 *
 * <p>A local start time that a clock change skips moves forward by the gap, as {@link
 * ZonedDateTime#of} does; in an overlap the earlier offset is used.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scope the support scope register, which names the owners
 * @param tasks the periodic tasks, each id once
 * @param releases the releases, each id once (and none the id of a task)
 * @param criticalPeriods the business-critical periods: period ends, seasonal peaks, freeze windows
 * @param staffing each party's working hours; a party without one has hours that are not known
 */
public record ServicingCalendar(
    SupportScope scope,
    List<ServicingTask> tasks,
    List<Release> releases,
    List<CriticalPeriod> criticalPeriods,
    Map<AuthorityKind, BusinessCalendar> staffing) {
  private static final String CRITICAL = "a business-critical period (a period end, a seasonal peak, a freeze) is when the business"
      + " can least afford a failed release or a slow system; the level of service expected rises with financial period ends and"
      + " seasonal deadlines";
  private static final String OVERLAP = "two releases in regression testing at once share the test environment and the testers, and a"
      + " failure cannot be traced to one of them";
  private static final String STAFFED = "a task needs its owner at work: otherwise it does not happen, or it fails with no one to act";

  /** By start instant, then source; without building an {@code Instant} per comparison. */
  private static final Comparator<Occurrence> BY_START = Comparator.comparingLong((Occurrence o) -> o.start().toEpochSecond())
      .thenComparingInt(o -> o.start().getNano()).thenComparing(Occurrence::source);

  /** Copies the inputs and checks that every id is used once. */
  public ServicingCalendar {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(releases, "releases");
    Objects.requireNonNull(criticalPeriods, "criticalPeriods");
    Objects.requireNonNull(staffing, "staffing");
    tasks = List.copyOf(tasks);
    releases = List.copyOf(releases);
    criticalPeriods = List.copyOf(criticalPeriods);
    staffing = Map.copyOf(staffing);
    Set<String> ids = new HashSet<>();
    for (ServicingTask task : tasks) {
      Checks.check(ids.add(task.id()), "tasks.id", task.id(), "is used twice");
    }
    for (Release release : releases) {
      Checks.check(ids.add(release.id()), "releases.id", release.id(), "is used twice");
    }
  }

  /**
   * Lays the calendar out over a period and flags its conflicts, each once.
   *
   * @param from the first day
   * @param until the day after the last day, at most 5 years after the first
   * @return the plan, never null
   */
  public ServicingPlan plan(LocalDate from, LocalDate until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Checks.check(until.isAfter(from), "until", until, "must be after from " + from);
    Checks.check(!until.isAfter(from.plusYears(5)), "until", until, "must be at most 5 years after from " + from);
    List<Occurrence> occurrences = new ArrayList<>();
    Set<String> heavy = new HashSet<>();
    for (ServicingTask task : tasks) {
      Optional<ScopeOwner> owner = scope.owner(task.area());
      if (task.heavy()) {
        heavy.add(task.id());
      }
      for (LocalDate date : task.recurrence().dates(from, until)) {
        ZonedDateTime start = ZonedDateTime.of(date, task.start(), task.zone());
        occurrences.add(new Occurrence(Occurrence.Kind.TASK, task.id(), task.name(), task.area(), owner, start, start.plus(task.duration())));
      }
    }
    Optional<ScopeOwner> releaseOwner = scope.owner(ScopeArea.SYSTEM_UPDATE_CYCLES);
    List<Release> inPeriod = new ArrayList<>();
    Map<String, Occurrence> regressions = new java.util.HashMap<>();
    for (Release release : releases) {
      LocalDate first = release.regressionStart().minusDays(release.kind().sandboxDays());
      if (!first.isBefore(until) || release.production().toLocalDate().isBefore(from)) {
        continue;
      }
      inPeriod.add(release);
      String name = release.kind().label() + " " + release.name();
      if (release.kind().sandboxDays() > 0) {
        occurrences.add(days(Occurrence.Kind.SANDBOX_VALIDATION, release, "validation in a sandbox of the " + name, releaseOwner, first,
            release.regressionStart()));
      }
      Occurrence regression = days(Occurrence.Kind.REGRESSION_TESTING, release, "regression testing of the " + name, releaseOwner,
          release.regressionStart(), release.production().toLocalDate());
      occurrences.add(regression);
      regressions.put(release.id(), regression);
      ZonedDateTime deployment = ZonedDateTime.of(release.production(), release.zone());
      occurrences.add(new Occurrence(Occurrence.Kind.PRODUCTION_DEPLOYMENT, release.id(), "production deployment of the " + name,
          ScopeArea.SYSTEM_UPDATE_CYCLES, releaseOwner, deployment, deployment.plus(release.deployment())));
    }
    occurrences.sort(BY_START);
    return new ServicingPlan(from, until, occurrences, conflicts(occurrences, heavy, inPeriod, regressions));
  }

  private static Occurrence days(
      Occurrence.Kind kind, Release release, String name, Optional<ScopeOwner> owner, LocalDate first, LocalDate until) {
    ZoneId zone = release.zone();
    return new Occurrence(kind, release.id(), name, ScopeArea.SYSTEM_UPDATE_CYCLES, owner, first.atStartOfDay(zone), until.atStartOfDay(zone));
  }

  /**
   * The conflicts, each once.
   *
   * @param heavy the ids of the heavy tasks; every production deployment is heavy too
   */
  private List<ServicingConflict> conflicts(
      List<Occurrence> occurrences, Set<String> heavy, List<Release> releases, Map<String, Occurrence> regressions) {
    List<ServicingConflict> conflicts = new ArrayList<>();
    Set<String> withoutOwner = new HashSet<>();
    Set<AuthorityKind> hoursUnknown = EnumSet.noneOf(AuthorityKind.class);
    for (Occurrence occurrence : occurrences) {
      boolean atAnInstant = occurrence.kind() == Occurrence.Kind.TASK || occurrence.kind() == Occurrence.Kind.PRODUCTION_DEPLOYMENT;
      if (occurrence.owner().isEmpty()) {
        if (withoutOwner.add(occurrence.source())) {
          conflicts.add(new ServicingConflict(ServicingConflict.Kind.NO_OWNER, List.of(occurrence),
              occurrence.name() + " has no owner: the support scope register names no one for " + occurrence.area().label(),
              "a task without an owner is not done"));
        }
      } else if (atAnInstant) {
        ScopeOwner owner = occurrence.owner().get();
        BusinessCalendar hours = staffing.get(owner.party());
        if (hours == null) {
          if (hoursUnknown.add(owner.party())) {
            conflicts.add(new ServicingConflict(ServicingConflict.Kind.OWNER_HOURS_UNKNOWN, List.of(occurrence),
                "the working hours of the " + owner.party().label() + " are not given",
                "whether its tasks fall in its working hours cannot be checked: give its calendar"));
          }
        } else if (!hours.isOpen(occurrence.start().toInstant())) {
          conflicts.add(new ServicingConflict(ServicingConflict.Kind.OWNER_NOT_STAFFED, List.of(occurrence),
              occurrence.name() + " at " + occurrence.start() + " is outside the working hours of " + owner, STAFFED));
        }
      }
      boolean isHeavy = occurrence.kind() == Occurrence.Kind.PRODUCTION_DEPLOYMENT
          || (occurrence.kind() == Occurrence.Kind.TASK && heavy.contains(occurrence.source()));
      if (isHeavy) {
        LocalDate day = occurrence.start().toLocalDate();
        for (CriticalPeriod period : criticalPeriods) {
          // a release or a heavy task touches every process, so a period limited to some processes counts too
          if (!day.isBefore(period.first()) && !day.isAfter(period.last())) {
            conflicts.add(new ServicingConflict(ServicingConflict.Kind.IN_CRITICAL_PERIOD, List.of(occurrence),
                occurrence.name() + " on " + day + " falls in " + period.name() + " (" + period.first() + " to " + period.last() + ")", CRITICAL));
          }
        }
      }
    }
    for (int i = 0; i < releases.size(); i++) {
      for (int j = i + 1; j < releases.size(); j++) {
        Release a = releases.get(i);
        Release b = releases.get(j);
        if (!a.regressionStart().isAfter(b.regressionEnd()) && !b.regressionStart().isAfter(a.regressionEnd())) {
          conflicts.add(new ServicingConflict(ServicingConflict.Kind.OVERLAPPING_REGRESSION,
              List.of(Objects.requireNonNull(regressions.get(a.id())), Objects.requireNonNull(regressions.get(b.id()))),
              "the regression testing of the " + a.kind().label() + " " + a.name() + " (" + a.regressionStart() + " to " + a.regressionEnd()
                  + ") overlaps that of the " + b.kind().label() + " " + b.name() + " (" + b.regressionStart() + " to " + b.regressionEnd() + ")",
              OVERLAP));
        }
      }
    }
    return conflicts;
  }
}

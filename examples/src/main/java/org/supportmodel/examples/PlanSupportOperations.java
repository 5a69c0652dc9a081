package org.supportmodel.examples;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.CriticalPeriod;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.operations.ChangeControl;
import org.supportmodel.operations.ChangeDecision;
import org.supportmodel.operations.DemandForecast;
import org.supportmodel.operations.LevelLoad;
import org.supportmodel.operations.ProposedChange;
import org.supportmodel.operations.Recurrence;
import org.supportmodel.operations.Release;
import org.supportmodel.operations.ScopeArea;
import org.supportmodel.operations.ScopeGap;
import org.supportmodel.operations.ScopeOwner;
import org.supportmodel.operations.ScopeReview;
import org.supportmodel.operations.ScopeTiming;
import org.supportmodel.operations.ServiceTarget;
import org.supportmodel.operations.ServicingCalendar;
import org.supportmodel.operations.ServicingConflict;
import org.supportmodel.operations.ServicingPlan;
import org.supportmodel.operations.ServicingTask;
import org.supportmodel.operations.Shift;
import org.supportmodel.operations.Staffing;
import org.supportmodel.operations.StaffingPlan;
import org.supportmodel.operations.SupportScope;
import org.supportmodel.sla.BusinessCalendar;

/**
 * Operating support for Alpine Outdoor Gear, the sample organization (mixed model, no CoE): the
 * gaps of its support scope register, the next 12 months of support and servicing tasks and
 * releases with their conflicts, a change routed through change control, and the staff each level
 * needs per shift, with the what-if per support model.
 */
public final class PlanSupportOperations {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate FROM = LocalDate.of(2026, 6, 1);

  private PlanSupportOperations() {}

  /**
   * The sample organization's register: the mixed model's defaults, with the timing and
   * procedures it has settled so far, and the partner named for environments (a mistake the
   * review catches).
   *
   * @return the register
   */
  static SupportScope scope() {
    SupportScope scope = SupportScope.defaults(SupportModel.MIXED, false);
    for (int i = 0; i < scope.entries().size(); i++) {
      ScopeArea area = scope.entries().get(i).area();
      switch (area) {
        case SYSTEM_MAINTENANCE -> scope = scope.replacing(i, scope.entries().get(i)
            .when(ScopeTiming.calendar("weekly, Sunday 02:00")).how("RB-04 Batch calendar and cleanup runbook"));
        case SYSTEM_UPDATE_CYCLES -> scope = scope.replacing(i, scope.entries().get(i)
            .when(ScopeTiming.event("on each Microsoft service update")).how("RM-01 Release management procedure"));
        case CHANGE_MANAGEMENT -> scope = scope.replacing(i, scope.entries().get(i)
            .when(ScopeTiming.calendar("weekly, Thursday 10:00")).how("CM-01 Change board charter"));
        case ENVIRONMENTS -> scope = scope.replacing(i, scope.entries().get(i).who(ScopeOwner.of(AuthorityKind.PARTNER, "Fabrikam")));
        default -> { }
      }
    }
    return scope;
  }

  static ServicingCalendar calendar(SupportScope scope) {
    BusinessCalendar office = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").build();
    List<ServicingTask> tasks = List.of(
        new ServicingTask("batch-calendar", "batch calendar review", ScopeArea.SYSTEM_MAINTENANCE, Recurrence.weekly(DayOfWeek.MONDAY),
            LocalTime.of(9, 0), BERLIN, Duration.ofHours(1), false),
        new ServicingTask("cleanup-jobs", "cleanup jobs", ScopeArea.SYSTEM_MAINTENANCE, Recurrence.monthlyOn(1, DayOfWeek.SUNDAY),
            LocalTime.of(2, 0), BERLIN, Duration.ofHours(3), true),
        new ServicingTask("role-review", "user-to-role review", ScopeArea.BUSINESS_AND_IT_POLICIES, Recurrence.quarterly(15),
            LocalTime.of(10, 0), BERLIN, Duration.ofHours(4), false),
        new ServicingTask("sandbox-refresh", "database copy to the support sandbox", ScopeArea.ENVIRONMENTS, Recurrence.monthly(28),
            LocalTime.of(18, 0), BERLIN, Duration.ofHours(4), true),
        new ServicingTask("continuity-drill", "business continuity drill", ScopeArea.BUSINESS_CONTINUITY, Recurrence.quarterly(20),
            LocalTime.of(8, 0), BERLIN, Duration.ofHours(6), true));
    List<Release> releases = new ArrayList<>();
    // Microsoft's service updates: the dates come from Microsoft's release plans, given here as data
    List<LocalDate> dates = List.of(LocalDate.of(2026, 7, 18), LocalDate.of(2026, 10, 17), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 4, 17));
    for (int i = 0; i < dates.size(); i++) {
      String version = "10.0." + (46 + i);
      releases.add(new Release("MS-" + version, Release.Kind.MICROSOFT_SERVICE_UPDATE, version, dates.get(i).atTime(22, 0), BERLIN,
          Duration.ofHours(3), 10));
    }
    releases.add(new Release("WMS-8", Release.Kind.ISV_UPDATE, "Contoso WMS 8", LocalDateTime.of(2026, 7, 12, 20, 0), BERLIN, Duration.ofHours(2), 5));
    releases.add(new Release("CC-26-11", Release.Kind.CUSTOM_CODE_RELEASE, "extensions 26.11", LocalDateTime.of(2026, 11, 30, 20, 0), BERLIN,
        Duration.ofHours(2), 7));
    List<CriticalPeriod> periods = List.of(CriticalPeriod.of("june-period-end", LocalDate.of(2026, 6, 26), LocalDate.of(2026, 7, 3)),
        CriticalPeriod.of("winter-season-peak", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 24)),
        CriticalPeriod.of("year-end-close", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 12)));
    Map<AuthorityKind, BusinessCalendar> staffing = new EnumMap<>(AuthorityKind.class);
    staffing.put(AuthorityKind.INTERNAL_D365_TEAM, office);
    staffing.put(AuthorityKind.INTERNAL_IT, office);
    return new ServicingCalendar(scope, tasks, releases, periods, staffing);
  }

  static StaffingPlan staffing(boolean print, java.io.PrintStream out) {
    BusinessCalendar office = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").build();
    List<Double> weeks = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      weeks.add(w == 3 ? 520.0 : 380.0); // the period-end week brings a peak
    }
    DemandForecast forecast = new DemandForecast(LocalDate.of(2026, 6, 1), weeks, DemandForecast.weekdayHours(LocalTime.of(7, 0), LocalTime.of(18, 0)),
        BERLIN);
    List<LevelLoad> loads = List.of(new LevelLoad(SupportLevel.LEVEL_2, 0.8, Duration.ofMinutes(15), office),
        new LevelLoad(SupportLevel.LEVEL_3, 0.35, Duration.ofMinutes(60), office), new LevelLoad(SupportLevel.LEVEL_4, 0.1, Duration.ofMinutes(240), office));
    ServiceTarget target = new ServiceTarget(0.8, Duration.ofMinutes(30));
    List<Shift> shifts = List.of(new Shift("early", LocalTime.of(8, 0), LocalTime.of(13, 0)), new Shift("late", LocalTime.of(13, 0), LocalTime.of(17, 0)));
    StaffingPlan plan = Staffing.plan(forecast, loads, target, shifts, 0.3);
    if (print) {
      Map<SupportModel, Integer> whatIf = Staffing.whatIf(forecast, loads, target, shifts, 0.3, false);
      out.println("Staff per level and shift (80 % picked up within 30 minutes, 30 % shrinkage), a normal week and the period-end week:");
      out.println("  Level  Shift   Week of 2026-06-01  Week of 2026-06-22");
      for (LevelLoad load : loads) {
        for (Shift shift : shifts) {
          out.printf(Locale.ROOT, "  %5d  %-6s  %18d  %18d%n", load.level().number(), shift.name(), agents(plan, LocalDate.of(2026, 6, 1), load, shift),
              agents(plan, LocalDate.of(2026, 6, 22), load, shift));
        }
      }
      out.println("  thin coverage: " + plan.thinHours().size() + " hours with requests outside service hours (07:00-08:00 and 17:00-18:00)");
      out.println("  internal staff at peak per support model: " + whatIf);
    }
    return plan;
  }

  private static int agents(StaffingPlan plan, LocalDate week, LevelLoad load, Shift shift) {
    return plan.rows().stream().filter(r -> r.week().equals(week) && r.level() == load.level() && r.shift().equals(shift.name()))
        .mapToInt(StaffingPlan.Row::agents).findFirst().orElse(0);
  }

  /**
   * Prints the scope gaps, the next 12 months' calendar with its conflicts, a routed change and the
   * staffing table.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SupportScope scope = scope();
    ScopeReview review = scope.review();
    System.out.println("Support scope (mixed model): " + review.gaps().size() + " open points");
    for (ScopeGap gap : review.gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL)) {
      System.out.println("  " + gap.message());
      System.out.println("    because " + gap.reason());
    }
    System.out.println("  unanswered: " + review.gaps(ScopeGap.Kind.UNANSWERED).size() + " cells (when and how of "
        + review.gaps(ScopeGap.Kind.UNANSWERED).stream().map(g -> g.area().label()).distinct().count() + " areas)");
    System.out.println();
    ServicingPlan plan = calendar(scope).plan(FROM, FROM.plusYears(1));
    System.out.println("Support and servicing calendar, " + FROM + " to " + FROM.plusYears(1).minusDays(1) + ": " + plan.occurrences().size()
        + " occurrences, " + plan.conflicts().size() + " conflicts");
    plan.occurrences().stream().filter(o -> o.kind() != org.supportmodel.operations.Occurrence.Kind.TASK).limit(6)
        .forEach(o -> System.out.println("  " + o.start().toLocalDate() + "  " + o.name() + o.owner().map(w -> " (" + w + ")").orElse("")));
    for (ServicingConflict.Kind kind : ServicingConflict.Kind.values()) {
      List<ServicingConflict> conflicts = plan.conflicts(kind);
      if (!conflicts.isEmpty()) {
        System.out.println("  " + kind + " (" + conflicts.size() + "): " + conflicts.get(0).message());
      }
    }
    System.out.println();
    ChangeDecision change = ChangeControl.decide(new ProposedChange("CH-0142", ProposedChange.Kind.BUG_FIX, "Fix of the rebate extension", false,
        java.util.Optional.of(AuthorityKind.PARTNER)), scope);
    System.out.println("Change CH-0142 (bug fix by the partner): " + change.route() + ", approved by "
        + change.approvers().stream().map(ScopeOwner::toString).toList());
    System.out.println("  " + change.reason());
    System.out.println();
    staffing(true, System.out);
  }
}

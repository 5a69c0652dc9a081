package org.supportmodel.test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.CodeAuthor;
import org.supportmodel.core.selection.Coverage;
import org.supportmodel.core.selection.CustomizationDegree;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.core.selection.PartnerAvailability;
import org.supportmodel.core.selection.SkillArea;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.PeriodClose;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.IntegrationOwner;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.WorkingDays;

/**
 * A sample organization to start tests from: Alpine Outdoor Gear, a retailer live on Dynamics 365
 * Finance and Supply Chain in Berlin, with its office-hours calendar (Berlin's public holidays of
 * 2026), an SLA policy, a mixed support setup and a few ready-made stories.
 */
public final class Samples {
  /** The sample organization's zone. */
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** The partner of the sample setup. */
  public static final ResolvingAuthority FABRIKAM = ResolvingAuthority.of(AuthorityKind.PARTNER, "partner-fabrikam", "Fabrikam");
  /** The ISV of the sample setup. */
  public static final ResolvingAuthority CONTOSO_TAX = ResolvingAuthority.of(AuthorityKind.ISV, "isv-contoso", "Contoso Tax");
  /** Berlin's public holidays of 2026. */
  public static final List<LocalDate> BERLIN_HOLIDAYS_2026 = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 8),
      LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14),
      LocalDate.of(2026, 5, 25), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));

  private Samples() {}

  /**
   * Office hours 08:00-12:00 and 13:00-17:00 on weekdays in Berlin, closed on Berlin's public
   * holidays of 2026.
   *
   * @return the calendar, never null
   */
  public static BusinessCalendar officeHours() {
    return BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00").holidays(BERLIN_HOLIDAYS_2026).build();
  }

  /**
   * The calendars the sample policy names: {@code business-hours} and {@code 24x7}.
   *
   * @return the calendars, never null
   */
  public static CalendarSet calendars() {
    return CalendarSet.of("business-hours", officeHours(), "24x7", BusinessCalendar.twentyFourSeven(BERLIN));
  }

  /**
   * P1 around the clock (30 minutes to respond, 4 hours to resolve), P2 to P4 in office hours;
   * warnings at 50 % and 75 %; the usual statuses (waiting for the customer or a third party
   * pauses).
   *
   * @return the policy, never null
   */
  public static SlaPolicy policy() {
    SlaPolicy.Builder builder = SlaPolicy.builder();
    builder
        .target(Priority.P1, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofMinutes(30), "24x7")
        .target(Priority.P1, SlaMetric.RESOLUTION, BusinessDuration.ofHours(4), "24x7")
        .target(Priority.P2, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(2), "business-hours")
        .target(Priority.P2, SlaMetric.RESOLUTION, BusinessDuration.ofHours(8), "business-hours")
        .target(Priority.P3, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(4), "business-hours")
        .target(Priority.P3, SlaMetric.RESOLUTION, WorkingDays.of(3), "business-hours")
        .target(Priority.P4, SlaMetric.FIRST_RESPONSE, BusinessDuration.ofHours(8), "business-hours")
        .target(Priority.P4, SlaMetric.RESOLUTION, WorkingDays.of(10), "business-hours")
        .addWarningThresholds(50, 75)
        .usualStatuses()
        .priorityChange(PriorityChangePolicy.KEEP_ELAPSED)
        .reopen(ReopenPolicy.NEW_CYCLE);
    return builder.build();
  }

  /**
   * The mixed setup: a Center of Excellence, internal IT owns the integrations, Fabrikam is the
   * partner, Contoso Tax an ISV the organization deals with directly, 24x7 commitment, bouncing
   * after 4 reassignments.
   *
   * @return the setup, never null
   */
  public static SupportSetup mixedSetup() {
    return SupportSetup.builder()
        .model(SupportModel.MIXED)
        .centerOfExcellence(true)
        .integrationOwner(IntegrationOwner.INTERNAL_IT)
        .partner(FABRIKAM)
        .addIsv(CONTOSO_TAX)
        .partnerHandlesIsvs(false)
        .twentyFourSevenCommitment(true)
        .handOffPolicy(HandOffPolicy.standard())
        .maxReassignments(4)
        .build();
  }

  /**
   * The organization's profile, for the support-model recommendation.
   *
   * @return the profile, never null
   */
  public static OrganizationProfile organization() {
    return OrganizationProfile.builder()
        .addProcess(BusinessProcess.of("order-to-cash", "Order to cash", Criticality.CRITICAL))
        .addProcess(BusinessProcess.of("warehouse", "Warehouse management", Criticality.CRITICAL))
        .addProcess(BusinessProcess.of("record-to-report", "Record to report", Criticality.HIGH))
        .customization(CustomizationDegree.MODERATE)
        .customCodeAuthor(CodeAuthor.PARTNER)
        .internalSupportStaff(5)
        .putSkillCoverage(SkillArea.BUSINESS_WORKSTREAMS, Coverage.FULL)
        .putSkillCoverage(SkillArea.TECHNICAL_AREAS, Coverage.PARTIAL)
        .putSkillCoverage(SkillArea.SERVICING, Coverage.PARTIAL)
        .putSkillCoverage(SkillArea.SPECIALIST_SKILLS, Coverage.NONE)
        .partnerAvailability(PartnerAvailability.FULL)
        .isvCount(1)
        .integrationCount(6)
        .countryCount(1)
        .timeZoneCount(1)
        .languageCount(1)
        .multiCompany(false)
        .centerOfExcellence(true)
        .build();
  }

  /**
   * A P2 raised on the Thursday before Easter 2026 at 15:00, answered at 15:30, waiting for the
   * customer from 16:00 over the Easter holidays, resumed on Tuesday at 09:00 and resolved three
   * business hours later. Its resolution clock ran 1 hour 30 minutes before the pause.
   *
   * @return the story, never null
   */
  public static TicketStory p2OverEaster() {
    return TicketStory.of("INC-EASTER", BERLIN)
        .on(LocalDate.of(2026, 4, 2), "15:00").created(Priority.P2)
        .on(LocalDate.of(2026, 4, 2), "15:30").firstResponse()
        .on(LocalDate.of(2026, 4, 2), "16:00").waitingForCustomer()
        .on(LocalDate.of(2026, 4, 7), "09:00").resumed()
        .afterBusinessHours(3, officeHours()).resolved();
  }

  /**
   * A P1 raised on Good Friday 2026 at 10:00, a public holiday: its 24x7 clock runs anyway; first
   * response at 10:20, resolved at 15:00, an hour after its 4-hour target.
   *
   * @return the story, never null
   */
  public static TicketStory p1OnGoodFriday() {
    return TicketStory.of("INC-GOOD-FRIDAY", BERLIN)
        .on(LocalDate.of(2026, 4, 3), "10:00").created(Priority.P1)
        .after(java.time.Duration.ofMinutes(20)).firstResponse()
        .on(LocalDate.of(2026, 4, 3), "15:00").resolved();
  }

  /**
   * A custom-code request that has bounced: from the internal team to the partner, back to the
   * team, and to the partner again, and is now with the team once more.
   *
   * @return the request, never null
   */
  public static SupportRequest bouncingRequest() {
    Hop team = Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM), SupportLevel.LEVEL_3);
    Hop partner = Hop.of(FABRIKAM, SupportLevel.LEVEL_4);
    return SupportRequest.builder()
        .trail(ReferenceTrail.of(RequestId.of("INC-BOUNCE")))
        .priority(Priority.P2)
        .application(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)
        .processCriticality(Criticality.HIGH)
        .diagnosis(Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX))
        .addPath(Hop.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER), SupportLevel.LEVEL_1))
        .addPath(Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK), SupportLevel.LEVEL_2))
        .addPath(team, partner, team, partner, team)
        .build();
  }

  /**
   * The hypercare plan: go-live on Monday 2026-05-04, planned end six weeks later, the first period
   * close on 2026-05-31, the guidance's default exit criteria.
   *
   * @return the plan, never null
   */
  public static HypercarePlan hypercarePlan() {
    LocalDate goLive = LocalDate.of(2026, 5, 4);
    return HypercarePlan.builder()
        .name("Alpine Outdoor Gear - Dynamics 365 Finance and Supply Chain")
        .zone(BERLIN)
        .goLive(goLive)
        .plannedEnd(goLive.plusWeeks(6))
        .firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 5, 31)))
        .defaultCriteria()
        .build();
  }

  /**
   * A request at a party, described by its layer and complexity, in the sample organization.
   *
   * @param id the request's id
   * @param layer the problem layer
   * @param complexity the complexity
   * @param at where it is now
   * @return the request, never null
   */
  public static SupportRequest request(String id, ProblemLayer layer, Complexity complexity, Hop at) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(layer, "layer");
    java.util.Objects.requireNonNull(complexity, "complexity");
    java.util.Objects.requireNonNull(at, "at");
    return SupportRequest.builder()
        .trail(ReferenceTrail.of(RequestId.of(id)))
        .priority(Priority.P2)
        .application(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)
        .processCriticality(Criticality.HIGH)
        .diagnosis(Diagnosis.of(layer, complexity))
        .addPath(at)
        .build();
  }
}

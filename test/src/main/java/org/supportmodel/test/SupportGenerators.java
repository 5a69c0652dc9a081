package org.supportmodel.test;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.hypercare.RequestKind;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.IntegrationOwner;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

/**
 * QuickTheories generators of the library's inputs, always valid: zones (with and without
 * daylight saving), business calendars (overnight intervals, breaks, holidays), ticket histories
 * the SLA engine accepts, support setups, requests at positions of a setup, and hypercare request
 * records. Every generator draws only from QuickTheories' source, so a falsified property shrinks
 * to a small example.
 */
public final class SupportGenerators {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("America/Sao_Paulo"));
  private static final List<String> DAY_INTERVALS = List.of("08:00-17:00", "07:30-12:00", "09:00-18:00", "00:00-24:00",
      "22:00-06:00", "06:00-14:00", "14:00-22:00");
  private static final String OVERNIGHT = "22:00-06:00";
  private static final String CLOSED = "closed";
  private static final String AROUND_THE_CLOCK = "00:00-24:00";
  private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<TicketStatus> WAITING = List.of(TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.WAITING_FOR_THIRD_PARTY);

  private SupportGenerators() {}

  private static <T> T pick(List<T> from, int draw) {
    return from.get(Math.floorMod(draw, from.size()));
  }

  /**
   * Zones, among them ones with daylight saving in both hemispheres and one with a half-hour
   * offset.
   *
   * @return the generator, never null
   */
  public static Gen<ZoneId> zones() {
    return integers().between(0, ZONES.size() - 1).map(ZONES::get);
  }

  /**
   * Business calendars: a zone, opening hours on each weekday (some overnight), possibly a break,
   * and up to three holidays in 2026.
   *
   * @return the generator, never null
   */
  public static Gen<BusinessCalendar> calendars() {
    Gen<ZoneId> zones = zones();
    Gen<Integer> draw = integers().between(0, 1_000);
    return in -> {
      BusinessCalendar.Builder builder = BusinessCalendar.builder(zones.generate(in));
      DayOfWeek[] days = DayOfWeek.values();
      String[] hours = new String[days.length];
      for (int d = 0; d < days.length; d++) {
        int roll = draw.generate(in);
        hours[d] = roll % 4 != 0 || d == DayOfWeek.FRIDAY.ordinal() ? pick(DAY_INTERVALS, roll) : CLOSED;
      }
      for (int d = 0; d < days.length; d++) {
        // an overnight interval runs into the next day's morning: not when that day opens at midnight
        if (OVERNIGHT.equals(hours[d]) && AROUND_THE_CLOCK.equals(hours[(d + 1) % days.length])) {
          hours[d] = "14:00-22:00";
        }
        if (!hours[d].equals(CLOSED)) {
          builder.open(days[d], hours[d]);
        }
      }
      int holidays = draw.generate(in) % 4;
      for (int i = 0; i < holidays; i++) {
        builder.holiday(LocalDate.of(2026, 1, 1).plusDays(draw.generate(in) % 365));
      }
      return builder.build();
    };
  }

  /**
   * Ticket histories the SLA engine accepts, told in a zone: a creation in 2026, then up to ten
   * steps minutes to days apart (a first response, updates, waiting for the customer or a third
   * party and resuming, priority changes, assignments, a resolution, reopens, a closing), using
   * the usual statuses.
   *
   * @return the generator, never null
   */
  public static Gen<List<TicketEvent>> histories() {
    Gen<Integer> draw = integers().between(0, 1_000_000);
    Gen<Integer> steps = integers().between(0, 10);
    return in -> {
      Instant at = YEAR_START.plus(Duration.ofMinutes(draw.generate(in) % (360 * 24 * 60)));
      List<TicketEvent> events = new ArrayList<>();
      events.add(TicketEvent.created(at, pick(List.of(Priority.values()), draw.generate(in))));
      boolean responded = false;
      boolean waiting = false;
      boolean resolved = false;
      int n = steps.generate(in);
      for (int i = 0; i < n; i++) {
        at = at.plus(Duration.ofMinutes(1 + draw.generate(in) % (3 * 24 * 60)));
        int choice = draw.generate(in) % 7;
        if (resolved) {
          if (choice < 4) {
            events.add(TicketEvent.of(at, TicketEvent.Type.REOPENED));
            resolved = false;
            waiting = false;
          } else {
            events.add(TicketEvent.of(at, TicketEvent.Type.CLOSED));
            break;
          }
          continue;
        }
        switch (choice) {
          case 0 -> {
            events.add(TicketEvent.of(at, responded ? TicketEvent.Type.UPDATE : TicketEvent.Type.FIRST_RESPONSE));
            responded = true;
          }
          case 1 -> {
            events.add(TicketEvent.statusChanged(at, waiting ? TicketStatus.IN_PROGRESS : pick(WAITING, draw.generate(in))));
            waiting = !waiting;
          }
          case 2 -> events.add(TicketEvent.priorityChanged(at, pick(List.of(Priority.values()), draw.generate(in))));
          case 3 -> events.add(TicketEvent.assigned(at, pick(List.of("helpdesk", "d365-team", "partner"), draw.generate(in))));
          case 4 -> {
            events.add(TicketEvent.of(at, TicketEvent.Type.UPDATE));
            responded = true;
          }
          default -> {
            events.add(TicketEvent.of(at, TicketEvent.Type.RESOLVED));
            responded = true;
            resolved = true;
          }
        }
      }
      return List.copyOf(events);
    };
  }

  /**
   * Support setups of every model, with or without a CoE, up to three ISVs, and a valid owner of
   * the integrations.
   *
   * @return the generator, never null
   */
  public static Gen<SupportSetup> setups() {
    Gen<Integer> draw = integers().between(0, 1_000);
    return in -> {
      SupportModel model = pick(List.of(SupportModel.values()), draw.generate(in));
      boolean partnerModel = model != SupportModel.FULLY_INTERNAL;
      List<IntegrationOwner> owners = new ArrayList<>(List.of(IntegrationOwner.INTERNAL_IT));
      if (partnerModel) {
        owners.add(IntegrationOwner.PARTNER);
      }
      if (model != SupportModel.FULLY_OUTSOURCED) {
        owners.add(IntegrationOwner.INTERNAL_D365_TEAM);
      }
      int isvs = draw.generate(in) % 4;
      SupportSetup.Builder builder = SupportSetup.builder()
          .model(model)
          .centerOfExcellence(draw.generate(in) % 2 == 0)
          .integrationOwner(pick(owners, draw.generate(in)))
          .partner(partnerModel ? Optional.of(Samples.FABRIKAM) : Optional.empty())
          .partnerHandlesIsvs(partnerModel && isvs > 0 && draw.generate(in) % 2 == 0)
          .twentyFourSevenCommitment(draw.generate(in) % 2 == 0)
          .handOffPolicy(HandOffPolicy.standard())
          .maxReassignments(1 + draw.generate(in) % 6);
      for (int i = 0; i < isvs; i++) {
        builder.addIsv(ResolvingAuthority.of(AuthorityKind.ISV, "isv-" + i, "ISV " + i));
      }
      return builder.build();
    };
  }

  /**
   * Requests at a position of the setup (an authority it has, at a level that authority works
   * at), with any diagnosis.
   *
   * @param setup the setup
   * @return the generator, never null
   */
  public static Gen<SupportRequest> requests(SupportSetup setup) {
    java.util.Objects.requireNonNull(setup, "setup");
    Gen<Integer> draw = integers().between(0, 1_000);
    List<ResolvingAuthority> holders = new ArrayList<>(List.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER),
        ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK), ResolvingAuthority.of(AuthorityKind.INTERNAL_IT),
        ResolvingAuthority.of(AuthorityKind.MICROSOFT)));
    setup.partner().ifPresent(holders::add);
    holders.addAll(setup.isvs());
    if (setup.model() != SupportModel.FULLY_OUTSOURCED) {
      holders.add(ResolvingAuthority.of(AuthorityKind.INTERNAL_D365_TEAM));
    }
    if (setup.centerOfExcellence()) {
      holders.add(ResolvingAuthority.of(AuthorityKind.CENTER_OF_EXCELLENCE));
    }
    return in -> {
      ResolvingAuthority holder = pick(holders, draw.generate(in));
      Hop at = Hop.of(holder, pick(List.copyOf(Routing.levelsOf(holder.kind())), draw.generate(in)));
      int layerDraw = draw.generate(in) % (ProblemLayer.values().length + 1);
      Diagnosis diagnosis = layerDraw == ProblemLayer.values().length
          ? Diagnosis.unknown()
          : Diagnosis.of(ProblemLayer.values()[layerDraw], pick(List.of(Complexity.values()), draw.generate(in)))
              .withNeedsDeepD365Knowledge(draw.generate(in) % 3 == 0);
      return SupportRequest.builder()
          .trail(ReferenceTrail.of(RequestId.of("GEN-" + draw.generate(in))))
          .priority(pick(List.of(Priority.values()), draw.generate(in)))
          .application(pick(List.of(Dynamics365App.values()), draw.generate(in)))
          .processCriticality(pick(List.of(Criticality.values()), draw.generate(in)))
          .diagnosis(diagnosis)
          .addPath(at)
          .build();
    };
  }

  /**
   * Hypercare request records: opened in the first 8 weeks after 2026-05-04, possibly resolved
   * (and reopened and resolved again) by a kind of authority.
   *
   * @return the generator, never null
   */
  public static Gen<RequestRecord> requestRecords() {
    Gen<Integer> draw = integers().between(0, 1_000_000);
    Instant goLive = Instant.parse("2026-05-04T06:00:00Z");
    return in -> {
      Instant opened = goLive.plus(Duration.ofMinutes(draw.generate(in) % (56 * 24 * 60)));
      RequestRecord record = RequestRecord.opened("REC-" + draw.generate(in), pick(List.of(Priority.values()), draw.generate(in)), opened)
          .withKind(pick(List.of(RequestKind.values()), draw.generate(in)));
      if (draw.generate(in) % 3 != 0) {
        record = record.resolvedAt(opened.plus(Duration.ofMinutes(1 + draw.generate(in) % (14 * 24 * 60))),
            pick(List.of(AuthorityKind.values()), draw.generate(in)));
      }
      return record;
    };
  }

  /**
   * Support levels, 1 to 5.
   *
   * @return the generator, never null
   */
  public static Gen<SupportLevel> levels() {
    return integers().between(1, 5).map(SupportLevel::of);
  }
}

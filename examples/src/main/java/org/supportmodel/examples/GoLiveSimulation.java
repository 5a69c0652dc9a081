package org.supportmodel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.ModelRecommendation;
import org.supportmodel.core.selection.SupportModelSelection;
import org.supportmodel.hypercare.ActionItem;
import org.supportmodel.hypercare.Commitment;
import org.supportmodel.hypercare.CriterionResult;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HandoverItem;
import org.supportmodel.hypercare.HandoverKind;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.HypercareReport;
import org.supportmodel.hypercare.PeriodClose;
import org.supportmodel.hypercare.ProcessKpi;
import org.supportmodel.hypercare.ProcessTarget;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.hypercare.SlaOutcome;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.routing.Unrouted;
import org.supportmodel.sla.Attainment;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.MetricCycle;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.SlaState;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketHistoryException;
import org.supportmodel.sla.TicketSla;

/**
 * The main example: Alpine Outdoor Gear's first 8 weeks after go-live, end to end. It recommends a
 * support model, routes every request, evaluates every SLA in the user's region (Berlin or New
 * York business hours with their public holidays, extended hours at the May period end, P1 around
 * the clock), computes attainment per week, and assesses the hypercare exit at the end of weeks 4
 * and 8. It writes the Markdown reports and an HTML page with SVG charts to a folder it names.
 *
 * <p>Arguments: {@code [events.csv [output-folder]]}. Without them it reads the bundled sample
 * data and writes to {@code target/go-live-report}.
 */
public final class GoLiveSimulation {
  /** The regions of the sample organization and their calendars. */
  static final Map<String, CalendarSet> REGIONS = regions();
  /** The weeks the sample data covers. */
  static final int WEEKS = 8;

  private GoLiveSimulation() {}

  /** One week's figures. */
  record Week(int number, LocalDate start, int inflow, int closures, Optional<Double> p1p2, Optional<Double> all) {}

  /**
   * What the simulation found.
   *
   * @param summary the import summary
   * @param model the recommended support model
   * @param finalAuthorities where routing from the helpdesk ends, per authority kind
   * @param unrouted the requests routing did not cover, with the reason
   * @param weeks the weekly figures
   * @param assessments the hypercare assessments, by week
   */
  record Result(
      String summary,
      SupportModel model,
      Map<AuthorityKind, Integer> finalAuthorities,
      Map<String, String> unrouted,
      List<Week> weeks,
      Map<Integer, ExitAssessment> assessments) {

    ExitAssessment assessment(int week) {
      ExitAssessment assessment = assessments.get(week);
      if (assessment == null) {
        throw new IllegalArgumentException("week: '" + week + "' has no assessment; the weeks are " + assessments.keySet());
      }
      return assessment;
    }
  }

  private static Map<String, CalendarSet> regions() {
    Map<String, CalendarSet> regions = new LinkedHashMap<>();
    regions.put("EU", calendars(SampleData.BERLIN, LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 4)));
    regions.put("US", calendars(SampleData.NEW_YORK, LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19)));
    return Map.copyOf(regions);
  }

  private static CalendarSet calendars(ZoneId zone, LocalDate... holidays) {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone).weekdays("08:00-17:00").breakTime("12:00-13:00");
    for (LocalDate holiday : holidays) {
      builder.holiday(holiday);
    }
    builder.override(SampleData.PERIOD_END, "07:00-12:00", "13:00-21:00");
    return CalendarSet.of("business-hours", builder.build(), "24x7", BusinessCalendar.twentyFourSeven(zone));
  }

  /**
   * Reads the bundled sample data.
   *
   * @return the import
   * @throws IOException if the resource cannot be read
   */
  static RequestEventCsv.Import bundled() throws IOException {
    try (InputStream in = GoLiveSimulation.class.getResourceAsStream(SampleData.RESOURCE)) {
      if (in == null) {
        throw new IOException("the bundled sample data " + SampleData.RESOURCE + " is missing from the class path");
      }
      return RequestEventCsv.read(SampleData.RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), REGIONS.keySet());
    }
  }

  /**
   * Runs the whole simulation on imported data.
   *
   * @param data the requests
   * @return the result
   */
  static Result run(RequestEventCsv.Import data) {
    ModelRecommendation recommendation = SupportModelSelection.recommend(RecommendSupportModel.alpineOutdoorGear());
    SupportSetup setup = RouteARequest.mixedSetup().withModel(recommendation.recommended());
    SlaPolicy policy = EvaluateSla.policy();

    Map<AuthorityKind, Integer> finals = new EnumMap<>(AuthorityKind.class);
    Map<String, String> unrouted = new TreeMap<>();
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      RouteEnd routeEnd = route(request, setup);
      if (routeEnd.kind().isPresent()) {
        finals.merge(routeEnd.kind().get(), 1, Integer::sum);
      } else {
        unrouted.put(request.id().value(), routeEnd.reason());
      }
    }

    Instant end = SampleData.END.atStartOfDay(SampleData.BERLIN).toInstant();
    List<TicketSla> atEnd = evaluate(data, policy, end);
    List<Week> weeks = new ArrayList<>();
    Instant[] bounds = new Instant[WEEKS + 1];
    for (int w = 0; w <= WEEKS; w++) {
      bounds[w] = SampleData.GO_LIVE.plusWeeks(w).atStartOfDay(SampleData.BERLIN).toInstant();
    }
    int[] inflow = new int[WEEKS];
    int[] closures = new int[WEEKS];
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      count(inflow, bounds, request.created());
      for (TicketEvent event : request.events()) {
        if (event.type() == TicketEvent.Type.RESOLVED) {
          count(closures, bounds, event.at());
        }
      }
    }
    for (int w = 0; w < WEEKS; w++) {
      Attainment attainment = Attainment.of(atEnd, bounds[w], bounds[w + 1]);
      weeks.add(new Week(w + 1, SampleData.GO_LIVE.plusWeeks(w), inflow[w], closures[w],
          attainment.share(EnumSet.of(Priority.P1, Priority.P2)), attainment.share(EnumSet.allOf(Priority.class))));
    }

    Map<Integer, ExitAssessment> assessments = new TreeMap<>();
    HypercarePlan plan = plan(data);
    for (int week : new int[] {4, 8}) {
      Instant asOf = SampleData.GO_LIVE.plusWeeks(week).atStartOfDay(SampleData.BERLIN).toInstant().minusSeconds(1);
      assessments.put(week, HypercareEvaluation.assess(plan, records(data, evaluate(data, policy, asOf)), kpis(), asOf));
    }
    return new Result(data.summary(), recommendation.recommended(), finals, unrouted, weeks, assessments);
  }

  /** Counts an instant in the week it falls in, if any. */
  private static void count(int[] counts, Instant[] bounds, Instant at) {
    for (int w = 0; w < counts.length; w++) {
      if (!at.isBefore(bounds[w]) && at.isBefore(bounds[w + 1])) {
        counts[w]++;
        return;
      }
    }
  }

  /** Where routing ended: the final authority's kind, or why the rules did not cover it. */
  private record RouteEnd(Optional<AuthorityKind> kind, String reason) {}

  /** Routes a request from the internal helpdesk until it stays put. */
  private static RouteEnd route(RequestEventCsv.ImportedRequest request, SupportSetup setup) {
    Diagnosis diagnosis =
        request.layer() == ProblemLayer.ISV_CODE
            ? Diagnosis.isvCode(AuthorityId.of("isv-contoso"))
            : Diagnosis.of(request.layer(), request.complexity());
    diagnosis = diagnosis.withProcessOrTrainingRuledOut(request.layer() != ProblemLayer.BUSINESS_PROCESS_OR_TRAINING);
    List<Hop> path = new ArrayList<>();
    path.add(Hop.of(ResolvingAuthority.of(AuthorityKind.SUPER_USER), SupportLevel.LEVEL_1));
    path.add(Hop.of(ResolvingAuthority.of(AuthorityKind.INTERNAL_HELPDESK), SupportLevel.LEVEL_2));
    for (int step = 0; step < 6; step++) {
      SupportRequest.Builder builder = SupportRequest.builder();
      builder
          .trail(ReferenceTrail.of(request.id()))
          .priority(request.createdPriority())
          .application(Dynamics365App.FINANCE_AND_SUPPLY_CHAIN)
          .processCriticality(criticality(request.process()))
          .diagnosis(diagnosis)
          .addAllPath(path);
      RoutingOutcome outcome = Routing.route(builder.build(), setup);
      if (outcome instanceof Unrouted unrouted) {
        return new RouteEnd(Optional.empty(), unrouted.reason());
      }
      Routed routed = (Routed) outcome;
      if (!routed.handOff()) {
        return new RouteEnd(Optional.of(routed.next().authority().kind()), routed.reason());
      }
      path.add(routed.next());
    }
    return new RouteEnd(Optional.of(path.get(path.size() - 1).authority().kind()), "stopped after six hand-offs");
  }

  private static Criticality criticality(String process) {
    return switch (process) {
      case "O2C", "WHS" -> Criticality.CRITICAL;
      case "P2P", "R2R" -> Criticality.HIGH;
      default -> Criticality.MEDIUM;
    };
  }

  private static List<TicketSla> evaluate(RequestEventCsv.Import data, SlaPolicy policy, Instant asOf) {
    List<TicketSla> result = new ArrayList<>(data.requests().size());
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      if (request.created().isAfter(asOf)) {
        continue;
      }
      CalendarSet calendars = REGIONS.get(request.region());
      if (calendars == null) {
        throw new IllegalArgumentException(data.file() + ":" + request.firstLine() + ": region '" + request.region() + "' has no calendars");
      }
      try {
        result.add(SlaEvaluation.evaluate(request.id(), request.events(), policy, calendars, asOf));
      } catch (TicketHistoryException e) {
        throw new IllegalArgumentException(data.file() + ":" + request.firstLine() + ": request " + request.id() + ": " + e.getMessage(), e);
      }
    }
    return result;
  }

  /** The hypercare records: what each request was, and its SLA outcomes as of the assessment. */
  private static List<RequestRecord> records(RequestEventCsv.Import data, List<TicketSla> slas) {
    Map<String, TicketSla> byId = new LinkedHashMap<>();
    slas.forEach(s -> byId.put(s.requestId().value(), s));
    List<RequestRecord> records = new ArrayList<>();
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      TicketSla sla = byId.get(request.id().value());
      if (sla == null) {
        continue;
      }
      Optional<Instant> resolved = Optional.empty();
      for (TicketEvent event : request.events()) {
        if (event.type() == TicketEvent.Type.RESOLVED && !event.at().isAfter(sla.asOf())) {
          resolved = Optional.of(event.at());
        } else if (event.type() == TicketEvent.Type.REOPENED && !event.at().isAfter(sla.asOf())) {
          resolved = Optional.empty();
        }
      }
      List<SlaOutcome> outcomes = new ArrayList<>();
      for (MetricCycle cycle : sla.cycles()) {
        if (cycle.state() == SlaState.MET) {
          outcomes.add(SlaOutcome.met(cycle.metric().name(), cycle.priority(), cycle.end().orElseThrow()));
        } else if (cycle.state() == SlaState.MET_LATE) {
          outcomes.add(SlaOutcome.missed(cycle.metric().name(), cycle.priority(), cycle.end().orElseThrow()));
        } else if (cycle.state() == SlaState.BREACHED) {
          outcomes.add(SlaOutcome.missed(cycle.metric().name(), cycle.priority(), cycle.breachedAt().orElseThrow()));
        }
      }
      RequestRecord record =
          new RequestRecord(
              request.id(), sla.priority(), request.kind(), request.created(), resolved,
              resolved.isPresent() ? request.resolver().or(() -> Optional.of(AuthorityKind.INTERNAL_HELPDESK)) : Optional.empty(),
              resolved.isPresent() && request.hypercareResources(), Optional.of(ProcessId.of(request.process())), outcomes);
      records.add(record);
    }
    return records;
  }

  /** The sample hypercare plan: six planned weeks, every P1 with an action plan accepted within a day. */
  static HypercarePlan plan(RequestEventCsv.Import data) {
    LocalDate goLive = SampleData.GO_LIVE;
    HypercarePlan.Builder builder =
        HypercarePlan.builder()
            .name("Alpine Outdoor Gear - first 8 weeks after go-live")
            .zone(SampleData.BERLIN)
            .goLive(goLive)
            .plannedEnd(goLive.plusWeeks(6))
            .firstPeriodClose(PeriodClose.open(LocalDate.of(2026, 5, 31)).closedOn(LocalDate.of(2026, 6, 4)))
            .addKeyProcess(new ProcessTarget(BusinessProcess.of("O2C", "Order to cash", Criticality.CRITICAL), 0.95))
            .addKeyProcess(new ProcessTarget(BusinessProcess.of("WHS", "Warehouse management", Criticality.CRITICAL), 0.90))
            .addKeyProcess(new ProcessTarget(BusinessProcess.of("P2P", "Procure to pay", Criticality.HIGH), 0.90))
            .addCommitment(new Commitment("Partner Fabrikam", "Two consultants on call for P1 and P2", goLive, goLive.plusWeeks(6)))
            .addCommitment(new Commitment("Project team", "Solution architect half time", goLive, goLive.plusWeeks(4)))
            .addHandoverItem(
                HandoverItem.of("DOC-1", HandoverKind.DOCUMENTATION, "Runbooks and known errors", "Fabrikam", LocalDate.of(2026, 5, 22))
                    .signedOffOn(LocalDate.of(2026, 5, 20)))
            .addHandoverItem(
                HandoverItem.of("TRN-1", HandoverKind.TRAINING, "Top-up training on warehouse waves", "Project team",
                    LocalDate.of(2026, 6, 12)).signedOffOn(LocalDate.of(2026, 6, 11)))
            .defaultCriteria();
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      if (request.createdPriority() == Priority.P1) {
        LocalDate created = request.created().atZone(SampleData.BERLIN).toLocalDate();
        builder.addActionItem(
            ActionItem.of("AP-" + request.id().value(), "Action plan for " + request.id(), "Internal Dynamics 365 team", created.plusDays(10))
                .forRequest(request.id())
                .acceptedOn(created.plusDays(1)));
      }
    }
    return builder.build();
  }

  /** Weekly efficiency of the key processes, measured on Fridays: rising as the business settles. */
  static List<ProcessKpi> kpis() {
    double[][] series = {{0.86, 0.90, 0.93, 0.94, 0.96, 0.97, 0.97, 0.98}, {0.78, 0.83, 0.86, 0.88, 0.91, 0.92, 0.93, 0.93},
        {0.84, 0.87, 0.89, 0.90, 0.92, 0.93, 0.94, 0.94}};
    String[] processes = {"O2C", "WHS", "P2P"};
    List<ProcessKpi> kpis = new ArrayList<>();
    for (int p = 0; p < processes.length; p++) {
      for (int w = 0; w < 8; w++) {
        kpis.add(ProcessKpi.of(processes[p], SampleData.GO_LIVE.plusWeeks(w).plusDays(4), series[p][w]));
      }
    }
    return kpis;
  }

  static String percent(Optional<Double> share) {
    return share.map(s -> String.format(Locale.ROOT, "%.1f %%", s * 100)).orElse("-");
  }

  /**
   * Runs the simulation and writes the reports.
   *
   * @param args {@code [events.csv [output-folder]]}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    RequestEventCsv.Import data;
    if (args.length > 0) {
      Path file = Path.of(args[0]);
      data = RequestEventCsv.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), REGIONS.keySet());
    } else {
      data = bundled();
    }
    Path folder = Path.of(args.length > 1 ? args[1] : "target/go-live-report").toAbsolutePath();
    Result result = run(data);

    System.out.println(result.summary());
    System.out.println();
    System.out.println("Support model: " + result.model().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
    System.out.println();
    System.out.println("Routing from the internal helpdesk, where each request ends up:");
    result.finalAuthorities().forEach((kind, count) -> System.out.printf(Locale.ROOT, "  %-28s %5d%n", kind, count));
    System.out.printf(Locale.ROOT, "  %-28s %5d%n", "not covered by the rules", result.unrouted().size());
    result.unrouted().entrySet().stream().limit(3).forEach(e -> System.out.println("    " + e.getKey() + ": " + e.getValue()));
    System.out.println();
    System.out.println("Week  Starts      Inflow  Closures  P1/P2 SLA met  All SLA met");
    for (Week week : result.weeks()) {
      System.out.printf(Locale.ROOT, "%4d  %s  %6d  %8d  %13s  %10s%n", week.number(), week.start(), week.inflow(), week.closures(),
          percent(week.p1p2()), percent(week.all()));
    }
    for (Map.Entry<Integer, ExitAssessment> entry : result.assessments().entrySet()) {
      ExitAssessment assessment = entry.getValue();
      System.out.println();
      System.out.println("Hypercare exit assessment at the end of week " + entry.getKey() + ": " + assessment.verdict());
      for (CriterionResult criterion : assessment.results()) {
        System.out.printf(Locale.ROOT, "  %-7s %s: %s%n", criterion.status(), criterion.description(), criterion.measured());
      }
      System.out.println("  earliest exit: " + assessment.earliestExit().earliest().map(Object::toString).orElse("cannot be projected")
          + " (" + assessment.earliestExit().basis() + ")");
    }

    Files.createDirectories(folder);
    for (Map.Entry<Integer, ExitAssessment> entry : result.assessments().entrySet()) {
      Files.writeString(folder.resolve("hypercare-week-" + entry.getKey() + ".md"), HypercareReport.markdown(entry.getValue()), StandardCharsets.UTF_8);
    }
    Files.writeString(folder.resolve("index.html"), HtmlReport.render(result), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("Reports written to " + folder + ": index.html, hypercare-week-4.md, hypercare-week-8.md");
  }
}

package org.supportmodel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SlaOutcome;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.ModelRecommendation;
import org.supportmodel.core.selection.SupportModelSelection;
import org.supportmodel.hypercare.ActionItem;
import org.supportmodel.hypercare.CriterionResult;
import org.supportmodel.hypercare.ExitAssessment;
import org.supportmodel.hypercare.HypercareEvaluation;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.HypercareReport;
import org.supportmodel.hypercare.ProcessKpi;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.hypercare.WeekFigures;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.routing.Unrouted;
import org.supportmodel.jackson.SupportmodelModule;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketHistoryException;
import org.supportmodel.sla.TicketSla;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main example: Alpine Outdoor Gear's first 8 weeks after go-live, end to end. It recommends a
 * support model, routes every request, evaluates every SLA in the user's region (Berlin or New
 * York business hours with their public holidays, extended hours at the May period end, P1 around
 * the clock) once over the whole data, and assesses the hypercare exit at the end of weeks 4 and 8.
 * The console, the Markdown reports and the HTML page (with SVG charts) all show the library's
 * {@link WeekFigures}; the reports are written to a folder it names.
 *
 * <p>Without arguments it reads the bundled sample data and writes to {@code
 * target/go-live-report}. With an export and its format (ServiceNow, Dynamics 365 or the request
 * events of {@link RequestEventCsv}) it runs on that export: {@link SimulationCommand} has the
 * options, {@link ExportSimulation} the run.
 */
public final class GoLiveSimulation {
  /** The regions of the sample organization and their calendars, from the bundled configuration. */
  static final Map<String, CalendarSet> REGIONS = SimulationConfig.bundled().regions();
  /** Writes the assessments as JSON, with the library's Jackson module. */
  private static final JsonMapper JSON =
      JsonMapper.builder().addModule(new SupportmodelModule()).enable(SerializationFeature.INDENT_OUTPUT).build();
  /** The weeks the sample data covers. */
  static final int WEEKS = 8;

  private GoLiveSimulation() {}

  /**
   * What the simulation found.
   *
   * @param name the organization's name in the reports
   * @param summary the import summary
   * @param model the recommended support model, for the sample organization whose profile is known
   * @param finalAuthorities where each request ended up, per authority kind
   * @param unrouted the requests whose end is not known, with the reason
   * @param weeks the weekly figures, as the library defines them ({@link WeekFigures}): those of
   *     the last assessment, which covers every week
   * @param assessments the hypercare assessments, by the week at whose end they were made
   * @param notes what the reader should know about the data: warnings, repairs, reassignments
   */
  record Result(
      String name,
      String summary,
      Optional<SupportModel> model,
      Map<AuthorityKind, Integer> finalAuthorities,
      Map<String, String> unrouted,
      List<WeekFigures> weeks,
      Map<Integer, ExitAssessment> assessments,
      List<String> notes) {

    ExitAssessment assessment(int week) {
      ExitAssessment assessment = assessments.get(week);
      if (assessment == null) {
        throw new IllegalArgumentException("week: '" + week + "' has no assessment; the weeks are " + assessments.keySet());
      }
      return assessment;
    }
  }

  /**
   * Reads the bundled sample data.
   *
   * @return the import
   * @throws IOException if the resource cannot be read
   */
  static RequestEventCsv.Import bundled() throws IOException {
    return bundled(REGIONS.keySet());
  }

  /**
   * Reads the bundled sample data for a configuration's regions: a request of another region is an
   * error naming its line.
   *
   * @param regions the regions that have calendars
   * @return the import
   * @throws IOException if the resource cannot be read
   */
  static RequestEventCsv.Import bundled(java.util.Set<String> regions) throws IOException {
    try (InputStream in = GoLiveSimulation.class.getResourceAsStream(SampleData.RESOURCE)) {
      if (in == null) {
        throw new IOException("the bundled sample data " + SampleData.RESOURCE + " is missing from the class path");
      }
      return RequestEventCsv.read(SampleData.RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), regions);
    }
  }

  /**
   * Runs the whole simulation on imported data with the bundled configuration.
   *
   * @param data the requests
   * @return the result
   */
  static Result run(RequestEventCsv.Import data) {
    return run(data, SimulationConfig.bundled());
  }

  /**
   * Runs the whole simulation on imported data.
   *
   * @param data the requests
   * @param config the profile, setup, SLA policy, calendars and hypercare plan
   * @return the result
   */
  static Result run(RequestEventCsv.Import data, SimulationConfig config) {
    ModelRecommendation recommendation = SupportModelSelection.recommend(config.profile());
    SupportSetup setup = config.setup();
    SlaPolicy policy = config.policy();
    List<String> notes = new ArrayList<>();
    if (setup.model() != recommendation.recommended()) {
      notes.add("the support setup uses the " + setup.model().label() + " model; the profile recommends the "
          + recommendation.recommended().label() + " model");
    }

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

    // Every request's whole known life, once: SLA outcomes as of the end of the data, every
    // resolution and reopen. Each assessment sees only what happened before its instant, so a
    // week that is over never changes between reports.
    Instant end = SampleData.END.atStartOfDay(SampleData.BERLIN).toInstant();
    List<RequestRecord> records = records(data, config.regions(), evaluate(data, policy, config.regions(), end));
    Map<Integer, ExitAssessment> assessments = new TreeMap<>();
    HypercarePlan plan = plan(data, config.plan());
    for (int week : new int[] {4, WEEKS}) {
      Instant asOf = endOfWeek(week);
      assessments.put(week, HypercareEvaluation.assess(plan, records, kpis(), asOf));
    }
    List<WeekFigures> weeks = Objects.requireNonNull(assessments.get(WEEKS), "the last assessment").weeks();
    return new Result(plan.name(), data.summary(), Optional.of(recommendation.recommended()), finals, unrouted, weeks, assessments, notes);
  }

  /** The instant a hypercare week of the sample ends: the midnight after its last day, in Berlin. */
  static Instant endOfWeek(int week) {
    return SampleData.GO_LIVE.plusWeeks(week).atStartOfDay(SampleData.BERLIN).toInstant();
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

  private static List<TicketSla> evaluate(RequestEventCsv.Import data, SlaPolicy policy, Map<String, CalendarSet> regions, Instant asOf) {
    List<TicketSla> result = new ArrayList<>(data.requests().size());
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      if (request.created().isAfter(asOf)) {
        continue;
      }
      CalendarSet calendars = regions.get(request.region());
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

  /** The hypercare records: what each request was, every resolution and reopen, and its SLA outcomes. */
  private static List<RequestRecord> records(RequestEventCsv.Import data, Map<String, CalendarSet> regions, List<TicketSla> slas) {
    Map<String, TicketSla> byId = new LinkedHashMap<>();
    slas.forEach(s -> byId.put(s.requestId().value(), s));
    List<RequestRecord> records = new ArrayList<>();
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      TicketSla sla = byId.get(request.id().value());
      if (sla == null) {
        continue;
      }
      CalendarSet calendars = Objects.requireNonNull(regions.get(request.region()), "calendars of " + request.region());
      List<SlaOutcome> outcomes = sla.outcomes(calendars);
      RequestRecord record = RequestRecord.opened(request.id().value(), sla.priority(), request.created())
          .withKind(request.kind())
          .withProcess(ProcessId.of(request.process()))
          .withHypercareResources(request.hypercareResources());
      for (TicketEvent event : request.events().stream().sorted(java.util.Comparator.comparing(TicketEvent::at)).toList()) {
        if (event.type() == TicketEvent.Type.RESOLVED && record.lastResolution().isEmpty()) {
          record = record.resolvedAt(event.at(), request.resolver().orElse(AuthorityKind.INTERNAL_HELPDESK));
        } else if (event.type() == TicketEvent.Type.REOPENED && record.lastResolution().isPresent()) {
          record = record.reopenedAt(event.at());
        }
      }
      records.add(record.withSla(outcomes.toArray(new SlaOutcome[0])));
    }
    return records;
  }

  /** The hypercare plan of the configuration, with an action plan for every P1, accepted within a day. */
  static HypercarePlan plan(RequestEventCsv.Import data, HypercarePlan template) {
    List<ActionItem> items = new ArrayList<>(template.actionItems());
    for (RequestEventCsv.ImportedRequest request : data.requests()) {
      if (request.createdPriority() == Priority.P1) {
        LocalDate created = request.created().atZone(template.zone()).toLocalDate();
        items.add(
            ActionItem.of("AP-" + request.id().value(), "Action plan for " + request.id(), "Internal Dynamics 365 team", created.plusDays(10))
                .forRequest(request.id())
                .acceptedOn(created.plusDays(1)));
      }
    }
    return template.withActionItems(items);
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

  /** The weekly figures as a console table: the same {@link WeekFigures} the Markdown and HTML show. */
  static String consoleTable(List<WeekFigures> weeks) {
    StringBuilder table = new StringBuilder(
        "Week  Dates                     Inflow  Closures  Reopened  Backlog  P1/P2 SLA met  Without hypercare  New req.\n");
    for (WeekFigures week : weeks) {
      table.append(String.format(Locale.ROOT, "%4d  %s to %s  %6d  %8d  %8d  %7d  %13s  %17s  %8d%n", week.number(), week.start(),
          week.lastDay(), week.inflow(), week.closures(), week.reopened(), week.backlog(), percent(week.slaShare()),
          percent(week.withoutHypercareShare()), week.newRequirements()));
    }
    return table.toString().stripTrailing();
  }

  static String percent(Optional<Double> share) {
    return share.map(s -> String.format(Locale.ROOT, "%.1f %%", s * 100)).orElse("-");
  }

  /** Prints what the simulation found: the same {@link WeekFigures} as the reports. */
  static void print(Result result, PrintStream out) {
    out.println(result.summary());
    result.notes().forEach(note -> out.println("Note: " + note));
    out.println();
    result.model().ifPresent(m -> {
      out.println("Support model: " + m.toString().toLowerCase(Locale.ROOT).replace('_', ' '));
      out.println();
    });
    out.println(result.model().isPresent() ? "Routing from the internal helpdesk, where each request ends up:" : "Where each request ended up:");
    result.finalAuthorities().forEach((kind, count) -> out.printf(Locale.ROOT, "  %-28s %5d%n", kind, count));
    out.printf(Locale.ROOT, "  %-28s %5d%n", result.model().isPresent() ? "not covered by the rules" : "not known", result.unrouted().size());
    result.unrouted().entrySet().stream().limit(3).forEach(e -> out.println("    " + e.getKey() + ": " + e.getValue()));
    out.println();
    out.println("Weekly figures (support requests; new requirements apart), as the hypercare reports define them:");
    out.println(consoleTable(result.weeks()));
    for (Map.Entry<Integer, ExitAssessment> entry : result.assessments().entrySet()) {
      ExitAssessment assessment = entry.getValue();
      out.println();
      out.println("Hypercare exit assessment at the end of week " + entry.getKey() + " (as of " + assessment.asOfDate() + "): "
          + assessment.verdict());
      for (CriterionResult criterion : assessment.results()) {
        out.printf(Locale.ROOT, "  %-7s %s: %s%n", criterion.status(), criterion.description(), criterion.measured());
      }
      out.println("  earliest exit: " + assessment.earliestExit().earliest().map(Object::toString).orElse("cannot be projected")
          + " (" + assessment.earliestExit().basis() + ")");
      assessment.findings().forEach(f -> out.println("  plan check: " + f.message()));
    }
  }

  /** Writes the Markdown reports and the HTML page; returns the file names. */
  static List<String> write(Result result, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> files = new ArrayList<>();
    files.add("index.html");
    for (Map.Entry<Integer, ExitAssessment> entry : result.assessments().entrySet()) {
      String file = "hypercare-week-" + entry.getKey() + ".md";
      Files.writeString(folder.resolve(file), HypercareReport.markdown(entry.getValue()), StandardCharsets.UTF_8);
      files.add(file);
      String json = "hypercare-week-" + entry.getKey() + ".json";
      Files.writeString(folder.resolve(json), JSON.writeValueAsString(entry.getValue()) + "\n", StandardCharsets.UTF_8);
      files.add(json);
    }
    Files.writeString(folder.resolve("index.html"), HtmlReport.render(result, result.name()), StandardCharsets.UTF_8);
    return files;
  }

  /**
   * Runs the simulation and writes the reports: on the bundled sample without arguments, or on an
   * export given on the command line ({@code --help} says how). Errors are one line on the error
   * stream with a distinct exit code: 2 usage, 3 file not found or unreadable, 4 data that cannot
   * be read, 5 nothing to evaluate, 1 anything else.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = SimulationCommand.execute(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }
}

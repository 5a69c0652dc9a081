package org.supportmodel.jackson;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.core.Priority;
import org.supportmodel.core.RequestId;
import org.supportmodel.hypercare.ActionItem;
import org.supportmodel.hypercare.Commitment;
import org.supportmodel.hypercare.ExitCriteria;
import org.supportmodel.hypercare.ExitCriterion;
import org.supportmodel.hypercare.HandoverItem;
import org.supportmodel.hypercare.HandoverKind;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.PeriodClose;
import org.supportmodel.hypercare.ProcessTarget;
import org.supportmodel.hypercare.SlaCounting;
import org.supportmodel.hypercare.Threshold;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * A hypercare plan as JSON: its name, zone and dates, the first period close, key processes with
 * their target efficiency, action items, commitments, handover items and the exit criteria. A
 * criterion is named by its id with its parameters:
 *
 * <pre>{@code
 * {"id": "sla-attainment", "priorities": ["P1", "P2"], "threshold": {"over": 0.9}, "window": "P14D", "counting": "PER_REQUEST"}
 * {"id": "resolved-without-hypercare", "threshold": {"over": 0.95}, "window": "P14D"}
 * {"id": "backlog-trend", "weeks": 2}
 * {"id": "p1-action-plans"}, {"id": "key-process-efficiency"}, {"id": "first-period-close"}, {"id": "handover-signed-off"}
 * }</pre>
 *
 * <p>A parameter left out takes the value of the library's default criterion ({@link
 * ExitCriteria#defaults()}). Only the library's criteria have a JSON form: writing a plan with a
 * criterion of the user's own class fails and names it. Package-private; {@link
 * SupportmodelModule} registers it.
 */
final class PlanJson {
  private static final Set<String> FIELDS = Set.of("schemaVersion", "name", "zone", "goLive", "plannedEnd", "firstPeriodClose",
      "keyProcesses", "actionItems", "commitments", "handoverItems", "criteria");
  private static final Set<String> PERIOD = Set.of("periodEnd", "closedOn");
  private static final Set<String> KEY_PROCESS = Set.of("process", "targetEfficiency");
  private static final Set<String> ACTION = Set.of("id", "description", "owner", "due", "request", "criterion", "acceptedOn", "doneOn");
  private static final Set<String> COMMITMENT = Set.of("party", "commitment", "from", "until");
  private static final Set<String> HANDOVER = Set.of("id", "kind", "description", "from", "due", "signedOffOn");
  private static final Set<String> SLA = Set.of("id", "priorities", "threshold", "window", "counting");
  private static final Set<String> WITHOUT = Set.of("id", "threshold", "window");
  private static final Set<String> BACKLOG = Set.of("id", "weeks");
  private static final Set<String> ID = Set.of("id");
  private static final Set<String> THRESHOLD = Set.of("over", "atLeast");
  private static final Set<String> CRITERIA = Set.of(ExitCriteria.P1ActionPlans.ID, ExitCriteria.KeyProcessesAtTarget.ID,
      ExitCriteria.SlaAttainment.ID, ExitCriteria.ResolvedWithoutHypercare.ID, ExitCriteria.BacklogTrend.ID,
      ExitCriteria.FirstPeriodClosed.ID, ExitCriteria.HandoverSignedOff.ID);

  private PlanJson() {}

  /** An action item, as the plan lists it and the assessment's action plan shows it. */
  static void actionItem(JsonGenerator out, ActionItem item) {
    out.writeStartObject();
    out.writeStringProperty("id", item.id());
    out.writeStringProperty("description", item.description());
    out.writeStringProperty("owner", item.owner());
    out.writeStringProperty("due", item.due().toString());
    Out.string(out, "request", item.request().map(RequestId::value));
    Out.string(out, "criterion", item.criterion());
    Out.date(out, "acceptedOn", item.acceptedOn());
    Out.date(out, "doneOn", item.doneOn());
    out.writeEndObject();
  }

  static final class Writer extends ValueSerializer<HypercarePlan> {
    @Override
    public void serialize(HypercarePlan plan, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      Out.schemaVersion(out);
      out.writeStringProperty("name", plan.name());
      out.writeStringProperty("zone", plan.zone().getId());
      out.writeStringProperty("goLive", plan.goLive().toString());
      out.writeStringProperty("plannedEnd", plan.plannedEnd().toString());
      if (plan.firstPeriodClose().isPresent()) {
        PeriodClose close = plan.firstPeriodClose().get();
        out.writeObjectPropertyStart("firstPeriodClose");
        out.writeStringProperty("periodEnd", close.periodEnd().toString());
        Out.date(out, "closedOn", close.closedOn());
        out.writeEndObject();
      }
      out.writeArrayPropertyStart("keyProcesses");
      for (ProcessTarget target : plan.keyProcesses()) {
        out.writeStartObject();
        out.writeName("process");
        ProfileJson.process(out, target.process());
        out.writeNumberProperty("targetEfficiency", target.targetEfficiency());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("actionItems");
      for (ActionItem item : plan.actionItems()) {
        actionItem(out, item);
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("commitments");
      for (Commitment commitment : plan.commitments()) {
        out.writeStartObject();
        out.writeStringProperty("party", commitment.party());
        out.writeStringProperty("commitment", commitment.commitment());
        out.writeStringProperty("from", commitment.from().toString());
        out.writeStringProperty("until", commitment.until().toString());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("handoverItems");
      for (HandoverItem item : plan.handoverItems()) {
        out.writeStartObject();
        out.writeStringProperty("id", item.id());
        out.writeStringProperty("kind", item.kind().name());
        out.writeStringProperty("description", item.description());
        out.writeStringProperty("from", item.from());
        out.writeStringProperty("due", item.due().toString());
        Out.date(out, "signedOffOn", item.signedOffOn());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayPropertyStart("criteria");
      for (ExitCriterion criterion : plan.criteria()) {
        criterion(out, criterion, context);
      }
      out.writeEndArray();
      out.writeEndObject();
    }

    private static void criterion(JsonGenerator out, ExitCriterion criterion, SerializationContext context) {
      out.writeStartObject();
      out.writeStringProperty("id", criterion.id());
      if (criterion instanceof ExitCriteria.SlaAttainment sla) {
        Out.constants(out, "priorities", sla.priorities());
        threshold(out, sla.threshold());
        out.writeStringProperty("window", Out.duration(sla.window()));
        out.writeStringProperty("counting", sla.counting().name());
      } else if (criterion instanceof ExitCriteria.ResolvedWithoutHypercare without) {
        threshold(out, without.threshold());
        out.writeStringProperty("window", Out.duration(without.window()));
      } else if (criterion instanceof ExitCriteria.BacklogTrend backlog) {
        out.writeNumberProperty("weeks", backlog.weeks());
      } else if (!(criterion instanceof ExitCriteria.P1ActionPlans
          || criterion instanceof ExitCriteria.KeyProcessesAtTarget
          || criterion instanceof ExitCriteria.FirstPeriodClosed
          || criterion instanceof ExitCriteria.HandoverSignedOff)) {
        context.reportMappingProblem(
            "criteria: '%s' is a criterion of the class %s, which has no JSON form; only the criteria of ExitCriteria have one",
            criterion.id(), criterion.getClass().getName());
      }
      out.writeEndObject();
    }

    private static void threshold(JsonGenerator out, Threshold threshold) {
      out.writeObjectPropertyStart("threshold");
      out.writeNumberProperty(threshold.strict() ? "over" : "atLeast", threshold.value());
      out.writeEndObject();
    }
  }

  static final class Reader extends ValueDeserializer<HypercarePlan> {
    @Override
    public HypercarePlan deserialize(JsonParser in, DeserializationContext context) {
      Json json = Json.object(in, context, this);
      json.onlyFields(FIELDS);
      json.schemaVersion();
      HypercarePlan.Builder builder = HypercarePlan.builder();
      builder.name(json.string("name"));
      builder.zone(json.zone("zone"));
      builder.goLive(json.date("goLive"));
      builder.plannedEnd(json.date("plannedEnd"));
      json.optionalObject("firstPeriodClose").ifPresent(close -> {
        close.onlyFields(PERIOD);
        LocalDate end = close.date("periodEnd");
        Optional<LocalDate> closedOn = close.optionalDate("closedOn");
        builder.firstPeriodClose(close.build(() -> new PeriodClose(end, closedOn)));
      });
      for (Json target : json.objects("keyProcesses")) {
        target.onlyFields(KEY_PROCESS);
        var process = ProfileJson.process(target.object("process"));
        double efficiency = target.number("targetEfficiency");
        builder.addKeyProcess(target.build(() -> new ProcessTarget(process, efficiency)));
      }
      for (Json item : json.objects("actionItems")) {
        builder.addActionItem(actionItem(item));
      }
      for (Json commitment : json.objects("commitments")) {
        commitment.onlyFields(COMMITMENT);
        String party = commitment.string("party");
        String what = commitment.string("commitment");
        LocalDate from = commitment.date("from");
        LocalDate until = commitment.date("until");
        builder.addCommitment(commitment.build(() -> new Commitment(party, what, from, until)));
      }
      for (Json item : json.objects("handoverItems")) {
        item.onlyFields(HANDOVER);
        String id = item.string("id");
        HandoverKind kind = item.constant("kind", HandoverKind.class);
        String description = item.string("description");
        String from = item.string("from");
        LocalDate due = item.date("due");
        Optional<LocalDate> signedOff = item.optionalDate("signedOffOn");
        builder.addHandoverItem(item.build(() -> new HandoverItem(id, kind, description, from, due, signedOff)));
      }
      for (Json criterion : json.objects("criteria")) {
        builder.addCriterion(criterion(criterion));
      }
      return json.build(builder::build);
    }

    private static ActionItem actionItem(Json item) {
      item.onlyFields(ACTION);
      String id = item.string("id");
      String description = item.string("description");
      String owner = item.string("owner");
      LocalDate due = item.date("due");
      Optional<RequestId> request = item.optionalString("request").map(text -> item.parse("request", text, RequestId::of));
      Optional<String> criterion = item.optionalString("criterion");
      Optional<LocalDate> accepted = item.optionalDate("acceptedOn");
      Optional<LocalDate> done = item.optionalDate("doneOn");
      return item.build(() -> new ActionItem(id, description, owner, due, request, criterion, accepted, done));
    }

    private static ExitCriterion criterion(Json json) {
      String id = json.string("id");
      switch (id) {
        case ExitCriteria.SlaAttainment.ID -> {
          json.onlyFields(SLA);
          ExitCriteria.SlaAttainment standard = standard(ExitCriteria.SlaAttainment.class);
          Set<Priority> priorities = json.has("priorities")
              ? Set.copyOf(json.constants("priorities", Priority.class))
              : standard.priorities();
          Threshold threshold = json.optionalObject("threshold").map(Reader::threshold).orElse(standard.threshold());
          Duration window = json.has("window") ? json.duration("window") : standard.window();
          SlaCounting counting = json.optionalConstant("counting", SlaCounting.class).orElse(standard.counting());
          return json.build(() -> new ExitCriteria.SlaAttainment(priorities, threshold, window, counting));
        }
        case ExitCriteria.ResolvedWithoutHypercare.ID -> {
          json.onlyFields(WITHOUT);
          ExitCriteria.ResolvedWithoutHypercare standard = standard(ExitCriteria.ResolvedWithoutHypercare.class);
          Threshold threshold = json.optionalObject("threshold").map(Reader::threshold).orElse(standard.threshold());
          Duration window = json.has("window") ? json.duration("window") : standard.window();
          return json.build(() -> new ExitCriteria.ResolvedWithoutHypercare(threshold, window));
        }
        case ExitCriteria.BacklogTrend.ID -> {
          json.onlyFields(BACKLOG);
          int weeks = json.has("weeks") ? json.integer("weeks") : standard(ExitCriteria.BacklogTrend.class).weeks();
          return json.build(() -> new ExitCriteria.BacklogTrend(weeks));
        }
        case ExitCriteria.P1ActionPlans.ID -> {
          json.onlyFields(ID);
          return new ExitCriteria.P1ActionPlans();
        }
        case ExitCriteria.KeyProcessesAtTarget.ID -> {
          json.onlyFields(ID);
          return new ExitCriteria.KeyProcessesAtTarget();
        }
        case ExitCriteria.FirstPeriodClosed.ID -> {
          json.onlyFields(ID);
          return new ExitCriteria.FirstPeriodClosed();
        }
        case ExitCriteria.HandoverSignedOff.ID -> {
          json.onlyFields(ID);
          return new ExitCriteria.HandoverSignedOff();
        }
        default -> throw json.error(json.path() + ".id", "'" + id + "' is not one of " + new java.util.TreeSet<>(CRITERIA));
      }
    }

    /** The library's default criterion of a class: where a parameter left out takes its value. */
    private static <T extends ExitCriterion> T standard(Class<T> type) {
      return ExitCriteria.defaults().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static Threshold threshold(Json json) {
      json.onlyFields(THRESHOLD);
      if (json.has("over") == json.has("atLeast")) {
        throw json.error(json.path(), "must give either over or atLeast");
      }
      boolean strict = json.has("over");
      double value = json.number(strict ? "over" : "atLeast");
      return json.build(() -> new Threshold(value, strict));
    }
  }
}

package org.supportmodel.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.core.Priority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.sla.ActionTrigger;
import org.supportmodel.sla.BusinessDuration;
import org.supportmodel.sla.PriorityChangePolicy;
import org.supportmodel.sla.ReopenPolicy;
import org.supportmodel.sla.SlaAction;
import org.supportmodel.sla.SlaMetric;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.WorkingDays;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class SlaPolicyJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule()).build();

  /** Policies with random metrics, amounts, thresholds, rules, versions and actions. */
  static Gen<SlaPolicy> policies() {
    return longs().all().map(seed -> {
      Random random = new Random(seed);
      SlaPolicy.Builder builder = SlaPolicy.builder();
      for (SlaMetric metric : SlaMetric.values()) {
        if (metric != SlaMetric.RESOLUTION && random.nextBoolean()) {
          continue;
        }
        for (Priority priority : Priority.values()) {
          builder.target(priority, metric, random.nextBoolean() ? BusinessDuration.of(Duration.ofMinutes(1 + random.nextInt(100_000)))
              : WorkingDays.of(1 + random.nextInt(30)), random.nextBoolean() ? "24x7" : "business-hours");
        }
      }
      for (int threshold : new int[] {25, 50, 75, 90}) {
        if (random.nextBoolean()) {
          builder.addWarningThreshold(threshold);
        }
      }
      for (int i = 0; i < random.nextInt(3); i++) {
        SlaMetric metric = SlaMetric.values()[random.nextInt(SlaMetric.values().length)];
        ActionTrigger trigger = random.nextBoolean() ? ActionTrigger.percentOfTarget(1 + random.nextInt(1000))
            : ActionTrigger.fromDue(Duration.ofMinutes(random.nextInt(20_000) - 10_000));
        builder.addAction(switch (random.nextInt(3)) {
          case 0 -> SlaAction.notifyAssignee("a" + i, trigger, metric);
          case 1 -> SlaAction.notifyRole("a" + i, "role " + i, trigger, metric, SlaMetric.RESOLUTION);
          default -> SlaAction.escalate("a" + i, SupportLevel.values()[random.nextInt(5)], trigger, metric);
        });
      }
      return builder.usualStatuses().addPausedStatus(TicketStatus.of("ON_HOLD"))
          .priorityChange(PriorityChangePolicy.values()[random.nextInt(3)])
          .reopen(ReopenPolicy.values()[random.nextInt(ReopenPolicy.values().length)])
          .version("v" + random.nextInt(100))
          .build();
    });
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualPolicy() {
    qt().withExamples(300).forAll(policies()).checkAssert(policy ->
        assertEquals(policy, MAPPER.readValue(MAPPER.writeValueAsString(policy), SlaPolicy.class)));
  }

  private static String error(String json) {
    return assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, SlaPolicy.class)).getOriginalMessage();
  }

  private static final String RULES = "\"activeStatuses\":[\"OPEN\"],\"priorityChange\":\"KEEP_ELAPSED\",\"reopen\":\"NEW_CYCLE\"";

  private static String targets(String p4Amount) {
    return "\"targets\":[" + String.join(",", List.of(
        "{\"priority\":\"P1\",\"metric\":\"RESOLUTION\",\"amount\":{\"businessTime\":\"PT4H\"},\"calendar\":\"24x7\"}",
        "{\"priority\":\"P2\",\"metric\":\"RESOLUTION\",\"amount\":{\"businessTime\":\"PT8H\"},\"calendar\":\"24x7\"}",
        "{\"priority\":\"P3\",\"metric\":\"RESOLUTION\",\"amount\":{\"workingDays\":3},\"calendar\":\"24x7\"}",
        "{\"priority\":\"P4\",\"metric\":\"RESOLUTION\",\"amount\":" + p4Amount + ",\"calendar\":\"24x7\"}")) + "]";
  }

  @Test
  void aPolicyReadsFromItsDocumentedFormAndErrorsNameThePath() {
    SlaPolicy policy = MAPPER.readValue("{" + targets("{\"workingDays\":10}") + "," + RULES + ",\"warningThresholds\":[50]}", SlaPolicy.class);
    assertEquals(WorkingDays.of(10), policy.target(Priority.P4, SlaMetric.RESOLUTION).orElseThrow().amount());
    assertEquals(List.of(50), policy.warningThresholds());
    assertEquals("1", policy.version());

    assertEquals("$.targets[3].amount.businessTime: 'PT4' is not an ISO-8601 duration, such as PT4H",
        error("{" + targets("{\"businessTime\":\"PT4\"}") + "," + RULES + "}"));
    assertEquals("$.targets[3].amount: must give either businessTime or workingDays",
        error("{" + targets("{\"businessTime\":\"PT4H\",\"workingDays\":2}") + "," + RULES + "}"));
    assertEquals("$.targets[3].amount: workingDays: '-1' must not be negative",
        error("{" + targets("{\"workingDays\":-1}") + "," + RULES + "}"));
    assertEquals("$: warningThresholds: '120' must be between 1 and 99 percent",
        error("{" + targets("{\"workingDays\":1}") + "," + RULES + ",\"warningThresholds\":[120]}"));
    assertEquals("$.reopen: reopen: 'SOMETIMES' is not one of [CONTINUE_CYCLE, NEW_CYCLE]",
        error("{" + targets("{\"workingDays\":1}") + ",\"activeStatuses\":[\"OPEN\"],\"priorityChange\":\"KEEP_ELAPSED\",\"reopen\":\"SOMETIMES\"}"));
    assertEquals("$.priorityChange: is required", error("{" + targets("{\"workingDays\":1}") + ",\"reopen\":\"NEW_CYCLE\"}"));
    assertEquals("$.warningThresholds[0]: must be a whole number, not \"50\"",
        error("{" + targets("{\"workingDays\":1}") + "," + RULES + ",\"warningThresholds\":[\"50\"]}"));
    assertEquals("$.actions[0].trigger: must give either percentOfTarget or fromDue",
        error("{" + targets("{\"workingDays\":1}") + "," + RULES
            + ",\"actions\":[{\"name\":\"x\",\"metrics\":[\"RESOLUTION\"],\"trigger\":{},\"kind\":\"NOTIFY_ASSIGNEE\"}]}"));
  }
}

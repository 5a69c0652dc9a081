package org.supportmodel.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.RequestKind;

class SlaPoliciesTest {
  private static final BusinessProcess ORDER_TO_CASH = BusinessProcess.of("order-to-cash", "Order to cash", Criticality.CRITICAL);
  private static final BusinessProcess EXPENSES = BusinessProcess.of("expenses", "Travel and expenses", Criticality.LOW);
  private static final SlaPolicy GOLD = SlaFixtures.policy();
  private static final SlaPolicy CRITICAL = SlaFixtures.policyBuilder().reopen(ReopenPolicy.CONTINUE_CYCLE).build();
  private static final SlaPolicy STANDARD = SlaFixtures.policy().withPriorityChange(PriorityChangePolicy.RESTART);

  private static final SlaPolicies POLICIES =
      SlaPolicies.of(
          ConditionalPolicy.of("gold-incidents", PolicyCondition.contract("gold").and(PolicyCondition.kind(RequestKind.INCIDENT)), GOLD),
          ConditionalPolicy.of("critical-processes", PolicyCondition.processAtLeast(Criticality.HIGH)
              .and(PolicyCondition.region("emea").or(PolicyCondition.region("apac"))), CRITICAL),
          ConditionalPolicy.of("standard", PolicyCondition.always(), STANDARD));

  private static SlaSubject.Builder incident() {
    return SlaSubject.builder().kind(RequestKind.INCIDENT).priority(Priority.P2);
  }

  @Test
  void theFirstMatchingPolicyAppliesAndTheEarlierOnesSayWhyNot() {
    SlaPolicies.PolicyChoice gold = POLICIES.select(incident().contract("gold").build());
    assertEquals(Optional.of("gold-incidents"), gold.chosen().map(ConditionalPolicy::name));
    assertSame(GOLD, gold.policy());
    assertEquals(List.of(), gold.reasons());
    assertEquals("policy gold-incidents applies (contract gold and kind INCIDENT)", gold.explanation());

    SlaPolicies.PolicyChoice critical = POLICIES.select(incident().contract("silver").process(ORDER_TO_CASH).region("apac").build());
    assertSame(CRITICAL, critical.policy());
    assertEquals(List.of("gold-incidents: the contract is silver, not gold"), critical.reasons());

    SlaPolicies.PolicyChoice request =
        POLICIES.select(SlaSubject.builder().kind(RequestKind.SERVICE_REQUEST).priority(Priority.P3).contract("gold").process(EXPENSES).build());
    assertSame(STANDARD, request.policy());
    assertEquals(List.of(
            "gold-incidents: the request is a SERVICE_REQUEST, not INCIDENT",
            "critical-processes: the business process Travel and expenses is LOW, below HIGH"),
        request.reasons());
    assertEquals("policy standard applies (every request); passed over: gold-incidents: the request is a SERVICE_REQUEST, not INCIDENT; "
        + "critical-processes: the business process Travel and expenses is LOW, below HIGH", request.explanation());

    SlaPolicies.PolicyChoice elsewhere = POLICIES.select(incident().process(ORDER_TO_CASH).region("amer").build());
    assertEquals(List.of("gold-incidents: the request names no contract",
        "critical-processes: the region is amer, not emea, and the region is amer, not apac"), elsewhere.reasons());
  }

  @Test
  void withoutACatchAllNothingMayApplyAndThePolicyNamesEveryReason() {
    SlaPolicies only = SlaPolicies.of(ConditionalPolicy.of("p1", PolicyCondition.priority(Priority.P1), GOLD));
    SlaPolicies.PolicyChoice none = only.select(incident().build());
    assertEquals(Optional.empty(), none.chosen());
    assertEquals("no policy applies; passed over: p1: the priority is P2, not P1", none.explanation());
    IllegalStateException e = assertThrows(IllegalStateException.class, none::policy);
    assertEquals("no SLA policy applies: p1: the priority is P2, not P1", e.getMessage());
  }

  @Test
  void conditionsCompose() {
    SlaSubject subject = incident().process(ORDER_TO_CASH).app("finance").build();
    assertTrue(PolicyCondition.app("finance", "sales").matches(subject));
    assertTrue(PolicyCondition.process(ProcessId.of("order-to-cash")).matches(subject));
    assertEquals(Optional.of("the business process is expenses, not order-to-cash"),
        PolicyCondition.process(ProcessId.of("order-to-cash")).mismatch(incident().process(EXPENSES).build()));
    assertFalse(PolicyCondition.app("finance").negate().matches(subject));
    assertEquals(Optional.of("the request matches app finance"), PolicyCondition.app("finance").negate().mismatch(subject));
    assertTrue(PolicyCondition.app("sales").negate().matches(subject));
    assertEquals("not app finance", PolicyCondition.app("finance").negate().description());
    assertEquals("(priority P1 or P2 or kind SERVICE_REQUEST)",
        PolicyCondition.priority(Priority.P2, Priority.P1).or(PolicyCondition.kind(RequestKind.SERVICE_REQUEST)).description());
    assertEquals(Optional.of("the request names no app"), PolicyCondition.app("finance").mismatch(incident().build()));
    assertEquals(Optional.of("the request names no business process"), PolicyCondition.processAtLeast(Criticality.LOW).mismatch(incident().build()));
  }

  @Test
  void badInputIsRejectedWithTheFieldAndValue() {
    assertEquals("kinds: '[]' must hold at least one value",
        assertThrows(IllegalArgumentException.class, PolicyCondition::kind).getMessage());
    IllegalArgumentException app = assertThrows(IllegalArgumentException.class, () -> PolicyCondition.app(" finance"));
    assertTrue(String.valueOf(app.getMessage()).startsWith("app: ' finance' must not start or end with white space"), app.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> SlaPolicies.of(ConditionalPolicy.of("a", PolicyCondition.always(), GOLD), ConditionalPolicy.of("a", PolicyCondition.always(), GOLD)));
    assertTrue(String.valueOf(twice.getMessage()).startsWith("policies: 'a'"), twice.getMessage());
    assertEquals("policies: '[]' must hold at least one policy", assertThrows(IllegalArgumentException.class, SlaPolicies::of).getMessage());
    IllegalArgumentException region = assertThrows(IllegalArgumentException.class, () -> incident().region("").build());
    assertTrue(String.valueOf(region.getMessage()).startsWith("region: ''"), region.getMessage());
    IllegalArgumentException passed = assertThrows(IllegalArgumentException.class,
        () -> new SlaPolicies.PolicyChoice(incident().build(), Optional.empty(), List.of(ConditionalPolicy.of("all", PolicyCondition.always(), GOLD))));
    assertEquals("passedOver: 'all' matches the subject, so it cannot be passed over", passed.getMessage());
  }
}

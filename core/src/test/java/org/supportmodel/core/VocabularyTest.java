package org.supportmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small closed sets of the vocabulary: order, numbering and parsing. */
class VocabularyTest {

  private static String messageOf(org.junit.jupiter.api.function.Executable executable) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, executable).getMessage());
  }

  @Test
  void p1IsTheHighestPriority() {
    assertTrue(Priority.P1.isHigherThan(Priority.P2));
    assertFalse(Priority.P4.isHigherThan(Priority.P3));
    assertFalse(Priority.P2.isHigherThan(Priority.P2));
    assertEquals(1, Priority.P1.rank());
    assertEquals(Priority.P3, Priority.ofRank(3));
  }

  @Test
  void prioritiesParseFromNamesAndRanks() {
    assertEquals(Priority.P2, Priority.parse("p2"));
    assertEquals(Priority.P4, Priority.parse(" 4 "));
    assertEquals("priority: 'P5' is not one of [P1, P2, P3, P4]", messageOf(() -> Priority.parse("P5")));
    assertEquals("priority: '0' must be a rank from 1 to 4", messageOf(() -> Priority.ofRank(0)));
  }

  @Test
  void supportLevelsAreNumberedOneToFive() {
    assertEquals(5, SupportLevel.values().length);
    assertEquals(3, SupportLevel.LEVEL_3.number());
    assertEquals(Optional.of(SupportLevel.LEVEL_2), SupportLevel.LEVEL_1.next());
    assertEquals(Optional.empty(), SupportLevel.LEVEL_5.next());
    assertEquals(SupportLevel.LEVEL_4, SupportLevel.parse("L4"));
    assertEquals(SupportLevel.LEVEL_2, SupportLevel.parse("2"));
    assertEquals(SupportLevel.LEVEL_5, SupportLevel.parse("level_5"));
    assertEquals("supportLevel: '6' must be from 1 to 5", messageOf(() -> SupportLevel.of(6)));
    assertTrue(messageOf(() -> SupportLevel.parse("L9")).startsWith("supportLevel: 'L9' is not one of"));
  }

  @Test
  void supportModelsRunFromInternalToOutsourced() {
    assertEquals(0, SupportModel.FULLY_INTERNAL.outsourcingRank());
    assertEquals(2, SupportModel.FULLY_OUTSOURCED.outsourcingRank());
    assertEquals(SupportModel.FULLY_OUTSOURCED, SupportModel.parse("fully outsourced"));
    assertEquals(SupportModel.MIXED, SupportModel.parse("Mixed"));
    for (SupportModel model : SupportModel.values()) {
      assertFalse(model.risks().isEmpty(), model.name());
    }
    assertTrue(SupportModel.FULLY_OUTSOURCED.risks().stream().anyMatch(r -> r.contains("bounce")));
    assertTrue(SupportModel.FULLY_INTERNAL.risks().stream().anyMatch(r -> r.contains("stagnates")));
    assertEquals(
        "supportModel: 'hybrid' is not one of [FULLY_INTERNAL, MIXED, FULLY_OUTSOURCED]",
        messageOf(() -> SupportModel.parse("hybrid")));
  }

  @Test
  void authorityKindsKnowWhetherTheyAreInternal() {
    assertTrue(AuthorityKind.CENTER_OF_EXCELLENCE.isInternal());
    assertTrue(AuthorityKind.PARTNER.isExternal());
    assertTrue(AuthorityKind.MICROSOFT.isExternal());
    assertEquals(AuthorityKind.INTERNAL_D365_TEAM, AuthorityKind.parse("internal-d365-team"));
    assertTrue(messageOf(() -> AuthorityKind.parse("vendor")).startsWith("authorityKind: 'vendor' is not one of"));
  }

  @Test
  void problemLayersParseAndHaveLabels() {
    assertEquals(10, ProblemLayer.values().length);
    assertEquals(ProblemLayer.ISV_CODE, ProblemLayer.parse("isv code"));
    assertEquals("standard Dynamics 365", ProblemLayer.STANDARD_D365.label());
    assertTrue(messageOf(() -> ProblemLayer.parse("cosmic rays")).startsWith("problemLayer: 'cosmic rays'"));
  }

  @Test
  void criticalityOrdersAndMapsToImpact() {
    assertTrue(Criticality.CRITICAL.isAtLeast(Criticality.HIGH));
    assertFalse(Criticality.LOW.isAtLeast(Criticality.MEDIUM));
    assertEquals(Impact.HIGH, Criticality.CRITICAL.impact());
    assertEquals(Impact.MEDIUM, Criticality.MEDIUM.impact());
    assertEquals(Criticality.HIGH, Criticality.parse("high"));
    assertEquals(Impact.LOW, Impact.parse("low"));
    assertEquals(Urgency.MEDIUM, Urgency.parse("Medium"));
    assertTrue(messageOf(() -> Urgency.parse("asap")).startsWith("urgency: 'asap' is not one of [HIGH, MEDIUM, LOW]"));
  }
}

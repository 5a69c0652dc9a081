package org.supportmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.core.selection.LevelResponsibility;
import org.supportmodel.core.selection.ResponsibilityMatrix;

/** The edges of the vocabulary's ranges and checks, each with its message. */
class BoundariesTest {
  private static String message(Runnable action) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, action::run).getMessage());
  }

  @Test
  void supportLevelsRunFromOneToFive() {
    assertEquals(SupportLevel.LEVEL_1, SupportLevel.of(1));
    assertEquals(SupportLevel.LEVEL_5, SupportLevel.of(5));
    assertEquals("supportLevel: '0' must be from 1 to 5", message(() -> SupportLevel.of(0)));
    assertEquals("supportLevel: '6' must be from 1 to 5", message(() -> SupportLevel.of(6)));
    assertEquals(SupportLevel.LEVEL_1, SupportLevel.parse("1"));
    assertEquals(SupportLevel.LEVEL_5, SupportLevel.parse(" l5 "));
    assertEquals(SupportLevel.LEVEL_3, SupportLevel.parse("L3"));
    assertEquals(SupportLevel.LEVEL_2, SupportLevel.parse("level 2"));
    assertTrue(message(() -> SupportLevel.parse("0")).startsWith("supportLevel: '0' is not one of [LEVEL_1"));
    assertTrue(message(() -> SupportLevel.parse("6")).startsWith("supportLevel: '6' is not one of"));
    assertTrue(message(() -> SupportLevel.parse("L6")).startsWith("supportLevel: 'L6' is not one of"));
    assertTrue(message(() -> SupportLevel.parse("X1")).startsWith("supportLevel: 'X1' is not one of"));
  }

  @Test
  void prioritiesRunFromOneToFour() {
    assertEquals(Priority.P1, Priority.ofRank(1));
    assertEquals(Priority.P4, Priority.ofRank(4));
    assertEquals("priority: '0' must be a rank from 1 to 4", message(() -> Priority.ofRank(0)));
    assertEquals("priority: '5' must be a rank from 1 to 4", message(() -> Priority.ofRank(5)));
    assertEquals(Priority.P1, Priority.parse("1"));
    assertEquals(Priority.P4, Priority.parse("4"));
    assertEquals(Priority.P2, Priority.parse(" p2 "));
    assertEquals("priority: '0' is not one of [P1, P2, P3, P4]", message(() -> Priority.parse("0")));
    assertEquals("priority: '5' is not one of [P1, P2, P3, P4]", message(() -> Priority.parse("5")));
  }

  @Test
  void internalAndExternalPartiesAreOpposites() {
    for (AuthorityKind kind : AuthorityKind.values()) {
      assertEquals(!kind.isInternal(), kind.isExternal(), kind.name());
      assertFalse(kind.label().isBlank());
    }
    assertTrue(AuthorityKind.CENTER_OF_EXCELLENCE.isInternal());
    assertTrue(AuthorityKind.INTERNAL_IT.isInternal());
    assertTrue(AuthorityKind.PARTNER.isExternal());
    assertTrue(AuthorityKind.MICROSOFT.isExternal());
    assertEquals("Center of Excellence", AuthorityKind.CENTER_OF_EXCELLENCE.label());
  }

  @Test
  void identifiersCompareAndPrintByTheirValue() {
    assertTrue(AuthorityId.of("a").compareTo(AuthorityId.of("b")) < 0);
    assertTrue(ProcessId.of("O2C").compareTo(ProcessId.of("P2P")) < 0);
    assertEquals(0, ProcessId.of("O2C").compareTo(ProcessId.of("O2C")));
    assertEquals("partner-fabrikam", AuthorityId.of("partner-fabrikam").toString());
  }

  @Test
  void aPriorityMatrixNeverRanksAHigherImpactOrUrgencyLower() {
    PriorityMatrix itil = PriorityMatrix.itilDefault();
    String lowerImpact = message(() -> itil.with(Impact.LOW, Urgency.HIGH, Priority.P1));
    assertEquals("priorityMatrix[impact=MEDIUM, urgency=HIGH]: 'P2' must not be a lower priority than"
        + " priorityMatrix[impact=LOW, urgency=HIGH] (P1): raising impact or urgency never lowers the priority", lowerImpact);
    String lowerUrgency = message(() -> itil.with(Impact.HIGH, Urgency.LOW, Priority.P1));
    assertTrue(lowerUrgency.startsWith("priorityMatrix[impact=HIGH, urgency=MEDIUM]: "), lowerUrgency);
    assertTrue(lowerUrgency.contains(" must not be a lower priority than priorityMatrix[impact=HIGH, urgency=LOW] (P1)"), lowerUrgency);
    assertEquals(itil.hashCode(), PriorityMatrix.itilDefault().hashCode());
    assertFalse(itil.toString().isBlank());
  }

  @Test
  void checksNameTheFieldTheValueAndTheRule() {
    assertEquals(0, Checks.nonNegative(0, "n"));
    assertEquals(7, Checks.nonNegative(7, "n"));
    assertEquals("n: '-1' must not be negative", message(() -> Checks.nonNegative(-1, "n")));
    Checks.check(true, "end", "2026-01-01", "must be after the start ", "2026-01-02", "");
    assertEquals("end: '1' must be after the start 2 (and so on)",
        message(() -> Checks.check(false, "end", 1, "must be after the start ", 2, " (and so on)")));
    assertEquals(1, Checks.positive(1, "n"));
    assertEquals(9, Checks.positive(9, "n"));
    assertEquals("n: '0' must be at least 1", message(() -> Checks.positive(0, "n")));
    assertEquals(0.0, Checks.share(0.0, "s"));
    assertEquals(1.0, Checks.share(1.0, "s"));
    assertEquals(0.25, Checks.share(0.25, "s"));
    assertEquals("s: '-0.01' must be a share between 0 and 1", message(() -> Checks.share(-0.01, "s")));
    assertEquals("s: '1.01' must be a share between 0 and 1", message(() -> Checks.share(1.01, "s")));
    assertEquals("Fix it", Checks.text("Fix it", "t"));
    assertEquals("line one\nline two", Checks.text("line one\nline two", "t"), "a line break is allowed in text");
    assertEquals("t: ' ' must not be blank", message(() -> Checks.text(" ", "t")));
    assertEquals("t: 'a\tb' must not contain control characters", message(() -> Checks.text("a\tb", "t")));
    assertEquals("INC-1", Checks.identifier("INC-1", "id"));
    assertEquals("x".repeat(128), Checks.identifier("x".repeat(128), "id"));
    assertEquals("id: '" + "x".repeat(129) + "' must be at most 128 characters", message(() -> Checks.identifier("x".repeat(129), "id")));
    assertEquals("id: '' must not be empty", message(() -> Checks.identifier("", "id")));
    assertEquals("id: ' a' must not start or end with white space", message(() -> Checks.identifier(" a", "id")));
    assertEquals("id: 'a ' must not start or end with white space", message(() -> Checks.identifier("a ", "id")));
    assertEquals("id: 'a\nb' must not contain control characters", message(() -> Checks.identifier("a\nb", "id")));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4, 6})
  void aResponsibilityMatrixHasOneEntryPerLevelInOrder(int size) {
    ResponsibilityMatrix standard = ResponsibilityMatrix.of(SupportModel.MIXED, true);
    List<LevelResponsibility> levels = new java.util.ArrayList<>(standard.levels());
    while (levels.size() > size) {
      levels.remove(levels.size() - 1);
    }
    while (levels.size() < size) {
      levels.add(levels.get(0));
    }
    assertEquals("levels: '" + size + "' must be 5", message(() -> new ResponsibilityMatrix(SupportModel.MIXED, true, levels)));
  }

  @Test
  void aResponsibilityMatrixRefusesLevelsOutOfOrderAndEmptyEntries() {
    List<LevelResponsibility> levels = new java.util.ArrayList<>(ResponsibilityMatrix.of(SupportModel.MIXED, true).levels());
    java.util.Collections.swap(levels, 1, 2);
    assertEquals("levels[1].level: 'LEVEL_3' must be LEVEL_2", message(() -> new ResponsibilityMatrix(SupportModel.MIXED, true, levels)));
    assertEquals("parties: '[]' must name at least one party",
        message(() -> new LevelResponsibility(SupportLevel.LEVEL_1, List.of(), AuthorityKind.SUPER_USER, List.of("x"))));
    assertEquals("duties: '[]' must name at least one duty",
        message(() -> new LevelResponsibility(SupportLevel.LEVEL_1, List.of(AuthorityKind.SUPER_USER), AuthorityKind.SUPER_USER, List.of())));
  }

  @Test
  void withoutACenterOfExcellenceTheInternalTeamTakesItsPart() {
    ResponsibilityMatrix withCoe = ResponsibilityMatrix.of(SupportModel.FULLY_INTERNAL, true);
    ResponsibilityMatrix without = ResponsibilityMatrix.of(SupportModel.FULLY_INTERNAL, false);
    assertEquals(List.of(AuthorityKind.CENTER_OF_EXCELLENCE), withCoe.levels().get(2).parties());
    assertEquals(List.of(AuthorityKind.INTERNAL_D365_TEAM), without.levels().get(2).parties());
    for (SupportModel model : SupportModel.values()) {
      AuthorityKind driver = model == SupportModel.FULLY_OUTSOURCED ? AuthorityKind.PARTNER : AuthorityKind.INTERNAL_D365_TEAM;
      for (LevelResponsibility level : ResponsibilityMatrix.of(model, true).levels()) {
        assertEquals(driver, level.driver(), "one driver at every level of the " + model + " model, as in routing");
      }
    }
  }
}

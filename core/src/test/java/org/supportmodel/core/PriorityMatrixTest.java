package org.supportmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityMatrixTest {

  @ParameterizedTest
  @CsvSource({
    "HIGH, HIGH, P1", "HIGH, MEDIUM, P2", "HIGH, LOW, P3",
    "MEDIUM, HIGH, P2", "MEDIUM, MEDIUM, P3", "MEDIUM, LOW, P4",
    "LOW, HIGH, P3", "LOW, MEDIUM, P4", "LOW, LOW, P4"
  })
  void itilDefaultGivesTheStandardPriorities(Impact impact, Urgency urgency, Priority expected) {
    assertEquals(expected, PriorityMatrix.itilDefault().priorityOf(impact, urgency));
  }

  @Test
  void aCellCanBeReconfigured() {
    PriorityMatrix stricter = PriorityMatrix.itilDefault().with(Impact.HIGH, Urgency.MEDIUM, Priority.P1);
    assertEquals(Priority.P1, stricter.priorityOf(Impact.HIGH, Urgency.MEDIUM));
    assertEquals(Priority.P2, PriorityMatrix.itilDefault().priorityOf(Impact.HIGH, Urgency.MEDIUM));
    assertNotEquals(PriorityMatrix.itilDefault(), stricter);
  }

  @Test
  void aTableThatLowersPriorityAsImpactRisesIsRejectedNamingTheCell() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> PriorityMatrix.itilDefault().with(Impact.HIGH, Urgency.MEDIUM, Priority.P4));
    assertEquals(
        "priorityMatrix[impact=HIGH, urgency=MEDIUM]: 'P4' must not be a lower priority than"
            + " priorityMatrix[impact=HIGH, urgency=LOW] (P3): raising impact or urgency never"
            + " lowers the priority",
        error.getMessage());
  }

  @Test
  void aMissingCellIsRejectedNamingIt() {
    PriorityMatrix.Builder builder = PriorityMatrix.builder();
    for (Impact impact : Impact.values()) {
      for (Urgency urgency : Urgency.values()) {
        if (impact != Impact.LOW || urgency != Urgency.LOW) {
          builder.set(impact, urgency, PriorityMatrix.itilDefault().priorityOf(impact, urgency));
        }
      }
    }
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(String.valueOf(error.getMessage()).startsWith("priorityMatrix[impact=LOW, urgency=LOW]: is missing"));
  }

  @Test
  void aCellSetTwiceIsRejected() {
    PriorityMatrix.Builder builder = PriorityMatrix.builder().set(Impact.LOW, Urgency.LOW, Priority.P4);
    assertThrows(IllegalArgumentException.class, () -> builder.set(Impact.LOW, Urgency.LOW, Priority.P3));
  }

  @Test
  void equalTablesAreEqual() {
    PriorityMatrix same = PriorityMatrix.itilDefault().with(Impact.LOW, Urgency.LOW, Priority.P4);
    assertEquals(PriorityMatrix.itilDefault(), same);
    assertEquals(PriorityMatrix.itilDefault().hashCode(), same.hashCode());
    assertTrue(same.toString().startsWith("PriorityMatrix{HIGH=[P1, P2, P3]"), same.toString());
  }
}

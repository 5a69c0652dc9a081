package org.supportmodel.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportModel;

class SupportScopeTest {
  private static ScopeEntry answered(ScopeArea area, ScopeOwner owner) {
    return ScopeEntry.of(area).what(area.what()).whatInDetail(area.whatInDetail()).who(owner)
        .when(ScopeTiming.calendar("weekly, Sunday 02:00")).how("RB-1 Runbook");
  }

  @Test
  @DisplayName("\"requires answering five questions - what, what in detail, who, when, and how - for every aspect\": each open answer is named")
  void everyUnansweredQuestionIsNamedWithItsLine() {
    SupportScope scope = SupportScope.of(SupportModel.MIXED, false)
        .plus(ScopeEntry.of(ScopeArea.SYSTEM_MAINTENANCE).what("Batch calendar management").who(ScopeOwner.of(AuthorityKind.INTERNAL_D365_TEAM)));
    ScopeReview review = scope.review();
    List<ScopeGap> unanswered = review.gaps(ScopeGap.Kind.UNANSWERED);
    assertEquals(List.of("system maintenance (line 1): what in detail is not answered", "system maintenance (line 1): when is not answered",
        "system maintenance (line 1): how is not answered"), unanswered.stream().map(ScopeGap::message).toList());
    assertEquals(Optional.of(ScopeQuestion.WHEN), unanswered.get(1).question());
    assertEquals(OptionalInt.of(0), unanswered.get(1).entry());
    assertTrue(unanswered.get(0).reason().contains("practical, detailed procedures with reliably repeatable steps"));
    assertEquals(12, review.gaps(ScopeGap.Kind.AREA_MISSING).size(), "every other area has no line");
    assertEquals("enterprise architecture: the register has no line for it", review.gaps(ScopeGap.Kind.AREA_MISSING).get(0).message());
    assertFalse(review.complete());
  }

  @Test
  @DisplayName("\"Most customers don't give partners admin access to production\": the partner cannot answer for production administration")
  void thePartnerCannotAnswerForProductionAdministrationInAnyModel() {
    for (SupportModel model : List.of(SupportModel.MIXED, SupportModel.FULLY_OUTSOURCED)) {
      for (ScopeArea area : ScopeArea.values()) {
        ScopeReview review = SupportScope.of(model, false).plus(answered(area, ScopeOwner.of(AuthorityKind.PARTNER, "Fabrikam"))).review();
        List<ScopeGap> owners = review.gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL);
        assertEquals(area.productionAdministration() ? 1 : 0, owners.size(), model + " " + area);
        if (area.productionAdministration()) {
          assertEquals(area.label() + " (line 1): Fabrikam (partner) cannot do this work in the " + model.label() + " model", owners.get(0).message());
          assertTrue(owners.get(0).reason().contains("the partner drives a fix to a pre-production environment and the internal team deploys"));
        }
      }
    }
    assertEquals(List.of(ScopeArea.ENVIRONMENTS, ScopeArea.SYSTEM_MAINTENANCE, ScopeArea.BUSINESS_CONTINUITY, ScopeArea.SYSTEM_UPDATE_CYCLES),
        java.util.Arrays.stream(ScopeArea.values()).filter(ScopeArea::productionAdministration).toList());
  }

  @Test
  @DisplayName("the fully outsourced model has no internal Dynamics 365 team, the fully internal one no partner")
  void aWhoTheModelDoesNotHaveIsAGapWithTheReason() {
    ScopeReview outsourced = SupportScope.of(SupportModel.FULLY_OUTSOURCED, true)
        .plus(answered(ScopeArea.CHANGE_MANAGEMENT, ScopeOwner.of(AuthorityKind.INTERNAL_D365_TEAM, "change board"))).review();
    assertEquals(1, outsourced.gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL).size());
    assertEquals("change management (line 1): change board (internal Dynamics 365 team) cannot do this work in the fully outsourced model",
        outsourced.gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL).get(0).message());
    assertTrue(outsourced.gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL).get(0).reason().startsWith("the fully outsourced model has no internal Dynamics 365 team"));

    ScopeReview internal = SupportScope.of(SupportModel.FULLY_INTERNAL, false)
        .plus(answered(ScopeArea.PERFORMANCE_MANAGEMENT, ScopeOwner.of(AuthorityKind.PARTNER))).review();
    assertTrue(internal.gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL).get(0).reason().startsWith("the fully internal model has no partner"));

    ScopeReview noCoe = SupportScope.of(SupportModel.MIXED, false)
        .plus(answered(ScopeArea.PERFORMANCE_MANAGEMENT, ScopeOwner.of(AuthorityKind.CENTER_OF_EXCELLENCE))).review();
    assertEquals("the organization has no Center of Excellence", noCoe.gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL).get(0).reason());
    assertTrue(SupportScope.of(SupportModel.MIXED, true)
        .plus(answered(ScopeArea.PERFORMANCE_MANAGEMENT, ScopeOwner.of(AuthorityKind.CENTER_OF_EXCELLENCE))).review()
        .gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL).isEmpty());
    assertTrue(SupportScope.of(SupportModel.FULLY_INTERNAL, false)
        .plus(answered(ScopeArea.SYSTEM_MAINTENANCE, ScopeOwner.of(AuthorityKind.INTERNAL_D365_TEAM))).review()
        .gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL).isEmpty());
  }

  @Test
  @DisplayName("a default register per support model: the guidance's what, a who the model provides, when and how left to the organization")
  void theDefaultRegistersStartRight() {
    for (SupportModel model : SupportModel.values()) {
      for (boolean coe : new boolean[] {false, true}) {
        if (model == SupportModel.FULLY_OUTSOURCED && coe) {
          continue;
        }
        SupportScope scope = SupportScope.defaults(model, coe);
        ScopeReview review = scope.review();
        assertEquals(ScopeArea.values().length, scope.entries().size());
        assertEquals(List.of(), review.gaps(ScopeGap.Kind.OWNER_NOT_IN_MODEL), model + " " + coe);
        assertEquals(List.of(), review.gaps(ScopeGap.Kind.AREA_MISSING));
        assertEquals(2 * ScopeArea.values().length, review.gaps().size());
        assertTrue(review.gaps().stream().allMatch(gap -> gap.question().orElseThrow() == ScopeQuestion.WHEN
            || gap.question().orElseThrow() == ScopeQuestion.HOW));
      }
    }
    assertEquals(ScopeOwner.of(AuthorityKind.INTERNAL_IT, "system administrator"),
        SupportScope.defaults(SupportModel.FULLY_OUTSOURCED, false).entries(ScopeArea.SYSTEM_MAINTENANCE).get(0).who().orElseThrow());
    assertEquals(ScopeOwner.of(AuthorityKind.CENTER_OF_EXCELLENCE, "performance specialists"),
        SupportScope.defaults(SupportModel.MIXED, true).entries(ScopeArea.PERFORMANCE_MANAGEMENT).get(0).who().orElseThrow());
    assertEquals(ScopeOwner.of(AuthorityKind.PARTNER, "performance specialists"),
        SupportScope.defaults(SupportModel.FULLY_OUTSOURCED, false).entries(ScopeArea.PERFORMANCE_MANAGEMENT).get(0).who().orElseThrow());
  }

  @Test
  void aCompleteRegisterHasNoGapAndEditingKeepsTheOtherLines() {
    SupportScope scope = SupportScope.defaults(SupportModel.MIXED, false);
    for (int i = 0; i < scope.entries().size(); i++) {
      ScopeEntry entry = scope.entries().get(i);
      scope = scope.replacing(i, entry.when(ScopeTiming.event("on each release")).how("RB-" + i));
    }
    assertTrue(scope.review().complete());
    SupportScope oneLine = SupportScope.of(SupportModel.MIXED, false).plus(ScopeEntry.of(ScopeArea.DEPENDENCIES));
    assertEquals("index: '1' is not a line of the register (0 to 0)", String.valueOf(
        assertThrows(IllegalArgumentException.class, () -> oneLine.replacing(1, ScopeEntry.of(ScopeArea.DEPENDENCIES))).getMessage()));
  }

  @Test
  void badAnswersAreRefusedNamingTheField() {
    assertEquals("what: '  ' must not be blank", String.valueOf(
        assertThrows(IllegalArgumentException.class, () -> ScopeEntry.of(ScopeArea.DEPENDENCIES).what("  ")).getMessage()));
    assertEquals(ScopeArea.SYSTEM_UPDATE_CYCLES, ScopeArea.parse("system update cycles"));
  }
}

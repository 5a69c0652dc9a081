package org.supportmodel.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportModel;

/** Laws of the scope review over generated registers. */
class ScopeProperties {
  /** Registers of any model with lines of random areas, some answers open, any party as owner. */
  static Gen<SupportScope> registers() {
    return longs().all().map(seed -> {
      Random random = new Random(seed);
      SupportModel model = SupportModel.values()[random.nextInt(3)];
      SupportScope scope = SupportScope.of(model, random.nextBoolean());
      int lines = random.nextInt(20);
      for (int i = 0; i < lines; i++) {
        ScopeArea area = ScopeArea.values()[random.nextInt(ScopeArea.values().length)];
        ScopeEntry entry = ScopeEntry.of(area);
        if (random.nextBoolean()) {
          entry = entry.what("What " + i);
        }
        if (random.nextBoolean()) {
          entry = entry.whatInDetail("Detail " + i);
        }
        if (random.nextBoolean()) {
          entry = entry.who(ScopeOwner.of(AuthorityKind.values()[random.nextInt(AuthorityKind.values().length)]));
        }
        if (random.nextBoolean()) {
          entry = entry.when(random.nextBoolean() ? ScopeTiming.calendar("monthly") : ScopeTiming.event("on release"));
        }
        if (random.nextBoolean()) {
          entry = entry.how("RB-" + i);
        }
        scope = scope.plus(entry);
      }
      return scope;
    });
  }

  @Test
  void everyGapIsReportedExactlyOnce() {
    qt().withExamples(500).forAll(registers()).checkAssert(scope -> {
      ScopeReview review = scope.review();
      assertEquals(review.gaps().size(), new HashSet<>(review.gaps()).size(), "no gap twice");
      long open = 0;
      for (ScopeEntry entry : scope.entries()) {
        for (ScopeQuestion question : ScopeQuestion.values()) {
          open += entry.answers(question) ? 0 : 1;
        }
      }
      assertEquals(open, review.gaps(ScopeGap.Kind.UNANSWERED).size(), "one gap per open cell");
      long missing = java.util.Arrays.stream(ScopeArea.values()).filter(area -> scope.entries(area).isEmpty()).count();
      assertEquals(missing, review.gaps(ScopeGap.Kind.AREA_MISSING).size(), "one gap per area without a line");
      for (int i = 0; i < scope.entries().size(); i++) {
        assertTrue(review.gapsOf(i).stream().filter(gap -> gap.kind() == ScopeGap.Kind.OWNER_NOT_IN_MODEL).count() <= 1);
      }
    });
  }

  @Test
  void answeringAQuestionRemovesExactlyItsGap() {
    qt().withExamples(300).forAll(registers()).checkAssert(scope -> {
      ScopeReview before = scope.review();
      for (int i = 0; i < scope.entries().size(); i++) {
        ScopeEntry entry = scope.entries().get(i);
        if (!entry.answers(ScopeQuestion.HOW)) {
          List<ScopeGap> expected = new ArrayList<>(before.gaps());
          int line = i;
          expected.removeIf(gap -> gap.entry().equals(java.util.OptionalInt.of(line)) && gap.question().equals(java.util.Optional.of(ScopeQuestion.HOW)));
          assertEquals(expected, scope.replacing(i, entry.how("RB-new")).review().gaps());
        }
      }
    });
  }

  @Test
  void productionAdministrationIsNeverLeftToAnExternalPartyWithoutAGap() {
    qt().withExamples(500).forAll(registers()).checkAssert(scope -> {
      ScopeReview review = scope.review();
      for (int i = 0; i < scope.entries().size(); i++) {
        ScopeEntry entry = scope.entries().get(i);
        boolean partnerAdministers = entry.area().productionAdministration()
            && entry.who().map(owner -> owner.party() == AuthorityKind.PARTNER || owner.party() == AuthorityKind.ISV).orElse(false);
        if (partnerAdministers) {
          assertEquals(1, review.gapsOf(i).stream().filter(gap -> gap.kind() == ScopeGap.Kind.OWNER_NOT_IN_MODEL).count(), entry::toString);
        }
      }
    });
  }
}

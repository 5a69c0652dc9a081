package org.supportmodel.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportModel;

class ScopeCharterTest {
  @Test
  void theAnnexShowsEveryAreaItsAnswersAndTheOpenPoints() {
    SupportScope scope = SupportScope.of(SupportModel.MIXED, false)
        .plus(ScopeEntry.of(ScopeArea.SYSTEM_MAINTENANCE).what("Batch calendar | cleanup jobs").whatInDetail("Nightly\nand monthly jobs")
            .who(ScopeOwner.of(AuthorityKind.PARTNER, "Fabrikam")).when(ScopeTiming.event("on each release")).how("RB-7"));
    String markdown = ScopeCharter.markdown(scope.review());
    assertTrue(markdown.startsWith("""
        # Support scope

        Support model: mixed, without a Center of Excellence.

        ## Enterprise architecture

        No line in the register: *open*.
        """), markdown);
    assertTrue(markdown.contains("""
        ## System maintenance

        | What | What in detail | Who | When | How |
        |---|---|---|---|---|
        | Batch calendar \\| cleanup jobs | Nightly and monthly jobs | Fabrikam (partner) | on event: on each release | RB-7 |
        """), markdown);
    assertTrue(markdown.contains("## Open points\n\n- system maintenance (line 1): Fabrikam (partner) cannot do this work in the mixed model"
        + " (the work administers production, and most customers don't give partners admin access to production"), markdown);
    assertTrue(markdown.contains(" deploys to production)\n- enterprise architecture: the register has no line for it (every aspect"), markdown);
    assertEquals(ScopeArea.values().length, markdown.split("\n## ", -1).length - 2, "a section per area, then the open points");
  }

  @Test
  void aCompleteRegisterSaysSo() {
    SupportScope scope = SupportScope.defaults(SupportModel.FULLY_INTERNAL, true);
    for (int i = 0; i < scope.entries().size(); i++) {
      scope = scope.replacing(i, scope.entries().get(i).when(ScopeTiming.calendar("monthly")).how("RB-" + i));
    }
    String markdown = ScopeCharter.markdown(scope.review());
    assertTrue(markdown.endsWith("## Open points\n\nNone: every area answers what, what in detail, who, when and how, with parties the model"
        + " provides.\n"), markdown);
    assertTrue(markdown.contains("| system administrator (internal Dynamics 365 team) | monthly | RB-5 |"), markdown);
  }
}

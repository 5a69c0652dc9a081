package org.supportmodel.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.routing.RoutingRule;

class RoutingExpectationsTest {
  private static final String TABLE = """
      Our routing, as agreed with Fabrikam on 2026-03-01:

      | layer         | complexity | at                   | party                | level | rule                       |
      |---------------|------------|----------------------|----------------------|-------|----------------------------|
      | CUSTOM_CODE   | COMPLEX    | INTERNAL_D365_TEAM@3 | PARTNER              | 4     | PARTNER_FOR_COMPLEX_ISSUES |
      | CUSTOM_CODE   | SIMPLE     | INTERNAL_D365_TEAM@3 | CENTER_OF_EXCELLENCE | 4     | INTERNAL_TEAM_FIXES        |
      | STANDARD_D365 | MODERATE   | partner-fabrikam@4   | MICROSOFT            | 5     |                            |
      | unknown       | SIMPLE     | INTERNAL_HELPDESK@2  | INTERNAL_D365_TEAM   | 3     |                            |
      """;

  @Test
  void aMarkdownTableIsReadAndEveryRowHolds() {
    RoutingExpectations expectations = RoutingExpectations.fromMarkdown(TABLE);
    assertThat(expectations.rows()).hasSize(4);
    RoutingExpectations.Row first = expectations.rows().get(0);
    assertThat(first.line()).isEqualTo(5);
    assertThat(first.layer()).contains(ProblemLayer.CUSTOM_CODE);
    assertThat(first.level()).isEqualTo(SupportLevel.LEVEL_4);
    assertThat(first.rule()).contains(RoutingRule.PARTNER_FOR_COMPLEX_ISSUES);
    assertThat(expectations.rows().get(3).layer()).isEmpty();
    assertThat(expectations.check(Samples.mixedSetup())).isEmpty();
    expectations.assertHoldFor(Samples.mixedSetup());
  }

  @Test
  void everyMismatchingRowIsReportedWithTheLibrarysReason() {
    String wrong = TABLE.replace("| PARTNER              | 4     | PARTNER_FOR_COMPLEX_ISSUES |",
            "| CENTER_OF_EXCELLENCE | 4     |                            |")
        .replace("| MICROSOFT            | 5     |", "| MICROSOFT            | 4     |");
    RoutingExpectations expectations = RoutingExpectations.fromMarkdown(wrong);
    List<RoutingExpectations.Mismatch> mismatches = expectations.check(Samples.mixedSetup());
    assertThat(mismatches).extracting(m -> m.row().line()).containsExactly(5, 7);
    assertThatThrownBy(() -> expectations.assertHoldFor(Samples.mixedSetup()))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("2 of 4 routing expectations do not hold:")
        .hasMessageContaining("line 5: expected CUSTOM_CODE COMPLEX at INTERNAL_D365_TEAM@3 goes to CENTER_OF_EXCELLENCE@4, but it goes"
            + " to Fabrikam@L4 by PARTNER_FOR_COMPLEX_ISSUES")
        .hasMessageContaining("because in the mixed model complex issues and those needing deeper Dynamics 365 knowledge go to the"
            + " partner (complex)")
        .hasMessageContaining("line 7: expected STANDARD_D365 MODERATE at partner-fabrikam@4 goes to MICROSOFT@4");
  }

  @Test
  void aCsvTableWithAByteOrderMarkAndColumnsInAnyOrderReadsTheSame() {
    String csv = "\uFEFFParty,Level,Layer,Complexity,At\r\nPARTNER,4,CUSTOM_CODE,COMPLEX,INTERNAL_D365_TEAM@3\r\n\r\n";
    RoutingExpectations expectations = RoutingExpectations.fromCsv(csv);
    assertThat(expectations.rows()).singleElement().satisfies(row -> assertThat(row.party()).isEqualTo("PARTNER"));
    expectations.assertHoldFor(Samples.mixedSetup());
  }

  @Test
  void partiesAreNamedByIdOrKindAndTheRuleMustMatchToo() {
    org.supportmodel.core.ResolvingAuthority northwind = org.supportmodel.core.ResolvingAuthority.of(
        org.supportmodel.core.AuthorityKind.PARTNER, "partner-northwind", "Northwind");
    org.supportmodel.core.ResolvingAuthority nightDesk = org.supportmodel.core.ResolvingAuthority.of(
        org.supportmodel.core.AuthorityKind.INTERNAL_HELPDESK, "night-desk", "Night desk");
    org.supportmodel.core.ResolvingAuthority finance = org.supportmodel.core.ResolvingAuthority.of(
        org.supportmodel.core.AuthorityKind.SUPER_USER, "su-finance", "Finance");
    org.supportmodel.core.ResolvingAuthority hr = org.supportmodel.core.ResolvingAuthority.of(
        org.supportmodel.core.AuthorityKind.INTERNAL_IT, "hr-systems", "HR systems");
    var setup = Samples.mixedSetup()
        .withScopedPartners(org.supportmodel.routing.ScopedPartner.of(northwind,
            org.supportmodel.routing.Scope.ofApps(org.supportmodel.routing.Dynamics365App.CUSTOMER_ENGAGEMENT)))
        .withSuperUserGroups(org.supportmodel.routing.SuperUserGroup.of(finance, "finance"))
        .withOnCall(nightDesk)
        .withIntegrations(org.supportmodel.routing.Integration.of("hr-sync", hr));
    // an id of each kind of party the setup names, as where the request is; PARTNER and ISV read as the setup's own
    RoutingExpectations.fromMarkdown("""
        | layer         | complexity | at                  | party              | level | rule                  | app                 | priority |
        |---|---|---|---|---|---|---|---|
        | CUSTOM_CODE   | MODERATE   | partner-northwind@3 | partner-northwind  | 4     | PARTNER_FIXES         | CUSTOMER_ENGAGEMENT | P1       |
        | DATA          | SIMPLE     | PARTNER@3           | partner-fabrikam   | 3     | PARTNER_RESOLVES      |                     |          |
        | STANDARD_D365 | MODERATE   | ISV@5               | INTERNAL_D365_TEAM | 3     | BACK_TO_DRIVER        |                     |          |
        | DATA          | SIMPLE     | night-desk@2        | INTERNAL_D365_TEAM | 3     |                       |                     |          |
        | DATA          | SIMPLE     | su-finance@1        | INTERNAL_HELPDESK  | 2     |                       |                     |          |
        | INTERNAL_NETWORK | SIMPLE  | hr-systems@3        | hr-systems         | 3     | INTERNAL_IT_RESOLVES  |                     |          |
        """).assertHoldFor(setup);
    RoutingExpectations wrongRule = RoutingExpectations.fromCsv("""
        layer,complexity,at,party,level,rule
        DATA,SIMPLE,PARTNER@3,PARTNER,3,PARTNER_FIXES
        """);
    assertThat(wrongRule.check(Samples.mixedSetup())).singleElement()
        .satisfies(m -> assertThat(m.toString()).startsWith("line 2: expected DATA SIMPLE at PARTNER@3 goes to PARTNER@3 by"
            + " PARTNER_FIXES, but it goes to Fabrikam@L3 by PARTNER_RESOLVES"));
    RoutingExpectations wrongId = RoutingExpectations.fromCsv("""
        layer,complexity,at,party,level
        DATA,SIMPLE,PARTNER@3,partner-northwind,3
        """);
    assertThat(wrongId.check(Samples.mixedSetup())).hasSize(1);
    assertThat(wrongId.toString()).isEqualTo("RoutingExpectations[1 rows]");
    assertThat(RoutingExpectations.fromMarkdown("|layer|complexity|at|party|level\n|DATA|SIMPLE|PARTNER@3|PARTNER|3").rows())
        .singleElement().satisfies(row -> assertThat(row.describe()).isEqualTo("DATA SIMPLE at PARTNER@3 goes to PARTNER@3"));
  }

  @Test
  void aTableThatCannotBeReadSaysWhereAndWhy() {
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party\n"))
        .hasMessage("line 1: column 'level' is missing: the table needs [layer, complexity, at, party, level]");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level,colour\n"))
        .hasMessage("line 1: column 'colour' is not one of [layer, complexity, at, party, level, rule, priority, app]");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level\nCODE,SIMPLE,PARTNER@3,PARTNER,3\n"))
        .hasMessageStartingWith("line 2: column layer: 'CODE' is not one of [BUSINESS_PROCESS_OR_TRAINING,");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level\nDATA,SIMPLE,PARTNER,PARTNER,3\n"))
        .hasMessage("line 2: column at: 'PARTNER' must be party@level, such as INTERNAL_D365_TEAM@3");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level\nDATA,SIMPLE,PARTNER@3,PARTNER,6\n"))
        .hasMessage("line 2: column level: '6' is not a support level from 1 to 5");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level\n\"DATA\",SIMPLE,PARTNER@3,PARTNER,3\n"))
        .hasMessage("line 2: '\"DATA\",SIMPLE,PARTNER@3,PARTNER,3' holds a quote: the table's cells are plain words");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level\nDATA,,PARTNER@3,PARTNER,3\n"))
        .hasMessage("line 2: column complexity is empty");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level\nDATA,SIMPLE\n"))
        .hasMessage("line 2: column at is empty");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level,level\n"))
        .hasMessage("line 1: column 'level' is given twice");
    assertThatThrownBy(() -> RoutingExpectations.fromCsv("layer,complexity,at,party,level\nDATA,SIMPLE,@3,PARTNER,3\n")
            .check(Samples.mixedSetup()))
        .hasMessageStartingWith("line 2: column at: '' is neither a kind of party nor the id");
    assertThatThrownBy(() -> RoutingExpectations.fromMarkdown("no table here")).hasMessageStartingWith("table: no header row");
    RoutingExpectations unknownParty = RoutingExpectations.fromCsv("layer,complexity,at,party,level\nDATA,SIMPLE,northwind@3,PARTNER,3\n");
    assertThatThrownBy(() -> unknownParty.check(Samples.mixedSetup()))
        .hasMessage("line 2: column at: 'northwind' is neither a kind of party nor the id of one of the setup's parties"
            + " [partner-fabrikam, isv-contoso]");
  }
}

package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.SupportModel;

/**
 * Walks every support model × problem layer from the super users through levels 1 to 5 and
 * checks each step against the guidance. SU = super user, HD = internal helpdesk, TEAM = internal
 * Dynamics 365 team, COE = Center of Excellence, IT = internal IT, FAB = the partner, MS =
 * Microsoft, ISV = the ISV.
 */
class RoutingTableTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
      FULLY_OUTSOURCED | BUSINESS_PROCESS_OR_TRAINING | MODERATE | SU@1
      FULLY_OUTSOURCED | INTERNAL_NETWORK             | MODERATE | SU@1 > HD@2 > IT@3
      FULLY_OUTSOURCED | INTERNAL_INFRASTRUCTURE      | MODERATE | SU@1 > HD@2 > IT@3
      FULLY_OUTSOURCED | MICROSOFT_PLATFORM           | MODERATE | SU@1 > HD@2 > FAB@3 > MS@5
      FULLY_OUTSOURCED | STANDARD_D365                | MODERATE | SU@1 > HD@2 > FAB@3 > MS@5
      FULLY_OUTSOURCED | CONFIGURATION                | MODERATE | SU@1 > HD@2 > FAB@3
      FULLY_OUTSOURCED | DATA                         | MODERATE | SU@1 > HD@2 > FAB@3
      FULLY_OUTSOURCED | CUSTOM_CODE                  | MODERATE | SU@1 > HD@2 > FAB@3 > FAB@4
      FULLY_OUTSOURCED | ISV_CODE                     | MODERATE | SU@1 > HD@2 > FAB@3 > ISV@5
      FULLY_OUTSOURCED | INTEGRATION                  | MODERATE | SU@1 > HD@2 > IT@3
      FULLY_OUTSOURCED | CONFIGURATION                | COMPLEX  | SU@1 > HD@2 > FAB@3 > FAB@4
      FULLY_INTERNAL   | BUSINESS_PROCESS_OR_TRAINING | MODERATE | SU@1
      FULLY_INTERNAL   | INTERNAL_NETWORK             | MODERATE | SU@1 > HD@2 > IT@3
      FULLY_INTERNAL   | INTERNAL_INFRASTRUCTURE      | MODERATE | SU@1 > HD@2 > IT@3
      FULLY_INTERNAL   | MICROSOFT_PLATFORM           | MODERATE | SU@1 > HD@2 > TEAM@3 > MS@5
      FULLY_INTERNAL   | STANDARD_D365                | MODERATE | SU@1 > HD@2 > TEAM@3 > MS@5
      FULLY_INTERNAL   | CONFIGURATION                | MODERATE | SU@1 > HD@2 > TEAM@3 > COE@3
      FULLY_INTERNAL   | DATA                         | MODERATE | SU@1 > HD@2 > TEAM@3 > COE@3
      FULLY_INTERNAL   | CUSTOM_CODE                  | MODERATE | SU@1 > HD@2 > TEAM@3 > COE@4
      FULLY_INTERNAL   | CUSTOM_CODE                  | SIMPLE   | SU@1 > HD@2 > TEAM@3 > COE@4
      FULLY_INTERNAL   | ISV_CODE                     | MODERATE | SU@1 > HD@2 > TEAM@3 > ISV@5
      FULLY_INTERNAL   | INTEGRATION                  | MODERATE | SU@1 > HD@2 > TEAM@3 > IT@4
      FULLY_INTERNAL   | CONFIGURATION                | SIMPLE   | SU@1 > HD@2 > TEAM@3
      FULLY_INTERNAL   | CUSTOM_CODE                  | COMPLEX  | SU@1 > HD@2 > TEAM@3 > COE@4
      MIXED            | BUSINESS_PROCESS_OR_TRAINING | MODERATE | SU@1
      MIXED            | INTERNAL_NETWORK             | MODERATE | SU@1 > HD@2 > IT@3
      MIXED            | INTERNAL_INFRASTRUCTURE      | MODERATE | SU@1 > HD@2 > IT@3
      MIXED            | MICROSOFT_PLATFORM           | MODERATE | SU@1 > HD@2 > TEAM@3 > MS@5
      MIXED            | STANDARD_D365                | MODERATE | SU@1 > HD@2 > TEAM@3 > MS@5
      MIXED            | CONFIGURATION                | MODERATE | SU@1 > HD@2 > TEAM@3 > COE@3
      MIXED            | DATA                         | MODERATE | SU@1 > HD@2 > TEAM@3 > COE@3
      MIXED            | CUSTOM_CODE                  | MODERATE | SU@1 > HD@2 > TEAM@3 > COE@4
      MIXED            | CUSTOM_CODE                  | SIMPLE   | SU@1 > HD@2 > TEAM@3 > COE@4
      MIXED            | ISV_CODE                     | MODERATE | SU@1 > HD@2 > TEAM@3 > ISV@5
      MIXED            | INTEGRATION                  | MODERATE | SU@1 > HD@2 > TEAM@3 > IT@4
      MIXED            | CONFIGURATION                | SIMPLE   | SU@1 > HD@2 > TEAM@3
      MIXED            | CUSTOM_CODE                  | COMPLEX  | SU@1 > HD@2 > TEAM@3 > FAB@4
      MIXED            | DATA                         | COMPLEX  | SU@1 > HD@2 > TEAM@3 > FAB@4
      """)
  void walksTheLevelsAsTheGuidanceDescribes(
      SupportModel model, ProblemLayer layer, Complexity complexity, String expectedPath) {
    Diagnosis diagnosis = Diagnosis.of(layer, complexity);
    List<Routed> steps = Fixtures.walk(Fixtures.newRequest("INC-1", diagnosis), Fixtures.setup(model));

    assertEquals(expectedPath, abbreviate(Fixtures.pathOf(steps)));
    Routed last = steps.get(steps.size() - 1);
    assertTrue(last.bounce().isEmpty(), "a straight walk does not bounce: " + last.bounce());
    for (Routed step : steps) {
      assertEquals(
          model == SupportModel.FULLY_OUTSOURCED ? Fixtures.FABRIKAM : Fixtures.TEAM,
          step.driver(),
          "the one driver of the model, at every level including " + step.next());
    }
  }

  @Test
  @DisplayName("\"the internal Dynamics 365 CoE or core team typically fixes the simpler issues\": without a CoE the core team fixes it at level 4")
  void withoutACoeTheCoreTeamFixesASimpleCodeIssueAtLevel4() {
    SupportSetup setup = Fixtures.setup(SupportModel.MIXED).withCenterOfExcellence(false);
    List<Routed> steps = Fixtures.walk(Fixtures.newRequest("INC-1", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.SIMPLE)), setup);
    assertEquals("SU@1 > HD@2 > TEAM@3 > TEAM@4", abbreviate(Fixtures.pathOf(steps)));
    Routed fix = steps.get(steps.size() - 2);
    assertEquals(RoutingRule.INTERNAL_TEAM_FIXES, fix.rule());
    assertEquals("the internal Dynamics 365 CoE or core team typically fixes the simpler issues: level 3 triages, the fix is level 4"
        + " (a simple custom-code fix)", fix.reason());
    assertEquals(List.of("Fabrikam@L4: a simple fix needs no deeper Dynamics 365 knowledge"),
        fix.alternatives().stream().map(Object::toString).toList());
  }

  @Test
  @DisplayName("\"Almost all customers have some internal helpdesk function for IT systems\": a known infrastructure cause goes to internal IT directly")
  void aKnownInfrastructureCauseSkipsTheDynamicsTeam() {
    for (SupportModel model : SupportModel.values()) {
      Routed first = Fixtures.walk(Fixtures.newRequest("INC-1", Diagnosis.of(ProblemLayer.INTERNAL_NETWORK, Complexity.MODERATE)),
          Fixtures.setup(model)).get(1);
      assertEquals(RoutingRule.HELPDESK_ASSIGNS_INTERNAL_IT, first.rule(), model::name);
      assertEquals(AuthorityKind.INTERNAL_IT, first.next().authority().kind());
      assertEquals(List.of(Fixtures.setup(model).driver().name() + "@L3: the cause is in the organization's own infrastructure"),
          first.alternatives().stream().map(Object::toString).toList());
    }
  }

  private static String abbreviate(String path) {
    return path.replace("Super user@L", "SU@")
        .replace("Internal helpdesk@L", "HD@")
        .replace("Internal Dynamics 365 team@L", "TEAM@")
        .replace("Center of Excellence@L", "COE@")
        .replace("Internal IT@L", "IT@")
        .replace("Fabrikam@L", "FAB@")
        .replace("Microsoft@L", "MS@")
        .replace("Contoso Tax@L", "ISV@");
  }
}

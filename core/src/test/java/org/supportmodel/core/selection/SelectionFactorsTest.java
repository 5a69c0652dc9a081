package org.supportmodel.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;

/**
 * Each factor's points on both sides of every threshold, pinned: the documented scoring, not just
 * the lines that compute it.
 */
class SelectionFactorsTest {
  private static final OrganizationProfile BASE = Profiles.usualBlend();

  private static FactorContribution factor(OrganizationProfile profile, SelectionFactor factor) {
    return SupportModelSelection.contributions(profile).stream().filter(c -> c.factor() == factor).findFirst().orElseThrow();
  }

  private static void assertPoints(FactorContribution contribution, int internal, int mixed, int outsourced, String finding) {
    assertEquals(ModelPoints.of(internal, mixed, outsourced), contribution.points(), contribution.toString());
    assertEquals(finding, contribution.finding());
  }

  private static List<BusinessProcess> processes(int critical, int high, int other) {
    List<BusinessProcess> list = new ArrayList<>();
    for (int i = 0; i < critical + high + other; i++) {
      Criticality criticality = i < critical ? Criticality.CRITICAL : i < critical + high ? Criticality.HIGH : Criticality.MEDIUM;
      list.add(BusinessProcess.of("p-" + i, "Process " + i, criticality));
    }
    return list;
  }

  @ParameterizedTest(name = "{0} processes score {1}/{2}/{3}")
  @CsvSource({"1, -1, 0, 2", "5, -1, 0, 2", "6, 0, 1, 0", "15, 0, 1, 0", "16, 1, 2, -1"})
  void scopeSize(int n, int internal, int mixed, int outsourced) {
    assertPoints(factor(BASE.withProcesses(processes(0, 0, n)), SelectionFactor.SCOPE_SIZE), internal, mixed, outsourced,
        n + (n == 1 ? " business process" : " business processes") + " in scope");
  }

  @ParameterizedTest(name = "{0} critical and {1} high score {2}/{3}/{4}")
  @CsvSource({
    "0, 0, -1, 0, 3", "0, 1, 0, 1, 2", "0, 2, 0, 1, 2", "1, 0, 0, 1, 2", "1, 1, 1, 2, 0", "0, 3, 1, 2, 0",
    "3, 0, 1, 2, 0", "2, 2, 1, 2, 0", "3, 1, 2, 3, -2", "0, 7, 2, 3, -2"
  })
  void processCriticality(int critical, int high, int internal, int mixed, int outsourced) {
    assertPoints(factor(BASE.withProcesses(processes(critical, high, 3)), SelectionFactor.PROCESS_CRITICALITY),
        internal, mixed, outsourced, critical + " critical and " + high + " high-criticality processes");
  }

  @ParameterizedTest(name = "{0} internal staff score {1}/{2}/{3}")
  @CsvSource({
    "1, -4, 1, 3", "2, -4, 1, 3", "3, -1, 3, 1", "9, -1, 3, 1", "10, 2, 3, 0", "19, 2, 3, 0", "20, 5, 3, -1"
  })
  void internalCapacity(int staff, int internal, int mixed, int outsourced) {
    assertPoints(factor(BASE.withInternalSupportStaff(staff), SelectionFactor.INTERNAL_CAPACITY), internal, mixed, outsourced,
        staff + " internal support staff");
  }

  @ParameterizedTest(name = "{0} ISVs score {1}/{2}/{3}")
  @CsvSource({"0, 0, 0, 0", "1, -1, 1, 0", "2, -1, 1, 0", "3, -2, 1, 1"})
  void isvs(int n, int internal, int mixed, int outsourced) {
    assertPoints(factor(BASE.withIsvCount(n), SelectionFactor.ISVS), internal, mixed, outsourced,
        n + (n == 1 ? " ISV solution" : " ISV solutions"));
  }

  @ParameterizedTest(name = "{0} integrations score {1}/{2}/{3}")
  @CsvSource({"0, 0, 0, 0", "1, 0, 1, 0", "5, 0, 1, 0", "6, 1, 2, -2"})
  void integrations(int n, int internal, int mixed, int outsourced) {
    assertPoints(factor(BASE.withIntegrationCount(n), SelectionFactor.INTEGRATIONS), internal, mixed, outsourced,
        n + (n == 1 ? " integration" : " integrations"));
  }

  @ParameterizedTest(name = "{0} time zones and {1} languages score {2}/{3}/{4}")
  @CsvSource({
    "1, 1, 0, 0, 0, '1 country, 1 time zone, 1 language'",
    "2, 1, -1, 1, 0, '2 countries, 2 time zones, 1 language'",
    "1, 2, -1, 1, 0, '2 countries, 1 time zone, 2 languages'",
    "3, 1, -2, 2, 1, '2 countries, 3 time zones, 1 language'",
    "1, 3, -2, 2, 1, '2 countries, 1 time zone, 3 languages'"
  })
  void geography(int zones, int languages, int internal, int mixed, int outsourced, String finding) {
    OrganizationProfile profile = BASE.withTimeZoneCount(zones).withLanguageCount(languages).withCountryCount(zones == 1 && languages == 1 ? 1 : 2);
    assertPoints(factor(profile, SelectionFactor.GEOGRAPHY), internal, mixed, outsourced, finding);
  }

  @ParameterizedTest(name = "multi-company {0}, CoE {1} score {2}/{3}/{4}")
  @CsvSource({
    "false, false, 0, 0, 0, single company without a Center of Excellence",
    "true, false, 0, 1, -1, multi-company without a Center of Excellence",
    "false, true, 2, 2, -2, single company with a Center of Excellence",
    "true, true, 2, 2, -2, multi-company with a Center of Excellence"
  })
  void organizationStructure(boolean multiCompany, boolean coe, int internal, int mixed, int outsourced, String finding) {
    assertPoints(factor(BASE.withMultiCompany(multiCompany).withCenterOfExcellence(coe), SelectionFactor.ORGANIZATION_STRUCTURE),
        internal, mixed, outsourced, finding);
  }

  @ParameterizedTest(name = "skills {0} {1} {2} {3} score {4}/{5}/{6}")
  @CsvSource({
    "FULL, FULL, FULL, FULL, 7, 0, -4",
    "FULL, FULL, FULL, PARTIAL, 3, 1, -3",
    "PARTIAL, PARTIAL, PARTIAL, PARTIAL, 0, 4, 0",
    "FULL, PARTIAL, PARTIAL, NONE, -3, 2, 0",
    "NONE, NONE, NONE, NONE, -7, 0, 4"
  })
  void skillsCoverage(Coverage business, Coverage technical, Coverage servicing, Coverage specialist, int internal, int mixed,
      int outsourced) {
    Map<SkillArea, Coverage> coverage = new EnumMap<>(SkillArea.class);
    coverage.put(SkillArea.BUSINESS_WORKSTREAMS, business);
    coverage.put(SkillArea.TECHNICAL_AREAS, technical);
    coverage.put(SkillArea.SERVICING, servicing);
    coverage.put(SkillArea.SPECIALIST_SKILLS, specialist);
    FactorContribution contribution = factor(BASE.withSkillCoverage(coverage), SelectionFactor.SKILLS_COVERAGE);
    assertEquals(ModelPoints.of(internal, mixed, outsourced), contribution.points(), contribution.toString());
  }

  @ParameterizedTest(name = "partner {0} scores {1}/{2}/{3}")
  @CsvSource({"LIMITED, 1, 0, -2", "FULL, 0, 1, 1"})
  void partnerAvailability(PartnerAvailability availability, int internal, int mixed, int outsourced) {
    assertPoints(factor(BASE.withPartnerAvailability(availability), SelectionFactor.PARTNER_AVAILABILITY), internal, mixed, outsourced,
        availability.name());
  }

  @ParameterizedTest(name = "customization {0} scores {1}/{2}/{3}")
  @CsvSource({"LOW, 0, 1, 1", "MODERATE, 1, 2, -1", "HIGH, 2, 2, -4"})
  void customization(CustomizationDegree degree, int internal, int mixed, int outsourced) {
    assertPoints(factor(BASE.withCustomization(degree), SelectionFactor.CUSTOMIZATION), internal, mixed, outsourced, degree.name());
  }

  @ParameterizedTest(name = "custom code by {0} scores {1}/{2}/{3}")
  @CsvSource({"INTERNAL_TEAM, 2, 1, -2", "PARTNER, -2, 2, 1", "INTERNAL_TEAM_AND_PARTNER, -1, 2, -1"})
  void customCodeAuthor(CodeAuthor author, int internal, int mixed, int outsourced) {
    assertPoints(factor(BASE.withCustomCodeAuthor(author), SelectionFactor.CUSTOM_CODE_AUTHOR), internal, mixed, outsourced,
        "written by " + author);
  }
}

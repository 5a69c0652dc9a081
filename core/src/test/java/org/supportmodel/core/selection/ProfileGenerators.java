package org.supportmodel.core.selection;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;

/** QuickTheories generators of valid organization profiles. */
final class ProfileGenerators {
  private ProfileGenerators() {}

  static Gen<List<BusinessProcess>> processes() {
    Gen<Criticality> criticality = Generate.enumValues(Criticality.class);
    return lists()
        .of(criticality)
        .ofSizeBetween(1, 25)
        .map(
            criticalities -> {
              List<BusinessProcess> processes = new ArrayList<>();
              for (int i = 0; i < criticalities.size(); i++) {
                processes.add(BusinessProcess.of("process-" + i, "Process " + i, criticalities.get(i)));
              }
              return processes;
            });
  }

  /** Valid profiles without enterprise constraints; some have no internal staff, some no partner. */
  static Gen<OrganizationProfile> profiles() {
    Gen<List<BusinessProcess>> processes = processes();
    Gen<CustomizationDegree> degree = Generate.enumValues(CustomizationDegree.class);
    Gen<CodeAuthor> author = Generate.enumValues(CodeAuthor.class);
    Gen<Integer> staff = integers().between(0, 30);
    Gen<Coverage> coverage = Generate.enumValues(Coverage.class);
    Gen<PartnerAvailability> partner = Generate.enumValues(PartnerAvailability.class);
    Gen<Integer> small = integers().between(0, 8);
    Gen<Integer> spread = integers().between(1, 4);
    Gen<Boolean> flag = booleans().all();
    return in -> {
      int staffCount = staff.generate(in);
      CustomizationDegree customization = degree.generate(in);
      Map<SkillArea, Coverage> skills = new EnumMap<>(SkillArea.class);
      for (SkillArea area : SkillArea.values()) {
        Coverage c = coverage.generate(in);
        skills.put(area, staffCount == 0 ? Coverage.NONE : c);
      }
      PartnerAvailability availability = partner.generate(in);
      boolean coe = flag.generate(in);
      OrganizationProfile.Builder builder = OrganizationProfile.builder();
      builder
          .addAllProcesses(processes.generate(in))
          .customization(customization)
          .customCodeAuthor(
              customization == CustomizationDegree.NONE ? Optional.empty() : Optional.of(author.generate(in)))
          .internalSupportStaff(staffCount == 0 && availability == PartnerAvailability.NONE ? 1 : staffCount)
          .putAllSkillCoverage(skills)
          .partnerAvailability(availability)
          .isvCount(small.generate(in))
          .integrationCount(small.generate(in))
          .countryCount(spread.generate(in))
          .timeZoneCount(spread.generate(in))
          .languageCount(spread.generate(in))
          .multiCompany(flag.generate(in))
          .centerOfExcellence(coe && staffCount > 0);
      return builder.build();
    };
  }
}

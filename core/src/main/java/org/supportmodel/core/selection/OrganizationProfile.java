package org.supportmodel.core.selection;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.core.internal.ValueStyle;

/**
 * The facts about an organization that decide its support model: the business processes in
 * scope and how critical they are, the degree of customization and who wrote it, the internal
 * support staff and its skills coverage, partner availability, ISVs, integrations, geography, the
 * organization's structure and any enterprise constraint.
 *
 * <p>Every fact must be given: the builder fails on a missing one, naming it, rather than
 * assume a default. Only the constraints may be left empty (no constraint). Contradictory facts
 * fail too: custom code with no author, coverage or a Center of Excellence without internal
 * staff, or constraints and facts that together leave no support model possible.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class OrganizationProfile implements WithOrganizationProfile {

  OrganizationProfile() {}

  /**
   * Starts a profile.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The business processes in the solution's scope, with their criticality; at least one, each
   * id once.
   *
   * @return the processes, never empty
   */
  public abstract List<BusinessProcess> processes();

  /**
   * How far the solution is customized.
   *
   * @return the degree
   */
  public abstract CustomizationDegree customization();

  /**
   * Who wrote the custom code; present exactly when {@link #customization()} is not {@code
   * NONE}.
   *
   * @return the author, or empty for an uncustomized solution
   */
  public abstract Optional<CodeAuthor> customCodeAuthor();

  /**
   * The number of internal people who work on business-application support (full-time
   * equivalents, rounded), not counting super users.
   *
   * @return zero or more
   */
  public abstract int internalSupportStaff();

  /**
   * How well the internal support staff covers each skill area; every area must be given.
   *
   * @return the coverage per area
   */
  public abstract Map<SkillArea, Coverage> skillCoverage();

  /**
   * Whether a partner can be engaged for support.
   *
   * @return the availability
   */
  public abstract PartnerAvailability partnerAvailability();

  /**
   * The number of ISV solutions in the system.
   *
   * @return zero or more
   */
  public abstract int isvCount();

  /**
   * The number of integrations with other systems.
   *
   * @return zero or more
   */
  public abstract int integrationCount();

  /**
   * The number of countries the users work in.
   *
   * @return one or more
   */
  public abstract int countryCount();

  /**
   * The number of time zones the users work in.
   *
   * @return one or more
   */
  public abstract int timeZoneCount();

  /**
   * The number of languages support must be given in.
   *
   * @return one or more
   */
  public abstract int languageCount();

  /**
   * Whether the organization runs several companies or projects on the application.
   *
   * @return true for a multi-company or multi-project organization
   */
  public abstract boolean multiCompany();

  /**
   * Whether a Dynamics 365 Center of Excellence exists or is committed.
   *
   * @return true if there is a CoE
   */
  public abstract boolean centerOfExcellence();

  /**
   * Enterprise constraints; empty when there are none.
   *
   * @return the constraints
   */
  public abstract Set<EnterpriseConstraint> constraints();

  /**
   * The number of processes of at least the given criticality.
   *
   * @param criticality the lowest criticality counted
   * @return the count
   */
  public int processCount(Criticality criticality) {
    Objects.requireNonNull(criticality, "criticality");
    int count = 0;
    for (BusinessProcess process : processes()) {
      if (process.criticality().isAtLeast(criticality)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The coverage of one skill area.
   *
   * @param area the area
   * @return the coverage, never null
   */
  public Coverage coverage(SkillArea area) {
    Objects.requireNonNull(area, "area");
    Coverage coverage = skillCoverage().get(area);
    if (coverage == null) {
      throw new IllegalStateException("skillCoverage: " + area + " missing after validation");
    }
    return coverage;
  }

  @Value.Check
  void check() {
    Checks.check(
        !processes().isEmpty(),
        "processes",
        processes(),
        "must list at least one business process in scope");
    Checks.unique(processes(), BusinessProcess::id, "processes.id");
    Set<SkillArea> missing = EnumSet.allOf(SkillArea.class);
    missing.removeAll(skillCoverage().keySet());
    Checks.check(
        missing.isEmpty(), "skillCoverage", skillCoverage(), "must give a coverage for " + missing);
    Checks.nonNegative(internalSupportStaff(), "internalSupportStaff");
    Checks.nonNegative(isvCount(), "isvCount");
    Checks.nonNegative(integrationCount(), "integrationCount");
    Checks.positive(countryCount(), "countryCount");
    Checks.positive(timeZoneCount(), "timeZoneCount");
    Checks.positive(languageCount(), "languageCount");
    Checks.check(
        customCodeAuthor().isPresent() == (customization() != CustomizationDegree.NONE),
        "customCodeAuthor",
        customCodeAuthor().map(Enum::name).orElse("none"),
        customization() == CustomizationDegree.NONE
            ? "contradicts customization NONE: an uncustomized solution has no custom code author"
            : "must be given when customization is " + customization());
    if (internalSupportStaff() == 0) {
      for (SkillArea area : SkillArea.values()) {
        Checks.check(
            coverage(area) == Coverage.NONE,
            "skillCoverage." + area,
            coverage(area),
            "contradicts internalSupportStaff 0: without internal staff no skill is covered");
      }
      Checks.check(
          !centerOfExcellence(),
          "centerOfExcellence",
          true,
          "contradicts internalSupportStaff 0: a Center of Excellence is internal staff");
    }
    Feasibility.requireSomeModelPossible(this);
  }

  /** Builds a profile; each fact must be set once. Not thread-safe. */
  public static final class Builder extends ImmutableOrganizationProfile.Builder {
    Builder() {}

    /**
     * Gives every skill area the same coverage.
     *
     * @param coverage the coverage of all four areas
     * @return this builder
     */
    public Builder coverAllSkillAreas(Coverage coverage) {
      Objects.requireNonNull(coverage, "coverage");
      for (SkillArea area : SkillArea.values()) {
        putSkillCoverage(area, coverage);
      }
      return this;
    }

    /**
     * Sets one country, one time zone and one language.
     *
     * @return this builder
     */
    public Builder singleRegion() {
      return countryCount(1).timeZoneCount(1).languageCount(1);
    }
  }
}

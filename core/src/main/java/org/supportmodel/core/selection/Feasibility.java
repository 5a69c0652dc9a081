package org.supportmodel.core.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.supportmodel.core.SupportModel;

/** The hard rules: which models a profile's facts and constraints rule out, and why. */
final class Feasibility {
  private Feasibility() {}

  /**
   * The models the profile rules out, each with its reason, in model order. A model ruled out
   * for several reasons appears once per reason.
   */
  static List<Exclusion> exclusions(OrganizationProfile profile) {
    List<Exclusion> exclusions = new ArrayList<>();
    if (profile.internalSupportStaff() == 0) {
      String reason = "there is no internal support staff (internalSupportStaff 0)";
      exclusions.add(new Exclusion(SupportModel.FULLY_INTERNAL, reason, false));
      exclusions.add(
          new Exclusion(
              SupportModel.MIXED, reason + ": the mixed model needs an internal Dynamics 365 team", false));
    }
    if (profile.partnerAvailability() == PartnerAvailability.NONE) {
      String reason = "no partner can be engaged (partnerAvailability NONE)";
      exclusions.add(new Exclusion(SupportModel.MIXED, reason, false));
      exclusions.add(new Exclusion(SupportModel.FULLY_OUTSOURCED, reason, false));
    }
    List<EnterpriseConstraint> constraints =
        profile.constraints().stream()
            .sorted(Comparator.comparing(EnterpriseConstraint::kind).thenComparing(EnterpriseConstraint::source))
            .collect(Collectors.toList());
    for (EnterpriseConstraint constraint : constraints) {
      for (SupportModel model : SupportModel.values()) {
        if (constraint.excludes(model)) {
          exclusions.add(
              new Exclusion(model, "the enterprise constraint " + constraint + " rules it out", true));
        }
      }
    }
    exclusions.sort(Comparator.comparing(Exclusion::model));
    return exclusions;
  }

  static void requireSomeModelPossible(OrganizationProfile profile) {
    List<Exclusion> exclusions = exclusions(profile);
    boolean somePossible = false;
    for (SupportModel model : SupportModel.values()) {
      somePossible |= exclusions.stream().noneMatch(e -> e.model() == model);
    }
    if (!somePossible) {
      throw new IllegalArgumentException(
          "constraints: "
              + profile.constraints()
              + " with internalSupportStaff "
              + profile.internalSupportStaff()
              + " and partnerAvailability "
              + profile.partnerAvailability()
              + " leave no support model possible: "
              + exclusions.stream()
                  .map(e -> e.model().label() + " because " + e.reason())
                  .collect(Collectors.joining("; ")));
    }
  }
}

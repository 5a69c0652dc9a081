package org.supportmodel.core.selection;

import static org.supportmodel.core.AuthorityKind.CENTER_OF_EXCELLENCE;
import static org.supportmodel.core.AuthorityKind.INTERNAL_D365_TEAM;
import static org.supportmodel.core.AuthorityKind.INTERNAL_HELPDESK;
import static org.supportmodel.core.AuthorityKind.INTERNAL_IT;
import static org.supportmodel.core.AuthorityKind.ISV;
import static org.supportmodel.core.AuthorityKind.MICROSOFT;
import static org.supportmodel.core.AuthorityKind.PARTNER;
import static org.supportmodel.core.AuthorityKind.SUPER_USER;

import java.util.List;
import java.util.Objects;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.internal.Checks;

/**
 * Who does what at support levels 1 to 5 under a support model, as the guidance describes it.
 *
 * <p>Where the organization has no Center of Excellence, the internal Dynamics 365 team takes
 * the CoE's part. Immutable and thread-safe.
 *
 * @param model the support model
 * @param centerOfExcellence whether the organization has a CoE
 * @param levels one entry per level, level 1 first
 */
public record ResponsibilityMatrix(
    SupportModel model, boolean centerOfExcellence, List<LevelResponsibility> levels) {
  private static final String SUPER_USER_DUTIES =
      "unblock users in simple cases; filter 'how do I...?' and 'is this expected?' questions;"
          + " give ad-hoc training; triage and describe issues so the next party can reproduce"
          + " them; collate FAQs; give early warning";
  private static final String DEPLOYMENT =
      "fixes reach production by a defined standard, test regimen and deployment: the partner"
          + " drives a fix to pre-production, the internal team deploys to production; the"
          + " partner has no admin access to production";

  /**
   * Checks and copies the levels.
   *
   * @throws IllegalArgumentException unless there is exactly one entry per level, in order
   */
  public ResponsibilityMatrix {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(levels, "levels");
    levels = List.copyOf(levels);
    Checks.check(levels.size() == SupportLevel.values().length, "levels", levels.size(), "must be 5");
    for (int i = 0; i < levels.size(); i++) {
      Checks.check(
          levels.get(i).level() == SupportLevel.values()[i],
          "levels[" + i + "].level",
          levels.get(i).level(),
          "must be " + SupportLevel.values()[i]);
    }
  }

  /**
   * The guidance's responsibilities for a model.
   *
   * @param model the support model
   * @param centerOfExcellence whether the organization has a CoE; without one, the internal
   *     Dynamics 365 team takes its part
   * @return the matrix, never null
   */
  public static ResponsibilityMatrix of(SupportModel model, boolean centerOfExcellence) {
    Objects.requireNonNull(model, "model");
    AuthorityKind experts = centerOfExcellence ? CENTER_OF_EXCELLENCE : INTERNAL_D365_TEAM;
    String expertsName = centerOfExcellence ? "the CoE" : "the internal Dynamics 365 team";
    // One driver per model at every level, as in routing: the partner when fully outsourced, the
    // internal Dynamics 365 team otherwise; super users and the helpdesk hold a request, not its
    // resolution.
    AuthorityKind driver = model == SupportModel.FULLY_OUTSOURCED ? PARTNER : INTERNAL_D365_TEAM;
    LevelResponsibility level1 =
        level(SupportLevel.LEVEL_1, List.of(SUPER_USER), driver, SUPER_USER_DUTIES);
    List<LevelResponsibility> levels =
        switch (model) {
          case FULLY_OUTSOURCED -> List.of(
              level1,
              level(
                  SupportLevel.LEVEL_2,
                  List.of(INTERNAL_HELPDESK),
                  driver,
                  "register the request (its reference is the trace from start to finish) and"
                      + " assign it straight to the resolving authority, internal or external"),
              level(
                  SupportLevel.LEVEL_3,
                  List.of(PARTNER),
                  PARTNER,
                  "the partner triages and resolves; it drives the request to resolution"),
              level(
                  SupportLevel.LEVEL_4,
                  List.of(PARTNER, INTERNAL_IT),
                  PARTNER,
                  "the partner manages diagnosis and fix, involving the customer as needed;"
                      + " parts written or managed by internal IT (such as integrations) follow a"
                      + " defined hand-off",
                  DEPLOYMENT),
              level(
                  SupportLevel.LEVEL_5,
                  List.of(MICROSOFT, ISV),
                  PARTNER,
                  "the partner raises standard Dynamics 365 and platform issues with Microsoft"
                      + " through the in-application channel",
                  "the partner is contractually responsible for working with the ISV"));
          case FULLY_INTERNAL -> List.of(
              level1,
              level(
                  SupportLevel.LEVEL_2,
                  List.of(INTERNAL_HELPDESK, INTERNAL_D365_TEAM),
                  INTERNAL_D365_TEAM,
                  "the helpdesk registers the request and routes it to the internal Dynamics 365"
                      + " team, which triages it, picks the resolving authority and drives it to"
                      + " resolution whoever works on it"),
              level(
                  SupportLevel.LEVEL_3,
                  List.of(experts),
                  INTERNAL_D365_TEAM,
                  expertsName + "'s functional and technical experts (developers too) resolve"
                      + " issues, custom code included"),
              level(
                  SupportLevel.LEVEL_4,
                  List.of(experts, INTERNAL_IT),
                  INTERNAL_D365_TEAM,
                  expertsName + " diagnoses and resolves what is in its control; external parties"
                      + " only for standard Dynamics 365, platform hosting or an ISV"),
              level(
                  SupportLevel.LEVEL_5,
                  List.of(MICROSOFT, ISV),
                  INTERNAL_D365_TEAM,
                  expertsName + " logs standard Dynamics 365 and platform issues with Microsoft"
                      + " through the in-application channel",
                  expertsName + " works with the ISV under its support and maintenance contract"));
          case MIXED -> List.of(
              level1,
              level(
                  SupportLevel.LEVEL_2,
                  List.of(INTERNAL_HELPDESK, INTERNAL_D365_TEAM),
                  INTERNAL_D365_TEAM,
                  "the helpdesk registers the request and routes it to the internal Dynamics 365"
                      + " team, which triages it, picks the resolving authority and drives it to"
                      + " resolution whoever works on it"),
              level(
                  SupportLevel.LEVEL_3,
                  centerOfExcellence
                      ? List.of(INTERNAL_D365_TEAM, CENTER_OF_EXCELLENCE, PARTNER)
                      : List.of(INTERNAL_D365_TEAM, PARTNER),
                  INTERNAL_D365_TEAM,
                  "the internal Dynamics 365 team resolves what it can; otherwise it works with "
                      + (centerOfExcellence ? "the CoE and " : "")
                      + "the partner so the issue is understood and correctly prioritized"),
              level(
                  SupportLevel.LEVEL_4,
                  List.of(experts, PARTNER, INTERNAL_IT),
                  INTERNAL_D365_TEAM,
                  expertsName + " fixes the simpler issues; the partner the complex ones and those"
                      + " that need deeper Dynamics 365 knowledge",
                  DEPLOYMENT),
              level(
                  SupportLevel.LEVEL_5,
                  List.of(MICROSOFT, ISV),
                  INTERNAL_D365_TEAM,
                  expertsName + " logs standard Dynamics 365 and platform issues with Microsoft"
                      + " through the in-application channel",
                  expertsName + " or, where the contract says so, the partner works with the ISV"));
        };
    return new ResponsibilityMatrix(model, centerOfExcellence, levels);
  }

  private static LevelResponsibility level(
      SupportLevel level, List<AuthorityKind> parties, AuthorityKind driver, String... duties) {
    return new LevelResponsibility(level, parties, driver, List.of(duties));
  }

  /**
   * The responsibilities at one level.
   *
   * @param level the level
   * @return the entry, never null
   */
  public LevelResponsibility at(SupportLevel level) {
    Objects.requireNonNull(level, "level");
    return levels.get(level.ordinal());
  }

  /**
   * The matrix as plain text, a paragraph per level.
   *
   * @return the text, never null
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    for (LevelResponsibility entry : levels) {
      text.append("Level ")
          .append(entry.level().number())
          .append(" (")
          .append(entry.level().summary())
          .append("): ");
      for (int i = 0; i < entry.parties().size(); i++) {
        text.append(i == 0 ? "" : ", ").append(entry.parties().get(i).label());
      }
      text.append("; driven by the ").append(entry.driver().label()).append('\n');
      for (String duty : entry.duties()) {
        text.append("    - ").append(duty).append('\n');
      }
    }
    return text.toString();
  }
}

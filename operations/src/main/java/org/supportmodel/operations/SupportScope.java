package org.supportmodel.operations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.internal.Checks;

/**
 * The support scope register: for every area of the solution, "what, what in detail, who, when and
 * how" ("Define the support scope"), for an organization with a support model. {@link #review()}
 * names every open answer and every "who" the model cannot provide; {@link
 * #defaults(SupportModel, boolean)} is a register to start from; {@link ScopeCharter} renders it
 * as the support charter's annex.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the support model
 * @param centerOfExcellence whether the organization has a Dynamics 365 Center of Excellence
 * @param entries the lines of the register, in order
 */
public record SupportScope(SupportModel model, boolean centerOfExcellence, List<ScopeEntry> entries) {
  private static final String FIVE_ANSWERS = "the guidance converts every area from the \"what\" to the \"what in detail,\" \"who,\""
      + " \"when,\" and \"how\": practical, detailed procedures with reliably repeatable steps that the support team can follow";

  /** Copies the lines and checks that nothing is null. */
  public SupportScope {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(entries, "entries");
    entries = List.copyOf(entries);
  }

  /**
   * An empty register.
   *
   * @param model the support model
   * @param centerOfExcellence whether there is a Center of Excellence
   * @return the register, never null
   */
  public static SupportScope of(SupportModel model, boolean centerOfExcellence) {
    Objects.requireNonNull(model, "model");
    return new SupportScope(model, centerOfExcellence, List.of());
  }

  /**
   * A register to start from: one line per area with the guidance's "what" and "what in detail"
   * and a "who" the model provides; "when" and "how" are the organization's, so they stay open and
   * the review lists them.
   *
   * @param model the support model
   * @param centerOfExcellence whether there is a Center of Excellence
   * @return the register, never null
   */
  public static SupportScope defaults(SupportModel model, boolean centerOfExcellence) {
    Objects.requireNonNull(model, "model");
    List<ScopeEntry> entries = new ArrayList<>();
    for (ScopeArea area : ScopeArea.values()) {
      entries.add(ScopeEntry.of(area).what(area.what()).whatInDetail(area.whatInDetail()).who(defaultOwner(area, model, centerOfExcellence)));
    }
    return new SupportScope(model, centerOfExcellence, entries);
  }

  /** Who usually answers for an area in a model, a party the model provides. */
  private static ScopeOwner defaultOwner(ScopeArea area, SupportModel model, boolean centerOfExcellence) {
    boolean outsourced = model == SupportModel.FULLY_OUTSOURCED;
    AuthorityKind team = outsourced ? AuthorityKind.INTERNAL_IT : AuthorityKind.INTERNAL_D365_TEAM;
    AuthorityKind experts = outsourced
        ? AuthorityKind.PARTNER
        : centerOfExcellence ? AuthorityKind.CENTER_OF_EXCELLENCE : AuthorityKind.INTERNAL_D365_TEAM;
    return switch (area) {
      case ENTERPRISE_ARCHITECTURE -> ScopeOwner.of(AuthorityKind.INTERNAL_IT, "enterprise architects");
      case BUSINESS_AND_IT_POLICIES -> ScopeOwner.of(team, "support lead with the policy owners");
      case DEPENDENCIES, INTEGRATIONS -> ScopeOwner.of(AuthorityKind.INTERNAL_IT, "integration owner");
      case ENVIRONMENTS, SYSTEM_MAINTENANCE, BUSINESS_CONTINUITY -> ScopeOwner.of(team, "system administrator");
      case DATA_MAINTENANCE -> ScopeOwner.of(AuthorityKind.SUPER_USER, "data stewards of the business");
      case PERFORMANCE_MANAGEMENT -> ScopeOwner.of(experts, "performance specialists");
      case BUSINESS_PROCESSES -> ScopeOwner.of(AuthorityKind.SUPER_USER, "business process leads");
      case SYSTEM_UPDATE_CYCLES -> ScopeOwner.of(team, "release manager");
      case REQUIREMENTS_MANAGEMENT -> ScopeOwner.of(outsourced ? AuthorityKind.SUPER_USER : team, "backlog owner");
      case CHANGE_MANAGEMENT -> ScopeOwner.of(team, "change board");
    };
  }

  /**
   * This register with a line added at the end.
   *
   * @param entry the line
   * @return the register, never null
   */
  public SupportScope plus(ScopeEntry entry) {
    Objects.requireNonNull(entry, "entry");
    List<ScopeEntry> longer = new ArrayList<>(entries);
    longer.add(entry);
    return new SupportScope(model, centerOfExcellence, longer);
  }

  /**
   * This register with one line replaced.
   *
   * @param index the line's position, from 0
   * @param entry the new line
   * @return the register, never null
   * @throws IllegalArgumentException if there is no line at the position
   */
  public SupportScope replacing(int index, ScopeEntry entry) {
    Objects.requireNonNull(entry, "entry");
    Checks.check(index >= 0 && index < entries.size(), "index", index, "is not a line of the register (0 to " + (entries.size() - 1) + ")");
    List<ScopeEntry> changed = new ArrayList<>(entries);
    changed.set(index, entry);
    return new SupportScope(model, centerOfExcellence, changed);
  }

  /**
   * The lines of one area.
   *
   * @param area the area
   * @return the lines, in order
   */
  public List<ScopeEntry> entries(ScopeArea area) {
    Objects.requireNonNull(area, "area");
    return entries.stream().filter(entry -> entry.area() == area).toList();
  }

  /**
   * Who answers for an area: the first line of the area that names a "who". The servicing
   * calendar's owners, change control's approvers and deployer all come from here.
   *
   * @param area the area
   * @return the owner, or empty if no line of the area names one
   */
  public Optional<ScopeOwner> owner(ScopeArea area) {
    Objects.requireNonNull(area, "area");
    return entries(area).stream().flatMap(entry -> entry.who().stream()).findFirst();
  }

  /**
   * The completeness check: each line's unanswered questions, each "who" the model cannot provide
   * with the guidance's reason, then each area without a line.
   *
   * @return the review, never null
   */
  public ScopeReview review() {
    List<ScopeGap> gaps = new ArrayList<>();
    Set<ScopeArea> covered = EnumSet.noneOf(ScopeArea.class);
    for (int i = 0; i < entries.size(); i++) {
      ScopeEntry entry = entries.get(i);
      covered.add(entry.area());
      String line = entry.area().label() + " (line " + (i + 1) + ")";
      for (ScopeQuestion question : ScopeQuestion.values()) {
        if (!entry.answers(question)) {
          gaps.add(new ScopeGap(ScopeGap.Kind.UNANSWERED, entry.area(), OptionalInt.of(i), Optional.of(question),
              line + ": " + question.label() + " is not answered", FIVE_ANSWERS));
        }
      }
      if (entry.who().isPresent()) {
        ScopeOwner owner = entry.who().get();
        Optional<String> reason = cannotProvide(entry.area(), owner.party());
        if (reason.isPresent()) {
          gaps.add(new ScopeGap(ScopeGap.Kind.OWNER_NOT_IN_MODEL, entry.area(), OptionalInt.of(i), Optional.empty(),
              line + ": " + owner + " cannot do this work in the " + model.label() + " model", reason.get()));
        }
      }
    }
    for (ScopeArea area : ScopeArea.values()) {
      if (!covered.contains(area)) {
        gaps.add(new ScopeGap(ScopeGap.Kind.AREA_MISSING, area, OptionalInt.empty(), Optional.empty(),
            area.label() + ": the register has no line for it", "every aspect of the solution needs its five answers; " + FIVE_ANSWERS));
      }
    }
    return new ScopeReview(this, gaps);
  }

  /** Why the model cannot give this area's work to the party, or empty if it can. */
  private Optional<String> cannotProvide(ScopeArea area, AuthorityKind party) {
    if (party == AuthorityKind.PARTNER && model == SupportModel.FULLY_INTERNAL) {
      return Optional.of("the fully internal model has no partner: the internal team covers every business workstream, technical"
          + " area, servicing and specialist skill");
    }
    if ((party == AuthorityKind.INTERNAL_D365_TEAM || party == AuthorityKind.CENTER_OF_EXCELLENCE) && model == SupportModel.FULLY_OUTSOURCED) {
      return Optional.of("the fully outsourced model has no internal Dynamics 365 team: the partner drives every request to"
          + " resolution, and internal IT keeps the organization's own systems");
    }
    if (party == AuthorityKind.CENTER_OF_EXCELLENCE && !centerOfExcellence) {
      return Optional.of("the organization has no Center of Excellence");
    }
    if (area.productionAdministration() && (party == AuthorityKind.PARTNER || party == AuthorityKind.ISV)) {
      return Optional.of("the work administers production, and most customers don't give partners admin access to production: even"
          + " in a mostly outsourced model, the partner drives a fix to a pre-production environment and the internal team deploys"
          + " to production");
    }
    return Optional.empty();
  }
}

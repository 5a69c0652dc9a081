package org.supportmodel.routing;

import static org.supportmodel.core.SupportLevel.LEVEL_1;
import static org.supportmodel.core.SupportLevel.LEVEL_2;
import static org.supportmodel.core.SupportLevel.LEVEL_3;
import static org.supportmodel.core.SupportLevel.LEVEL_4;
import static org.supportmodel.core.SupportLevel.LEVEL_5;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/**
 * Routes a support request to its next resolving authority, as the guidance describes for each
 * support model and level.
 *
 * <p>Where the request is now (the last hop of its path) and what the diagnosis says decide the
 * next step:
 *
 * <ul>
 *   <li><b>Super users</b> (level 1) resolve business process and training issues and triage
 *       until those are ruled out; anything else goes to the internal helpdesk (level 2).
 *   <li><b>The internal helpdesk</b> registers the request. A cause it knows to be the network or
 *       internally managed infrastructure goes to internal IT in every model: it is the
 *       organization's IT helpdesk. Otherwise, in the fully outsourced model it assigns the request
 *       straight to the resolving authority (internal IT for integrations it owns, the partner for
 *       everything else); in the internal and mixed models it routes it to the internal Dynamics
 *       365 team, which triages.
 *   <li><b>The internal Dynamics 365 team</b> resolves simple configuration and data issues itself
 *       (level 3 is triage and understanding); a custom-code fix is level 4 work, by the CoE or,
 *       without one, the core team; the CoE's experts (or the team) take the harder issues; in the
 *       mixed model complex issues and those needing deeper Dynamics 365 knowledge go to the
 *       partner (level 4).
 *   <li><b>The partner</b> triages and resolves configuration and data at level 3 and fixes code
 *       at level 4, driving the fix to pre-production; the internal team deploys to production.
 *   <li>The network and internal infrastructure go to <b>internal IT</b>; integrations to their
 *       owner.
 *   <li>Standard Dynamics 365 and the platform go to <b>Microsoft</b> (level 5) through the app's
 *       in-application channel, with a severity from the priority (Sev A only with a 24x7
 *       commitment); ISV code goes to <b>the ISV</b> (level 5), through the partner where its
 *       contract says so.
 *   <li>A party that finds the cause outside its scope hands the request back to the party that
 *       drives it; a business process or training cause found late goes back to the super users.
 * </ul>
 *
 * <p>The party that drives the request to resolution is the partner in the fully outsourced
 * model and the internal Dynamics 365 team otherwise, whoever works on it. Every outcome carries
 * the hand-off terms of the setup's {@link HandOffPolicy} and a {@link BounceAlert} when the path
 * bounces.
 *
 * <p>A pure function: every request gets exactly one outcome, and the same inputs give an equal
 * one. Cases the rules do not cover are an {@link Unrouted} outcome, never an exception.
 */
public final class Routing {
  /** The generic authority of each kind, built once: read-only. */
  private static final Map<AuthorityKind, ResolvingAuthority> GENERIC = generics();
  /** The levels each kind of authority works at: read-only. */
  private static final Map<AuthorityKind, Set<SupportLevel>> LEVELS = levels();

  private static Map<AuthorityKind, ResolvingAuthority> generics() {
    Map<AuthorityKind, ResolvingAuthority> generic = new EnumMap<>(AuthorityKind.class);
    for (AuthorityKind kind : AuthorityKind.values()) {
      generic.put(kind, ResolvingAuthority.of(kind));
    }
    return Collections.unmodifiableMap(generic);
  }

  private static Map<AuthorityKind, Set<SupportLevel>> levels() {
    Map<AuthorityKind, Set<SupportLevel>> levels = new EnumMap<>(AuthorityKind.class);
    levels.put(AuthorityKind.SUPER_USER, Collections.unmodifiableSet(EnumSet.of(LEVEL_1)));
    levels.put(AuthorityKind.INTERNAL_HELPDESK, Collections.unmodifiableSet(EnumSet.of(LEVEL_2)));
    levels.put(AuthorityKind.INTERNAL_D365_TEAM, Collections.unmodifiableSet(EnumSet.of(LEVEL_2, LEVEL_3, LEVEL_4)));
    levels.put(AuthorityKind.CENTER_OF_EXCELLENCE, Collections.unmodifiableSet(EnumSet.of(LEVEL_3, LEVEL_4)));
    levels.put(AuthorityKind.INTERNAL_IT, Collections.unmodifiableSet(EnumSet.of(LEVEL_3, LEVEL_4)));
    levels.put(AuthorityKind.PARTNER, Collections.unmodifiableSet(EnumSet.of(LEVEL_3, LEVEL_4)));
    levels.put(AuthorityKind.ISV, Collections.unmodifiableSet(EnumSet.of(LEVEL_5)));
    levels.put(AuthorityKind.MICROSOFT, Collections.unmodifiableSet(EnumSet.of(LEVEL_5)));
    return Collections.unmodifiableMap(levels);
  }

  private Routing() {}

  /**
   * Routes a request.
   *
   * @param request the request, where it is now and what is known
   * @param setup the organization's support setup
   * @return exactly one outcome, never null
   */
  public static RoutingOutcome route(SupportRequest request, SupportSetup setup) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(setup, "setup");
    Hop current = request.current();
    Optional<Unrouted> misplaced = checkPosition(request, setup);
    if (misplaced.isPresent()) {
      return misplaced.get();
    }
    Context context = new Context(request, setup);
    Step step =
        switch (current.authority().kind()) {
          case SUPER_USER -> atSuperUser(context);
          case INTERNAL_HELPDESK -> atHelpdesk(context);
          case INTERNAL_D365_TEAM, CENTER_OF_EXCELLENCE -> atInternalTeam(context);
          case PARTNER -> atPartner(context);
          case INTERNAL_IT -> atInternalIt(context);
          case ISV, MICROSOFT -> atVendor(context);
        };
    if (step.unrouted != null) {
      return step.unrouted;
    }
    return routed(context, step);
  }

  /**
   * The generic authority of a kind, as {@link ResolvingAuthority#of(AuthorityKind)} makes it.
   *
   * @param kind the kind
   * @return the authority, never null
   */
  static ResolvingAuthority generic(AuthorityKind kind) {
    ResolvingAuthority authority = GENERIC.get(kind);
    if (authority == null) {
      throw new IllegalStateException("no generic authority for " + kind);
    }
    return authority;
  }

  private static Optional<Unrouted> checkPosition(SupportRequest request, SupportSetup setup) {
    Hop current = request.current();
    ResolvingAuthority holder = current.authority();
    Set<SupportLevel> levels = LEVELS.get(holder.kind());
    if (levels == null) {
      throw new IllegalStateException("no levels for " + holder.kind());
    }
    if (!levels.contains(current.level())) {
      return Optional.of(
          new Unrouted(
              request.id(),
              current,
              Unrouted.Uncovered.INCONSISTENT_POSITION,
              holder.name() + " does not work at level " + current.level().number() + " ("
                  + holder.kind().label() + " works at level " + numbers(levels) + ")"));
    }
    String missing = null;
    switch (holder.kind()) {
      case PARTNER -> {
        if (setup.partner().isEmpty()) {
          missing = "the " + setup.model().label() + " setup has no partner";
        } else if (!setup.partner().get().id().equals(holder.id())) {
          missing = holder.name() + " is not the setup's partner " + setup.partner().get().name();
        }
      }
      case ISV -> {
        if (setup.isv(holder.id()).isEmpty()) {
          missing = holder.name() + " is not one of the setup's ISVs";
        }
      }
      case CENTER_OF_EXCELLENCE -> {
        if (!setup.centerOfExcellence()) {
          missing = "the setup has no Center of Excellence";
        }
      }
      case INTERNAL_D365_TEAM -> {
        if (setup.model() == SupportModel.FULLY_OUTSOURCED) {
          missing = "the fully outsourced model has no internal Dynamics 365 team";
        }
      }
      default -> {
        // super users, the helpdesk, internal IT and Microsoft exist in every setup
      }
    }
    if (missing != null) {
      return Optional.of(
          new Unrouted(request.id(), current, Unrouted.Uncovered.AUTHORITY_NOT_IN_SETUP, missing));
    }
    return Optional.empty();
  }

  /**
   * The level an authority works at that is nearest to the one preferred: the preferred level
   * itself, or the lowest above it, or the highest below it. A hand-off never lands an authority
   * on a level it does not work at.
   */
  private static SupportLevel nearestLevel(AuthorityKind kind, SupportLevel preferred) {
    Set<SupportLevel> levels = LEVELS.get(kind);
    if (levels == null || levels.isEmpty()) {
      throw new IllegalStateException("no levels for " + kind);
    }
    if (levels.contains(preferred)) {
      return preferred;
    }
    @Nullable SupportLevel below = null;
    for (SupportLevel level : SupportLevel.values()) {
      if (levels.contains(level)) {
        if (level.compareTo(preferred) > 0) {
          return level;
        }
        below = level;
      }
    }
    if (below == null) {
      throw new IllegalStateException("no levels for " + kind);
    }
    return below;
  }

  private static String numbers(Set<SupportLevel> levels) {
    StringBuilder text = new StringBuilder();
    for (SupportLevel level : levels) {
      text.append(text.length() == 0 ? "" : ", ").append(level.number());
    }
    return text.toString();
  }

  // ---- the steps ---------------------------------------------------------------------------

  /** What the rules decided, before the outcome is assembled. */
  private static final class Step {
    final ResolvingAuthority target;
    final SupportLevel level;
    final RoutingRule rule;
    final String detail;
    final List<Alternative> alternatives = new ArrayList<>(2);
    Optional<ResolvingAuthority> via = Optional.empty();
    @Nullable Unrouted unrouted;

    /** A step to an authority, on the level nearest {@code level} that it works at. */
    Step(ResolvingAuthority target, SupportLevel level, RoutingRule rule, String detail) {
      this.target = target;
      this.level = nearestLevel(target.kind(), level);
      this.rule = rule;
      this.detail = detail;
    }

    Step consider(ResolvingAuthority authority, SupportLevel atLevel, String whyNot) {
      alternatives.add(new Alternative(Hop.of(authority, nearestLevel(authority.kind(), atLevel)), whyNot));
      return this;
    }

    Step reLevel(SupportLevel newLevel) {
      Step moved = new Step(target, newLevel, rule, detail);
      moved.alternatives.addAll(alternatives);
      moved.via = via;
      return moved;
    }

    Step via(ResolvingAuthority intermediary) {
      via = Optional.of(intermediary);
      return this;
    }
  }

  private static final class Context {
    final SupportRequest request;
    final SupportSetup setup;
    final Hop current;
    final Optional<ProblemLayer> layer;
    final Diagnosis diagnosis;

    Context(SupportRequest request, SupportSetup setup) {
      this.request = request;
      this.setup = setup;
      this.current = request.current();
      this.diagnosis = request.diagnosis();
      this.layer = diagnosis.layer();
    }

    boolean is(ProblemLayer candidate) {
      return layer.isPresent() && layer.get() == candidate;
    }

    boolean isInfrastructure() {
      return is(ProblemLayer.INTERNAL_NETWORK) || is(ProblemLayer.INTERNAL_INFRASTRUCTURE);
    }

    boolean isVendorProduct() {
      return is(ProblemLayer.STANDARD_D365) || is(ProblemLayer.MICROSOFT_PLATFORM);
    }

    boolean hard() {
      return diagnosis.complexity() == Complexity.COMPLEX || diagnosis.needsDeepD365Knowledge();
    }

    String layerText() {
      return layer.map(ProblemLayer::label).orElse("unknown");
    }

    Step stay(RoutingRule rule, String detail) {
      return new Step(current.authority(), current.level(), rule, detail);
    }

    Step to(AuthorityKind kind, SupportLevel level, RoutingRule rule, String detail) {
      return new Step(generic(kind), level, rule, detail);
    }

    Step toPartner(SupportLevel level, RoutingRule rule, String detail) {
      return new Step(setup.partner().orElseThrow(), level, rule, detail);
    }

    Step toDriver(String detail) {
      ResolvingAuthority driver = setup.driver();
      return new Step(driver, LEVEL_3, RoutingRule.BACK_TO_DRIVER, detail);
    }
  }

  private static Step atSuperUser(Context c) {
    ResolvingAuthority helpdesk = generic(AuthorityKind.INTERNAL_HELPDESK);
    if (c.is(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING)) {
      return c.stay(RoutingRule.SUPER_USER_RESOLVES_PROCESS_OR_TRAINING, "diagnosed as a process or training issue")
          .consider(helpdesk, LEVEL_2, "not needed: super users resolve process and training issues");
    }
    if (!c.diagnosis.processOrTrainingRuledOut()) {
      return c.stay(RoutingRule.SUPER_USER_TRIAGES, "a process or training cause is not yet ruled out")
          .consider(helpdesk, LEVEL_2, "not yet: the super user first rules out process and training");
    }
    return c.to(AuthorityKind.INTERNAL_HELPDESK, LEVEL_2, RoutingRule.SUPER_USER_TO_HELPDESK,
            "layer " + c.layerText())
        .consider(c.current.authority(), LEVEL_1, "process and training are ruled out");
  }

  private static Step atHelpdesk(Context c) {
    if (c.is(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING)) {
      return c.to(AuthorityKind.SUPER_USER, LEVEL_1, RoutingRule.BACK_TO_SUPER_USERS, "diagnosed as process or training");
    }
    if (c.isInfrastructure()) {
      // the helpdesk is the organization's IT helpdesk: a cause it knows to be internal IT's goes there directly, in every model
      return c.to(AuthorityKind.INTERNAL_IT, LEVEL_3, RoutingRule.HELPDESK_ASSIGNS_INTERNAL_IT, "layer " + c.layerText())
          .consider(c.setup.driver(), LEVEL_3, "the cause is in the organization's own infrastructure");
    }
    if (c.setup.model() != SupportModel.FULLY_OUTSOURCED) {
      Step step = c.to(AuthorityKind.INTERNAL_D365_TEAM, LEVEL_3, RoutingRule.HELPDESK_TO_INTERNAL_TEAM,
          "layer " + c.layerText());
      c.setup.partner().ifPresent(
          p -> step.consider(p, LEVEL_3, "the internal team triages first and picks the resolving authority"));
      return step;
    }
    if (c.is(ProblemLayer.INTEGRATION) && c.setup.integrationOwner() == IntegrationOwner.INTERNAL_IT) {
      return c.to(AuthorityKind.INTERNAL_IT, LEVEL_3, RoutingRule.TO_INTEGRATION_OWNER, "internal IT owns the integrations")
          .consider(c.setup.partner().orElseThrow(), LEVEL_3, "the partner does not own the integrations");
    }
    return c.toPartner(LEVEL_3, RoutingRule.HELPDESK_ASSIGNS_PARTNER, "layer " + c.layerText())
        .consider(generic(AuthorityKind.INTERNAL_IT), LEVEL_3, "the cause is not in internal infrastructure");
  }

  private static Step atInternalTeam(Context c) {
    Optional<Step> common = commonLayers(c);
    if (common.isPresent()) {
      return common.get();
    }
    if (c.is(ProblemLayer.INTEGRATION) && c.setup.integrationOwner() != IntegrationOwner.INTERNAL_D365_TEAM) {
      return integrationOwner(c);
    }
    // configuration, data, custom code, or integrations the team owns
    boolean atCoe = c.current.authority().kind() == AuthorityKind.CENTER_OF_EXCELLENCE;
    if (c.setup.model() == SupportModel.FULLY_OUTSOURCED) {
      return c.toPartner(LEVEL_3, RoutingRule.PARTNER_RESOLVES, "in the fully outsourced model the partner fixes "
              + c.layerText())
          .consider(c.current.authority(), c.current.level(), "the CoE sets standards; the partner resolves");
    }
    if (c.setup.model() == SupportModel.MIXED && c.hard()) {
      return c.toPartner(LEVEL_4, RoutingRule.PARTNER_FOR_COMPLEX_ISSUES, hardness(c))
          .consider(c.setup.internalExperts(), c.current.level(), "the issue is " + hardness(c));
    }
    // level 3 triages and understands; a fix of custom code is level 4 work, by the CoE or the core team
    SupportLevel level = c.hard() || c.is(ProblemLayer.CUSTOM_CODE) ? LEVEL_4 : c.current.level();
    if (atCoe) {
      return c.stay(RoutingRule.INTERNAL_EXPERTS_RESOLVE, c.layerText() + ", " + c.diagnosis.complexity())
          .reLevel(level);
    }
    if (c.diagnosis.complexity() == Complexity.SIMPLE && !c.hard() && c.is(ProblemLayer.CUSTOM_CODE)) {
      ResolvingAuthority fixer = c.setup.internalExperts();
      Step step = fixer.kind() == c.current.authority().kind()
          ? c.stay(RoutingRule.INTERNAL_TEAM_FIXES, "a simple custom-code fix").reLevel(LEVEL_4)
          : new Step(fixer, LEVEL_4, RoutingRule.INTERNAL_TEAM_FIXES, "a simple custom-code fix");
      c.setup.partner().ifPresent(p -> step.consider(p, LEVEL_4, "a simple fix needs no deeper Dynamics 365 knowledge"));
      return step;
    }
    if (c.diagnosis.complexity() == Complexity.SIMPLE && !c.hard()) {
      Step step = c.stay(RoutingRule.INTERNAL_TEAM_RESOLVES, "a simple " + c.layerText() + " issue");
      if (c.setup.centerOfExcellence()) {
        step.consider(generic(AuthorityKind.CENTER_OF_EXCELLENCE), LEVEL_3, "not needed for a simple issue");
      }
      return step;
    }
    ResolvingAuthority experts = c.setup.internalExperts();
    Step step = new Step(experts, level, RoutingRule.INTERNAL_EXPERTS_RESOLVE,
        c.diagnosis.complexity() + " " + c.layerText() + " issue"
            + (c.setup.centerOfExcellence() ? "" : "; without a CoE the internal team resolves it"));
    c.setup.partner().ifPresent(p -> step.consider(p, LEVEL_4, "the issue is not complex and needs no deep Dynamics 365 knowledge"));
    return step;
  }

  private static Step atPartner(Context c) {
    Optional<Step> common = commonLayers(c);
    if (common.isPresent()) {
      return common.get();
    }
    if (c.is(ProblemLayer.INTEGRATION) && c.setup.integrationOwner() != IntegrationOwner.PARTNER) {
      return integrationOwner(c);
    }
    if (c.is(ProblemLayer.CUSTOM_CODE) || c.is(ProblemLayer.INTEGRATION) || c.hard()) {
      return c.toPartner(LEVEL_4, RoutingRule.PARTNER_FIXES, c.layerText() + ", " + c.diagnosis.complexity())
          .consider(c.current.authority(), LEVEL_3, "a code change follows the fix and deployment standard");
    }
    return c.stay(RoutingRule.PARTNER_RESOLVES, c.layerText() + ", " + c.diagnosis.complexity())
        .consider(c.setup.partner().orElseThrow(), LEVEL_4, "no code change is needed");
  }

  private static Step atInternalIt(Context c) {
    if (c.layer.isEmpty()) {
      return c.stay(RoutingRule.DIAGNOSE_FURTHER, "internal IT diagnoses further");
    }
    boolean owned =
        c.isInfrastructure()
            || (c.is(ProblemLayer.INTEGRATION) && c.setup.integrationOwner() == IntegrationOwner.INTERNAL_IT);
    if (owned) {
      return c.stay(RoutingRule.INTERNAL_IT_RESOLVES, "layer " + c.layerText())
          .consider(c.setup.driver(), LEVEL_3, "the cause is in internal IT's own layers");
    }
    return c.toDriver("internal IT found the cause in " + c.layerText())
        .consider(c.current.authority(), c.current.level(), c.layerText() + " is not internal IT's");
  }

  private static Step atVendor(Context c) {
    boolean microsoft = c.current.authority().kind() == AuthorityKind.MICROSOFT;
    boolean own =
        microsoft
            ? c.isVendorProduct()
            : c.is(ProblemLayer.ISV_CODE)
                && c.diagnosis.isv().map(id -> id.equals(c.current.authority().id())).orElse(true);
    if (own) {
      Step step = c.stay(RoutingRule.VENDOR_RESOLVES, "the fault is in " + c.current.authority().name() + "'s product");
      return microsoft ? step.via(microsoftContact(c)) : isvContact(c).map(step::via).orElse(step);
    }
    return c.toDriver(c.current.authority().name() + " ruled out its product: the cause is " + c.layerText())
        .consider(c.current.authority(), LEVEL_5, "the fault is not in its product");
  }

  /** The layers every resolving party treats alike. */
  private static Optional<Step> commonLayers(Context c) {
    if (c.layer.isEmpty()) {
      return Optional.of(c.stay(RoutingRule.DIAGNOSE_FURTHER, "the layer is not known yet"));
    }
    if (c.is(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING)) {
      return Optional.of(
          c.to(AuthorityKind.SUPER_USER, LEVEL_1, RoutingRule.BACK_TO_SUPER_USERS, "diagnosed as process or training"));
    }
    if (c.isInfrastructure()) {
      return Optional.of(
          c.to(AuthorityKind.INTERNAL_IT, LEVEL_4, RoutingRule.TO_INTERNAL_IT, "layer " + c.layerText())
              .consider(c.current.authority(), c.current.level(), "the cause is in internal infrastructure"));
    }
    if (c.isVendorProduct()) {
      return Optional.of(
          c.to(AuthorityKind.MICROSOFT, LEVEL_5, RoutingRule.TO_MICROSOFT, "layer " + c.layerText())
              .via(microsoftContact(c))
              .consider(c.current.authority(), c.current.level(), "the fault is in Microsoft's product"));
    }
    if (c.is(ProblemLayer.ISV_CODE)) {
      return Optional.of(toIsv(c));
    }
    return Optional.empty();
  }

  private static Step toIsv(Context c) {
    ResolvingAuthority isv;
    Optional<org.supportmodel.core.AuthorityId> named = c.diagnosis.isv();
    if (named.isPresent()) {
      Optional<ResolvingAuthority> known = c.setup.isv(named.get());
      if (known.isEmpty()) {
        return unrouted(c, Unrouted.Uncovered.ISV_NOT_IDENTIFIED,
            "the diagnosis names ISV '" + named.get() + "', which is not one of the setup's ISVs");
      }
      isv = known.get();
    } else if (c.setup.isvs().size() == 1) {
      isv = c.setup.isvs().get(0);
    } else {
      return unrouted(c, Unrouted.Uncovered.ISV_NOT_IDENTIFIED,
          "the cause is ISV code but the diagnosis does not say which ISV, and the setup names "
              + c.setup.isvs().size());
    }
    Step step = new Step(isv, LEVEL_5, RoutingRule.TO_ISV, isv.name() + "'s code");
    isvContact(c).ifPresent(step::via);
    return step.consider(c.current.authority(), c.current.level(), "the fault is in the ISV's code");
  }

  private static Step integrationOwner(Context c) {
    IntegrationOwner owner = c.setup.integrationOwner();
    Step step =
        owner == IntegrationOwner.PARTNER
            ? c.toPartner(LEVEL_4, RoutingRule.TO_INTEGRATION_OWNER, "the partner owns the integrations")
            : c.to(owner.kind(), owner == IntegrationOwner.INTERNAL_IT ? LEVEL_4 : LEVEL_3,
                RoutingRule.TO_INTEGRATION_OWNER, owner.kind().label() + " owns the integrations");
    return step.consider(c.current.authority(), c.current.level(), "it does not own the integrations");
  }

  private static Step unrouted(Context c, Unrouted.Uncovered uncovered, String reason) {
    Step step = c.stay(RoutingRule.DIAGNOSE_FURTHER, reason);
    step.unrouted = new Unrouted(c.request.id(), c.current, uncovered, reason);
    return step;
  }

  /** Who raises and follows a Microsoft case: the partner when outsourced, the CoE or team otherwise. */
  private static ResolvingAuthority microsoftContact(Context c) {
    return c.setup.model() == SupportModel.FULLY_OUTSOURCED ? c.setup.partner().orElseThrow() : c.setup.internalExperts();
  }

  /** Who works with the ISV: the partner where its contract says so, the CoE or team otherwise. */
  private static Optional<ResolvingAuthority> isvContact(Context c) {
    if (c.setup.partnerHandlesIsvs()) {
      return c.setup.partner();
    }
    return c.setup.model() == SupportModel.FULLY_OUTSOURCED ? Optional.empty() : Optional.of(c.setup.internalExperts());
  }

  private static String hardness(Context c) {
    if (c.diagnosis.complexity() == Complexity.COMPLEX && c.diagnosis.needsDeepD365Knowledge()) {
      return "complex and needs deeper Dynamics 365 knowledge";
    }
    return c.diagnosis.complexity() == Complexity.COMPLEX ? "complex" : "in need of deeper Dynamics 365 knowledge";
  }

  // ---- the outcome -------------------------------------------------------------------------

  private static Routed routed(Context c, Step step) {
    Hop next = Hop.of(step.target, step.level);
    boolean handOff = !step.target.id().equals(c.current.authority().id());
    List<Hop> path = c.request.path();
    if (!next.equals(c.current)) {
      List<Hop> longer = new ArrayList<>(path.size() + 1);
      longer.addAll(path);
      longer.add(next);
      path = longer;
    }
    ResolvingAuthority driver = c.setup.driver();
    Optional<MicrosoftCase> microsoftCase = Optional.empty();
    if (step.target.kind() == AuthorityKind.MICROSOFT) {
      MicrosoftSeverity severity =
          MicrosoftSeverity.forPriority(c.request.priority(), c.setup.twentyFourSevenCommitment());
      microsoftCase = Optional.of(
          new MicrosoftCase(c.request.application().microsoftChannel(), severity, severityReason(c, severity)));
    }
    return new Routed(
        c.request.id(),
        next,
        handOff,
        driver,
        step.via,
        step.rule,
        step.rule.description() + " (" + step.detail + ")",
        step.alternatives,
        c.setup.handOffPolicy().termsFor(step.target, step.via),
        microsoftCase,
        Bounces.detect(path, c.setup.maxReassignments()),
        path);
  }

  private static String severityReason(Context c, MicrosoftSeverity severity) {
    return switch (severity) {
      case SEV_A -> c.request.priority() + " with a 24x7 commitment from the organization";
      case SEV_B -> c.request.priority() == Priority.P1
          ? "P1 without a 24x7 commitment: Sev A needs one"
          : c.request.priority() + " maps to Sev B";
      case SEV_C -> c.request.priority() + " maps to Sev C";
    };
  }
}

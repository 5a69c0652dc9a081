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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.supportmodel.core.AuthorityId;
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
 * <p>Beyond the guidance's three models, a setup may describe a real organization: the
 * organization's own rules go first ({@link OwnRule}); {@link ScopedPartner scoped partners and
 * specialist teams} take what their scope covers; {@link SuperUserGroup super users by area} take
 * level 1 for their areas; {@link IsvContract per-ISV contracts} and {@link Integration
 * per-integration owners} decide who works with an ISV and who fixes an integration. A fix of
 * code carries its {@link DeploymentPath}. The {@link Circumstances} of the moment (the instant,
 * who is unavailable, which languages parties cover) decide coverage at levels 1 and 2 and
 * whether a data access approval has lapsed.
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
   * Routes a request with nothing known of the moment: everyone available, every language
   * covered, no instant (a data access approval with an end is reported as not checked).
   *
   * @param request the request, where it is now and what is known
   * @param setup the organization's support setup
   * @return exactly one outcome, never null
   */
  public static RoutingOutcome route(SupportRequest request, SupportSetup setup) {
    return route(request, setup, Circumstances.none());
  }

  /**
   * Routes a request in the circumstances of the moment.
   *
   * @param request the request, where it is now and what is known
   * @param setup the organization's support setup
   * @param circumstances the instant, who is unavailable and which languages parties cover
   * @return exactly one outcome, never null
   */
  public static RoutingOutcome route(SupportRequest request, SupportSetup setup, Circumstances circumstances) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(circumstances, "circumstances");
    Hop current = request.current();
    Optional<Unrouted> misplaced = checkPosition(request, setup);
    if (misplaced.isPresent()) {
      return misplaced.get();
    }
    Context context = new Context(request, setup, circumstances);
    Step step = ownRules(context);
    if (step == null) {
      step =
          switch (current.authority().kind()) {
            case SUPER_USER -> atSuperUser(context);
            case INTERNAL_HELPDESK -> atHelpdesk(context);
            case INTERNAL_D365_TEAM, CENTER_OF_EXCELLENCE -> atInternalTeam(context);
            case PARTNER -> atPartner(context);
            case INTERNAL_IT -> atInternalIt(context);
            case ISV, MICROSOFT -> atVendor(context);
          };
    }
    if (step.unrouted != null) {
      return step.unrouted;
    }
    return routed(context, cover(context, step));
  }

  /**
   * The levels a kind of authority works at: super users at 1, the helpdesk at 2, the internal
   * Dynamics 365 team at 2 to 4, the CoE, internal IT and the partner at 3 and 4, ISVs and
   * Microsoft at 5. Every routing step lands an authority on one of its levels.
   *
   * @param kind the kind
   * @return the levels, read-only, never null
   */
  public static Set<SupportLevel> levelsOf(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    Set<SupportLevel> levels = LEVELS.get(kind);
    if (levels == null) {
      throw new IllegalStateException("no levels for " + kind);
    }
    return levels;
  }

  static String levelNumbers(AuthorityKind kind) {
    return numbers(levelsOf(kind));
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
    Optional<String> missing = setup.absence(holder);
    if (missing.isPresent()) {
      return Optional.of(
          new Unrouted(request.id(), current, Unrouted.Uncovered.AUTHORITY_NOT_IN_SETUP, missing.get()));
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
    final List<RoutingWarning> warnings = new ArrayList<>(1);
    Optional<ResolvingAuthority> via = Optional.empty();
    Optional<String> ownRule = Optional.empty();
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
      moved.warnings.addAll(warnings);
      moved.via = via;
      moved.ownRule = ownRule;
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
    final Circumstances circumstances;
    final Hop current;
    final Optional<ProblemLayer> layer;
    final Diagnosis diagnosis;
    final Optional<String> language;
    final List<String> ownRulesNotMatched = new ArrayList<>(0);
    final List<Alternative> ownRulesAtTarget = new ArrayList<>(0);

    Context(SupportRequest request, SupportSetup setup, Circumstances circumstances) {
      this.request = request;
      this.setup = setup;
      this.circumstances = circumstances;
      this.current = request.current();
      this.diagnosis = request.diagnosis();
      this.layer = diagnosis.layer();
      this.language = request.language().map(l -> l.toLowerCase(Locale.ROOT));
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

    /**
     * To the partner whose scope covers the request: a specialist team whose topics the diagnosis
     * names first, then a scoped partner, the main partner otherwise.
     */
    Step toPartner(SupportLevel level, RoutingRule rule, String detail) {
      ResolvingAuthority main = setup.partner().orElseThrow();
      @Nullable ScopedPartner chosen = null;
      List<ScopedPartner> all = setup.scopedPartners();
      for (int i = 0; i < all.size(); i++) {
        ScopedPartner scoped = all.get(i);
        if (scoped.scope().covers(request) && (chosen == null || scoped.scope().isSpecialist())) {
          chosen = scoped;
        }
      }
      Step step = chosen == null
          ? new Step(main, level, rule, detail)
          : new Step(chosen.partner(), level, rule, detail + "; " + chosen.partner().name() + "'s scope is "
              + chosen.scope().describe());
      if (chosen != null) {
        step.consider(main, level, "the main partner takes what no scoped partner covers, and "
            + chosen.partner().name() + "'s scope covers this request");
      }
      for (int i = 0; i < all.size(); i++) {
        ScopedPartner scoped = all.get(i);
        if (!scoped.equals(chosen)) {
          step.consider(scoped.partner(), level, scoped.scope().whyNot(request)
              .orElse("a specialist team whose topic the diagnosis names goes first"));
        }
      }
      return step;
    }

    Step toDriver(String detail) {
      ResolvingAuthority driver = setup.driver();
      return new Step(driver, LEVEL_3, RoutingRule.BACK_TO_DRIVER, detail);
    }
  }

  /** The organization's own rules, in order: the first that matches and would move the request decides. */
  private static @Nullable Step ownRules(Context c) {
    List<OwnRule> rules = c.setup.ownRules();
    for (int i = 0; i < rules.size(); i++) {
      OwnRule rule = rules.get(i);
      if (!rule.when().test(c.request)) {
        c.ownRulesNotMatched.add(rule.name());
        continue;
      }
      if (rule.target().equals(c.current)) {
        c.ownRulesAtTarget.add(new Alternative(rule.target(),
            "own rule " + rule.name() + " matches, but the request is already at its target: the guidance's rules go on"));
        continue;
      }
      Step step = new Step(rule.target().authority(), rule.target().level(), RoutingRule.OWN_RULE, rule.reason());
      step.ownRule = Optional.of(rule.name());
      return step;
    }
    return null;
  }

  /** The super users of the request's area, or empty with the reason when super users are divided and none covers it. */
  private static ResolvingAuthority superUsersFor(Context c, StringBuilder whyNone) {
    List<SuperUserGroup> groups = c.setup.superUserGroups();
    if (groups.isEmpty()) {
      return generic(AuthorityKind.SUPER_USER);
    }
    if (c.request.area().isEmpty()) {
      whyNone.append("the request names no functional area or business unit");
      return generic(AuthorityKind.INTERNAL_HELPDESK);
    }
    String area = c.request.area().get();
    for (SuperUserGroup group : groups) {
      if (group.covers(area)) {
        return group.group();
      }
    }
    whyNone.append("no super users cover area ").append(area);
    return generic(AuthorityKind.INTERNAL_HELPDESK);
  }

  /** A business process or training cause: back to the super users of the area, or the helpdesk when none cover it. */
  private static Step backToSuperUsers(Context c) {
    StringBuilder whyNone = new StringBuilder();
    ResolvingAuthority superUsers = superUsersFor(c, whyNone);
    if (whyNone.length() == 0) {
      return new Step(superUsers, LEVEL_1, RoutingRule.BACK_TO_SUPER_USERS, "diagnosed as process or training");
    }
    boolean atHelpdesk = c.current.authority().kind() == AuthorityKind.INTERNAL_HELPDESK;
    Step step = atHelpdesk
        ? c.stay(RoutingRule.HELPDESK_WITHOUT_AREA_SUPER_USERS, whyNone.toString())
        : new Step(superUsers, LEVEL_2, RoutingRule.HELPDESK_WITHOUT_AREA_SUPER_USERS, whyNone.toString());
    for (SuperUserGroup group : c.setup.superUserGroups()) {
      step.consider(group.group(), LEVEL_1, "covers " + String.join(", ", group.areas()) + " only");
    }
    return step;
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
      return backToSuperUsers(c);
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
    if (c.is(ProblemLayer.INTEGRATION)) {
      Optional<ResolvingAuthority> owner = integrationOwnerOf(c);
      if (owner.isEmpty()) {
        return unknownIntegration(c);
      }
      if (owner.get().kind() == AuthorityKind.INTERNAL_IT) {
        return new Step(owner.get(), LEVEL_3, RoutingRule.TO_INTEGRATION_OWNER, owner.get().name() + " owns the integration")
            .consider(c.setup.partner().orElseThrow(), LEVEL_3, "the partner does not own the integration");
      }
    }
    return c.toPartner(LEVEL_3, RoutingRule.HELPDESK_ASSIGNS_PARTNER, "layer " + c.layerText())
        .consider(generic(AuthorityKind.INTERNAL_IT), LEVEL_3, "the cause is not in internal infrastructure");
  }

  private static Step atInternalTeam(Context c) {
    Optional<Step> first = firstLayers(c);
    if (first.isPresent()) {
      return first.get();
    }
    if (c.is(ProblemLayer.INTEGRATION)) {
      Optional<ResolvingAuthority> owner = integrationOwnerOf(c);
      if (owner.isEmpty()) {
        return unknownIntegration(c);
      }
      AuthorityKind kind = owner.get().kind();
      if (kind != AuthorityKind.INTERNAL_D365_TEAM && kind != AuthorityKind.CENTER_OF_EXCELLENCE) {
        return toIntegrationOwner(c, owner.get());
      }
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
    Optional<Step> first = firstLayers(c);
    if (first.isPresent()) {
      return first.get();
    }
    if (c.is(ProblemLayer.INTEGRATION)) {
      Optional<ResolvingAuthority> owner = integrationOwnerOf(c);
      if (owner.isEmpty()) {
        return unknownIntegration(c);
      }
      if (!owner.get().id().equals(c.current.authority().id())) {
        return toIntegrationOwner(c, owner.get());
      }
    }
    if (c.is(ProblemLayer.CUSTOM_CODE) || c.is(ProblemLayer.INTEGRATION) || c.hard()) {
      return c.stay(RoutingRule.PARTNER_FIXES, c.layerText() + ", " + c.diagnosis.complexity())
          .reLevel(LEVEL_4)
          .consider(c.current.authority(), LEVEL_3, "a code change follows the fix and deployment standard");
    }
    return c.stay(RoutingRule.PARTNER_RESOLVES, c.layerText() + ", " + c.diagnosis.complexity())
        .consider(c.current.authority(), LEVEL_4, "no code change is needed");
  }

  private static Step atInternalIt(Context c) {
    if (c.layer.isEmpty()) {
      return c.stay(RoutingRule.DIAGNOSE_FURTHER, "internal IT diagnoses further");
    }
    boolean owned = c.isInfrastructure();
    if (c.is(ProblemLayer.INTEGRATION)) {
      Optional<ResolvingAuthority> owner = integrationOwnerOf(c);
      if (owner.isEmpty()) {
        return unknownIntegration(c);
      }
      owned = owner.get().id().equals(c.current.authority().id())
          || (owner.get().kind() == AuthorityKind.INTERNAL_IT && c.diagnosis.integration().isEmpty());
      if (!owned && owner.get().kind() == AuthorityKind.INTERNAL_IT) {
        return toIntegrationOwner(c, owner.get());
      }
    }
    if (owned) {
      return c.stay(RoutingRule.INTERNAL_IT_RESOLVES, "layer " + c.layerText())
          .consider(c.setup.driver(), LEVEL_3, "the cause is in internal IT's own layers");
    }
    return c.toDriver("internal IT found the cause in " + c.layerText())
        .consider(c.current.authority(), c.current.level(), c.layerText() + " is not internal IT's");
  }

  private static Step atVendor(Context c) {
    boolean microsoft = c.current.authority().kind() == AuthorityKind.MICROSOFT;
    boolean own;
    if (microsoft) {
      own = c.isVendorProduct();
    } else if (c.is(ProblemLayer.INTEGRATION)) {
      own = integrationOwnerOf(c).map(o -> o.id().equals(c.current.authority().id())).orElse(false);
    } else {
      own = c.is(ProblemLayer.ISV_CODE)
          && c.diagnosis.isv().map(id -> id.equals(c.current.authority().id())).orElse(true);
    }
    if (own) {
      Step step = c.stay(RoutingRule.VENDOR_RESOLVES, "the fault is in " + c.current.authority().name() + "'s product");
      return microsoft ? step.via(microsoftContact(c)) : isvContact(c, c.current.authority()).map(step::via).orElse(step);
    }
    return c.toDriver(c.current.authority().name() + " ruled out its product: the cause is " + c.layerText())
        .consider(c.current.authority(), LEVEL_5, "the fault is not in its product");
  }

  /**
   * What the internal team, the CoE and a partner decide alike, before their own rules: a known
   * process, infrastructure, vendor or ISV cause goes to its party; then a specialist team whose
   * scope covers the request takes it; an unknown layer is diagnosed further.
   */
  private static Optional<Step> firstLayers(Context c) {
    Optional<Step> common = commonLayers(c);
    if (common.isPresent() && common.get().rule != RoutingRule.DIAGNOSE_FURTHER) {
      return common;
    }
    Optional<Step> specialist = specialist(c);
    return specialist.isPresent() ? specialist : common;
  }

  /** The specialist team whose scope covers the request, unless it holds the request already. */
  private static Optional<Step> specialist(Context c) {
    List<ScopedPartner> all = c.setup.scopedPartners();
    for (int i = 0; i < all.size(); i++) {
      ScopedPartner scoped = all.get(i);
      if (scoped.scope().isSpecialist() && scoped.scope().covers(c.request)) {
        if (scoped.partner().id().equals(c.current.authority().id())) {
          return Optional.empty();
        }
        return Optional.of(new Step(scoped.partner(), LEVEL_4, RoutingRule.TO_SPECIALIST,
                scoped.partner().name() + "'s scope is " + scoped.scope().describe())
            .consider(c.current.authority(), c.current.level(), "the diagnosis names a topic of a specialist team"));
      }
    }
    return Optional.empty();
  }

  /** The layers every resolving party treats alike. */
  private static Optional<Step> commonLayers(Context c) {
    if (c.layer.isEmpty()) {
      return Optional.of(c.stay(RoutingRule.DIAGNOSE_FURTHER, "the layer is not known yet"));
    }
    if (c.is(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING)) {
      return Optional.of(backToSuperUsers(c));
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
    Optional<AuthorityId> named = c.diagnosis.isv();
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
    Step step = new Step(isv, LEVEL_5, RoutingRule.TO_ISV, isv.name() + "'s code" + contractText(c, isv));
    isvContact(c, isv).ifPresent(step::via);
    return step.consider(c.current.authority(), c.current.level(), "the fault is in the ISV's code");
  }

  private static String contractText(Context c, ResolvingAuthority isv) {
    return c.setup.isvContract(isv.id()).map(contract -> "; contract: " + contract.describe()).orElse("");
  }

  /** The owner of the integration the diagnosis names, or the setup-wide owner; empty if the named one is unknown. */
  private static Optional<ResolvingAuthority> integrationOwnerOf(Context c) {
    Optional<String> named = c.diagnosis.integration();
    if (named.isPresent()) {
      return c.setup.integration(named.get()).map(Integration::owner);
    }
    return Optional.of(switch (c.setup.integrationOwner()) {
      case PARTNER -> c.setup.partner().orElseThrow();
      case INTERNAL_IT -> generic(AuthorityKind.INTERNAL_IT);
      case INTERNAL_D365_TEAM -> generic(AuthorityKind.INTERNAL_D365_TEAM);
    });
  }

  private static Step unknownIntegration(Context c) {
    return unrouted(c, Unrouted.Uncovered.INTEGRATION_NOT_IDENTIFIED,
        "the diagnosis names integration '" + c.diagnosis.integration().orElse("") + "', which is not one of the setup's "
            + c.setup.integrations().size() + " integrations");
  }

  private static Step toIntegrationOwner(Context c, ResolvingAuthority owner) {
    String which = c.diagnosis.integration().map(name -> " integration " + name).orElse(" integrations");
    SupportLevel level =
        switch (owner.kind()) {
          case INTERNAL_IT, PARTNER -> LEVEL_4;
          case ISV -> LEVEL_5;
          default -> LEVEL_3;
        };
    Step step = new Step(owner, level, RoutingRule.TO_INTEGRATION_OWNER, owner.name() + " owns the" + which);
    if (owner.kind() == AuthorityKind.ISV) {
      isvContact(c, owner).ifPresent(step::via);
    }
    return step.consider(c.current.authority(), c.current.level(), "it does not own the" + which);
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

  /** Who works with an ISV: the partner where the ISV's contract (or the setup) says so, the CoE or team otherwise. */
  private static Optional<ResolvingAuthority> isvContact(Context c, ResolvingAuthority isv) {
    if (c.setup.partnerHandles(isv.id())) {
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

  // ---- coverage at levels 1 and 2 ----------------------------------------------------------

  /**
   * At levels 1 and 2, a party that is unavailable now or does not cover the request's language
   * is skipped for the setup's on-call party; when no on-call party can take it either, the step
   * stands with a warning.
   */
  private static Step cover(Context c, Step step) {
    if (step.level.compareTo(LEVEL_2) > 0) {
      return step;
    }
    Optional<String> gap = c.circumstances.gap(step.target, c.language);
    if (gap.isEmpty()) {
      return step;
    }
    String chosenBy = step.ownRule.map(name -> "own rule " + name).orElse("rule " + step.rule);
    Optional<ResolvingAuthority> onCall = c.setup.onCall();
    Optional<String> onCallGap = onCall.flatMap(o -> c.circumstances.gap(o, c.language));
    if (onCall.isEmpty() || onCallGap.isPresent() || onCall.get().id().equals(step.target.id())) {
      step.warnings.add(new RoutingWarning(RoutingWarning.Kind.NO_COVERAGE, gap.get() + " and "
          + onCall.map(o -> onCallGap.orElse("the on-call party " + o.name() + " is the same party")).orElse(
              "the setup names no on-call party")
          + ": someone must take the request by hand"));
      return step;
    }
    Step covered = new Step(onCall.get(), LEVEL_2, RoutingRule.ON_CALL_COVERS, gap.get() + "; " + chosenBy + " chose it");
    covered.consider(step.target, step.level, gap.get());
    covered.alternatives.addAll(step.alternatives);
    covered.warnings.addAll(step.warnings);
    return covered;
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
    List<RoutingWarning> warnings = step.warnings;
    HandOffTerms terms = c.setup.handOffPolicy().termsFor(step.target, step.via);
    Optional<AccessApproval> approval = c.setup.accessApproval(step.target.id());
    if (approval.isPresent()) {
      terms = terms.under(approval.get(), c.circumstances.at());
      if (terms.accessStatus() == AccessStatus.LAPSED) {
        warnings.add(new RoutingWarning(RoutingWarning.Kind.DATA_ACCESS_LAPSED, "the data access of " + step.target.name()
            + " under approval " + approval.get().reference() + " lapsed at " + approval.get().endsAt()
            + ": no customer data goes with the hand-off until it is renewed"));
      } else if (terms.accessStatus() == AccessStatus.NOT_CHECKED) {
        warnings.add(new RoutingWarning(RoutingWarning.Kind.DATA_ACCESS_NOT_CHECKED, "the data access of "
            + step.target.name() + " under approval " + approval.get().reference() + " ends at " + approval.get().endsAt()
            + ", and routing was given no instant to check it against"));
      }
    }
    Optional<DeploymentPath> deployment = deployment(c, step, next);
    Optional<String> grant = c.setup.handOffPolicy().partnerProductionAccess();
    boolean usesGrant = grant.isPresent()
        && (step.target.kind() == AuthorityKind.PARTNER
            || deployment.map(d -> d.productionDeployer().kind() == AuthorityKind.PARTNER).orElse(false));
    if (usesGrant) {
      warnings.add(new RoutingWarning(RoutingWarning.Kind.PARTNER_PRODUCTION_ACCESS,
          "the partner has admin access to production and deploys fixes there under grant " + grant.orElseThrow()
              + "; most customers don't give partners admin access to production"));
    }
    if (deployment.isPresent() && deployment.get().productionDeployer().kind() != AuthorityKind.PARTNER
        && !c.setup.handOffPolicy().deploymentUpTo(deployment.get().productionDeployer().kind())
            .equals(Optional.of(Environment.PRODUCTION))) {
      warnings.add(new RoutingWarning(RoutingWarning.Kind.NO_PRODUCTION_DEPLOYER, deployment.get().productionDeployer().name()
          + " owns production but the hand-off policy does not let it deploy there"));
    }
    List<Alternative> alternatives = step.alternatives;
    alternatives.addAll(c.ownRulesAtTarget);
    return new Routed(
        c.request.id(),
        next,
        handOff,
        driver,
        step.via,
        step.rule,
        step.rule.description() + " (" + step.detail + ")",
        alternatives,
        terms,
        microsoftCase,
        Bounces.detect(path, c.setup.maxReassignments()),
        path,
        step.ownRule,
        c.ownRulesNotMatched,
        deployment,
        warnings);
  }

  /**
   * The fix's way to production, when the next authority fixes code: custom code, an integration
   * or ISV code, at level 4 (or the ISV at level 5). The fixer tests; whoever may deploy to
   * pre-production drives it there; the party that owns production approves and deploys to
   * production, unless the policy explicitly grants the partner production access.
   */
  private static Optional<DeploymentPath> deployment(Context c, Step step, Hop next) {
    boolean code = c.is(ProblemLayer.CUSTOM_CODE) || c.is(ProblemLayer.INTEGRATION) || c.is(ProblemLayer.ISV_CODE);
    AuthorityKind kind = step.target.kind();
    if (!code || next.level().compareTo(LEVEL_4) < 0 || kind == AuthorityKind.MICROSOFT
        || step.rule == RoutingRule.BACK_TO_DRIVER) {
      return Optional.empty();
    }
    HandOffPolicy policy = c.setup.handOffPolicy();
    ResolvingAuthority owner = c.setup.productionOwner();
    ResolvingAuthority tester = kind == AuthorityKind.ISV ? step.via.orElse(owner) : step.target;
    List<DeploymentStep> steps = new ArrayList<>(4);
    steps.add(new DeploymentStep(DeploymentStep.Action.TEST, Environment.TEST, tester,
        kind == AuthorityKind.ISV ? DeploymentRule.ISV_CONTACT_TESTS : DeploymentRule.FIXER_TESTS));
    boolean testerReachesPreProduction = policy.deploymentUpTo(tester.kind())
        .map(e -> e.compareTo(Environment.PRE_PRODUCTION) >= 0).orElse(false);
    steps.add(new DeploymentStep(DeploymentStep.Action.DEPLOY, Environment.PRE_PRODUCTION,
        testerReachesPreProduction ? tester : owner,
        testerReachesPreProduction ? DeploymentRule.TESTER_DRIVES_TO_PRE_PRODUCTION : DeploymentRule.OWNER_DEPLOYS_TO_PRE_PRODUCTION));
    steps.add(new DeploymentStep(DeploymentStep.Action.APPROVE, Environment.PRE_PRODUCTION, owner, DeploymentRule.OWNER_APPROVES));
    boolean partnerDeploys = tester.kind() == AuthorityKind.PARTNER && policy.partnerProductionAccess().isPresent();
    boolean internalDeploys = tester.kind().isInternal()
        && policy.deploymentUpTo(tester.kind()).equals(Optional.of(Environment.PRODUCTION));
    DeploymentRule production;
    if (partnerDeploys) {
      production = DeploymentRule.PARTNER_DEPLOYS_UNDER_GRANT;
    } else if (internalDeploys) {
      production = DeploymentRule.INTERNAL_TESTER_DEPLOYS_TO_PRODUCTION;
    } else {
      production = DeploymentRule.OWNER_DEPLOYS_TO_PRODUCTION;
    }
    steps.add(new DeploymentStep(DeploymentStep.Action.DEPLOY, Environment.PRODUCTION,
        partnerDeploys || internalDeploys ? tester : owner, production));
    return Optional.of(new DeploymentPath(steps));
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

package org.supportmodel.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Criticality;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.ReferenceTrail;
import org.supportmodel.core.RequestId;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.routing.Complexity;
import org.supportmodel.routing.Diagnosis;
import org.supportmodel.routing.Dynamics365App;
import org.supportmodel.routing.Hop;
import org.supportmodel.routing.Routed;
import org.supportmodel.routing.Routing;
import org.supportmodel.routing.RoutingOutcome;
import org.supportmodel.routing.RoutingRule;
import org.supportmodel.routing.ScopedPartner;
import org.supportmodel.routing.SuperUserGroup;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import org.supportmodel.routing.Unrouted;

/**
 * A team's routing expectations for its whole setup, written as a table, checked in one call:
 *
 * <pre>
 * | layer         | complexity | at                    | party              | level | rule                       |
 * |---------------|------------|-----------------------|--------------------|-------|----------------------------|
 * | CUSTOM_CODE   | COMPLEX    | INTERNAL_D365_TEAM@3  | PARTNER            | 4     | PARTNER_FOR_COMPLEX_ISSUES |
 * | STANDARD_D365 | MODERATE   | INTERNAL_D365_TEAM@3  | MICROSOFT          | 5     |                            |
 * </pre>
 *
 * <p>Columns are matched by name, in any order and case: {@code layer} (a {@link ProblemLayer}, or
 * {@code unknown}), {@code complexity}, {@code at} (where the request is: a party and a level,
 * {@code party@level}), {@code party} (where it is expected to go) and {@code level}; optional
 * {@code rule} (a {@link RoutingRule}, empty for any), {@code priority} (P2 when absent) and
 * {@code app}. A party is an {@link AuthorityKind} name (any party of that kind matches) or the id
 * of an authority of the setup ({@code partner-fabrikam}, a super user group's id). The same table
 * may be a CSV: a header line, then one line per row, commas between cells (no quoting).
 *
 * <p>{@link #check(SupportSetup)} routes every row's request and returns every mismatch with the
 * library's reason; {@link #assertHoldFor(SupportSetup)} fails with all of them at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class RoutingExpectations {
  private static final List<String> REQUIRED = List.of("layer", "complexity", "at", "party", "level");
  private static final List<String> KNOWN = List.of("layer", "complexity", "at", "party", "level", "rule", "priority", "app");

  /**
   * One row of the table.
   *
   * @param line the row's line in the text, from 1
   * @param layer the problem layer, empty while unknown
   * @param complexity the complexity
   * @param at where the request is: a party and a level
   * @param party where it is expected to go
   * @param level at which level
   * @param rule the rule expected to decide, if given
   * @param priority the request's priority
   * @param app the app family
   */
  public record Row(int line, Optional<ProblemLayer> layer, Complexity complexity, String at, String party, SupportLevel level,
      Optional<RoutingRule> rule, Priority priority, Dynamics365App app) {
    /** Checks that no component is null. */
    public Row {
      Objects.requireNonNull(layer, "layer");
      Objects.requireNonNull(complexity, "complexity");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(priority, "priority");
      Objects.requireNonNull(app, "app");
    }

    /**
     * The row's expectation in words.
     *
     * @return the description, never null
     */
    public String describe() {
      return layer.map(Enum::name).orElse("unknown") + " " + complexity + " at " + at + " goes to " + party + "@" + level.number()
          + rule.map(r -> " by " + r).orElse("");
    }
  }

  /**
   * A row the setup does not route as expected.
   *
   * @param row the row
   * @param actual where the library sends the request, or why it does not
   * @param reason the library's reason
   */
  public record Mismatch(Row row, String actual, String reason) {
    /** Checks that no component is null. */
    public Mismatch {
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return "line " + row.line() + ": expected " + row.describe() + ", but " + actual + System.lineSeparator() + "    because " + reason;
    }
  }

  private final List<Row> rows;

  private RoutingExpectations(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads a Markdown table: a header row, a separator row ({@code |---|}), then the rows. Lines
   * that are not table rows (text around the table) are skipped.
   *
   * @param text the Markdown
   * @return the expectations, never null
   * @throws IllegalArgumentException naming the line and the column if a row cannot be read
   */
  public static RoutingExpectations fromMarkdown(String text) {
    Objects.requireNonNull(text, "text");
    List<String[]> table = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String[] all = text.split("\\R", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i].strip();
      if (!line.startsWith("|")) {
        continue;
      }
      String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
      String[] cells = inner.split("\\|", -1);
      if (inner.replace("|", "").replace("-", "").replace(":", "").isBlank()) {
        continue; // the separator row
      }
      table.add(cells);
      lines.add(i + 1);
    }
    return of(table, lines);
  }

  /**
   * Reads a CSV table: a header line, then one line per row; commas separate cells, and a cell
   * may not hold a comma or a quote.
   *
   * @param text the CSV
   * @return the expectations, never null
   * @throws IllegalArgumentException naming the line and the column if a row cannot be read
   */
  public static RoutingExpectations fromCsv(String text) {
    Objects.requireNonNull(text, "text");
    List<String[]> table = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String[] all = text.split("\\R", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.indexOf('"') >= 0) {
        throw new IllegalArgumentException("line " + (i + 1) + ": '" + line + "' holds a quote: the table's cells are plain words");
      }
      table.add(line.split(",", -1));
      lines.add(i + 1);
    }
    return of(table, lines);
  }

  private static RoutingExpectations of(List<String[]> table, List<Integer> lines) {
    if (table.isEmpty()) {
      throw new IllegalArgumentException("table: no header row: expected the columns " + REQUIRED);
    }
    Map<String, Integer> columns = new HashMap<>();
    String[] header = table.get(0);
    for (int c = 0; c < header.length; c++) {
      String name = header[c].strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (!KNOWN.contains(name)) {
        throw new IllegalArgumentException("line " + lines.get(0) + ": column '" + header[c].strip() + "' is not one of " + KNOWN);
      }
      if (columns.put(name, c) != null) {
        throw new IllegalArgumentException("line " + lines.get(0) + ": column '" + name + "' is given twice");
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        throw new IllegalArgumentException("line " + lines.get(0) + ": column '" + required + "' is missing: the table needs " + REQUIRED);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      rows.add(row(table.get(r), lines.get(r), columns));
    }
    return new RoutingExpectations(rows);
  }

  private static Row row(String[] cells, int line, Map<String, Integer> columns) {
    String layerText = cell(cells, line, columns, "layer");
    Optional<ProblemLayer> layer = layerText.equalsIgnoreCase("unknown")
        ? Optional.empty() : Optional.of(parse(line, "layer", layerText, ProblemLayer.class));
    Complexity complexity = parse(line, "complexity", cell(cells, line, columns, "complexity"), Complexity.class);
    String at = cell(cells, line, columns, "at");
    if (at.indexOf('@') < 0) {
      throw new IllegalArgumentException("line " + line + ": column at: '" + at + "' must be party@level, such as INTERNAL_D365_TEAM@3");
    }
    level(line, "at", at.substring(at.indexOf('@') + 1));
    String party = cell(cells, line, columns, "party");
    SupportLevel level = level(line, "level", cell(cells, line, columns, "level"));
    String ruleText = optional(cells, columns, "rule");
    Optional<RoutingRule> rule = ruleText.isEmpty() ? Optional.empty() : Optional.of(parse(line, "rule", ruleText, RoutingRule.class));
    String priorityText = optional(cells, columns, "priority");
    Priority priority = priorityText.isEmpty() ? Priority.P2 : parse(line, "priority", priorityText, Priority.class);
    String appText = optional(cells, columns, "app");
    Dynamics365App app = appText.isEmpty() ? Dynamics365App.FINANCE_AND_SUPPLY_CHAIN : parse(line, "app", appText, Dynamics365App.class);
    return new Row(line, layer, complexity, at, party, level, rule, priority, app);
  }

  private static String cell(String[] cells, int line, Map<String, Integer> columns, String name) {
    int index = columns.getOrDefault(name, -1);
    String value = index >= 0 && index < cells.length ? cells[index].strip() : "";
    if (value.isEmpty()) {
      throw new IllegalArgumentException("line " + line + ": column " + name + " is empty");
    }
    return value;
  }

  private static String optional(String[] cells, Map<String, Integer> columns, String name) {
    int index = columns.getOrDefault(name, -1);
    return index >= 0 && index < cells.length ? cells[index].strip() : "";
  }

  private static <E extends Enum<E>> E parse(int line, String column, String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      throw new IllegalArgumentException("line " + line + ": column " + column + ": '" + text + "' is not one of " + names, e);
    }
  }

  private static SupportLevel level(int line, String column, String text) {
    try {
      return SupportLevel.of(Integer.parseInt(text.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + line + ": column " + column + ": '" + text + "' is not a support level from 1 to 5", e);
    }
  }

  /**
   * The rows, in the table's order.
   *
   * @return the rows, read-only, never null
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Routes every row's request with the setup and compares.
   *
   * @param setup the organization's setup
   * @return every mismatch, in the table's order; empty when every row holds
   * @throws IllegalArgumentException if a row names a party the setup does not have
   */
  public List<Mismatch> check(SupportSetup setup) {
    Objects.requireNonNull(setup, "setup");
    List<Mismatch> mismatches = new ArrayList<>();
    for (Row row : rows) {
      String at = row.at();
      ResolvingAuthority holder = party(setup, row.line(), "at", at.substring(0, at.indexOf('@')));
      Hop current = Hop.of(holder, SupportLevel.of(Integer.parseInt(at.substring(at.indexOf('@') + 1).strip())));
      Diagnosis diagnosis = row.layer().map(l -> Diagnosis.of(l, row.complexity()))
          .orElse(Diagnosis.unknown().withProcessOrTrainingRuledOut(true));
      SupportRequest request = SupportRequest.builder()
          .trail(ReferenceTrail.of(RequestId.of("ROW-" + row.line())))
          .priority(row.priority())
          .application(row.app())
          .processCriticality(Criticality.HIGH)
          .diagnosis(diagnosis)
          .addPath(current)
          .build();
      RoutingOutcome outcome = Routing.route(request, setup);
      if (outcome instanceof Unrouted unrouted) {
        mismatches.add(new Mismatch(row, "it is not routed (" + unrouted.uncovered() + ")", unrouted.reason()));
        continue;
      }
      Routed routed = (Routed) outcome;
      boolean partyMatches = matches(routed.next().authority(), row.party());
      boolean levelMatches = routed.next().level() == row.level();
      boolean ruleMatches = row.rule().map(r -> r == routed.rule()).orElse(true);
      if (!partyMatches || !levelMatches || !ruleMatches) {
        mismatches.add(new Mismatch(row, "it goes to " + routed.next() + " by " + routed.rule(), routed.reason()));
      }
    }
    return Collections.unmodifiableList(mismatches);
  }

  /**
   * Checks every row and fails with all mismatches at once.
   *
   * @param setup the organization's setup
   * @throws AssertionError listing every mismatching row with the library's reason
   */
  public void assertHoldFor(SupportSetup setup) {
    List<Mismatch> mismatches = check(setup);
    if (!mismatches.isEmpty()) {
      StringBuilder text = new StringBuilder(mismatches.size() + " of " + rows.size() + " routing expectations do not hold:");
      for (Mismatch mismatch : mismatches) {
        text.append(System.lineSeparator()).append("  ").append(mismatch);
      }
      throw new AssertionError(text.toString());
    }
  }

  private static boolean matches(ResolvingAuthority authority, String expected) {
    for (AuthorityKind kind : AuthorityKind.values()) {
      if (kind.name().equalsIgnoreCase(expected.replace(' ', '_').replace('-', '_'))) {
        return authority.kind() == kind;
      }
    }
    return authority.id().value().equals(expected);
  }

  /** A party of the setup: its id, or a kind's name (the setup's partner for PARTNER, the generic party otherwise). */
  private static ResolvingAuthority party(SupportSetup setup, int line, String column, String text) {
    String name = text.strip();
    List<ResolvingAuthority> known = new ArrayList<>();
    setup.partner().ifPresent(known::add);
    setup.scopedPartners().stream().map(ScopedPartner::partner).forEach(known::add);
    known.addAll(setup.isvs());
    setup.superUserGroups().stream().map(SuperUserGroup::group).forEach(known::add);
    setup.onCall().ifPresent(known::add);
    setup.integrations().forEach(i -> known.add(i.owner()));
    for (ResolvingAuthority authority : known) {
      if (authority.id().value().equals(name)) {
        return authority;
      }
    }
    for (AuthorityKind kind : AuthorityKind.values()) {
      if (kind.name().equalsIgnoreCase(name.replace(' ', '_').replace('-', '_'))) {
        if (kind == AuthorityKind.PARTNER && setup.partner().isPresent()) {
          return setup.partner().get();
        }
        if (kind == AuthorityKind.ISV && setup.isvs().size() == 1) {
          return setup.isvs().get(0);
        }
        return ResolvingAuthority.of(kind);
      }
    }
    throw new IllegalArgumentException("line " + line + ": column " + column + ": '" + name + "' is neither a kind of party nor the id of"
        + " one of the setup's parties " + known.stream().map(a -> a.id().value()).toList());
  }

  @Override
  public String toString() {
    return "RoutingExpectations[" + rows.size() + " rows]";
  }
}

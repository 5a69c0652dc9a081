package org.supportmodel.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a ServiceNow-shaped incident export of the sample organization's first 8 weeks: one row
 * per update of an incident with its whole state, local timestamps such as {@code 4/5/2026 09:12},
 * {@code ?} for missing values, and the defects real exports have: the same state twice in the same
 * minute, updates after the resolution, rows after the close, reopens that show only as Resolved
 * followed by Active with {@code reopen_count} unchanged, {@code resolved_at} that differs from the
 * Resolved row, rows stamped before {@code opened_at}, rows out of time order, the unknown state
 * {@code -100}. The bundled file {@code examples/data/servicenow-incidents.csv} is its output; a test
 * checks that they agree.
 */
public final class ServiceNowSample {
  /** The export, relative to the project's root folder. */
  static final String FILE = "examples/data/servicenow-incidents.csv";
  /** The groups of the export mapped to authorities, relative to the project's root folder. */
  static final String DIRECTORY = "examples/data/servicenow-groups.csv";
  /** The seed of the bundled export. */
  static final long SEED = 20260504L;

  private static final String HEADER = "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,"
      + "opened_at,sys_updated_by,sys_updated_at,contact_type,category,impact,urgency,priority,assignment_group,resolved_by,resolved_at,closed_at";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm", Locale.ROOT);
  private static final String[] PRIORITY = {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low"};
  private static final String[] LEVEL = {"1 - High", "2 - Medium", "3 - Low"};
  private static final String[] CATEGORY = {"Finance", "Warehouse", "Sales", "Procurement", "Reporting", "Access"};
  private static final String[] CONTACT = {"Phone", "Email", "Self service"};
  private static final String[] SPECIALISTS = {"D365 Finance Team", "Fabrikam Partner Desk", "Internal IT Network", "Contoso ISV Support",
    "Microsoft Premier", "Warehouse Key Users"};
  private static final int INCIDENTS = 640;
  /** The export was taken at the end of the eighth week: later updates are not in it. */
  private static final LocalDateTime EXPORTED = SampleData.GO_LIVE.plusWeeks(8).minusDays(1).atTime(23, 59);

  private ServiceNowSample() {}

  /** One row in the making. */
  private static final class Row {
    final LocalDateTime at;
    final String state;
    final String group;
    final int reassignments;
    final int reopens;
    String priority;
    String resolvedAt = "?";
    String closedAt = "?";

    Row(LocalDateTime at, String state, String group, int reassignments, int reopens, String priority) {
      this.at = at;
      this.state = state;
      this.group = group;
      this.reassignments = reassignments;
      this.reopens = reopens;
      this.priority = priority;
    }
  }

  /**
   * The export for a seed.
   *
   * @param seed the seed
   * @return the CSV text, with a header and LF line ends
   */
  static String csv(long seed) {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int n = 0; n < INCIDENTS; n++) {
      incident(random, n, csv);
    }
    return csv.toString();
  }

  private static void incident(Random random, int n, StringBuilder csv) {
    LocalDate day = SampleData.GO_LIVE.plusDays(random.nextInt(56));
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY || (day.getDayOfWeek() == DayOfWeek.SATURDAY && random.nextInt(3) > 0)) {
      // most weekend incidents wait for Monday; the last weekend's wait for Friday, inside the 8 weeks
      boolean lastWeekend = day.isAfter(SampleData.GO_LIVE.plusDays(50));
      day = lastWeekend ? day.with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.FRIDAY))
          : day.plusDays(day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 2);
    }
    LocalDateTime opened = day.atTime(7 + random.nextInt(11), random.nextInt(60));
    int p = SampleData.pick(random, new int[] {3, 15, 60, 22}, new Integer[] {0, 1, 2, 3});
    String priority = PRIORITY[p];
    long minutesToResolve = switch (p) {
      case 0 -> 90 + random.nextInt(300);
      case 1 -> 180 + random.nextInt(1200);
      case 2 -> 600 + random.nextInt(6000);
      default -> 1440 + random.nextInt(14_000);
    };
    List<Row> rows = new ArrayList<>();
    String group = "Service Desk";
    int reassignments = 0;
    int reopens = 0;
    rows.add(new Row(opened.plusMinutes(random.nextInt(3)), "New", group, 0, 0, priority));
    LocalDateTime at = opened.plusMinutes(5 + random.nextInt(40));
    if (random.nextInt(100) < 55) {
      String specialist = SPECIALISTS[random.nextInt(SPECIALISTS.length)];
      reassignments++;
      rows.add(new Row(at, "Active", specialist, reassignments, 0, priority));
      if (random.nextInt(100) < 12) {
        at = at.plusMinutes(30 + random.nextInt(200));
        reassignments++;
        rows.add(new Row(at, "Active", "Service Desk", reassignments, 0, priority));
        at = at.plusMinutes(20 + random.nextInt(100));
        reassignments++;
        rows.add(new Row(at, "Active", specialist, reassignments, 0, priority));
      }
      group = specialist;
    } else {
      rows.add(new Row(at, "Active", group, 0, 0, priority));
    }
    if (random.nextInt(100) < 25) {
      at = at.plusMinutes(20 + random.nextInt(240));
      rows.add(new Row(at, random.nextInt(4) == 0 ? "Awaiting Vendor" : "Awaiting User Info", group, reassignments, 0, priority));
      at = at.plusMinutes(60 + random.nextInt(900));
      rows.add(new Row(at, "Active", group, reassignments, 0, priority));
    }
    if (random.nextInt(100) < 6 && p > 0) {
      at = at.plusMinutes(10 + random.nextInt(120));
      priority = PRIORITY[p - 1];
      rows.add(new Row(at, "Active", group, reassignments, 0, priority));
    }
    LocalDateTime resolved = opened.plusMinutes(minutesToResolve);
    if (!resolved.isAfter(at)) {
      resolved = at.plusMinutes(15 + random.nextInt(60));
    }
    rows.add(new Row(resolved, "Resolved", group, reassignments, 0, priority));
    boolean silentReopen = random.nextInt(100) < 5;
    if (silentReopen || random.nextInt(100) < 4) {
      LocalDateTime back = resolved.plusMinutes(60 + random.nextInt(1200));
      if (!silentReopen) {
        reopens++;
      }
      rows.add(new Row(back, "Active", group, reassignments, reopens, priority));
      resolved = back.plusMinutes(120 + random.nextInt(1500));
      rows.add(new Row(resolved, "Resolved", group, reassignments, reopens, priority));
    }
    String resolvedAt = STAMP.format(random.nextInt(100) < 10 ? resolved.minusMinutes(1 + random.nextInt(20)) : resolved);
    if (random.nextInt(100) < 8) {
      String later = random.nextBoolean() ? SPECIALISTS[random.nextInt(SPECIALISTS.length)] : group;
      rows.add(new Row(resolved.plusMinutes(30 + random.nextInt(600)), "Resolved", later, reassignments + (later.equals(group) ? 0 : 1), reopens,
          priority));
    }
    LocalDateTime closed = resolved.plusDays(3).plusMinutes(random.nextInt(600));
    rows.add(new Row(closed, "Closed", rows.get(rows.size() - 1).group, rows.get(rows.size() - 1).reassignments, reopens, priority));
    if (random.nextInt(100) < 3) {
      rows.add(new Row(closed.plusMinutes(60 + random.nextInt(3000)), "Closed", rows.get(rows.size() - 1).group,
          rows.get(rows.size() - 1).reassignments, reopens, priority));
    }
    // the defects of real exports
    if (random.nextInt(100) < 6) {
      Row first = rows.get(1);
      rows.add(2, new Row(first.at, first.state, first.group, first.reassignments, first.reopens, first.priority));
    }
    if (random.nextInt(100) < 3) {
      rows.add(1, new Row(opened.minusMinutes(2 + random.nextInt(10)), "New", "Service Desk", 0, 0, rows.get(0).priority));
    }
    if (random.nextInt(100) < 2) {
      rows.add(2, new Row(rows.get(1).at.plusMinutes(1), "-100", rows.get(1).group, rows.get(1).reassignments, 0, rows.get(1).priority));
    }
    if (random.nextInt(100) < 3) {
      rows.get(rows.size() / 2).priority = "?";
    }
    if (random.nextInt(100) < 3 && rows.size() > 3) {
      int i = 1 + random.nextInt(rows.size() - 2);
      Row moved = rows.remove(i);
      rows.add(i + 1, moved);
    }
    boolean isClosed = false;
    for (Row row : rows) {
      if (row.state.equals("Resolved") || row.state.equals("Closed")) {
        row.resolvedAt = resolvedAt;
      }
      if (row.state.equals("Closed")) {
        isClosed = true;
      }
      if (isClosed) {
        row.closedAt = STAMP.format(closed);
      }
    }
    String number = String.format(Locale.ROOT, "INC%07d", 10_000 + n);
    String caller = "Caller " + (100 + random.nextInt(900));
    String contact = CONTACT[random.nextInt(CONTACT.length)];
    String category = CATEGORY[random.nextInt(CATEGORY.length)];
    String level = LEVEL[Math.min(2, p / 2 + random.nextInt(2))];
    String madeSla = random.nextInt(100) < 80 ? "true" : "false";
    int mods = 0;
    for (Row row : rows) {
      if (row.at.isAfter(EXPORTED)) {
        continue;
      }
      boolean active = !row.state.equals("Closed");
      csv.append(number).append(',').append(row.state).append(',').append(active).append(',').append(row.reassignments).append(',')
          .append(row.reopens).append(',').append(mods++).append(',').append(madeSla).append(',').append(caller).append(',')
          .append(STAMP.format(opened)).append(",Updated by ").append(1 + random.nextInt(40)).append(',').append(STAMP.format(row.at)).append(',')
          .append(contact).append(',').append(category).append(',').append(level).append(',').append(level).append(',').append(row.priority)
          .append(',').append(row.group.contains(",") ? "\"" + row.group + "\"" : row.group).append(',')
          .append(row.resolvedAt.equals("?") ? "?" : "Resolved by " + (1 + random.nextInt(60))).append(',').append(row.resolvedAt).append(',')
          .append(row.closedAt).append('\n');
    }
  }

  /**
   * Prints the export of the bundled seed.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.print(csv(SEED));
  }
}

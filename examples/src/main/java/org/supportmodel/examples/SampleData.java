package org.supportmodel.examples;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.hypercare.RequestKind;
import org.supportmodel.routing.Complexity;

/**
 * Generates the bundled sample data: the first 8 weeks after Alpine Outdoor Gear went live on
 * Monday 2026-05-04, about 2,000 requests with full event histories, from users in Europe (Berlin)
 * and North America (New York), in the CSV format of {@link RequestEventCsv}. Inflow falls and
 * the support team gets faster week by week, as it does when hypercare works; at the May period
 * end, finance users raise requests in the extended hours of Friday 2026-05-29.
 *
 * <p>Deterministic: the same seed gives the same file. Run it to print the CSV; the bundled file
 * {@value #RESOURCE} is its output, and a test checks that they agree.
 */
public final class SampleData {
  /** The bundled file, on the class path. */
  public static final String RESOURCE = "alpine-go-live-events.csv";
  /** Go-live: Monday 2026-05-04. */
  public static final LocalDate GO_LIVE = LocalDate.of(2026, 5, 4);
  /** The end of the data: the end of week 8. */
  public static final LocalDate END = GO_LIVE.plusWeeks(8);

  /** The last working day of May, with extended hours (07:00-21:00) in both regions. */
  public static final LocalDate PERIOD_END = LocalDate.of(2026, 5, 29);

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final int PERIOD_END_WEEK = 3;
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final int[] INFLOW = {380, 330, 280, 250, 220, 200, 180, 160};
  private static final String[] PROCESSES = {"O2C", "P2P", "WHS", "R2R", "H2R"};
  /** How often each priority gets an update: within its periodic-update target. */
  private static final Duration[] UPDATE_INTERVALS = {
    Duration.ofMinutes(50), Duration.ofHours(3), Duration.ofHours(20), Duration.ofHours(22)
  };
  private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private SampleData() {}

  /** One event row in the making. */
  private record Row(Instant at, ZoneId zone, String text) {}

  /**
   * The sample data as CSV text.
   *
   * @param seed the random seed
   * @return the CSV, header included
   */
  public static String csv(long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(1 << 20);
    out.append(RequestEventCsv.HEADER).append('\n');
    Instant end = END.atStartOfDay(BERLIN).toInstant();
    int number = 0;
    for (int week = 0; week < INFLOW.length; week++) {
      double pace = 1.0 - 0.1 * week;
      for (int i = 0; i < INFLOW[week]; i++) {
        number++;
        List<Row> rows = request(random, String.format("INC-%05d", number), week, pace, end);
        for (Row row : rows) {
          out.append(row.text().replace("{at}", AT.format(row.at().atZone(row.zone()).toOffsetDateTime()))).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static List<Row> request(Random random, String id, int week, double pace, Instant end) {
    boolean europe = random.nextInt(100) < 60;
    ZoneId zone = europe ? BERLIN : NEW_YORK;
    String region = europe ? "EU" : "US";
    Priority priority = pick(random, new int[] {2, 15, 53, 30}, Priority.values());
    RequestKind kind = pick(random, new int[] {67, 25, 8}, RequestKind.values());
    ProblemLayer layer =
        pick(
            random,
            new int[] {28, 2, 2, 4, 10, 18, 14, 12, 4, 6},
            new ProblemLayer[] {
              ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, ProblemLayer.INTERNAL_NETWORK, ProblemLayer.INTERNAL_INFRASTRUCTURE,
              ProblemLayer.MICROSOFT_PLATFORM, ProblemLayer.STANDARD_D365, ProblemLayer.CONFIGURATION, ProblemLayer.DATA,
              ProblemLayer.CUSTOM_CODE, ProblemLayer.ISV_CODE, ProblemLayer.INTEGRATION
            });
    Complexity complexity = pick(random, new int[] {50, 35, 15}, Complexity.values());
    String process = PROCESSES[random.nextInt(PROCESSES.length)];
    LocalDate day = GO_LIVE.plusDays(7L * week + random.nextInt(5));
    LocalDateTime local =
        priority == Priority.P1
            ? day.plusDays(random.nextInt(2)).atTime(random.nextInt(24), random.nextInt(60))
            : day.atTime(7 + random.nextInt(11), random.nextInt(60));
    if (week == PERIOD_END_WEEK && priority != Priority.P1 && random.nextInt(100) < 15) {
      // the May period end: finance users work the extended hours of Friday 2026-05-29
      local = PERIOD_END.atTime(17 + random.nextInt(4), random.nextInt(60));
    }
    if (local.getDayOfWeek() == DayOfWeek.SATURDAY) {
      local = local.plusDays(2);
    }
    Instant created = ZonedDateTime.of(local, zone).toInstant();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(created, zone, cells(id, "CREATED", priority.name(), "OPEN", region, process, kind.name(), layer.name(), complexity.name())));
    double[] responseMinutes = {20, 80, 200, 360};
    double[] resolutionHours = {3, 9, 48, 110};
    Instant responded = created.plus(minutes(random, responseMinutes[priority.ordinal()] * pace));
    rows.add(new Row(responded, zone, cells(id, "FIRST_RESPONSE")));
    Instant resolved = responded.plus(minutes(random, 60 * resolutionHours[priority.ordinal()] * (1.25 - 0.12 * week)));
    if (priority != Priority.P1 && random.nextInt(100) < 30) {
      Instant waiting = responded.plus(minutes(random, 90));
      if (waiting.isBefore(resolved)) {
        Duration pause = minutes(random, 60 * 20);
        rows.add(new Row(waiting, zone, cells(id, "STATUS_CHANGED", "", "WAITING_FOR_CUSTOMER")));
        rows.add(new Row(waiting.plus(pause), zone, cells(id, "STATUS_CHANGED", "", "IN_PROGRESS")));
        resolved = resolved.plus(pause);
      }
    }
    if (priority == Priority.P3 && random.nextInt(100) < 4) {
      rows.add(new Row(responded.plusSeconds(1800), zone, cells(id, "PRIORITY_CHANGED", "P2")));
    }
    Duration interval = UPDATE_INTERVALS[priority.ordinal()];
    for (Instant update = responded.plus(interval); update.isBefore(resolved.minusSeconds(600)); update = update.plus(interval)) {
      if (random.nextInt(100) < 85) {
        rows.add(new Row(update, zone, cells(id, "UPDATE")));
      }
    }
    double hypercareShare = Math.max(0.01, 0.16 - 0.025 * week);
    rows.add(new Row(resolved, zone, cells(id, "RESOLVED", "", "", "", "", "", "", "", resolver(layer).name(), String.valueOf(random.nextDouble() < hypercareShare))));
    Instant closed = resolved.plus(Duration.ofDays(3));
    if (random.nextInt(100) < 4) {
      Instant reopened = resolved.plus(Duration.ofHours(20));
      rows.add(new Row(reopened, zone, cells(id, "REOPENED")));
      Instant again = reopened.plus(minutes(random, 60 * 12));
      rows.add(new Row(again, zone, cells(id, "RESOLVED", "", "", "", "", "", "", "", resolver(layer).name(), "false")));
      closed = again.plus(Duration.ofDays(3));
    }
    rows.add(new Row(closed, zone, cells(id, "CLOSED")));
    rows.removeIf(row -> !row.at().isBefore(end));
    rows.sort((a, b) -> a.at().compareTo(b.at()));
    return rows;
  }

  /** A row of 12 cells: the id, the instant placeholder, the event and the rest, padded with empty cells. */
  private static String cells(String id, String event, String... rest) {
    StringBuilder row = new StringBuilder(id).append(",{at},").append(event);
    for (int i = 0; i < 9; i++) {
      row.append(',').append(i < rest.length ? rest[i] : "");
    }
    return row.toString();
  }

  private static Duration minutes(Random random, double mean) {
    return Duration.ofMinutes(1 + (long) (-Math.log(1 - random.nextDouble()) * mean));
  }

  static <T> T pick(Random random, int[] weights, T[] values) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private static AuthorityKind resolver(ProblemLayer layer) {
    return switch (layer) {
      case BUSINESS_PROCESS_OR_TRAINING -> AuthorityKind.INTERNAL_HELPDESK;
      case INTERNAL_NETWORK, INTERNAL_INFRASTRUCTURE, INTEGRATION -> AuthorityKind.INTERNAL_IT;
      case MICROSOFT_PLATFORM, STANDARD_D365 -> AuthorityKind.MICROSOFT;
      case CONFIGURATION, DATA -> AuthorityKind.INTERNAL_D365_TEAM;
      case CUSTOM_CODE -> AuthorityKind.PARTNER;
      case ISV_CODE -> AuthorityKind.ISV;
    };
  }

  /**
   * Prints the sample data as CSV; redirect it to regenerate the bundled file.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(csv(20260504L));
  }
}

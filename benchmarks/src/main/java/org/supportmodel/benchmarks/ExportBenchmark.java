package org.supportmodel.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.supportmodel.connectors.CsvTable;
import org.supportmodel.connectors.ExportFormats;
import org.supportmodel.connectors.ExportMapping;
import org.supportmodel.connectors.ExportReader;
import org.supportmodel.connectors.ImportSummary;
import org.supportmodel.examples.ExportSlaPolicy;
import org.supportmodel.sla.BusinessCalendar;
import org.supportmodel.sla.CalendarSet;
import org.supportmodel.sla.SlaEvaluation;
import org.supportmodel.sla.SlaPolicy;
import org.supportmodel.sla.history.RepairMode;

/**
 * Reading, repairing and evaluating a ServiceNow-shaped export of 1,000,000 snapshot rows (about
 * 190,000 incidents, 16 columns, rows of all incidents interleaved in time order as an export
 * sorted by {@code sys_updated_at} has them, with duplicates in the same minute, updates after the
 * resolution, reopens without a count and rows after the close). One operation streams the whole
 * file from disk: CSV, mapping, repair, and the SLA of each incident on office hours, handed over
 * at its close. The fork has one processor (so one garbage collector thread as well) and a 384 MB
 * heap of which 256 MB young generation: the rows of the incidents open at once live briefly, and
 * a young generation that holds a few seconds of them keeps them from being copied again and
 * again. {@link ExportPhases} shows that the heap in use does not grow with the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx384m", "-Xmn256m"})
public class ExportBenchmark {
  /** The rows of the export. */
  public static final int ROWS = 1_000_000;
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm", Locale.ROOT);
  private static final String[] PRIORITY = {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low"};
  private static final String[] GROUPS = {"Service Desk", "Group 24", "Group 56", "Group 70", "Group 31"};

  private Path file;
  private ExportReader reader;
  private SlaPolicy policy;
  private CalendarSet calendars;
  private Instant asOf;

  /** One row with its time, to sort the incidents' rows into one time line. */
  private record Line(LocalDateTime at, long order, String text) {}

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("servicenow-export", ".csv");
    write(file, ROWS, 20_160_104L);
    ExportMapping mapping = ExportFormats.serviceNowIncidents(BERLIN);
    reader = ExportReader.of(mapping, RepairMode.REPAIR);
    BusinessCalendar hours = BusinessCalendar.builder(BERLIN).weekdays("08:00-17:00").breakTime("12:00-13:00").build();
    calendars = CalendarSet.of("business-hours", hours, "24x7", BusinessCalendar.twentyFourSeven(BERLIN));
    policy = ExportSlaPolicy.of(mapping);
    asOf = Instant.parse("2016-12-31T00:00:00Z");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Writes an export of about {@code rows} rows in time order. Rows wait in a queue until no later
   * incident can come before them, so the writer holds only the incidents open at once.
   */
  static void write(Path file, int rows, long seed) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,opened_at,sys_updated_by,"
          + "sys_updated_at,contact_type,category,impact,urgency,priority,assignment_group,resolved_at\n");
      PriorityQueue<Line> waiting = new PriorityQueue<>(
          (a, b) -> a.at.equals(b.at) ? Long.compare(a.order, b.order) : a.at.compareTo(b.at));
      long[] written = {0};
      long order = 0;
      Random random = new Random(seed);
      LocalDateTime base = LocalDateTime.of(2016, 1, 4, 0, 0);
      for (int n = 0; written[0] + waiting.size() < rows; n++) {
        LocalDateTime opened = base.plusSeconds(40L * n);
        while (!waiting.isEmpty() && waiting.peek().at.isBefore(opened)) {
          out.write(waiting.poll().text);
          out.write('\n');
          written[0]++;
        }
        for (Line line : incident(random, n, opened)) {
          waiting.add(new Line(line.at, order++, line.text));
        }
      }
      while (!waiting.isEmpty()) {
        out.write(waiting.poll().text);
        out.write('\n');
      }
    }
  }

  /** The rows of one incident. */
  private static List<Line> incident(Random random, int n, LocalDateTime opened) {
    List<Line> lines = new ArrayList<>(8);
    String number = String.format(Locale.ROOT, "INC%07d", n);
    String priority = PRIORITY[Math.min(3, random.nextInt(10) / 3)];
    String group = "Service Desk";
    LocalDateTime at = opened;
    int reassignments = 0;
    List<String[]> states = new ArrayList<>();
    states.add(new String[] {"New", group});
    if (random.nextInt(4) > 0) {
      group = GROUPS[1 + random.nextInt(GROUPS.length - 1)];
      reassignments++;
    }
    states.add(new String[] {"Active", group});
    if (random.nextInt(100) < 6) {
      states.add(new String[] {"Active", group}); // the same state twice in the same minute
    }
    if (random.nextInt(4) == 0) {
      states.add(new String[] {"Awaiting User Info", group});
      states.add(new String[] {"Active", group});
    }
    states.add(new String[] {"Resolved", group});
    if (random.nextInt(100) < 5) {
      states.add(new String[] {"Active", group}); // a reopen without a count
      states.add(new String[] {"Resolved", group});
    }
    if (random.nextInt(100) < 8) {
      states.add(new String[] {"Resolved", group}); // an update after the resolution
    }
    states.add(new String[] {"Closed", group});
    if (random.nextInt(100) < 3) {
      states.add(new String[] {"Closed", group}); // a row after the close
    }
    String resolvedAt = "?";
    for (int i = 0; i < states.size(); i++) {
      String[] state = states.get(i);
      if (i > 0 && !(state[0].equals("Active") && states.get(i - 1)[0].equals("Active"))) {
        at = at.plusMinutes(state[0].equals("Closed") ? 4320 + random.nextInt(600) : 5 + random.nextInt(600));
      }
      if (state[0].equals("Resolved") && resolvedAt.equals("?")) {
        resolvedAt = STAMP.format(at);
      }
      String text = number + "," + state[0] + ",true," + reassignments + ",0," + i + ",true,Caller " + (n % 5000) + "," + STAMP.format(opened)
          + ",Updated by " + random.nextInt(100) + "," + STAMP.format(at) + ",Phone,Category " + (n % 60) + ",2 - Medium,2 - Medium,"
          + priority + "," + state[1] + "," + (state[0].equals("Resolved") || state[0].equals("Closed") ? resolvedAt : "?");
      lines.add(new Line(at, lines.size(), text));
    }
    return lines;
  }

  /** The CSV alone, every column of every row turned into a string: the floor under the whole read. */
  @Benchmark
  public long csvAloneAMillionRows() {
    long[] length = {0};
    try (CsvTable table = CsvTable.open(file, StandardCharsets.UTF_8)) {
      table.header().forEach(table::findColumn);
      table.forEach(row -> length[0] += row.get(0).length());
    }
    return length[0];
  }

  /** Streams the export: each incident is repaired and its SLA evaluated as soon as it closes. */
  @Benchmark
  public long readRepairEvaluateAMillionRows() {
    return readRepairEvaluate(file);
  }

  /** Streams an export, evaluating each incident as it closes; returns the cycles and rows counted. */
  long readRepairEvaluate(Path export) {
    long[] cycles = {0};
    try (CsvTable table = CsvTable.open(export, StandardCharsets.UTF_8)) {
      ImportSummary summary = reader.stream(table, ticket -> {
        if (ticket.evaluable()) {
          cycles[0] += SlaEvaluation.evaluate(ticket.id(), ticket.events(), policy, calendars, asOf).cycles().size();
        }
      }, rows -> {});
      return cycles[0] + summary.rows();
    }
  }
}

package org.supportmodel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.supportmodel.connectors.AuthorityDirectories;
import org.supportmodel.connectors.CsvTable;
import org.supportmodel.connectors.ExportFormats;
import org.supportmodel.connectors.ExportMapping;
import org.supportmodel.connectors.ExportReader;
import org.supportmodel.connectors.ImportException;
import org.supportmodel.connectors.ImportResult;
import org.supportmodel.holidays.PublicHolidays;
import org.supportmodel.routing.AuthorityDirectory;
import org.supportmodel.sla.history.HistoryProblem;
import org.supportmodel.sla.history.Repair;
import org.supportmodel.sla.history.RepairMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of the main example: the bundled sample by default, or any export with its
 * format, zone, go-live date and window. Errors are one line with a distinct exit code.
 */
@Command(
    name = "GoLiveSimulation",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the go-live simulation: weekly figures, SLA attainment and hypercare exit assessments.",
      "Without EXPORT it runs on the bundled sample of Alpine Outdoor Gear.",
      "Exit codes: 0 done, 2 usage, 3 file not found or unreadable, 4 data that cannot be read, 5 nothing to evaluate, 1 anything else."
    })
final class SimulationCommand implements Callable<Integer> {
  /** Rows from which a progress bar shows. */
  static final long PROGRESS_FROM = 100_000;
  static final int USAGE = 2;
  static final int UNREADABLE = 3;
  static final int BAD_DATA = 4;
  static final int NOTHING = 5;
  static final int INTERNAL = 1;

  @Parameters(index = "0", arity = "0..1", paramLabel = "EXPORT", description = "The helpdesk export (CSV).")
  private @Nullable Path export;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FOLDER", description = "Where to write the reports (same as --out).")
  private @Nullable Path folder;

  @Option(names = "--format", paramLabel = "NAME", description = "supportmodel (the default: the project's request events), servicenow or dynamics365.")
  private String format = "supportmodel";

  @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of local timestamps, office hours and hypercare weeks (default: Europe/Berlin).")
  private String zone = "Europe/Berlin";

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of the export, such as windows-1252 (default: UTF-8).")
  private String encoding = "UTF-8";

  @Option(names = "--mode", paramLabel = "MODE", description = "repair (the default: documented repairs, logged) or strict (list every problem, evaluate nothing).")
  private String mode = "repair";

  @Option(names = "--go-live", paramLabel = "DATE", description = "The go-live date (default: the Monday on or before the first ticket).")
  private @Nullable LocalDate goLive;

  @Option(names = "--weeks", paramLabel = "N", description = "The weeks of the window from the go-live, 1 to 52 (default: up to the last ticket).")
  private @Nullable Integer weeks;

  @Option(names = "--directory", paramLabel = "CSV", description = "Assignment groups mapped to authorities: columns group, kind, level[, authority, name].")
  private @Nullable Path directory;

  @Option(names = "--holidays", paramLabel = "COUNTRY[-REGION]", description = "Public holidays of the office hours, such as DE-be or US-ny.")
  private @Nullable String holidays;

  @Option(names = "--config", paramLabel = "FOLDER", description = "JSON files in place of the bundled configuration (supportmodel format): "
      + "any of organization-profile.json, support-setup.json, sla-policy.json, regions.json, hypercare-plan.json.")
  private @Nullable Path config;

  @Option(names = "--out", paramLabel = "FOLDER", description = "Where to write the reports (default: target/go-live-report).")
  private @Nullable Path out;

  private final PrintStream stdout;
  private final PrintStream stderr;

  private SimulationCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Runs the command line.
   *
   * @return the exit code
   */
  static int execute(String[] args, PrintStream stdout, PrintStream stderr) {
    CommandLine line = new CommandLine(new SimulationCommand(stdout, stderr));
    line.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
    line.setParameterExceptionHandler((e, arguments) -> {
      stderr.println("error: " + e.getMessage() + " (see --help)");
      return USAGE;
    });
    line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      stderr.println("error: internal: " + e);
      return INTERNAL;
    });
    return line.execute(args);
  }

  /** A usage error found after parsing. */
  private static final class Usage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Usage(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() {
    try {
      return run();
    } catch (Usage e) {
      stderr.println("error: " + e.getMessage() + " (see --help)");
      return USAGE;
    } catch (ImportException e) {
      stderr.println("error: " + e.getMessage());
      return e.kind() == ImportException.Kind.NOT_FOUND || e.kind() == ImportException.Kind.UNREADABLE ? UNREADABLE : BAD_DATA;
    } catch (RequestEventCsv.FormatException e) {
      stderr.println("error: " + e.getMessage());
      return BAD_DATA;
    } catch (SimulationConfig.InvalidConfig e) {
      stderr.println("error: " + e.getMessage());
      return BAD_DATA;
    } catch (ExportSimulation.NothingToEvaluate e) {
      stderr.println("error: " + e.getMessage());
      return NOTHING;
    } catch (IOException | UncheckedIOException e) {
      stderr.println("error: " + e.getMessage());
      return UNREADABLE;
    }
  }

  private int run() throws IOException {
    Charset charset = charset();
    ZoneId zoneId = zoneId();
    Path reports = (out != null ? out : folder != null ? folder : Path.of("target/go-live-report")).toAbsolutePath();
    String name = format.strip().toLowerCase(Locale.ROOT);
    if (!ExportFormats.NAMES.contains(name)) {
      throw new Usage("--format: '" + format + "' is not one of " + ExportFormats.NAMES);
    }
    GoLiveSimulation.Result result;
    Optional<ImportResult> imported = Optional.empty();
    if (name.equals("supportmodel")) {
      for (Object option : new Object[] {goLive, weeks, directory, holidays}) {
        if (option != null) {
          throw new Usage("--go-live, --weeks, --directory and --holidays apply to servicenow and dynamics365 exports; "
              + "the sample organization's plan sets them for its own format");
        }
      }
      SimulationConfig configuration = config == null ? SimulationConfig.bundled() : SimulationConfig.read(config);
      java.util.Set<String> regions = configuration.regions().keySet();
      RequestEventCsv.Import data = export == null ? GoLiveSimulation.bundled(regions) : RequestEventCsv.read(export, charset, regions);
      result = GoLiveSimulation.run(data, configuration);
    } else {
      if (export == null) {
        throw new Usage("EXPORT is missing: the " + name + " format needs an export file");
      }
      if (config != null) {
        throw new Usage("--config applies to the supportmodel format; a " + name + " export is evaluated with the export's own policy and calendars");
      }
      if (weeks != null && (weeks < 1 || weeks > ExportSimulation.MAX_WEEKS)) {
        throw new Usage("--weeks: '" + weeks + "' must be between 1 and " + ExportSimulation.MAX_WEEKS);
      }
      ExportMapping mapping = ExportFormats.named(name, zoneId);
      ExportReader reader = ExportReader.of(mapping, repairMode()).withCharset(charset);
      ImportResult data = readWithProgress(reader, export, charset);
      if (!data.summary().clean()) {
        stderr.println("error: " + data.summary().source() + ": " + data.summary().problems().size() + " problems in strict mode; nothing evaluated "
            + "(run with --mode repair to repair them):");
        for (HistoryProblem problem : data.summary().problems()) {
          stderr.println("  line " + problem.row() + " (" + problem.ticket() + "): " + problem.rule());
        }
        data.summary().unattributed().forEach(u -> stderr.println("  " + u));
        return BAD_DATA;
      }
      Optional<AuthorityDirectory> groups = directory == null ? Optional.empty() : Optional.of(AuthorityDirectories.read(directory, charset));
      ExportSimulation.Options options = new ExportSimulation.Options(export.getFileName().toString(), mapping, zoneId, publicHolidays(),
          Optional.ofNullable(goLive), Optional.ofNullable(weeks), groups);
      result = ExportSimulation.run(data, options);
      imported = Optional.of(data);
    }
    GoLiveSimulation.print(result, stdout);
    List<String> files = new java.util.ArrayList<>(GoLiveSimulation.write(result, reports));
    if (imported.isPresent()) {
      Files.writeString(reports.resolve("repair-log.csv"), repairLog(imported.get()), StandardCharsets.UTF_8);
      files.add("repair-log.csv");
    }
    stdout.println();
    stdout.println("Reports written to " + reports + ": " + String.join(", ", files));
    return 0;
  }

  /** Reads an export, with a progress bar on the error stream when it has more than {@link #PROGRESS_FROM} rows. */
  private ImportResult readWithProgress(ExportReader reader, Path file, Charset charset) throws IOException {
    long lines = Files.isRegularFile(file) && Files.size(file) > 8L * 1024 * 1024 ? countLines(file) : 0;
    if (lines <= PROGRESS_FROM) {
      return reader.read(file);
    }
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(lines - 1).setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(stderr)).setUnit(" rows", 1).showSpeed().build();
        CsvTable table = CsvTable.open(file, charset)) {
      LongConsumer progress = bar::stepTo;
      return reader.read(table, progress);
    }
  }

  private static long countLines(Path file) throws IOException {
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return lines;
  }

  /** The repair log as CSV: ticket, line, what was changed, why. */
  static String repairLog(ImportResult data) {
    StringBuilder csv = new StringBuilder("ticket,line,change,reason\n");
    for (Repair repair : data.repairs()) {
      csv.append(quote(repair.ticket().value())).append(',').append(repair.row()).append(',').append(quote(repair.change())).append(',')
          .append(quote(repair.reason())).append('\n');
    }
    return csv.toString();
  }

  private static String quote(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private Charset charset() {
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new Usage("--encoding: '" + encoding + "' is not an encoding this Java knows, such as UTF-8 or windows-1252");
    }
  }

  private ZoneId zoneId() {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new Usage("--zone: '" + zone + "' is not a time zone id such as Europe/Berlin");
    }
  }

  private RepairMode repairMode() {
    try {
      return RepairMode.parse(mode);
    } catch (IllegalArgumentException e) {
      throw new Usage("--mode: '" + mode + "' is not one of [repair, strict]");
    }
  }

  private Optional<PublicHolidays> publicHolidays() {
    if (holidays == null) {
      return Optional.empty();
    }
    String[] parts = holidays.split("-", 2);
    try {
      return Optional.of(parts.length == 2 ? PublicHolidays.of(parts[0], parts[1]) : PublicHolidays.of(parts[0]));
    } catch (IllegalArgumentException e) {
      throw new Usage("--holidays: " + e.getMessage());
    }
  }
}

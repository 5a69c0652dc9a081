package org.supportmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main example's command line as a user meets it: the README's command, errors, exit codes. */
class SimulationCommandTest {
  /** The project's root folder: the tests run in the examples module. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SimulationCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String sample() {
    return ROOT.resolve(ServiceNowSample.FILE).toString();
  }

  /** The arguments of the README's commands that run the simulation on an export. */
  static List<List<String>> readmeExportCommands() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher matcher = Pattern.compile("exec:java -Dexec.args=\"(--format [^\"]+)\"").matcher(readme);
    List<List<String>> commands = new ArrayList<>();
    while (matcher.find()) {
      List<String> args = new ArrayList<>();
      for (String arg : matcher.group(1).trim().split("\\s+", -1)) {
        // paths in the README are relative to the project's root, where the command runs
        args.add(arg.startsWith("examples/") ? ROOT.resolve(arg).toString() : arg);
      }
      commands.add(args);
    }
    return commands;
  }

  @Test
  void theReadmeCommandRunsOnTheServiceNowShapedSample(@TempDir Path folder) throws Exception {
    List<List<String>> commands = readmeExportCommands();
    assertEquals(1, commands.size(), "the README shows one export command");
    List<String> args = new ArrayList<>(commands.get(0));
    args.add("--out");
    args.add(folder.toString());
    Run run = run(args.toArray(new String[0]));
    assertEquals("", run.err());
    assertEquals(0, run.code());
    assertTrue(run.out().startsWith("Read 3,118 rows for 640 tickets from " + sample()
        + " (repair mode): 3,018 used, 69 merged, 31 discarded; 168 repairs\n"), run.out());
    assertTrue(run.out().contains("Note: column incident_state has values the mapping does not know: {-100=13}"), run.out());
    assertTrue(run.out().contains("Note: assignment groups not in the authority directory, with their tickets (not guessed): {Warehouse Key Users=53}"),
        run.out());
    assertTrue(run.out().contains("tickets bounced back to a group they had left, such as INC"), run.out());
    assertTrue(run.out().contains("   8  2026-06-22 to 2026-06-28"), run.out());
    assertTrue(run.out().contains("Hypercare exit assessment at the end of week 8 (as of 2026-06-28): EXTEND"), run.out());
    assertTrue(run.out().contains("Reports written to " + folder + ": index.html, hypercare-week-4.md, hypercare-week-4.json, hypercare-week-8.md, "
        + "hypercare-week-8.json, repair-log.csv"), run.out());
    List<String> log = Files.readAllLines(folder.resolve("repair-log.csv"));
    assertEquals("ticket,line,change,reason", log.get(0));
    assertEquals(169, log.size(), "one line per repair");
    assertTrue(log.stream().anyMatch(l -> l.contains("REOPENED inferred at")), "silent reopens are repaired and logged");
    assertTrue(Files.readString(folder.resolve("index.html")).contains("servicenow-incidents.csv - first 8 weeks after go-live"));
  }

  @Test
  void theBundledExportIsWhatTheGeneratorMakes() throws Exception {
    assertEquals(ServiceNowSample.csv(ServiceNowSample.SEED), Files.readString(ROOT.resolve(ServiceNowSample.FILE)),
        "regenerate with ServiceNowSample and commit the file");
  }

  @Test
  void strictModeListsEveryProblemWithItsLineAndEvaluatesNothing(@TempDir Path folder) {
    Run run = run("--format", "servicenow", "--mode", "strict", "--out", folder.toString(), sample());
    assertEquals(SimulationCommand.BAD_DATA, run.code());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertTrue(lines.get(0).startsWith("error: " + sample() + ": "), lines.get(0));
    assertTrue(lines.get(0).endsWith(" problems in strict mode; nothing evaluated (run with --mode repair to repair them):"), lines.get(0));
    int problems = Integer.parseInt(lines.get(0).replaceAll(".*: (\\d+) problems in strict mode.*", "$1"));
    assertEquals(problems + 1, lines.size());
    assertTrue(lines.stream().anyMatch(l -> l.matches("  line \\d+ \\(INC\\d+\\): goes from Resolved to Active without a reopen: reopen_count stays 0")
        || l.matches("  line \\d+ \\(INC\\d+\\): goes from Resolved to ACTIVE without a reopen: reopen_count stays 0")), run.err());
    assertTrue(!Files.exists(folder.resolve("index.html")), "nothing is written");
  }

  @Test
  void errorsAreOneLineWithTheirExitCode(@TempDir Path folder) throws Exception {
    Run missing = run("--format", "servicenow", folder.resolve("export.csv").toString());
    assertEquals(SimulationCommand.UNREADABLE, missing.code());
    assertEquals("error: " + folder.resolve("export.csv") + ": not found\n", missing.err());

    Path latin = folder.resolve("latin.csv");
    Files.write(latin, "number,sys_updated_at,incident_state,priority,assignment_group\nINC1,1/3/2016 09:00,Active,3 - Moderate,Z\u00fcrich\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Run encoding = run("--format", "servicenow", latin.toString());
    assertEquals(SimulationCommand.BAD_DATA, encoding.code());
    assertTrue(encoding.err().startsWith("error: " + latin + ":2: byte 0xFC is not valid UTF-8"), encoding.err());
    assertEquals(1, encoding.err().lines().count());
    assertEquals(0, run("--format", "servicenow", "--encoding", "windows-1252", "--out", folder.resolve("r").toString(), latin.toString()).code());

    Run zone = run("--format", "servicenow", "--zone", "Mars/Olympus", sample());
    assertEquals(SimulationCommand.USAGE, zone.code());
    assertEquals("error: --zone: 'Mars/Olympus' is not a time zone id such as Europe/Berlin (see --help)\n", zone.err());
    Run format = run("--format", "jira", sample());
    assertEquals(SimulationCommand.USAGE, format.code());
    assertEquals("error: --format: 'jira' is not one of [supportmodel, servicenow, dynamics365] (see --help)\n", format.err());
    Run unknown = run("--colour", "red");
    assertEquals(SimulationCommand.USAGE, unknown.code());
    assertEquals(1, unknown.err().lines().count(), unknown.err());
    assertEquals(SimulationCommand.USAGE, run("--format", "servicenow").code(), "an export format needs its file");
    assertEquals(SimulationCommand.USAGE, run("--format", "servicenow", "--weeks", "0", sample()).code());
    assertEquals(SimulationCommand.USAGE, run("--weeks", "4").code(), "the sample organization's plan sets its own window");

    Run header = run("--format", "dynamics365", sample());
    assertEquals(SimulationCommand.BAD_DATA, header.code());
    assertTrue(header.err().startsWith("error: " + sample() + ":1: the header has no column 'Case Number' (the ticket id); it has [number, "),
        header.err());
  }

  @Test
  void aWindowOutsideTheDataSaysSoAndTicketsOutsideTheWindowAreCounted(@TempDir Path folder) {
    Run empty = run("--format", "servicenow", "--go-live", "2030-01-07", "--out", folder.toString(), sample());
    assertEquals(SimulationCommand.NOTHING, empty.code());
    assertEquals("error: " + sample() + ": no ticket was created in the window 2030-01-07 to 2030-01-13; the tickets were created from "
        + "2026-05-04 to 2026-06-27 (set --go-live and --weeks)\n", empty.err());
    Run later = run("--format", "servicenow", "--go-live", "2026-05-11", "--weeks", "4", "--out", folder.toString(), sample());
    assertEquals(0, later.code(), later.err());
    assertTrue(later.out().contains("tickets were created outside the window 2026-05-11 to 2026-06-07 ("), later.out());
    assertTrue(later.out().contains("Hypercare exit assessment at the end of week 4 (as of 2026-06-07)"), later.out());
  }

  @Test
  void aLargeExportShowsAProgressBar(@TempDir Path folder) throws Exception {
    String sample = ServiceNowSample.csv(ServiceNowSample.SEED);
    String header = sample.substring(0, sample.indexOf('\n') + 1);
    String body = sample.substring(header.length());
    StringBuilder big = new StringBuilder(header);
    int copies = 0;
    while (big.length() < 9 * 1024 * 1024 || big.chars().filter(c -> c == '\n').count() <= SimulationCommand.PROGRESS_FROM + 1) {
      big.append(body.replace("INC00", "INC" + (10 + copies)));
      copies++;
    }
    Path file = folder.resolve("big.csv");
    Files.writeString(file, big, StandardCharsets.UTF_8);
    Run run = run("--format", "servicenow", "--out", folder.resolve("r").toString(), file.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("Reading"), "a progress bar: " + run.err());
    assertTrue(run.out().startsWith("Read " + String.format(java.util.Locale.ROOT, "%,d", 3118L * copies) + " rows for "), run.out());
  }
}

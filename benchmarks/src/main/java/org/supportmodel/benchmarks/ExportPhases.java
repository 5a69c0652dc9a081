package org.supportmodel.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.supportmodel.connectors.CsvTable;
import org.supportmodel.connectors.ExportFormats;
import org.supportmodel.connectors.ExportReader;
import org.supportmodel.sla.history.RepairMode;

/**
 * Where the time of {@link ExportBenchmark} goes, phase by phase: CSV alone, then reading and
 * repairing, then with the SLA evaluation; with the garbage collection time and the heap left in
 * use. Run with {@code java -XX:ActiveProcessorCount=1 -Xmx256m -cp benchmarks/target/benchmarks.jar
 * org.supportmodel.benchmarks.ExportPhases}. A diagnostic beside the benchmark, not a measurement
 * of record.
 */
public final class ExportPhases {
  private ExportPhases() {}

  /**
   * Runs the phases.
   *
   * @param args optionally the number of rows (default 1,000,000) and of rounds (default 5)
   * @throws IOException if the temporary export cannot be written
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : ExportBenchmark.ROWS;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    only = args.length > 2 ? args[2] : "";
    Path file = Files.createTempFile("servicenow-export", ".csv");
    try {
      ExportBenchmark.write(file, rows, 20_160_104L);
      ExportBenchmark benchmark = new ExportBenchmark();
      benchmark.setUp();
      ExportReader reader = ExportReader.of(ExportFormats.serviceNowIncidents(ExportBenchmark.BERLIN), RepairMode.REPAIR);
      for (int round = 0; round < rounds; round++) {
        long[] cells = {0};
        time("csv, every column", rows, () -> {
          try (CsvTable table = CsvTable.open(file, StandardCharsets.UTF_8)) {
            table.header().forEach(table::findColumn);
            table.forEach(row -> cells[0] += row.get(0).length());
          }
          return cells[0];
        });
        time("read and repair", rows, () -> {
          try (CsvTable table = CsvTable.open(file, StandardCharsets.UTF_8)) {
            return reader.stream(table, ticket -> {}, r -> {}).rows();
          }
        });
        time("read, repair, evaluate", rows, () -> benchmark.readRepairEvaluate(file));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private interface Phase {
    long run();
  }

  private static String only = "";

  private static void time(String name, int rows, Phase phase) {
    if (!only.isEmpty() && !name.startsWith(only)) {
      return;
    }
    long gcBefore = gcMillis();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    long result = phase.run();
    long nanos = System.nanoTime() - start;
    long gc = gcMillis() - gcBefore;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "%-24s %,7d ms  %,9.0f rows/s  gc %,5d ms  %,5d B/row  heap in use %,4d MB  (%d)%n", name,
        nanos / 1_000_000, rows / (nanos / 1e9), gc, allocated / rows, (runtime.totalMemory() - runtime.freeMemory()) >> 20, result);
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}

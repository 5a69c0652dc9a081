package org.supportmodel.hypercare;

import java.time.LocalDate;
import java.util.Objects;
import org.supportmodel.core.ProcessId;
import org.supportmodel.core.internal.Checks;

/**
 * One measurement of a business process's efficiency, such as orders shipped on time or invoices
 * posted without rework.
 *
 * @param process the process
 * @param measuredOn the date of the measurement
 * @param efficiency the efficiency, a share between 0 and 1
 */
public record ProcessKpi(ProcessId process, LocalDate measuredOn, double efficiency) {
  /**
   * Checks the efficiency.
   *
   * @throws IllegalArgumentException if it is not between 0 and 1
   */
  public ProcessKpi {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(measuredOn, "measuredOn");
    Checks.share(efficiency, "efficiency");
  }

  /**
   * A measurement.
   *
   * @param process the process id
   * @param measuredOn the date
   * @param efficiency the share between 0 and 1
   * @return the measurement, never null
   */
  public static ProcessKpi of(String process, LocalDate measuredOn, double efficiency) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(measuredOn, "measuredOn");
    return new ProcessKpi(ProcessId.of(process), measuredOn, efficiency);
  }
}

package org.supportmodel.hypercare;

import java.util.Objects;
import org.supportmodel.core.BusinessProcess;
import org.supportmodel.core.internal.Checks;

/**
 * A key business process and the efficiency it must reach before hypercare ends.
 *
 * @param process the process
 * @param targetEfficiency the target, a share between 0 and 1, met at or above
 */
public record ProcessTarget(BusinessProcess process, double targetEfficiency) {
  /**
   * Checks the target.
   *
   * @throws IllegalArgumentException if it is not between 0 and 1
   */
  public ProcessTarget {
    Objects.requireNonNull(process, "process");
    Checks.share(targetEfficiency, "targetEfficiency");
  }
}

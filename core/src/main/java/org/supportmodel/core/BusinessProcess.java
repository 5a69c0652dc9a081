package org.supportmodel.core;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * A business process in the scope of the solution, with its genuine business criticality.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier, such as {@code "order-to-cash"}
 * @param name the name for people, such as {@code "Order to cash"}
 * @param criticality how critical the process is to the business
 */
public record BusinessProcess(ProcessId id, String name, Criticality criticality) {
  /**
   * Checks the process.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public BusinessProcess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(criticality, "criticality");
    Checks.text(name, "name");
  }

  /**
   * A business process.
   *
   * @param id the identifier text
   * @param name the name for people
   * @param criticality how critical the process is
   * @return the process, never null
   * @throws IllegalArgumentException if the id or the name is invalid
   */
  public static BusinessProcess of(String id, String name, Criticality criticality) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(criticality, "criticality");
    return new BusinessProcess(ProcessId.of(id), name, criticality);
  }
}

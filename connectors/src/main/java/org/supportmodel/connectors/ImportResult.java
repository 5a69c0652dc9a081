package org.supportmodel.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.supportmodel.sla.history.Repair;

/**
 * Every ticket an import read, with the summary.
 *
 * <p>Immutable and thread-safe.
 *
 * @param summary the figures and problems
 * @param tickets the tickets, in the order their first row appears
 */
public record ImportResult(ImportSummary summary, List<ImportedTicket> tickets) {
  /** Copies the list. */
  public ImportResult {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(tickets, "tickets");
    tickets = List.copyOf(tickets);
  }

  /**
   * The repair log of the whole import: ticket, line, what was changed, why.
   *
   * @return every repair, ticket by ticket, never null
   */
  public List<Repair> repairs() {
    List<Repair> repairs = new ArrayList<>();
    tickets.forEach(t -> repairs.addAll(t.repairs()));
    return repairs;
  }
}

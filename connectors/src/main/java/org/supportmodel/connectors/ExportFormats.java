package org.supportmodel.connectors;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.supportmodel.core.Priority;
import org.supportmodel.core.internal.Checks;
import org.supportmodel.sla.TicketStatus;
import org.supportmodel.sla.history.SnapshotState;

/**
 * Mappings for common exports. Each is an ordinary {@link ExportMapping}: copy and change it when
 * your helpdesk names things differently.
 */
public final class ExportFormats {
  /** The preset names, for {@link #named}. */
  public static final List<String> NAMES = List.of("supportmodel", "servicenow", "dynamics365");

  private ExportFormats() {}

  /**
   * The library's own request-event CSV: one row per event, columns {@code request_id}, {@code
   * at} (ISO-8601 with offset), {@code event} (the {@link org.supportmodel.sla.TicketEvent.Type}
   * names), {@code priority} (P1 to P4), {@code status} (OPEN and IN_PROGRESS run the clocks,
   * WAITING_FOR_CUSTOMER and WAITING_FOR_THIRD_PARTY pause them), and the attributes {@code
   * region}, {@code process}, {@code kind}, {@code layer}, {@code complexity}, {@code resolver}
   * and {@code hypercare_resources}.
   *
   * @return the mapping, never null
   */
  public static ExportMapping supportmodelEvents() {
    ExportMapping.Builder b = ExportMapping.eventRows()
        .column(ExportMapping.Field.TICKET, "request_id")
        .column(ExportMapping.Field.AT, "at")
        .column(ExportMapping.Field.EVENT, "event")
        .column(ExportMapping.Field.PRIORITY, "priority")
        .column(ExportMapping.Field.STATE, "status")
        .activeState("OPEN", TicketStatus.OPEN)
        .activeState("IN_PROGRESS", TicketStatus.IN_PROGRESS)
        .pausedState("WAITING_FOR_CUSTOMER", TicketStatus.WAITING_FOR_CUSTOMER)
        .pausedState("WAITING_FOR_THIRD_PARTY", TicketStatus.WAITING_FOR_THIRD_PARTY);
    for (String attribute : List.of("region", "process", "kind", "layer", "complexity", "resolver", "hypercare_resources")) {
      b.attribute(attribute, attribute);
    }
    return b.build();
  }

  /**
   * A ServiceNow incident export with its audit history: one row per update of an incident, each
   * with the incident's current state, as the incident table's list export or the public
   * "incident management process enriched event log" gives it.
   *
   * <p>Columns: {@code number}, {@code sys_updated_at}, {@code incident_state}, {@code priority},
   * {@code assignment_group}, {@code opened_at}, {@code resolved_at}, {@code reopen_count};
   * attributes {@code category}, {@code subcategory}, {@code contact_type}, {@code impact}, {@code
   * urgency}, {@code reassignment_count}, {@code made_sla}, {@code closed_at}, {@code
   * closed_code}. States: New and Active run the clocks; Awaiting User Info, Awaiting Vendor,
   * Awaiting Problem and Awaiting Evidence pause them; Resolved, Closed; anything else (such as
   * {@code -100}) is not mapped and reported. Priorities {@code 1 - Critical} to {@code 4 - Low}
   * are P1 to P4. {@code ?} means not given. Timestamps are local, {@code 29/2/2016 01:16} or
   * {@code 29-02-2016 01:16}, in the given zone.
   *
   * @param zone the zone the export writes local times in
   * @return the mapping, never null
   */
  public static ExportMapping serviceNowIncidents(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    ExportMapping.Builder b = ExportMapping.snapshotRows()
        .column(ExportMapping.Field.TICKET, "number")
        .column(ExportMapping.Field.AT, "sys_updated_at")
        .column(ExportMapping.Field.STATE, "incident_state")
        .column(ExportMapping.Field.PRIORITY, "priority")
        .column(ExportMapping.Field.GROUP, "assignment_group")
        .column(ExportMapping.Field.OPENED_AT, "opened_at")
        .column(ExportMapping.Field.RESOLVED_AT, "resolved_at")
        .column(ExportMapping.Field.REOPEN_COUNT, "reopen_count")
        .activeState("New", TicketStatus.of("NEW"))
        .activeState("Active", TicketStatus.of("ACTIVE"))
        .pausedState("Awaiting User Info", TicketStatus.of("AWAITING_USER_INFO"))
        .pausedState("Awaiting Vendor", TicketStatus.of("AWAITING_VENDOR"))
        .pausedState("Awaiting Problem", TicketStatus.of("AWAITING_PROBLEM"))
        .pausedState("Awaiting Evidence", TicketStatus.of("AWAITING_EVIDENCE"))
        .state("Resolved", SnapshotState.RESOLVED)
        .state("Closed", SnapshotState.CLOSED)
        .priority("1 - Critical", Priority.P1)
        .priority("2 - High", Priority.P2)
        .priority("3 - Moderate", Priority.P3)
        .priority("4 - Low", Priority.P4)
        .missingValue("?")
        .localTimestamps("[d/M/yyyy H:mm][d-M-yyyy H:mm]", zone, Locale.ROOT);
    for (String attribute : List.of("category", "subcategory", "contact_type", "impact", "urgency", "reassignment_count", "made_sla",
        "closed_at", "closed_code")) {
      b.attribute(attribute, attribute);
    }
    return b.build();
  }

  /**
   * A Dynamics 365 Customer Service case export with audit history, one row per change, as an
   * export to CSV of the cases' audit view writes it.
   *
   * <p>Columns: {@code Case Number}, {@code Modified On}, {@code Status Reason}, {@code Priority},
   * {@code Owner} (the team), {@code Created On}; attributes {@code Subject}, {@code Origin},
   * {@code Case Type}, {@code Customer}. Status reasons: In Progress and Researching run the
   * clocks; On Hold and Waiting for Details pause them; Problem Solved and Information Provided
   * resolve; Cancelled and Merged cancel. Priorities High, Normal and Low are P2, P3 and P4, and
   * Critical (which many organizations add) is P1. Timestamps are local, {@code 3/2/2026 9:15 AM}
   * (month first), in the given zone.
   *
   * @param zone the zone the export writes local times in
   * @return the mapping, never null
   */
  public static ExportMapping dynamics365Cases(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    ExportMapping.Builder b = ExportMapping.snapshotRows()
        .column(ExportMapping.Field.TICKET, "Case Number")
        .column(ExportMapping.Field.AT, "Modified On")
        .column(ExportMapping.Field.STATE, "Status Reason")
        .column(ExportMapping.Field.PRIORITY, "Priority")
        .column(ExportMapping.Field.GROUP, "Owner")
        .column(ExportMapping.Field.OPENED_AT, "Created On")
        .activeState("In Progress", TicketStatus.of("IN_PROGRESS"))
        .activeState("Researching", TicketStatus.of("RESEARCHING"))
        .pausedState("On Hold", TicketStatus.of("ON_HOLD"))
        .pausedState("Waiting for Details", TicketStatus.of("WAITING_FOR_DETAILS"))
        .state("Problem Solved", SnapshotState.RESOLVED)
        .state("Information Provided", SnapshotState.RESOLVED)
        .state("Cancelled", SnapshotState.CANCELLED)
        .state("Merged", SnapshotState.CANCELLED)
        .priority("Critical", Priority.P1)
        .priority("High", Priority.P2)
        .priority("Normal", Priority.P3)
        .priority("Low", Priority.P4)
        .localTimestamps("M/d/yyyy h:mm a", zone, Locale.US);
    for (String attribute : List.of("Subject", "Origin", "Case Type", "Customer")) {
      b.attribute(attribute, attribute);
    }
    return b.build();
  }

  /**
   * A preset by name: {@code supportmodel}, {@code servicenow} or {@code dynamics365}.
   *
   * @param name the name, ignoring case
   * @param zone the zone of local timestamps (unused by {@code supportmodel}, whose timestamps
   *     carry their offset)
   * @return the mapping, never null
   * @throws IllegalArgumentException naming the presets if the name is not one
   */
  public static ExportMapping named(String name, ZoneId zone) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "supportmodel" -> supportmodelEvents();
      case "servicenow" -> serviceNowIncidents(zone);
      case "dynamics365" -> dynamics365Cases(zone);
      default -> throw new IllegalArgumentException(Checks.message("format", name, "is not one of " + NAMES));
    };
  }
}

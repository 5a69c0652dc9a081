package org.supportmodel.examples;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supportmodel.connectors.CsvRow;
import org.supportmodel.connectors.CsvTable;
import org.supportmodel.connectors.ImportException;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.Priority;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.RequestId;
import org.supportmodel.hypercare.HypercareUse;
import org.supportmodel.hypercare.RequestKind;
import org.supportmodel.routing.Complexity;
import org.supportmodel.sla.TicketEvent;
import org.supportmodel.sla.TicketStatus;

/**
 * Reads request events from CSV: one row per event, the format the README documents, so that an
 * integrator runs the simulation on their own helpdesk export.
 *
 * <p>The columns, in this order, with a header row naming them: {@code request_id}, {@code at}
 * (ISO-8601 with offset), {@code event} (CREATED, STATUS_CHANGED, PRIORITY_CHANGED,
 * FIRST_RESPONSE, UPDATE, RESOLVED, REOPENED, CLOSED), {@code priority} (CREATED and
 * PRIORITY_CHANGED), {@code status} (STATUS_CHANGED; optional on CREATED), {@code region}, {@code
 * process}, {@code kind}, {@code layer}, {@code complexity} (all four on CREATED only), {@code
 * resolver} and {@code hypercare_resources} (on RESOLVED only, optional). A value in a column the
 * event does not use is an error, as is a missing one it needs: nothing is silently dropped. Values
 * hold no commas or quotes. Rows of a request may come in any order; each request has exactly one
 * CREATED row.
 */
public final class RequestEventCsv {
  /** The header row. */
  public static final String HEADER =
      "request_id,at,event,priority,status,region,process,kind,layer,complexity,resolver,hypercare_resources";

  private static final List<String> COLUMNS = List.of(HEADER.split(","));
  private static final Set<String> OPTIONAL = Set.of("resolver", "hypercare_resources");

  private RequestEventCsv() {}

  /** A row that cannot be read: names the file, the line, the column and the reason. */
  public static final class FormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    FormatException(String file, int line, String column, String reason) {
      super(file + ":" + line + ": column " + column + ": " + reason);
    }
  }

  /**
   * One request as read: its attributes from the CREATED row, its events, and who resolved it.
   *
   * @param id the request id
   * @param region the region of its user
   * @param process the business process
   * @param kind incident, service request or new requirement
   * @param layer the problem layer diagnosed
   * @param complexity its complexity
   * @param events every event, in file order
   * @param resolver who resolved it last, if it was resolved and the export says
   * @param hypercareResources whether a resolution used resources reserved for hypercare: used if
   *     any RESOLVED row says {@code true}, unknown if none does and a RESOLVED row leaves the column
   *     empty, not used if every RESOLVED row says {@code false}
   * @param firstLine the line of its first row, for messages
   */
  public record ImportedRequest(
      RequestId id,
      String region,
      String process,
      RequestKind kind,
      ProblemLayer layer,
      Complexity complexity,
      List<TicketEvent> events,
      Optional<AuthorityKind> resolver,
      HypercareUse hypercareResources,
      int firstLine) {

    /** Copies the list. */
    public ImportedRequest {
      events = List.copyOf(events);
    }

    /**
     * The priority given at creation.
     *
     * @return the priority
     */
    public Priority createdPriority() {
      return events.stream().filter(e -> e.type() == TicketEvent.Type.CREATED).findFirst().orElseThrow().priority().orElseThrow();
    }

    /**
     * When the request was created.
     *
     * @return the instant
     */
    public Instant created() {
      return events.stream().filter(e -> e.type() == TicketEvent.Type.CREATED).findFirst().orElseThrow().at();
    }
  }

  /**
   * What was read.
   *
   * @param file the file name, for messages
   * @param rows the event rows read (the header excluded)
   * @param requests the requests, in the order of their first row
   */
  public record Import(String file, int rows, List<ImportedRequest> requests) {
    /** Copies the list. */
    public Import {
      requests = List.copyOf(requests);
    }

    /**
     * The summary line.
     *
     * @return such as "Read 12,345 rows for 2,000 requests from events.csv"
     */
    public String summary() {
      return String.format(Locale.ROOT, "Read %,d rows for %,d requests from %s", rows, requests.size(), file);
    }
  }

  /** A request while it is read. */
  private static final class Draft {
    final int firstLine;
    final List<TicketEvent> events = new ArrayList<>();
    int createdLine = -1;
    String region = "";
    String process = "";
    RequestKind kind = RequestKind.INCIDENT;
    ProblemLayer layer = ProblemLayer.BUSINESS_PROCESS_OR_TRAINING;
    Complexity complexity = Complexity.SIMPLE;
    Optional<AuthorityKind> resolver = Optional.empty();
    boolean hypercareUsed;
    boolean hypercareUnknown;

    Draft(int firstLine) {
      this.firstLine = firstLine;
    }
  }

  /**
   * Reads CSV text.
   *
   * @param file the file name, for messages
   * @param text the whole text
   * @param regions the regions the simulation knows
   * @return what was read, never null
   * @throws FormatException naming the file, line, column and reason of the first bad row
   * @throws ImportException if the CSV or its header is malformed
   */
  public static Import read(String file, String text, Set<String> regions) {
    try (CsvTable table = CsvTable.of(file, new StringReader(text))) {
      return read(table, regions);
    }
  }

  /**
   * Reads a CSV file.
   *
   * @param file the file
   * @param charset its encoding
   * @param regions the regions the simulation knows
   * @return what was read, never null
   * @throws FormatException naming the file, line, column and reason of the first bad row
   * @throws ImportException if the file is missing, unreadable, not in the encoding, or its CSV or
   *     header is malformed
   */
  public static Import read(Path file, Charset charset, Set<String> regions) {
    try (CsvTable table = CsvTable.open(file, charset)) {
      return read(table, regions);
    }
  }

  /**
   * Reads a CSV table.
   *
   * @param table the table, positioned after its header
   * @param regions the regions the simulation knows
   * @return what was read, never null
   * @throws FormatException naming the file, line, column and reason of the first bad row
   */
  public static Import read(CsvTable table, Set<String> regions) {
    String file = table.source();
    int[] columns = new int[COLUMNS.size()];
    for (int i = 0; i < columns.length; i++) {
      String name = COLUMNS.get(i);
      columns[i] = OPTIONAL.contains(name) ? table.findColumn(name).orElse(-1) : table.column(name, "the request-event format needs it");
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    int[] rows = {0};
    table.forEach(csv -> {
      rows[0]++;
      Row row = new Row(file, Math.toIntExact(csv.line()), csv, columns);
      int number = row.line();
      RequestId id = row.parse("request_id", RequestId::of);
      Draft draft = drafts.computeIfAbsent(id.value(), k -> new Draft(number));
      Instant at = row.parse("at", t -> OffsetDateTime.parse(t).toInstant());
      TicketEvent.Type type = row.parse("event", TicketEvent.Type::parse);
      boolean created = type == TicketEvent.Type.CREATED;
      boolean resolved = type == TicketEvent.Type.RESOLVED;
      row.require("priority", created || type == TicketEvent.Type.PRIORITY_CHANGED, type);
      row.require("status", type == TicketEvent.Type.STATUS_CHANGED, type, created);
      for (String column : List.of("region", "process", "kind", "layer", "complexity")) {
        row.require(column, created, type);
      }
      row.allow("resolver", resolved, type);
      row.allow("hypercare_resources", resolved, type);
      TicketEvent event;
      if (created) {
        if (draft.createdLine > 0) {
          throw new FormatException(file, number, "event", "a second CREATED row for " + id + " (the first is on line " + draft.createdLine + ")");
        }
        draft.createdLine = number;
        Priority priority = row.parse("priority", Priority::parse);
        Optional<TicketStatus> status = row.optional("status").map(s -> row.parse("status", TicketStatus::of));
        event = status.map(s -> TicketEvent.created(at, priority, s)).orElseGet(() -> TicketEvent.created(at, priority));
        String region = row.parse("region", r -> r);
        if (!regions.contains(region)) {
          throw new FormatException(file, number, "region", "'" + region + "' is not one of " + regions.stream().sorted().toList());
        }
        draft.region = region;
        draft.process = row.parse("process", RequestId::of).value();
        draft.kind = row.parse("kind", RequestKind::parse);
        draft.layer = row.parse("layer", ProblemLayer::parse);
        draft.complexity = row.parse("complexity", Complexity::parse);
      } else if (type == TicketEvent.Type.PRIORITY_CHANGED) {
        event = TicketEvent.priorityChanged(at, row.parse("priority", Priority::parse));
      } else if (type == TicketEvent.Type.STATUS_CHANGED) {
        event = TicketEvent.statusChanged(at, row.parse("status", TicketStatus::of));
      } else {
        event = TicketEvent.of(at, type);
      }
      if (resolved) {
        Optional<AuthorityKind> resolver = row.optional("resolver").map(t -> row.parse("resolver", AuthorityKind::parse));
        if (resolver.isPresent()) {
          draft.resolver = resolver;
        }
        Optional<Boolean> used = row.optional("hypercare_resources").map(t -> row.parse("hypercare_resources", RequestEventCsv::parseBoolean));
        draft.hypercareUsed |= used.orElse(false);
        draft.hypercareUnknown |= used.isEmpty();
      }
      draft.events.add(event);
    });
    List<ImportedRequest> requests = new ArrayList<>(drafts.size());
    for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
      Draft draft = entry.getValue();
      if (draft.createdLine < 0) {
        throw new FormatException(file, draft.firstLine, "event", "request " + entry.getKey() + " has no CREATED row");
      }
      requests.add(
          new ImportedRequest(
              RequestId.of(entry.getKey()), draft.region, draft.process, draft.kind, draft.layer, draft.complexity, draft.events,
              draft.resolver,
              draft.hypercareUsed ? HypercareUse.USED : draft.hypercareUnknown ? HypercareUse.UNKNOWN : HypercareUse.NOT_USED,
              draft.firstLine));
    }
    return new Import(file, rows[0], requests);
  }

  static boolean parseBoolean(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException("'" + text + "' is not true or false");
  }

  /** One row's cells by column, with the file and line for messages. Private and never compared. */
  @SuppressWarnings("ArrayRecordComponent")
  private record Row(String file, int line, CsvRow csv, int[] columns) {
    String cell(String column) {
      int index = columns[COLUMNS.indexOf(column)];
      return index < 0 ? "" : csv.get(index).strip();
    }

    Optional<String> optional(String column) {
      String value = cell(column);
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A column the event needs ({@code needed}) or must leave empty. */
    void require(String column, boolean needed, TicketEvent.Type type) {
      require(column, needed, type, false);
    }

    void require(String column, boolean needed, TicketEvent.Type type, boolean optional) {
      boolean given = !cell(column).isEmpty();
      if (needed && !given) {
        throw new FormatException(file, line, column, "is empty but a " + type + " event needs it");
      }
      if (!needed && given && !optional) {
        throw new FormatException(file, line, column, "'" + cell(column) + "' is not used by a " + type + " event");
      }
    }

    /** A column the event may give ({@code allowed}) or must leave empty. */
    void allow(String column, boolean allowed, TicketEvent.Type type) {
      if (!allowed && !cell(column).isEmpty()) {
        throw new FormatException(file, line, column, "'" + cell(column) + "' is not used by a " + type + " event");
      }
    }

    <T> T parse(String column, Parser<T> parser) {
      String text = cell(column);
      try {
        return parser.parse(text);
      } catch (DateTimeParseException e) {
        throw new FormatException(file, line, column, "'" + text + "' is not an ISO-8601 date-time with offset, such as 2026-05-04T09:30:00+02:00");
      } catch (IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int quote = message.indexOf(": '");
        throw new FormatException(file, line, column, quote > 0 && quote < 40 ? message.substring(quote + 2) : message);
      }
    }
  }

  /** Parses one cell. */
  @FunctionalInterface
  private interface Parser<T> {
    T parse(String text);
  }
}

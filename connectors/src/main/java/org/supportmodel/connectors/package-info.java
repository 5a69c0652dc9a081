/**
 * Helpdesk exports in: real CSV files read into tickets the SLA evaluation accepts, with every
 * repair explained and every row accounted for.
 *
 * <p>{@link org.supportmodel.connectors.CsvTable} reads RFC 4180 CSV through FastCSV (columns by
 * header name, a byte-order mark, CRLF, strict decoding with the failing line). An {@link
 * org.supportmodel.connectors.ExportMapping} says what the columns hold, for exports with one row
 * per event or one row per update of a ticket; {@link org.supportmodel.connectors.ExportFormats}
 * has presets for ServiceNow incidents, Dynamics 365 cases and the project's own request events.
 * {@link org.supportmodel.connectors.ExportReader} reads a file whole ({@code read}) or ticket by
 * ticket as each closes ({@code stream}, memory bounded by the tickets open at once), in strict or
 * repair mode, into {@link org.supportmodel.connectors.ImportedTicket}s and an {@link
 * org.supportmodel.connectors.ImportSummary}. The repairs themselves are the pure functions of
 * {@code org.supportmodel.sla.history}. {@link org.supportmodel.connectors.AuthorityDirectories}
 * reads the assignment groups of a helpdesk into an {@code AuthorityDirectory}. Failures are
 * {@link org.supportmodel.connectors.ImportException}s: one line with the file, the line and the
 * rule.
 */
@NullMarked
package org.supportmodel.connectors;

import org.jspecify.annotations.NullMarked;

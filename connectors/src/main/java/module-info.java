/**
 * Helpdesk exports in: CSV, event-row and snapshot-row mappings with presets, repairs explained.
 */
module org.supportmodel.connectors {
  requires transitive org.supportmodel.sla;
  requires transitive org.supportmodel.routing;
  requires de.siegmar.fastcsv;
  requires static org.jspecify;

  exports org.supportmodel.connectors;
}

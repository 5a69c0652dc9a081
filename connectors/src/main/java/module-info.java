/**
 * Helpdesk exports in: CSV, event-row and snapshot-row mappings with presets, repairs explained.
 */
module org.supportmodel.connectors {
  requires transitive org.supportmodel.sla;
  requires transitive org.supportmodel.routing;
  requires de.siegmar.fastcsv;
  requires static org.jspecify;
  // the sla module's values carry Immutables' style annotation; javadoc reads it
  requires static org.immutables.value.annotations;

  exports org.supportmodel.connectors;
}

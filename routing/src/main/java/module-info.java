/**
 * Routing of support requests to resolving authorities across support levels 1 to 5, with the
 * hand-off policy, the reference trail across helpdesks, bounce detection and escalation.
 */
module org.supportmodel.routing {
  requires transitive org.supportmodel.core;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.supportmodel.routing;
}

/**
 * JSON for supportmodel's inputs and results: a Jackson 3 module that users register.
 */
module org.supportmodel.jackson {
  requires transitive org.supportmodel.routing;
  requires transitive org.supportmodel.sla;
  requires transitive org.supportmodel.hypercare;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;
  // the sla module's values carry Immutables' style annotation; javadoc reads it
  requires static org.immutables.value.annotations;

  exports org.supportmodel.jackson;
}

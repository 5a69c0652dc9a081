/**
 * Hypercare plans and the exit evaluation: criteria with evidence, trends and a readable report.
 */
module org.supportmodel.hypercare {
  requires transitive org.supportmodel.core;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.supportmodel.hypercare;
}

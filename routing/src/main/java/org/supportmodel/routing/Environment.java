package org.supportmodel.routing;

/** The environments a fix travels through, in order. */
public enum Environment {
  /** Development. */
  DEVELOPMENT,
  /** Test, including user acceptance test. */
  TEST,
  /** Pre-production: the last stop before production. */
  PRE_PRODUCTION,
  /** Production. */
  PRODUCTION
}

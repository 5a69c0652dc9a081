package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * How a request goes to Microsoft: the channel, the severity and why that severity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel the in-application channel
 * @param severity the severity to raise it with
 * @param severityReason why that severity, in words
 */
public record MicrosoftCase(MicrosoftChannel channel, MicrosoftSeverity severity, String severityReason) {
  /**
   * Checks the case.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public MicrosoftCase {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(severityReason, "severityReason");
    Checks.text(severityReason, "severityReason");
  }
}

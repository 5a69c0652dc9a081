package org.supportmodel.routing;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/** The family of Dynamics 365 apps a request is about; it decides the channel to Microsoft. */
public enum Dynamics365App {
  /** Finance and Supply Chain Management apps: Microsoft cases go through Lifecycle Services. */
  FINANCE_AND_SUPPLY_CHAIN(MicrosoftChannel.LIFECYCLE_SERVICES),
  /** Customer engagement apps: Microsoft cases go through the Power Platform admin center. */
  CUSTOMER_ENGAGEMENT(MicrosoftChannel.POWER_PLATFORM_ADMIN_CENTER);

  private final MicrosoftChannel channel;

  Dynamics365App(MicrosoftChannel channel) {
    this.channel = channel;
  }

  /**
   * The in-application channel for raising a case with Microsoft.
   *
   * @return the channel, never null
   */
  public MicrosoftChannel microsoftChannel() {
    return channel;
  }

  /**
   * Parses a constant name, ignoring case; spaces and hyphens read as underscores.
   *
   * @param text the text
   * @return the app family, never null
   * @throws IllegalArgumentException naming the text if it is not an app family
   */
  public static Dynamics365App parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(Dynamics365App.class, text, "application");
  }
}

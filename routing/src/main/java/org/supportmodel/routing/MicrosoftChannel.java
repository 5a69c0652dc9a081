package org.supportmodel.routing;

/** The in-application channel through which a case is raised with Microsoft support. */
public enum MicrosoftChannel {
  /** Lifecycle Services, for Finance and Supply Chain Management apps. */
  LIFECYCLE_SERVICES("Lifecycle Services"),
  /** The Power Platform admin center, for customer engagement apps. */
  POWER_PLATFORM_ADMIN_CENTER("Power Platform admin center");

  private final String label;

  MicrosoftChannel(String label) {
    this.label = label;
  }

  /**
   * The channel's name for people.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}

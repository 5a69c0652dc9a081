package org.supportmodel.operations;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * The areas of a solution whose support the guidance asks to define, each answering "what, what
 * in detail, who, when and how" ("Define the support scope"). An area that needs administration of
 * the production environment says so: most customers don't give partners admin access to
 * production.
 */
public enum ScopeArea {
  /** The systems, software and data around Dynamics 365 whose changes reach support. */
  ENTERPRISE_ARCHITECTURE(
      "enterprise architecture",
      "the systems, software and data that interact with Dynamics 365, new and influenced ones",
      "enterprise-level configuration (Azure, Microsoft 365 tenants, identities), identity and access management, directly"
          + " interfaced and middleware systems, systems being decommissioned with residual tasks, document management, code"
          + " configuration management and reporting systems",
      false),
  /** Group, company and application policies the support team enforces, monitors or follows. */
  BUSINESS_AND_IT_POLICIES(
      "business and IT policies",
      "the group, company and application-level policies the support model follows, enforces or monitors",
      "third-party contracts, operating hours, period end and seasonal deadlines, change control on enterprise IT assets,"
          + " application-level policies and security, enterprise security and access management, data classification and"
          + " retention, regulatory compliance",
      false),
  /** Systems and services Dynamics 365 depends on, and those that depend on it. */
  DEPENDENCIES(
      "dependencies",
      "the systems and services the solution depends on and those that depend on it",
      "upstream and downstream systems, shared enterprise services, third-party services and who supports each",
      false),
  /** The production, support, test, development and related environments. */
  ENVIRONMENTS(
      "environments",
      "the Dynamics 365 environments and their maintenance and operational tasks",
      "data refreshes, database movements between environments, configuration moves and code promotion for the support,"
          + " test, development, data migration, training and integration environments",
      true),
  /** Data, security, performance, monitoring and troubleshooting of each integration. */
  INTEGRATIONS(
      "integrations",
      "the support of every integration",
      "data management at either end, security of the integration services, performance, auditing and monitoring,"
          + " troubleshooting, stopping and starting of integration services",
      false),
  /** Servicing non-production environments and running system operations. */
  SYSTEM_MAINTENANCE(
      "system maintenance",
      "the maintenance tasks in the support team's responsibilities",
      "new environments, database copies and restores, customer-managed cloud-hosted environments, requested backups;"
          + " users to security roles, periodic cleanup jobs, administration messages, batch calendar, system update calendar",
      true),
  /** The data the support team maintains beside the business's data stewards. */
  DATA_MAINTENANCE(
      "data maintenance",
      "the data the support team maintains, beside the data stewards of the business",
      "system administrator data, some primary data, security and access data, data of periodic processes",
      false),
  /** Monitoring against performance goals and diagnosing performance issues. */
  PERFORMANCE_MANAGEMENT(
      "performance management",
      "proactive monitoring against performance goals and the diagnosis of reported performance issues",
      "baselines and goals for critical processes, business impact and priority of a report, diagnosis across configuration,"
          + " data, custom, ISV and standard code, reproduction, hand-off to internal or external specialist teams",
      false),
  /** Day-to-day support of the key business processes. */
  BUSINESS_PROCESSES(
      "business processes",
      "support of users in the key business processes in scope",
      "per process: expertise needed, likely tasks and queries, usage and volume, criticality and priority, skills,"
          + " special hours, the ownership the process leaders take",
      false),
  /** The business continuity strategy and its drills. */
  BUSINESS_CONTINUITY(
      "business continuity",
      "the support organization's part in the business continuity strategy and its regular checks",
      "outage scenarios and drills, the customer's actions in a failover to the secondary site, restrictions while on it,"
          + " communication between the parties, Microsoft's service description and SLAs",
      true),
  /** Planning and applying Microsoft, ISV and custom-code updates. */
  SYSTEM_UPDATE_CYCLES(
      "system update cycles",
      "the calendar of updates and the effort they bring",
      "Microsoft Dynamics 365 updates, ISV updates, custom-code updates, with their regression testing and release"
          + " management",
      true),
  /** Capturing new requirements and channelling them to the backlog owner. */
  REQUIREMENTS_MANAGEMENT(
      "requirements management",
      "the capture of new and emerging requirements and their route to the right parties",
      "minimum viable product follow-ups, further rollouts, changes in connected systems, business changes, Microsoft and"
          + " ISV functional updates; who reviews, prioritizes and delivers the backlog",
      false),
  /** Changes to the production system outside projects and their approval. */
  CHANGE_MANAGEMENT(
      "change management",
      "the changes that reach production outside projects and how they are reviewed and approved",
      "core data, system parameter, configuration and approval process changes, bug fixes; the system's own change"
          + " control and the change boards for everything else",
      false);

  private final String label;
  private final String what;
  private final String whatInDetail;
  private final boolean productionAdministration;

  ScopeArea(String label, String what, String whatInDetail, boolean productionAdministration) {
    this.label = label;
    this.what = what;
    this.whatInDetail = whatInDetail;
    this.productionAdministration = productionAdministration;
  }

  /**
   * The area's name in text.
   *
   * @return the label, such as "system maintenance"
   */
  public String label() {
    return label;
  }

  /**
   * What the area covers, in the guidance's words: the default "what" of a register.
   *
   * @return the text
   */
  public String what() {
    return what;
  }

  /**
   * The topics the guidance lists for the area: the default "what in detail" of a register.
   *
   * @return the text
   */
  public String whatInDetail() {
    return whatInDetail;
  }

  /**
   * Whether the area's work administers the production environment (deployments, copies,
   * failover): work that most customers keep for an internal team.
   *
   * @return true if it does
   */
  public boolean productionAdministration() {
    return productionAdministration;
  }

  /**
   * Reads an area by name, case and spaces as the library's parsers allow.
   *
   * @param text the name, such as "SYSTEM_MAINTENANCE" or "system maintenance"
   * @return the area
   * @throws IllegalArgumentException naming the text and the areas
   */
  public static ScopeArea parse(String text) {
    Objects.requireNonNull(text, "text");
    return Checks.parseEnum(ScopeArea.class, text, "area");
  }
}

package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityKind;

class HandOffPolicyTest {

  @Test
  void standardPolicyFollowsTheGuidance() {
    HandOffPolicy policy = HandOffPolicy.standard();
    assertEquals(DataAccess.PRODUCTION_DATA, policy.dataAccess(AuthorityKind.INTERNAL_D365_TEAM));
    assertEquals(DataAccess.ANONYMIZED_COPY, policy.dataAccess(AuthorityKind.PARTNER));
    assertEquals(DataAccess.ANONYMIZED_COPY, policy.dataAccess(AuthorityKind.ISV));
    assertEquals(DataAccess.NO_CUSTOMER_DATA, policy.dataAccess(AuthorityKind.MICROSOFT));
    assertEquals(Optional.of(Environment.PRE_PRODUCTION), policy.deploymentUpTo(AuthorityKind.PARTNER));
    assertEquals(Optional.of(Environment.PRODUCTION), policy.deploymentUpTo(AuthorityKind.INTERNAL_D365_TEAM));
    assertFalse(policy.hasProductionAdmin(AuthorityKind.PARTNER));
    assertTrue(policy.hasProductionAdmin(AuthorityKind.CENTER_OF_EXCELLENCE));
  }

  @Test
  void aPartnerGetsProductionAdminOrDeploysToProductionOnlyUnderAnExplicitGrant() {
    IllegalArgumentException admin =
        assertThrows(
            IllegalArgumentException.class,
            () -> HandOffPolicy.standard().withProductionAdmin(AuthorityKind.PARTNER, true));
    assertEquals(
        "productionAdmin.PARTNER: 'true' is not allowed without an explicit grant: most customers don't give partners"
            + " admin access to production (use withPartnerProductionAccess(approval))",
        admin.getMessage());
    assertEquals("productionAdmin.ISV: 'true' is not allowed: only the partner may be granted admin access to production",
        assertThrows(IllegalArgumentException.class,
            () -> HandOffPolicy.standard().withProductionAdmin(AuthorityKind.ISV, true)).getMessage());
    assertEquals("deployUpTo.MICROSOFT: 'PRODUCTION' is not allowed: only the partner may be granted deployment to production",
        assertThrows(IllegalArgumentException.class, () -> HandOffPolicy.standard().withPartnerProductionAccess("CAB-1")
            .withDeploymentUpTo(AuthorityKind.MICROSOFT, Optional.of(Environment.PRODUCTION))).getMessage());
    HandOffPolicy granted = HandOffPolicy.standard().withPartnerProductionAccess("CAB-2026-031");
    assertEquals(Optional.of("CAB-2026-031"), granted.partnerProductionAccess());
    assertTrue(granted.hasProductionAdmin(AuthorityKind.PARTNER));
    assertEquals(Optional.of(Environment.PRODUCTION), granted.deploymentUpTo(AuthorityKind.PARTNER));
    assertEquals(HandOffPolicy.standard(), granted.withoutPartnerProductionAccess());
    assertEquals(Optional.empty(), HandOffPolicy.standard().partnerProductionAccess());
    assertTrue(granted.toString().endsWith(", partnerProductionAccess=CAB-2026-031}"), granted.toString());
    IllegalArgumentException deploy =
        assertThrows(
            IllegalArgumentException.class,
            () -> HandOffPolicy.standard().withDeploymentUpTo(AuthorityKind.PARTNER, Optional.of(Environment.PRODUCTION)));
    assertTrue(String.valueOf(deploy.getMessage()).startsWith("deployUpTo.PARTNER: 'PRODUCTION' is not allowed"));
  }

  @Test
  void policiesAreConfigurableAndImmutable() {
    HandOffPolicy strict = HandOffPolicy.standard().withDataAccess(AuthorityKind.PARTNER, DataAccess.NO_CUSTOMER_DATA);
    assertEquals(DataAccess.NO_CUSTOMER_DATA, strict.dataAccess(AuthorityKind.PARTNER));
    assertEquals(DataAccess.ANONYMIZED_COPY, HandOffPolicy.standard().dataAccess(AuthorityKind.PARTNER));
    HandOffPolicy noDeploy = HandOffPolicy.standard().withDeploymentUpTo(AuthorityKind.PARTNER, Optional.empty());
    assertEquals(Optional.empty(), noDeploy.deploymentUpTo(AuthorityKind.PARTNER));
    assertEquals(HandOffPolicy.standard(), HandOffPolicy.standard().withProductionAdmin(AuthorityKind.INTERNAL_IT, true));
  }

  @Test
  void dataAccessOrdersFromMostToLeastPermissive() {
    assertTrue(DataAccess.PRODUCTION_DATA.allows(DataAccess.ANONYMIZED_COPY));
    assertFalse(DataAccess.NO_CUSTOMER_DATA.allows(DataAccess.ANONYMIZED_COPY));
    assertEquals(DataAccess.ANONYMIZED_COPY, DataAccess.mostRestrictive(DataAccess.PRODUCTION_DATA, DataAccess.ANONYMIZED_COPY));
    assertEquals(DataAccess.ANONYMIZED_COPY, DataAccess.parse("anonymized copy"));
  }
}

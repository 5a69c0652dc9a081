package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportModel;

class SupportSetupTest {

  private static String messageOf(Executable executable) {
    return String.valueOf(assertThrows(IllegalArgumentException.class, executable).getMessage());
  }

  @Test
  void partnerModelsNeedAPartner() {
    assertEquals(
        "partner: 'none' must be named in the mixed model",
        messageOf(() -> Fixtures.setup(SupportModel.MIXED).withPartner(Optional.empty())));
  }

  @Test
  void theFullyInternalModelHasNoPartner() {
    assertEquals(
        "partner: 'Fabrikam' contradicts the fully internal model, which has no partner",
        messageOf(() -> Fixtures.setup(SupportModel.FULLY_INTERNAL).withPartner(Fixtures.FABRIKAM)));
    assertTrue(
        messageOf(() -> Fixtures.setup(SupportModel.FULLY_INTERNAL).withPartnerHandlesIsvs(true))
            .startsWith("partnerHandlesIsvs: 'true' contradicts"));
    assertTrue(
        messageOf(() -> Fixtures.setup(SupportModel.FULLY_INTERNAL).withIntegrationOwner(IntegrationOwner.PARTNER))
            .startsWith("integrationOwner: 'PARTNER' contradicts"));
  }

  @Test
  void authoritiesMustBeOfTheRightKind() {
    assertEquals(
        "partner.kind: 'ISV' must be PARTNER",
        messageOf(() -> Fixtures.setup(SupportModel.MIXED).withPartner(Fixtures.CONTOSO_TAX)));
    assertEquals(
        "isvs[partner-fabrikam].kind: 'PARTNER' must be ISV",
        messageOf(() -> Fixtures.setup(SupportModel.MIXED).withIsvs(Fixtures.FABRIKAM)));
    ResolvingAuthority sameId = ResolvingAuthority.of(AuthorityKind.ISV, "isv-contoso-tax", "Contoso Tax 2");
    assertEquals(
        "isvs.id: 'isv-contoso-tax' is listed more than once",
        messageOf(() -> Fixtures.setup(SupportModel.MIXED).withIsvs(Fixtures.CONTOSO_TAX, sameId)));
  }

  @Test
  void thePartnerCannotHandleIsvsThatTheSetupDoesNotName() {
    assertEquals(
        "partnerHandlesIsvs: 'true' needs at least one ISV in isvs: the setup names none for the partner to handle",
        messageOf(() -> Fixtures.setup(SupportModel.FULLY_OUTSOURCED).withIsvs()));
  }

  @Test
  void bounceThresholdMustBePositive() {
    assertEquals(
        "maxReassignments: '0' must be at least 1",
        messageOf(() -> Fixtures.setup(SupportModel.MIXED).withMaxReassignments(0)));
  }

  @Test
  void missingAttributesAreNamed() {
    SupportSetup.Builder builder = SupportSetup.builder();
    builder.model(SupportModel.MIXED);
    String message = messageOf(builder::build);
    assertTrue(message.contains("handOffPolicy"), message);
    assertTrue(message.contains("maxReassignments"), message);
  }

  @Test
  void theDriverFollowsTheModel() {
    assertEquals(Fixtures.FABRIKAM, Fixtures.setup(SupportModel.FULLY_OUTSOURCED).driver());
    assertEquals(Fixtures.TEAM, Fixtures.setup(SupportModel.MIXED).driver());
    assertEquals(Fixtures.COE, Fixtures.setup(SupportModel.MIXED).internalExperts());
    assertEquals(Fixtures.TEAM, Fixtures.setup(SupportModel.MIXED).withCenterOfExcellence(false).internalExperts());
  }
}

package org.supportmodel.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Schema;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportmodel.core.Priority;
import org.supportmodel.core.selection.OrganizationProfile;
import org.supportmodel.hypercare.CriterionResult;
import org.supportmodel.hypercare.ExitCriteria;
import org.supportmodel.hypercare.ExitCriterion;
import org.supportmodel.hypercare.HypercareFacts;
import org.supportmodel.hypercare.HypercarePlan;
import org.supportmodel.hypercare.RequestRecord;
import org.supportmodel.hypercare.SlaCounting;
import org.supportmodel.hypercare.Threshold;
import org.supportmodel.routing.HandOffPolicy;
import org.supportmodel.routing.SupportRequest;
import org.supportmodel.routing.SupportSetup;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Every input reads back equal from what the module writes, follows its schema, and bad input names its JSON path and rule. */
class InputJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SupportmodelModule()).build();

  private static <T> void roundTrips(Gen<T> values, Class<T> type, String schemaName) {
    Schema schema = SchemaTest.schema(schemaName);
    qt().withExamples(300).forAll(values).checkAssert(value -> {
      String json = MAPPER.writeValueAsString(value);
      assertEquals(value, MAPPER.readValue(json, type), json);
      assertEquals(List.of(), schema.validate(MAPPER.readTree(json)), json);
    });
  }

  private static String error(String json, Class<?> type) {
    return assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, type)).getOriginalMessage();
  }

  @Test
  void organizationProfilesRoundTrip() {
    roundTrips(Generated.profiles(), OrganizationProfile.class, "organization-profile");
  }

  @Test
  void supportSetupsRoundTrip() {
    roundTrips(Generated.setups(), SupportSetup.class, "support-setup");
  }

  @Test
  void supportRequestsRoundTrip() {
    roundTrips(Generated.requests(), SupportRequest.class, "support-request");
  }

  @Test
  void hypercarePlansRoundTrip() {
    roundTrips(Generated.plans(), HypercarePlan.class, "hypercare-plan");
  }

  @Test
  void requestRecordsRoundTrip() {
    roundTrips(Generated.records(), RequestRecord.class, "request-record");
  }

  @Test
  void errorsNameTheJsonPathAndTheRule() {
    String setup = "{\"model\":\"MIXED\",\"centerOfExcellence\":false,\"integrationOwner\":\"INTERNAL_IT\","
        + "\"partner\":{\"id\":\"fabrikam\",\"kind\":\"ISV\",\"name\":\"Fabrikam\"},"
        + "\"partnerHandlesIsvs\":false,\"twentyFourSevenCommitment\":true,\"maxReassignments\":3}";
    assertEquals("$: partner.kind: 'ISV' must be PARTNER", error(setup, SupportSetup.class));
    assertEquals("$.handOffPolicy.deployUpTo: deployUpTo.PARTNER: 'PRODUCTION' is not allowed without an explicit grant: "
        + "the internal team deploys to production (use withPartnerProductionAccess(approval))",
        error(setup.replace("\"kind\":\"ISV\"", "\"kind\":\"PARTNER\"").replace("}", "").replace("\"maxReassignments\":3",
            "\"maxReassignments\":3,\"handOffPolicy\":{\"deployUpTo\":{\"PARTNER\":\"PRODUCTION\"}}}").replace("Fabrikam\"", "Fabrikam\"}"),
            SupportSetup.class));
    assertEquals("$.maxReassignments: is required", error(setup.replace(",\"maxReassignments\":3", ""), SupportSetup.class));
    assertEquals("$.centerOfExcellence: must be true or false, not \"no\"",
        error(setup.replace("\"centerOfExcellence\":false", "\"centerOfExcellence\":\"no\""), SupportSetup.class));

    String request = "{\"id\":\"INC-1\",\"priority\":\"P2\",\"application\":\"FINANCE_AND_SUPPLY_CHAIN\",\"processCriticality\":\"HIGH\","
        + "\"diagnosis\":{\"layer\":\"CUSTOM_CODE\",\"complexity\":\"SIMPLE\"},"
        + "\"path\":[{\"authority\":{\"id\":\"super-user\",\"kind\":\"SUPER_USER\",\"name\":\"Super user\"},\"level\":1},"
        + "{\"authority\":{\"id\":\"internal-helpdesk\",\"kind\":\"INTERNAL_HELPDESK\",\"name\":\"Helpdesk\"},\"level\":7}]}";
    assertEquals("$.path[1].level: supportLevel: '7' must be from 1 to 5", error(request, SupportRequest.class));
    assertEquals("$.diagnosis.layer: layer: 'CUSTOM' is not one of [BUSINESS_PROCESS_OR_TRAINING, INTERNAL_NETWORK, INTERNAL_INFRASTRUCTURE, "
        + "MICROSOFT_PLATFORM, STANDARD_D365, CONFIGURATION, DATA, CUSTOM_CODE, ISV_CODE, INTEGRATION]",
        error(request.replace("CUSTOM_CODE", "CUSTOM"), SupportRequest.class));
    assertEquals("$.diagnosis: isv: 'isv-1' is only given when the layer is ISV_CODE, not CUSTOM_CODE",
        error(request.replace("\"complexity\":\"SIMPLE\"", "\"complexity\":\"SIMPLE\",\"isv\":\"isv-1\""), SupportRequest.class));

    String plan = "{\"name\":\"Plan\",\"zone\":\"Europe/Berlin\",\"goLive\":\"2026-05-04\",\"plannedEnd\":\"2026-06-15\","
        + "\"criteria\":[{\"id\":\"p1-action-plans\"},{\"id\":\"sla-attainment\",\"threshold\":{\"over\":0.9,\"atLeast\":0.9}}]}";
    assertEquals("$.criteria[1].threshold: must give either over or atLeast", error(plan, HypercarePlan.class));
    assertEquals("$.criteria[1].id: 'sla' is not one of [backlog-trend, first-period-close, handover-signed-off, key-process-efficiency, "
        + "p1-action-plans, resolved-without-hypercare, sla-attainment]", error(plan.replace("\"sla-attainment\"", "\"sla\""), HypercarePlan.class));
    assertEquals("$.criteria[1]: window: 'PT0S' must be positive",
        error(plan.replace("\"threshold\":{\"over\":0.9,\"atLeast\":0.9}", "\"window\":\"PT0S\""), HypercarePlan.class));
    assertEquals("$.plannedEnd: '15.06.2026' is not an ISO-8601 date, such as 2026-05-04",
        error(plan.replace("2026-06-15", "15.06.2026"), HypercarePlan.class));
    assertEquals("$: plannedEnd: '2026-05-01' must be after the go-live date 2026-05-04",
        error(plan.replace("2026-06-15", "2026-05-01").replace(",\"atLeast\":0.9", ""), HypercarePlan.class));
    assertEquals("$.zone: 'Europe/Bonn' is not a time zone, such as Europe/Berlin",
        error(plan.replace("Europe/Berlin", "Europe/Bonn"), HypercarePlan.class));

    assertEquals("$.schemaVersion: 2 is not supported: this module reads version 1",
        error("{\"schemaVersion\":2,\"model\":\"MIXED\"}", SupportSetup.class));
    assertEquals("$.skillCoverage.SERVICING: is required",
        error("{\"processes\":[{\"id\":\"O2C\",\"name\":\"Order to cash\",\"criticality\":\"HIGH\"}],\"customization\":\"NONE\","
            + "\"internalSupportStaff\":3,\"skillCoverage\":{\"BUSINESS_WORKSTREAMS\":\"FULL\",\"TECHNICAL_AREAS\":\"FULL\"}}",
            OrganizationProfile.class));
    assertEquals("$[1].reopens[0]: '2026-05-05' is not an ISO-8601 instant with an offset, such as 2026-03-02T09:00:00Z",
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(
            "[{\"id\":\"A\",\"priority\":\"P1\",\"kind\":\"INCIDENT\",\"opened\":\"2026-05-04T08:00:00Z\"},"
                + "{\"id\":\"B\",\"priority\":\"P1\",\"kind\":\"INCIDENT\",\"opened\":\"2026-05-04T08:00:00Z\","
                + "\"resolutions\":[\"2026-05-04T09:00:00Z\"],\"reopens\":[\"2026-05-05\"]}]",
            MAPPER.getTypeFactory().constructCollectionType(List.class, RequestRecord.class))).getOriginalMessage());
  }

  @Test
  void aCriterionLeftWithoutParametersIsTheLibrarysDefaultAndOneOfTheUsersOwnHasNoJsonForm() {
    HypercarePlan plan = MAPPER.readValue("{\"schemaVersion\":1,\"name\":\"Plan\",\"zone\":\"Europe/Berlin\",\"goLive\":\"2026-05-04\","
        + "\"plannedEnd\":\"2026-06-15\",\"criteria\":[{\"id\":\"sla-attainment\"},{\"id\":\"resolved-without-hypercare\",\"window\":\"P7D\"},"
        + "{\"id\":\"backlog-trend\"}]}", HypercarePlan.class);
    assertEquals(List.of(ExitCriteria.slaAttainment(), ExitCriteria.resolvedWithoutHypercareResources(Threshold.over(0.95), Duration.ofDays(7)),
        ExitCriteria.backlogTrend(2)), plan.criteria());
    assertTrue(MAPPER.writeValueAsString(plan).contains("{\"id\":\"sla-attainment\",\"priorities\":[\"P1\",\"P2\"],\"threshold\":{\"over\":0.9},"
        + "\"window\":\"P14D\",\"counting\":\"PER_REQUEST\"}"));
    assertEquals(new ExitCriteria.SlaAttainment(Set.of(Priority.P1), Threshold.atLeast(0.8), Duration.ofHours(36), SlaCounting.PER_TARGET),
        MAPPER.readValue("{\"name\":\"Plan\",\"zone\":\"UTC\",\"goLive\":\"2026-05-04\",\"plannedEnd\":\"2026-06-15\",\"criteria\":[{\"id\":"
            + "\"sla-attainment\",\"priorities\":[\"P1\"],\"threshold\":{\"atLeast\":0.8},\"window\":\"PT36H\",\"counting\":\"PER_TARGET\"}]}",
            HypercarePlan.class).criteria().get(0));

    ExitCriterion own = new ExitCriterion() {
      @Override
      public String id() {
        return "own";
      }

      @Override
      public String description() {
        return "The team's own criterion";
      }

      @Override
      public CriterionResult evaluate(HypercareFacts facts) {
        throw new UnsupportedOperationException();
      }
    };
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.writeValueAsString(plan.withCriteria(own)));
    assertTrue(e.getOriginalMessage().startsWith("criteria: 'own' is a criterion of the class org.supportmodel.jackson.InputJsonTest$"),
        e.getOriginalMessage());
  }

  @Test
  void aHandOffPolicyLeftOutIsTheStandardOneAndItsPartsChangeOnlyWhatTheyName() {
    String setup = "{\"model\":\"FULLY_INTERNAL\",\"centerOfExcellence\":true,\"integrationOwner\":\"INTERNAL_IT\","
        + "\"partnerHandlesIsvs\":false,\"twentyFourSevenCommitment\":false,\"maxReassignments\":2%s}";
    assertEquals(HandOffPolicy.standard(), MAPPER.readValue(String.format(setup, ""), SupportSetup.class).handOffPolicy());
    assertEquals(HandOffPolicy.standard().withDataAccess(org.supportmodel.core.AuthorityKind.PARTNER,
            org.supportmodel.routing.DataAccess.NO_CUSTOMER_DATA),
        MAPPER.readValue(String.format(setup, ",\"handOffPolicy\":{\"dataAccess\":{\"PARTNER\":\"NO_CUSTOMER_DATA\"}}"), SupportSetup.class)
            .handOffPolicy());
    HandOffPolicy noDeploys = MAPPER.readValue(String.format(setup, ",\"handOffPolicy\":{\"deployUpTo\":{},\"productionAdmins\":[]}"),
        SupportSetup.class).handOffPolicy();
    for (org.supportmodel.core.AuthorityKind kind : org.supportmodel.core.AuthorityKind.values()) {
      assertEquals(java.util.Optional.empty(), noDeploys.deploymentUpTo(kind), kind::name);
      assertEquals(false, noDeploys.hasProductionAdmin(kind), kind::name);
    }
  }

  @Test
  void aDiagnosisLeftShortTakesTheDefaultsOfDiagnosisOf() {
    String request = "{\"id\":\"INC-1\",\"priority\":\"P2\",\"application\":\"FINANCE_AND_SUPPLY_CHAIN\",\"processCriticality\":\"HIGH\","
        + "\"diagnosis\":%s,\"path\":[{\"authority\":{\"id\":\"super-user\",\"kind\":\"SUPER_USER\",\"name\":\"Super user\"},\"level\":1}]}";
    for (org.supportmodel.core.ProblemLayer layer : org.supportmodel.core.ProblemLayer.values()) {
      if (layer == org.supportmodel.core.ProblemLayer.ISV_CODE) {
        continue;
      }
      SupportRequest read = MAPPER.readValue(String.format(request, "{\"layer\":\"" + layer + "\",\"complexity\":\"COMPLEX\"}"),
          SupportRequest.class);
      assertEquals(org.supportmodel.routing.Diagnosis.of(layer, org.supportmodel.routing.Complexity.COMPLEX), read.diagnosis(), layer::name);
    }
    assertEquals(org.supportmodel.routing.Diagnosis.unknown(),
        MAPPER.readValue(String.format(request, "{\"complexity\":\"SIMPLE\"}"), SupportRequest.class).diagnosis());
  }

  @Test
  void aRecordLeftWithoutItsUseOfHypercareResourcesIsUnknown() {
    RequestRecord record = MAPPER.readValue("{\"id\":\"INC-1\",\"priority\":\"P2\",\"kind\":\"SERVICE_REQUEST\",\"opened\":\"2026-05-04T10:00:00+02:00\"}",
        RequestRecord.class);
    assertEquals(org.supportmodel.hypercare.HypercareUse.UNKNOWN, record.hypercareResources());
    assertEquals(java.time.Instant.parse("2026-05-04T08:00:00Z"), record.opened());
    assertEquals(List.of(), record.resolutions());
    assertEquals(java.util.Optional.empty(), record.process());
  }
}

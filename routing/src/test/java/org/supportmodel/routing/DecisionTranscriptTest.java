package org.supportmodel.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.supportmodel.core.AuthorityId;
import org.supportmodel.core.ProblemLayer;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.core.SupportModel;

/**
 * What a person reads about routing decisions, word for word, for walks chosen to cover the
 * rules: the partner for complex work or deeper Dynamics 365 knowledge, an ISV under the partner's
 * contract, a Microsoft case, internal IT, a request sent back to the super users, and a bounce.
 * A change shows as a diff to review; the actual text is written to {@code target/}.
 */
class DecisionTranscriptTest {
  private static void walk(StringBuilder out, String title, SupportModel model, Diagnosis diagnosis) {
    out.append("## ").append(title).append(" (").append(model).append(")\n");
    for (Routed step : Fixtures.walk(Fixtures.newRequest("INC-1", diagnosis), Fixtures.setup(model))) {
      out.append(step.describe());
    }
    out.append('\n');
  }

  @Test
  void theDecisionsReadAsReviewed() throws IOException {
    StringBuilder out = new StringBuilder();
    walk(out, "complex custom code", SupportModel.MIXED, Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.COMPLEX));
    walk(out, "configuration needing deeper knowledge", SupportModel.MIXED,
        Diagnosis.of(ProblemLayer.CONFIGURATION, Complexity.MODERATE).withNeedsDeepD365Knowledge(true));
    walk(out, "complex data needing deeper knowledge", SupportModel.MIXED,
        Diagnosis.of(ProblemLayer.DATA, Complexity.COMPLEX).withNeedsDeepD365Knowledge(true));
    walk(out, "ISV code under the partner's contract", SupportModel.FULLY_OUTSOURCED,
        Diagnosis.isvCode(AuthorityId.of("isv-contoso-tax")));
    walk(out, "standard Dynamics 365", SupportModel.FULLY_INTERNAL, Diagnosis.of(ProblemLayer.STANDARD_D365, Complexity.MODERATE));
    walk(out, "internal network", SupportModel.FULLY_OUTSOURCED, Diagnosis.of(ProblemLayer.INTERNAL_NETWORK, Complexity.SIMPLE));
    walk(out, "integration", SupportModel.MIXED, Diagnosis.of(ProblemLayer.INTEGRATION, Complexity.MODERATE));
    walk(out, "business process or training", SupportModel.MIXED,
        Diagnosis.of(ProblemLayer.BUSINESS_PROCESS_OR_TRAINING, Complexity.SIMPLE));
    out.append("## a party that rules out its product (MIXED)\n");
    SupportRequest atMicrosoft = Fixtures.at("INC-5", Diagnosis.of(ProblemLayer.CUSTOM_CODE, Complexity.MODERATE),
        Hop.of(Fixtures.SUPER_USER, SupportLevel.LEVEL_1), Hop.of(Fixtures.HELPDESK, SupportLevel.LEVEL_2),
        Hop.of(Fixtures.TEAM, SupportLevel.LEVEL_3), Hop.of(Fixtures.MICROSOFT, SupportLevel.LEVEL_5));
    out.append(((Routed) Routing.route(atMicrosoft, Fixtures.setup(SupportModel.MIXED))).describe());
    String actual = out.toString();
    Path written = Path.of("target", "routing-decisions.txt");
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    try (InputStream in = DecisionTranscriptTest.class.getResourceAsStream("routing-decisions.txt")) {
      String expected = in == null ? "(no reviewed text yet)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, actual, "compare with " + written.toAbsolutePath());
    }
  }
}

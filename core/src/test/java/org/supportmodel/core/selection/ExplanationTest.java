package org.supportmodel.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole explanation a person reads, word for word, for three situations the guidance
 * describes: the wording, the scores, each factor, the hard rules, the risks, the runner-up with
 * the single changes that would make it win, and the responsibility matrix. A change in any of
 * them shows here as a diff to review; the actual text is written to {@code target/} for that.
 */
class ExplanationTest {
  private static OrganizationProfile profile(String name) {
    return switch (name) {
      case "usual-blend" -> Profiles.usualBlend();
      case "large-internal-team" -> Profiles.largeInternalTeamCoveringEverySkill();
      case "small-project-outsourcing-mandated" -> Profiles.smallProjectWithoutInternalTeam()
          .withInternalSupportStaff(3)
          .withConstraints(EnterpriseConstraint.of(EnterpriseConstraint.Kind.OUTSOURCING_MANDATED, "Group sourcing policy GSP-7"));
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"usual-blend", "large-internal-team", "small-project-outsourcing-mandated"})
  void theExplanationReadsAsReviewed(String name) throws IOException {
    String actual = SupportModelSelection.recommend(profile(name)).explanation();
    Path written = Path.of("target", "explanations", name + ".txt");
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    try (InputStream in = ExplanationTest.class.getResourceAsStream("explanation-" + name + ".txt")) {
      String expected = in == null ? "(no reviewed text yet)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(expected, actual, "compare with " + written.toAbsolutePath());
    }
  }
}

package org.supportmodel.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Test your setup" example is {@link OurSupportSetupTest}, word for word: it
 * compiles and passes because it is that test.
 */
class ReadmeExampleTest {
  @Test
  void theReadmeShowsTheKitsOwnPassingExample() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/supportmodel/test/OurSupportSetupTest.java"), StandardCharsets.UTF_8);
    String example = source.substring(source.indexOf("// README: begin\n") + "// README: begin\n".length(),
        source.indexOf("// README: end"));
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Test your setup");
    assertThat(start).as("README has a 'Test your setup' section").isNotNegative();
    int block = readme.indexOf("```java\n", start) + "```java\n".length();
    assertThat(readme.substring(block, readme.indexOf("```", block))).isEqualTo(example);
  }
}

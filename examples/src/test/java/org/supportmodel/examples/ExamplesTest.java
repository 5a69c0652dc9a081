package org.supportmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.supportmodel.core.SupportModel;
import org.supportmodel.core.selection.SupportModelSelection;

/** Runs every example's {@code main} and checks its key output. */
class ExamplesTest {

  private static List<JavaClass> examplesWithMain() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.supportmodel.examples")
        .stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> c.tryGetMethod("main", String[].class).isPresent())
        .sorted(java.util.Comparator.comparing(JavaClass::getName))
        .collect(Collectors.toList());
  }

  static String run(Class<?> example) throws Exception {
    Method main = example.getMethod("main", String[].class);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRunsAndPrints() {
    List<JavaClass> examples = examplesWithMain();
    assertFalse(examples.isEmpty(), "no example found");
    return examples.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getSimpleName(),
                    () -> assertFalse(run(c.reflect()).isBlank(), c.getName() + " printed nothing")));
  }

  @Test
  void recommendSupportModelExplainsAMixedRecommendation() throws Exception {
    assertEquals(
        SupportModel.MIXED,
        SupportModelSelection.recommend(RecommendSupportModel.alpineOutdoorGear()).recommended());
    String output = run(RecommendSupportModel.class);
    assertTrue(output.contains("Recommended support model: mixed"), output);
    assertTrue(output.contains("Risks of the mixed model"), output);
    assertTrue(output.contains("Level 4 (diagnosis, fix and deployment)"), output);
    assertTrue(output.contains("Recommended support model: fully outsourced"), output);
    assertTrue(output.contains("Group sourcing policy GSP-7"), output);
  }
}

package org.supportmodel.examples;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The module layering and the purity rules of the library modules, checked over the compiled
 * classes of every module.
 */
@AnalyzeClasses(packages = "org.supportmodel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] LIBRARY = {
    "org.supportmodel.core..", "org.supportmodel.routing..", "org.supportmodel.sla..", "org.supportmodel.hypercare..",
    "org.supportmodel.operations.."
  };
  /** The outer modules that adapt the library to the world; they look inward only. */
  private static final String[] ADAPTERS = {
    "org.supportmodel.holidays..", "org.supportmodel.connectors..", "org.supportmodel.jackson..",
    "org.supportmodel.kafka..", "org.supportmodel.test.."
  };
  private static final Set<String> CLOCK_OWNERS =
      Set.of(
          "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
          "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Year",
          "java.time.YearMonth", "java.time.MonthDay");

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule =
      noClasses()
          .that().resideInAPackage("org.supportmodel.core..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.supportmodel.routing..", "org.supportmodel.sla..", "org.supportmodel.hypercare..",
              "org.supportmodel.operations..", "org.supportmodel.examples..", "org.supportmodel.benchmarks..");

  @ArchTest
  static final ArchRule operationsDependsOnlyOnCoreAndSla =
      noClasses()
          .that().resideInAPackage("org.supportmodel.operations..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.supportmodel.routing..", "org.supportmodel.hypercare..", "org.supportmodel.examples..",
              "org.supportmodel.benchmarks..")
          .because("operations is a pure engine that may use core and sla's calendars");

  @ArchTest
  static final ArchRule routingDependsOnlyOnCore = dependsOnlyOnCore("routing");

  @ArchTest
  static final ArchRule slaDependsOnlyOnCore = dependsOnlyOnCore("sla");

  @ArchTest
  static final ArchRule hypercareDependsOnlyOnCore = dependsOnlyOnCore("hypercare");

  @ArchTest
  static final ArchRule libraryNeverDependsOnAnAdapter =
      noClasses()
          .that().resideInAnyPackage(LIBRARY)
          .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
          .because("the pure modules never depend on an adapter; adapters look inward");

  @ArchTest
  static final ArchRule holidaysLooksOnlyAtSlaAndCore =
      noClasses()
          .that().resideInAPackage("org.supportmodel.holidays..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.supportmodel.routing..", "org.supportmodel.hypercare..", "org.supportmodel.examples..",
              "org.supportmodel.benchmarks..");

  @ArchTest
  static final ArchRule connectorsLookOnlyAtTheEngines =
      noClasses()
          .that().resideInAPackage("org.supportmodel.connectors..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.supportmodel.hypercare..", "org.supportmodel.holidays..", "org.supportmodel.examples..",
              "org.supportmodel.benchmarks..")
          .because("the connectors turn exports into the engines' inputs; they evaluate nothing themselves");

  @ArchTest
  static final ArchRule onlyTheConnectorsUseTheCsvLibrary =
      noClasses()
          .that().resideOutsideOfPackage("org.supportmodel.connectors..")
          .should().dependOnClassesThat().resideInAPackage("de.siegmar.fastcsv..")
          .because("one adapter owns CSV parsing; the others read through it");

  @ArchTest
  static final ArchRule onlyTheJacksonModuleUsesJackson =
      noClasses()
          .that().resideOutsideOfPackages("org.supportmodel.jackson..", "org.supportmodel.kafka..", "org.supportmodel.examples..")
          .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
          .because("one adapter owns JSON; the library modules stay free of it (the streams adapter's serdes use that adapter's"
              + " module, so that a record is the JSON the interchange documents)");

  @ArchTest
  static final ArchRule theJacksonModuleLooksOnlyAtTheLibrary =
      noClasses()
          .that().resideInAPackage("org.supportmodel.jackson..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.supportmodel.connectors..", "org.supportmodel.holidays..", "org.supportmodel.examples..",
              "org.supportmodel.benchmarks..");

  @ArchTest
  static final ArchRule onlyTheStreamsAdapterUsesKafka =
      noClasses()
          .that().resideOutsideOfPackages("org.supportmodel.kafka..", "org.supportmodel.examples..", "org.supportmodel.benchmarks..")
          .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
          .because("the stream engine is one adapter's business; the library's engines stay pure");

  @ArchTest
  static final ArchRule theStreamsAdapterLooksOnlyAtTheLibraryAndTheInterchange =
      noClasses()
          .that().resideInAPackage("org.supportmodel.kafka..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.supportmodel.connectors..", "org.supportmodel.holidays..", "org.supportmodel.test..",
              "org.supportmodel.examples..", "org.supportmodel.benchmarks..");

  @ArchTest
  static final ArchRule theTestKitLooksOnlyAtTheLibrary =
      noClasses()
          .that().resideInAPackage("org.supportmodel.test..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.supportmodel.connectors..", "org.supportmodel.holidays..", "org.supportmodel.jackson..",
              "org.supportmodel.examples..", "org.supportmodel.benchmarks..")
          .because("the test kit is for users' tests of their own setup: it depends on the library, AssertJ and QuickTheories");

  @ArchTest
  static final ArchRule onlyTheTestKitUsesAssertJAndQuickTheoriesInMainCode =
      noClasses()
          .that().resideOutsideOfPackage("org.supportmodel.test..")
          .should().dependOnClassesThat().resideInAnyPackage("org.assertj..", "org.quicktheories..")
          .because("assertion and property-testing libraries belong in tests; the test kit is the one module made for them");

  @ArchTest
  static final ArchRule modulesAreFreeOfCycles =
      slices().matching("org.supportmodel.(*)..").should().beFreeOfCycles().allowEmptyShould(true);

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("org.supportmodel.(**)").should().beFreeOfCycles().allowEmptyShould(true);

  @ArchTest
  static final ArchRule libraryNeverReadsTheSystemClock =
      noClasses()
          .that().resideInAnyPackage(LIBRARY)
          .should().callMethodWhere(describe("a method that reads the system clock", ArchitectureTest::readsClock))
          .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.InstantSource")
          .because("the instant is always an argument");

  @ArchTest
  static final ArchRule libraryNeverPrints =
      noClasses()
          .that().resideInAnyPackage(LIBRARY)
          .should().accessFieldWhere(describe("System.out or System.err", ArchitectureTest::isStandardStream))
          .orShould().callMethod(Throwable.class, "printStackTrace")
          .because("a library returns data and never writes to the console");

  @ArchTest
  static final ArchRule libraryNeverUsesJavaUtilLogging =
      noClasses().that().resideInAnyPackage(LIBRARY).should().dependOnClassesThat().resideInAPackage("java.util.logging..");

  @ArchTest
  static final ArchRule libraryDoesNoIo =
      noClasses()
          .that().resideInAnyPackage(LIBRARY)
          .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
          .because("the library modules are pure: no files, no network");

  @ArchTest
  static final ArchRule generatedImmutablesAreNotPublicApi =
      classes()
          .that().haveSimpleNameStartingWith("Immutable").or().haveSimpleNameStartingWith("With")
          .and().resideInAnyPackage(LIBRARY)
          .should().notBePublic()
          .allowEmptyShould(true);

  private static ArchRule dependsOnlyOnCore(String module) {
    return noClasses()
        .that().resideInAPackage("org.supportmodel." + module + "..")
        .should().dependOnClassesThat().resideInAnyPackage(otherModules(module))
        .allowEmptyShould(true);
  }

  private static String[] otherModules(String module) {
    return Set.of("routing", "sla", "hypercare", "operations", "examples", "benchmarks").stream()
        .filter(m -> !m.equals(module))
        .map(m -> "org.supportmodel." + m + "..")
        .toArray(String[]::new);
  }

  private static boolean readsClock(JavaCall<?> call) {
    String owner = call.getTargetOwner().getName();
    String name = call.getName();
    if (owner.equals("java.lang.System")) {
      return name.equals("currentTimeMillis") || name.equals("nanoTime");
    }
    if (owner.equals("java.time.Clock")) {
      return name.startsWith("system");
    }
    return CLOCK_OWNERS.contains(owner) && name.equals("now");
  }

  private static boolean isStandardStream(JavaFieldAccess access) {
    return access.getTargetOwner().getName().equals("java.lang.System")
        && (access.getName().equals("out") || access.getName().equals("err"));
  }
}

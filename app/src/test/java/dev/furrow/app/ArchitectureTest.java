package dev.furrow.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the hexagon, checked on the compiled main classes of every module. Each
 * rule fails when the classes it selects do not exist, so a renamed package cannot make it pass
 * vacuously.
 */
class ArchitectureTest {

  private static final String DOMAIN = "dev.furrow.domain..";
  private static final String SPARK_ADAPTER = "dev.furrow.spark..";
  private static final String SINKS_ADAPTER = "dev.furrow.sinks..";
  private static final String AWS_ADAPTER = "dev.furrow.aws..";
  private static final String APP = "dev.furrow.app..";

  private static JavaClasses furrow;

  @BeforeAll
  static void importClasses() {
    furrow =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The domain's test fixtures arrive as a test-jar; they are not production code.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.furrow");
  }

  @Test
  void domain_dependsOnNoFrameworkOrInfrastructure() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.apache.spark..",
                "scala..",
                "org.apache.hadoop..",
                "org.apache.parquet..",
                "software.amazon..",
                "com.amazonaws..",
                "java.sql..",
                "com.google.inject..",
                "jakarta.inject..",
                "com.typesafe..",
                "dev.furrow.spark..",
                "dev.furrow.sinks..",
                "dev.furrow.aws..",
                APP)
            .allowEmptyShould(false);
    rule.check(furrow);
  }

  @Test
  void sparkAdapter_doesNotDependOnOtherAdapters() {
    noClasses()
        .that()
        .resideInAPackage(SPARK_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SINKS_ADAPTER, AWS_ADAPTER, APP)
        .allowEmptyShould(false)
        .check(furrow);
  }

  @Test
  void sinksAdapter_doesNotDependOnOtherAdapters() {
    noClasses()
        .that()
        .resideInAPackage(SINKS_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SPARK_ADAPTER, AWS_ADAPTER, APP, "org.apache.spark..")
        .allowEmptyShould(false)
        .check(furrow);
  }

  @Test
  void awsAdapter_doesNotDependOnOtherAdaptersSparkOrHadoop() {
    noClasses()
        .that()
        .resideInAPackage(AWS_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            SPARK_ADAPTER,
            SINKS_ADAPTER,
            APP,
            "org.apache.spark..",
            "org.apache.hadoop..",
            "scala..",
            "com.amazonaws..")
        .allowEmptyShould(false)
        .check(furrow);
  }

  @Test
  void onlyTheApp_usesGuiceAndTypesafeConfig() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN, SPARK_ADAPTER, SINKS_ADAPTER, AWS_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.inject..", "com.typesafe.config..")
        .allowEmptyShould(false)
        .check(furrow);
  }

  @Test
  void withinTheApp_onlyTheConfigPackageReadsTypesafeConfig() {
    noClasses()
        .that()
        .resideInAPackage(APP)
        .and()
        .resideOutsideOfPackage("dev.furrow.app.config..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.typesafe.config..")
        .allowEmptyShould(false)
        .check(furrow);
  }

  @Test
  void withinTheApp_onlyTheWiringPackageUsesGuice() {
    noClasses()
        .that()
        .resideInAPackage(APP)
        .and()
        .resideOutsideOfPackage("dev.furrow.app.wiring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.inject..", "jakarta.inject..")
        .allowEmptyShould(false)
        .check(furrow);
  }
}

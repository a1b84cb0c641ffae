package dev.furrow.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.furrow.sinks.postgres.PostgresSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code furrow.postgres} section: when it is read, how it is checked, what it never shows. */
class PostgresSettingsLoadingTest {

  private static final List<String> MODELS =
      List.of("daily_events", "page_views", "pageview_geo_summary");
  private static final String PASSWORD = "pw-Tr0ub4dor&3";
  private static final String BOTH = "furrow.sinks=[parquet,postgres]";

  @TempDir Path dir;

  private FurrowSettings load(Optional<Path> file, Properties system, String... sets) {
    return new SettingsLoader(MODELS).load(file, List.of(sets), system);
  }

  private FurrowSettings load(String... sets) {
    return load(Optional.empty(), new Properties(), sets);
  }

  private String errorOf(String... sets) {
    return assertThrows(ConfigurationException.class, () -> load(sets)).getMessage();
  }

  private static String[] withPassword(String... sets) {
    List<String> all = new ArrayList<>(List.of(sets));
    all.add("furrow.postgres.password=" + PASSWORD);
    return all.toArray(String[]::new);
  }

  @Test
  void parquetOnly_doesNotReadThePostgresSection_evenWhenItIsInvalid() {
    FurrowSettings settings =
        load("furrow.postgres.url=mysql://db/x", "furrow.postgres.schema=Not Valid");

    assertEquals(List.of(SinkType.PARQUET), settings.sinks());
    assertEquals(Optional.empty(), settings.postgres());
  }

  @Test
  void bothSinks_inConfiguredOrder_withTheDocumentedDefaults() {
    assumeTrue(
        System.getenv("FURROW_PG_URL") == null
            && System.getenv("FURROW_PG_USER") == null
            && System.getenv("FURROW_PG_PASSWORD") == null,
        "the defaults are overridden by FURROW_PG_* in this environment");

    FurrowSettings settings = load(BOTH);

    assertEquals(List.of(SinkType.PARQUET, SinkType.POSTGRES), settings.sinks());
    assertEquals(
        Optional.of(
            new PostgresSettings(
                "jdbc:postgresql://localhost:5432/furrow", "furrow", "", "public")),
        settings.postgres());
  }

  @Test
  void postgresOnly_readsEveryKey_driverOptionsPassThrough() {
    FurrowSettings settings =
        load(
            withPassword(
                "furrow.sinks=[postgres]",
                "furrow.postgres.url=jdbc:postgresql://db:5432/analytics?sslmode=verify-full",
                "furrow.postgres.user=loader",
                "furrow.postgres.schema=snowplow_models"));

    assertEquals(List.of(SinkType.POSTGRES), settings.sinks());
    PostgresSettings postgres = settings.postgres().orElseThrow();
    assertEquals("jdbc:postgresql://db:5432/analytics?sslmode=verify-full", postgres.url());
    assertEquals("loader", postgres.user());
    assertEquals(PASSWORD, postgres.password());
    assertEquals("snowplow_models", postgres.schema());
  }

  @Test
  void passwordFromAFileOrASystemProperty_isRead() throws IOException {
    Path file = dir.resolve("furrow.conf");
    Files.writeString(file, "furrow.postgres.password = \"" + PASSWORD + "\"\n");
    Properties system = new Properties();
    system.setProperty("furrow.postgres.password", PASSWORD + "-sys");

    assertEquals(
        PASSWORD,
        load(Optional.of(file), new Properties(), BOTH).postgres().orElseThrow().password());
    assertEquals(
        PASSWORD + "-sys",
        load(Optional.empty(), system, BOTH).postgres().orElseThrow().password());
  }

  @Test
  void settingsToString_masksThePassword_alsoOneInTheUrl() {
    FurrowSettings settings =
        load(
            withPassword(
                BOTH, "furrow.postgres.url=jdbc:postgresql://db/x?password=" + PASSWORD + "2"));

    String text = settings.toString();

    assertTrue(text.contains("password=***"), text);
    assertFalse(text.contains(PASSWORD), text);
  }

  @Test
  void urlOfAnotherDriver_failsNamingTheKey_withoutAnyPassword() {
    String message =
        errorOf(
            withPassword(
                BOTH, "furrow.postgres.url=jdbc:mysql://db:3306/x?password=" + PASSWORD + "2"));

    assertTrue(message.startsWith("furrow.postgres.url: "), message);
    assertTrue(message.contains("must start with jdbc:postgresql:"), message);
    assertTrue(message.contains("--set furrow.postgres.url"), message);
    assertFalse(message.contains(PASSWORD), message);
  }

  @Test
  void emptyUrl_failsNamingTheKey() {
    String message = errorOf(BOTH, "furrow.postgres.url=\"\"");

    assertTrue(message.startsWith("furrow.postgres.url: must not be empty"), message);
  }

  @Test
  void schemaThatIsNoPlainIdentifier_failsNamingTheKey() {
    String message = errorOf(withPassword(BOTH, "furrow.postgres.schema=\"x\\\"; DROP TABLE t\""));

    assertTrue(message.startsWith("furrow.postgres.schema: Invalid schema name"), message);
    assertFalse(message.contains(PASSWORD), message);
  }

  @Test
  void misspeltPasswordKey_failsWithASuggestion_withoutTheValue() {
    String message = errorOf(BOTH, "furrow.postgres.pasword=" + PASSWORD);

    assertTrue(message.contains("unknown key furrow.postgres.pasword"), message);
    assertTrue(message.contains("did you mean furrow.postgres.password?"), message);
    assertFalse(message.contains(PASSWORD), message);
  }

  @Test
  void unparseablePasswordOnTheCommandLine_failsNamingTheKey_withoutTheValue() {
    String secret = "{" + PASSWORD;

    String message = errorOf(BOTH, "furrow.postgres.password=" + secret);

    assertTrue(message.contains("--set furrow.postgres.password"), message);
    assertFalse(message.contains(PASSWORD), message);
  }

  @Test
  void unparseableOtherValue_isQuotedInTheError() {
    String message = errorOf("furrow.models=[pageview_geo_summary");

    assertTrue(message.contains("[pageview_geo_summary"), message);
  }

  @Test
  void unknownSinkName_listsPostgresAmongTheAllowedValues() {
    String message = errorOf("furrow.sinks=[parquet,postgresql]");

    assertTrue(
        message.contains(
            "furrow.sinks: unknown value 'postgresql'; allowed values: parquet, postgres"),
        message);
  }
}

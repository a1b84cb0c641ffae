package dev.furrow.sinks.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

  @Test
  void toString_masksThePassword_andPasswordsInTheUrl() {
    PostgresSettings settings =
        new PostgresSettings(
            "jdbc:postgresql://db:5432/app?sslmode=require&password=url%40pw&ssl=true",
            "furrow", "s3cr3t-pw", "analytics");

    String shown = settings.toString();

    assertEquals(
        "PostgresSettings[url=jdbc:postgresql://db:5432/app?sslmode=require&password=***&ssl=true,"
            + " user=furrow, password=***, schema=analytics]",
        shown);
    assertFalse(shown.contains("s3cr3t-pw"));
    assertFalse(shown.contains("url@pw"));
  }

  @Test
  void schemaDefaultsToPublic_andEmptyPasswordIsShownAsNone() {
    PostgresSettings settings = new PostgresSettings("jdbc:postgresql://db/app", null, null, null);

    assertEquals("public", settings.schema());
    assertTrue(settings.toString().contains("password=(none)"), settings.toString());
  }

  @Test
  void urlOfAnotherDatabase_isRefusedWithoutShowingItsPassword() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostgresSettings.of("jdbc:mysql://db/app?password=pw123", "u", "pw123"));

    assertTrue(e.getMessage().contains("jdbc:postgresql:"), e.getMessage());
    assertFalse(e.getMessage().contains("pw123"), e.getMessage());
  }

  @Test
  void schemaThatIsNotAPlainIdentifier_isRefused() {
    for (String schema :
        new String[] {
          "", "Analytics", "x\"; DROP SCHEMA public CASCADE; --", "1st", "a-b", "a".repeat(64), "é"
        }) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PostgresSettings.of("jdbc:postgresql://db/app", "u", "").withSchema(schema),
              schema);
      assertTrue(e.getMessage().contains("Invalid schema name"), e.getMessage());
    }
    assertEquals(
        "a".repeat(63),
        PostgresSettings.of("jdbc:postgresql://db/app", "u", "")
            .withSchema("a".repeat(63))
            .schema());
  }

  @Test
  void scrubbedFailure_holdsNoSecretAnywhereInItsChain() {
    Secrets secrets = Secrets.of("jdbc:postgresql://db/app?password=in%2Burl", "pw-2");
    SQLException cause = new SQLException("auth failed for pw-2 and in+url", "28P01");
    SQLException outer = new SQLException("wrapper", cause);
    outer.addSuppressed(new IllegalStateException("also in%2Burl"));

    Throwable scrubbed = secrets.scrub(outer);

    String trace = stackTrace(scrubbed);
    assertFalse(trace.contains("pw-2"), trace);
    assertFalse(trace.contains("in+url"), trace);
    assertFalse(trace.contains("in%2Burl"), trace);
    assertTrue(trace.contains("auth failed for *** and ***"), trace);
    assertTrue(trace.contains("java.sql.SQLException: wrapper"), trace);
  }

  @Test
  void failureWithoutSecrets_isKeptAsItIs() {
    SQLException plain = new SQLException("connection refused");

    assertEquals(plain, Secrets.of("jdbc:postgresql://db/app", "pw").scrub(plain));
  }

  static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}

package dev.furrow.sinks.postgres;

import java.util.Objects;

/**
 * Settings: where the PostgreSQL sink connects and which schema it writes to ({@code
 * furrow.postgres}). {@link #toString()} and every message of the sink mask the password, also one
 * given as {@code password=} in the URL.
 *
 * @param url a {@code jdbc:postgresql:} URL; driver options in its query string pass through (e.g.
 *     {@code ?sslmode=verify-full&connectTimeout=10&ApplicationName=furrow-nightly})
 * @param user the user to connect as; empty to use the URL's {@code user=} or the driver's default
 * @param password the password; empty or null when the server needs none
 * @param schema the schema holding the model tables, views and the {@code furrow_loads} ledger
 *     (created if absent); a lower-case identifier, {@value #DEFAULT_SCHEMA} when null
 */
public record PostgresSettings(String url, String user, String password, String schema) {

  /** The schema used when none is configured. */
  public static final String DEFAULT_SCHEMA = "public";

  private static final String URL_PREFIX = "jdbc:postgresql:";

  public PostgresSettings {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException(
          "The PostgreSQL URL must start with "
              + URL_PREFIX
              + " (e.g. jdbc:postgresql://host:5432/db): "
              + Secrets.of(url, password).scrub(Secrets.redactUrl(url)));
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    schema = SqlIdentifiers.check("schema", schema == null ? DEFAULT_SCHEMA : schema);
  }

  /** Settings for the default schema. */
  public static PostgresSettings of(String url, String user, String password) {
    return new PostgresSettings(url, user, password, DEFAULT_SCHEMA);
  }

  /** The same settings writing to {@code newSchema}. */
  public PostgresSettings withSchema(String newSchema) {
    return new PostgresSettings(url, user, password, newSchema);
  }

  /** The URL as it may be shown: passwords in it are masked. */
  public String redactedUrl() {
    return secrets().scrub(Secrets.redactUrl(url));
  }

  /** What must never be shown: the password and any password in the URL. */
  Secrets secrets() {
    return Secrets.of(url, password);
  }

  /** Shows the redacted URL, the user and the schema; never the password. */
  @Override
  public String toString() {
    return "PostgresSettings[url="
        + redactedUrl()
        + ", user="
        + user
        + ", password="
        + (password.isEmpty() ? "(none)" : Secrets.MASK)
        + ", schema="
        + schema
        + "]";
  }
}

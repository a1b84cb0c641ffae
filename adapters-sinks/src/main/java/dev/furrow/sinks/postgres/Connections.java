package dev.furrow.sinks.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Factory: opens one connection per write, in manual-commit mode, through the PostgreSQL driver
 * itself (not DriverManager, which may not see a driver loaded by another class loader, as on Spark
 * executors). Options in the URL take precedence over the user, password and default {@code
 * ApplicationName=furrow} given here.
 */
final class Connections {

  static final String DEFAULT_APPLICATION_NAME = "furrow";

  private final PostgresSettings settings;
  private final Driver driver = new Driver();

  Connections(PostgresSettings settings) {
    this.settings = settings;
  }

  Connection open() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("ApplicationName", DEFAULT_APPLICATION_NAME);
    if (!settings.user().isEmpty()) {
      properties.setProperty("user", settings.user());
    }
    if (!settings.password().isEmpty()) {
      properties.setProperty("password", settings.password());
    }
    Connection c = driver.connect(settings.url(), properties);
    if (c == null) {
      throw new SQLException("The PostgreSQL driver does not accept the URL");
    }
    try {
      c.setAutoCommit(false);
    } catch (SQLException e) {
      closeQuietly(c, e);
      throw e;
    }
    return c;
  }

  /** Closes {@code c}, recording a failure to close on {@code failure}. */
  static void closeQuietly(Connection c, Throwable failure) {
    try {
      c.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}

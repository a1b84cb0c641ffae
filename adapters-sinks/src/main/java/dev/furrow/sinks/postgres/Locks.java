package dev.furrow.sinks.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Helper: transaction-scoped advisory locks, released by commit or rollback (or by the server when
 * the connection dies). Names are hashed to 64 bits; a collision only serialises unrelated work.
 */
final class Locks {

  private Locks() {}

  /** Waits for the advisory lock named {@code name} for the rest of the transaction. */
  static void lock(Connection c, String name) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT pg_catalog.pg_advisory_xact_lock(hashtextextended(?, 0))")) {
      p.setString(1, name);
      p.execute();
    }
  }
}

package dev.furrow.sinks.postgres;

import static dev.furrow.sinks.postgres.TestDatabase.q;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A million rows streamed from a generator: the load completes and stores each row once. */
class PostgresSinkLargeLoadIT {

  private static final TestDatabase DB = TestDatabase.create();
  private static final int ROWS = 1_000_000;

  /** A small model: two keys and a count. */
  static final Model SMALL =
      Model.named("large_load")
          .key(Keys.longValue("id", e -> null))
          .key(Keys.string("user_id", e -> null))
          .measure(Measures.count("n"))
          .build();

  @BeforeAll
  static void emptySchema() {
    DB.reset();
  }

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Test
  @Timeout(300)
  void millionGeneratedRows_areLoadedOnce() {
    PostgresSink sink = PostgresSink.create(DB.settings());
    RunId run = RunId.of("run=2024-05-01-00-00-00");

    long written = sink.write(run, SMALL, generated(ROWS));

    assertEquals(ROWS, written);
    String table = q(DB.schema) + "." + q(SMALL.name());
    assertEquals(ROWS, DB.queryLong("SELECT count(*) FROM " + table));
    assertEquals(ROWS, DB.queryLong("SELECT count(DISTINCT id) FROM " + table));
    assertEquals((long) ROWS * (ROWS - 1) / 2, DB.queryLong("SELECT sum(id) FROM " + table));
    assertEquals(ROWS, DB.queryLong("SELECT sum(n) FROM " + table));
  }

  /** {@code count} rows {@code (i, "user-<i % 5000>", 1)}, made on demand, never held. */
  static Iterator<ModelRow> generated(int count) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public ModelRow next() {
        if (next >= count) {
          throw new NoSuchElementException();
        }
        long i = next++;
        return ModelRow.of(i, "user-" + (i % 5000), 1L);
      }
    };
  }
}

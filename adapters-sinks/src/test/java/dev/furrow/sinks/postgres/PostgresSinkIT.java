package dev.furrow.sinks.postgres;

import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sink.Sink;
import dev.furrow.domain.sink.SinkContract;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;

/**
 * The sink contract against the real server, each test starting without the schema (the sink
 * creates it), rows read back over JDBC in the model's column order.
 */
class PostgresSinkIT extends SinkContract {

  private static final TestDatabase DB = TestDatabase.create();

  @AfterAll
  static void dropSchema() {
    DB.close();
  }

  @Override
  protected Sink newSink() {
    DB.drop();
    return PostgresSink.create(DB.settings());
  }

  @Override
  protected List<ModelRow> readBack(RunId run, Model model) {
    if (!DB.tableExists(model.name())) {
      return List.of();
    }
    return DB.rows(model, model.name(), "run_id = ?", run.value());
  }

  @Override
  protected Optional<Map<RunId, List<ModelRow>>> readAll(Model model) {
    Map<RunId, List<ModelRow>> runs = new TreeMap<>();
    if (DB.tableExists(model.name())) {
      String table = TestDatabase.q(DB.schema) + "." + TestDatabase.q(model.name());
      for (String id : DB.strings("SELECT DISTINCT run_id FROM " + table)) {
        runs.put(RunId.of(id), readBack(RunId.of(id), model));
      }
    }
    return Optional.of(runs);
  }
}

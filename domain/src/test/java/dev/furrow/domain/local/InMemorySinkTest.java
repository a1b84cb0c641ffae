package dev.furrow.domain.local;

import dev.furrow.domain.model.Model;
import dev.furrow.domain.model.ModelRow;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sink.Sink;
import dev.furrow.domain.sink.SinkContract;
import java.util.List;

class InMemorySinkTest extends SinkContract {

  @Override
  protected Sink newSink() {
    return new InMemorySink();
  }

  @Override
  protected List<ModelRow> readBack(RunId run, Model model) {
    return ((InMemorySink) sink).rows(model.name(), run);
  }
}

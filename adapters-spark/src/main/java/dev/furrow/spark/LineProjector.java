package dev.furrow.spark;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.ParsedLine;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Executor function: parses the {@code (run_id, line)} rows of one partition with one validating
 * parser and turns each into a {@link Projection} row. Holds only the serialisable projection.
 */
final class LineProjector implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final Projection projection;

  LineProjector(Projection projection) {
    this.projection = projection;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> lines) {
    EventParser parser = EventParser.validating();
    int width = projection.width();
    boolean dedup = projection.dedup();
    TaskContext task = TaskContext.get();
    String uniquePrefix = "\u0000" + (task == null ? 0 : task.partitionId()) + ":";
    return new Iterator<>() {
      private long index;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        Row input = lines.next();
        String line = input.getString(1);
        Object[] row = new Object[width];
        row[0] = input.getString(0);
        ParsedLine parsed = parser.parse(line);
        if (parsed instanceof EnrichedEvent event) {
          if (dedup) {
            // Only fingerprinted events can be natural duplicates; the others get a key of their
            // own and need no line to rank them.
            String fingerprint = event.eventFingerprint();
            if (fingerprint == null) {
              row[2] = uniquePrefix + index;
            } else {
              row[2] = event.eventId() + "\t" + fingerprint;
              row[3] = event.line();
            }
          }
          projection.projectModels(event, row);
        } else {
          row[1] = line;
          if (dedup) {
            row[2] = uniquePrefix + index;
          }
          projection.projectNone(row);
        }
        index++;
        return RowFactory.create(row);
      }
    };
  }
}

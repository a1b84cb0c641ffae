package dev.furrow.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;

/**
 * Executor function: counts the rows of each run in each partition, so the driver knows the counts
 * of a run and which partitions to fetch for it. Input rows start with the run id; with {@code
 * lineFlags} they continue with (is bad, is duplicate). Holds one counter per run of the batch.
 */
final class PartitionCounts
    implements Function2<Integer, Iterator<Row>, Iterator<PartitionCounts.Count>> {

  private static final long serialVersionUID = 1L;

  /** The rows of one run in one partition; events, bad and duplicates only for lines. */
  record Count(int partition, String run, long rows, long events, long bad, long duplicates)
      implements Serializable {}

  private final boolean lineFlags;

  private PartitionCounts(boolean lineFlags) {
    this.lineFlags = lineFlags;
  }

  /** Counts of rows {@code (run_id, bad, duplicate)}. */
  static PartitionCounts ofLines() {
    return new PartitionCounts(true);
  }

  /** Counts of rows that start with run_id. */
  static PartitionCounts ofRows() {
    return new PartitionCounts(false);
  }

  @Override
  public Iterator<Count> call(Integer partition, Iterator<Row> rows) {
    Map<String, long[]> byRun = new LinkedHashMap<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      long[] c = byRun.computeIfAbsent(row.getString(0), r -> new long[4]);
      c[0]++;
      if (lineFlags) {
        boolean bad = row.getBoolean(1);
        boolean duplicate = row.getBoolean(2);
        c[1] += !bad && !duplicate ? 1 : 0;
        c[2] += bad ? 1 : 0;
        c[3] += duplicate ? 1 : 0;
      }
    }
    List<Count> counts = new ArrayList<>(byRun.size());
    byRun.forEach((run, c) -> counts.add(new Count(partition, run, c[0], c[1], c[2], c[3])));
    return counts.iterator();
  }
}

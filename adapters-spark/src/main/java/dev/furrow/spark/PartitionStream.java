package dev.furrow.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;

/**
 * Reader: streams the rows of chosen partitions of a persisted Dataset's RDD to the driver, a chunk
 * of partitions per Spark job. Unlike {@code toLocalIterator()}, which runs one job per partition
 * (hundreds of jobs for a run that lives in a few of them), it skips partitions known to be empty
 * and fetches small ones together, while the driver still holds at most about {@code chunkRows}
 * rows (or one partition, when a partition is larger).
 */
final class PartitionStream implements Iterator<Row> {

  /** The rows a partition holds for one run, counted beforehand. */
  record Slice(int partition, long rows) {}

  private final JavaRDD<Row> rdd;
  private final List<Slice> slices;
  private final long chunkRows;
  private int nextSlice;
  private Iterator<Row> current = Collections.emptyIterator();

  /**
   * @param rdd the rows of a persisted Dataset, already filtered to the wanted ones
   * @param slices the partitions holding wanted rows, with their row counts
   */
  PartitionStream(JavaRDD<Row> rdd, List<Slice> slices, long chunkRows) {
    this.rdd = rdd;
    this.slices = List.copyOf(slices);
    this.chunkRows = chunkRows;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && nextSlice < slices.size()) {
      current = fetchChunk();
    }
    return current.hasNext();
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private Iterator<Row> fetchChunk() {
    List<Integer> partitions = new ArrayList<>();
    long rows = 0;
    while (nextSlice < slices.size() && (partitions.isEmpty() || rows < chunkRows)) {
      Slice slice = slices.get(nextSlice);
      if (!partitions.isEmpty() && rows + slice.rows() > chunkRows) {
        break;
      }
      partitions.add(slice.partition());
      rows += slice.rows();
      nextSlice++;
    }
    List<Row>[] fetched = rdd.collectPartitions(partitions.stream().mapToInt(i -> i).toArray());
    List<Row> chunk = new ArrayList<>((int) Math.min(rows, Integer.MAX_VALUE - 8));
    for (List<Row> part : fetched) {
      chunk.addAll(part);
    }
    return chunk.iterator();
  }
}

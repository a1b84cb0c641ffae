package dev.furrow.domain.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the lines of one run folder into {@code part-00000.tsv[.gz]}, {@code part-00001...}, at
 * most {@code linesPerPart} lines each, through a large in-memory buffer.
 */
final class PartWriter implements Closeable {

  private static final int FLUSH_AT = 1 << 20;

  private final Path folder;
  private final boolean gzip;
  private final long linesPerPart;
  private final List<Path> files = new ArrayList<>();
  private final ByteLine buffer = new ByteLine(FLUSH_AT + (1 << 16));
  private OutputStream out;
  private long linesInPart;

  PartWriter(Path folder, boolean gzip, long linesPerPart) {
    this.folder = folder;
    this.gzip = gzip;
    this.linesPerPart = linesPerPart;
  }

  /** Appends {@code count} bytes of {@code line} (one line without terminator) and a newline. */
  void write(byte[] line, int count) throws IOException {
    if (out == null || linesInPart == linesPerPart) {
      nextPart();
    }
    buffer.append(line, 0, count).ascii('\n');
    linesInPart++;
    if (buffer.length() >= FLUSH_AT) {
      flushBuffer();
    }
  }

  /** The part files written so far. */
  List<Path> files() {
    return List.copyOf(files);
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      flushBuffer();
      out.close();
      out = null;
    }
  }

  private void nextPart() throws IOException {
    close();
    Path path = folder.resolve(String.format("part-%05d.tsv%s", files.size(), gzip ? ".gz" : ""));
    OutputStream file = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW);
    out = gzip ? new FastGzip(file) : file;
    files.add(path);
    linesInPart = 0;
  }

  private void flushBuffer() throws IOException {
    out.write(buffer.array(), 0, buffer.length());
    buffer.clear();
  }

  /** Gzip at the fastest level: these files are written for benchmarks, not for storage. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}

package dev.furrow.app.transform;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.InvalidValueException;
import dev.furrow.domain.event.ParsedLine;
import dev.furrow.domain.event.ParsingError;
import dev.furrow.domain.json.EventJson;
import dev.furrow.domain.json.JsonOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Use case: turns enriched TSV lines into the Analytics SDK's flat JSON, one object per line, and
 * every line that is not a valid event into a JSON bad row. No line is dropped.
 */
public final class Transformer {

  private final EventParser parser = EventParser.validating();
  private final JsonOptions options;

  public Transformer(JsonOptions options) {
    this.options = options;
  }

  /**
   * Transforms every line of {@code in}. Counts are returned even when reading fails part way: the
   * lines read so far were written.
   *
   * @throws PartialReadException when reading {@code in} fails, carrying the counts so far
   * @throws IOException when writing fails
   */
  public TransformCounts transform(BufferedReader in, Writer good, Writer bad) throws IOException {
    long lines = 0;
    long goodLines = 0;
    long badLines = 0;
    while (true) {
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        throw new PartialReadException(new TransformCounts(lines, goodLines, badLines, 1), e);
      }
      if (line == null) {
        break;
      }
      lines++;
      BadRow badRow = writeEvent(parser.parse(line), good);
      if (badRow == null) {
        goodLines++;
      } else {
        bad.write(badRow.toJson());
        bad.write('\n');
        badLines++;
      }
    }
    return new TransformCounts(lines, goodLines, badLines, 0);
  }

  /** Writes a valid event's JSON line and returns null, or returns the line's bad row. */
  private BadRow writeEvent(ParsedLine parsed, Writer good) throws IOException {
    if (parsed instanceof BadRow row) {
      return row;
    }
    EnrichedEvent event = (EnrichedEvent) parsed;
    String json;
    try {
      json = EventJson.toJson(event, options);
    } catch (InvalidValueException e) {
      return new BadRow(event.line(), new ParsingError.RowDecodingError(List.of(e.invalidValue())));
    }
    good.write(json);
    good.write('\n');
    return null;
  }

  /** Reading an input failed part way; the counts say what was transformed before. */
  public static final class PartialReadException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient TransformCounts counts;

    PartialReadException(TransformCounts counts, IOException cause) {
      super(cause.getMessage(), cause);
      this.counts = counts;
    }

    public TransformCounts counts() {
      return counts;
    }
  }
}

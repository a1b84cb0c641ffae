package dev.furrow.domain.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The Jackson set-up shared by the event package: strict parsing, exact numbers. */
final class JsonSupport {

  /**
   * Parses JSON as circe does for the SDK: one complete value, no trailing content, numbers kept
   * exactly as written (floats as BigDecimal, trailing zeros preserved).
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private JsonSupport() {}

  /** Something that writes itself to a generator. */
  interface Writer {
    void write(JsonGenerator generator) throws IOException;
  }

  /** Runs a writer into a compact JSON string. */
  static String toJson(Writer writer) {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
      writer.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

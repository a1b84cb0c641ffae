package dev.furrow.domain.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.furrow.domain.event.Contexts;
import dev.furrow.domain.event.SelfDescribingData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lossy {@code contexts_*} columns of one event: entities grouped by column key in order of
 * appearance, custom contexts whose key also appears in derived_contexts left out.
 */
final class ContextColumns {

  private final Map<String, List<SelfDescribingData>> custom;
  private final Map<String, List<SelfDescribingData>> derived;

  private ContextColumns(
      Map<String, List<SelfDescribingData>> custom, Map<String, List<SelfDescribingData>> derived) {
    this.custom = custom;
    this.derived = derived;
  }

  static ContextColumns of(Contexts custom, Contexts derived) {
    Map<String, List<SelfDescribingData>> derivedColumns = group(derived);
    Map<String, List<SelfDescribingData>> customColumns = group(custom);
    customColumns.keySet().removeAll(derivedColumns.keySet());
    return new ContextColumns(customColumns, derivedColumns);
  }

  private static Map<String, List<SelfDescribingData>> group(Contexts contexts) {
    if (contexts.isEmpty()) {
      return new LinkedHashMap<>(0);
    }
    Map<String, List<SelfDescribingData>> columns = new LinkedHashMap<>();
    for (SelfDescribingData entity : contexts.data()) {
      String key = SchemaKeys.columnKey(SchemaKeys.CONTEXTS_PREFIX, entity.schema());
      columns.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entity);
    }
    return columns;
  }

  /** Writes the columns of the custom ({@code derived} false) or derived contexts. */
  void write(boolean derivedField, JsonOptions.SchemaVersionMember member, JsonGenerator out)
      throws IOException {
    for (Map.Entry<String, List<SelfDescribingData>> column :
        (derivedField ? derived : custom).entrySet()) {
      out.writeArrayFieldStart(column.getKey());
      for (SelfDescribingData entity : column.getValue()) {
        EventJson.writeContextObject(entity, member, out);
      }
      out.writeEndArray();
    }
  }
}

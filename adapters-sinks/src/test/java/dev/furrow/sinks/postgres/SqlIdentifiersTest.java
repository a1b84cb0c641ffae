package dev.furrow.sinks.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import org.junit.jupiter.api.Test;

class SqlIdentifiersTest {

  @Test
  void plainNames_areQuoted() {
    assertEquals("\"user\"", SqlIdentifiers.quote("user"));
    assertEquals("\"s\".\"_t1\"", SqlIdentifiers.qualified("s", "_t1"));
  }

  @Test
  void namesThatCouldEscapeTheirQuotes_orBeTruncated_areRefused() {
    for (String name :
        new String[] {"a\"b", "a\"; drop table x; --", "A", "a b", "a.b", "", "a".repeat(64)}) {
      assertThrows(IllegalArgumentException.class, () -> SqlIdentifiers.quote(name), name);
    }
  }

  @Test
  void messageOfARefusedName_escapesControlCharacters() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SqlIdentifiers.check("schema", "a\nb"));

    assertTrue(e.getMessage().contains("'a\\u000ab'"), e.getMessage());
  }

  @Test
  void modelWhoseViewNameWouldBeTruncated_isRefused() {
    Model longest = Model.named("m".repeat(54)).measure(Measures.count("n")).build();
    Model tooLong = Model.named("m".repeat(55)).measure(Measures.count("n")).build();

    assertEquals("m".repeat(54) + "_combined", new ModelTable("public", longest).viewName());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ModelTable("public", tooLong));
    assertTrue(e.getMessage().contains("too long"), e.getMessage());
  }

  @Test
  void modelNamedLikeTheLedger_orWithARunIdColumn_isRefused() {
    Model ledger = Model.named("furrow_loads").measure(Measures.count("n")).build();
    Model runId =
        Model.named("m").key(Keys.string("run_id", e -> null)).measure(Measures.count("n")).build();

    assertThrows(IllegalArgumentException.class, () -> new ModelTable("public", ledger));
    assertThrows(IllegalArgumentException.class, () -> new ModelTable("public", runId));
  }

  @Test
  void sumOfAColumnThatCannotBeAdded_isRefused() {
    Model model =
        Model.named("m")
            .measure(
                Measures.<String>max("s", dev.furrow.domain.model.ColumnType.STRING, e -> null)
                    .withCombine(dev.furrow.domain.model.Combine.SUM))
            .build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ModelTable("public", model));
    assertTrue(e.getMessage().contains("cannot combine by SUM"), e.getMessage());
  }
}

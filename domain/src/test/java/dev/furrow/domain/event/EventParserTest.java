package dev.furrow.domain.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventParserTest {

  private final EventParser parser = EventParser.validating();

  @Test
  void validLine_decodesTypedFields() {
    EnrichedEvent event =
        parser.parseEvent(
            TestLines.pageView()
                .with(Field.TXN_ID, "+42")
                .with(Field.GEO_LATITUDE, "1e-5")
                .with(Field.BR_COOKIES, "1")
                .with(Field.EVENT_ID, "C6EF3124-B53A-4B13-A233-0088F79DCBCB")
                .line());

    assertEquals("page_view", event.event());
    assertEquals(42, event.txnId());
    assertEquals(1e-5, event.geoLatitude());
    assertEquals(true, event.brCookies());
    assertEquals(Instant.parse("2024-05-01T10:00:01.123Z"), event.etlTstamp());
    assertEquals(UUID.fromString("c6ef3124-b53a-4b13-a233-0088f79dcbcb"), event.eventId());
    assertNull(event.userId());
    assertNull(event.pageUrlport());
    assertTrue(event.contexts().isEmpty());
    assertNull(event.unstructEvent());
  }

  @Test
  void emptyLineAndLineWithoutTab_areNotTsv() {
    for (String line : List.of("", "no tabs here", "\r")) {
      BadRow bad = assertInstanceOf(BadRow.class, parser.parse(line));
      assertSame(ParsingError.NOT_TSV, bad.error());
    }
  }

  @Test
  void trailingTabOrMissingField_isFieldNumberMismatchWithTheCount() {
    String line = TestLines.pageView().line();
    assertEquals(
        new ParsingError.FieldNumberMismatch(132), ((BadRow) parser.parse(line + "\t")).error());
    assertEquals(
        new ParsingError.FieldNumberMismatch(130),
        ((BadRow) parser.parse(line.substring(0, line.lastIndexOf('\t')))).error());
    assertEquals(
        new ParsingError.FieldNumberMismatch(300),
        ((BadRow) parser.parse("\t".repeat(299))).error());
  }

  @Test
  void crlfLine_parsesLikeTheLineWithoutCarriageReturn() {
    String line = TestLines.pageView().with(Field.TRUE_TSTAMP, "2013-11-26 00:03:57.886").line();

    EnrichedEvent event = parser.parseEvent(line + "\r");

    assertEquals(line, event.line());
    assertEquals(Instant.parse("2013-11-26T00:03:57.886Z"), event.trueTstamp());
  }

  @Test
  void onlyOneCarriageReturnIsStripped() {
    String line = TestLines.pageView().with(Field.TRUE_TSTAMP, "2013-11-26 00:03:57").line();

    BadRow bad = assertInstanceOf(BadRow.class, parser.parse(line + "\r\r"));

    assertEquals(
        List.of(
            new ParsingError.InvalidValue(
                "true_tstamp",
                "2013-11-26 00:03:57\r",
                "Cannot parse key true_tstamp into datetime")),
        ((ParsingError.RowDecodingError) bad.error()).errors());
  }

  @Test
  void invalidFields_accumulateAllErrorsInFieldOrder() {
    String line =
        TestLines.pageView()
            .with(Field.COLLECTOR_TSTAMP, "")
            .with(Field.TXN_ID, "2147483648")
            .with(Field.V_ETL, "")
            .with(Field.CONTEXTS, "not json")
            .with(Field.BR_COOKIES, "true")
            .with(Field.TRUE_TSTAMP, "2024-02-30 00:00:00")
            .line();

    BadRow bad = assertInstanceOf(BadRow.class, parser.parse(line));

    List<ParsingError.InvalidValue> errors = ((ParsingError.RowDecodingError) bad.error()).errors();
    assertEquals(
        List.of("collector_tstamp", "txn_id", "v_etl", "contexts", "br_cookies", "true_tstamp"),
        errors.stream().map(ParsingError.InvalidValue::key).toList());
    assertEquals("Field collector_tstamp cannot be empty", errors.get(0).message());
    assertEquals("Cannot parse key txn_id into integer", errors.get(1).message());
    assertTrue(errors.get(3).message().startsWith("Invalid JSON"), errors.get(3).message());
    assertEquals("Cannot parse key true_tstamp into datetime", errors.get(5).message());
  }

  @Test
  void structuralParser_acceptsInvalidValues_andTheAccessorThrows() {
    String line =
        TestLines.pageView().with(Field.TXN_ID, "x").with(Field.CONTEXTS, "{broken").line();

    EnrichedEvent event =
        assertInstanceOf(EnrichedEvent.class, EventParser.structural().parse(line));

    assertEquals("page_view", event.event());
    InvalidValueException error = assertThrows(InvalidValueException.class, event::txnId);
    assertEquals("txn_id", error.invalidValue().key());
    assertThrows(InvalidValueException.class, event::contexts);
  }

  @Test
  void structuralParser_stillRejectsWrongFieldCounts() {
    assertInstanceOf(BadRow.class, EventParser.structural().parse("a\tb"));
  }

  @Test
  void rawAccess_readsTextWithoutDecoding() {
    EnrichedEvent event =
        parser.parseEvent(TestLines.pageView().with(Field.PAGE_TITLE, "Ünïcödé").line());

    assertEquals("Ünïcödé", event.raw(Field.PAGE_TITLE));
    assertEquals("", event.raw(Field.USER_ID));
    assertTrue(event.isEmpty(Field.USER_ID));
    assertFalse(event.isEmpty(Field.EVENT));
    assertTrue(event.rawEquals(Field.EVENT, "page_view"));
    assertFalse(event.rawEquals(Field.EVENT, "page_vie"));
    assertEquals(
        "shop", event.line().substring(event.start(Field.APP_ID), event.end(Field.APP_ID)));
  }

  @Test
  void accessorOfAnotherType_isRejected() {
    EnrichedEvent event = parser.parseEvent(TestLines.pageView().line());

    assertThrows(IllegalArgumentException.class, () -> event.integer(Field.EVENT));
    assertThrows(IllegalArgumentException.class, () -> event.timestamp(Field.TXN_ID));
  }

  @Test
  void jsonFields_areDecodedOnceAndCached() {
    String contexts =
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1\","
            + "\"data\":[{\"schema\":\"iglu:com.acme/ctx/jsonschema/1-0-0\",\"data\":{\"a\":1}}]}";
    String line = TestLines.pageView().with(Field.CONTEXTS, contexts).line();

    for (EventParser each : List.of(parser, EventParser.structural())) {
      EnrichedEvent event = each.parseEvent(line);
      assertSame(event.contexts(), event.contexts());
      assertEquals(1, event.contexts().find("com.acme", "ctx", 1).size());
      assertEquals(
          1, event.contexts().first("com.acme", "ctx", 1).orElseThrow().data().get("a").intValue());
      assertTrue(event.contexts().find("com.acme", "ctx", 2).isEmpty());
    }
  }

  @Test
  void truncatingParser_cutsConfiguredStringFields() {
    String line = TestLines.pageView().with(Field.APP_ID, "x".repeat(300)).line();

    EnrichedEvent event =
        EventParser.validating().truncating(Map.of(Field.APP_ID, 10)).parseEvent(line);

    assertEquals("x".repeat(10), event.appId());
    assertEquals("page_view", event.event());
    assertEquals("x".repeat(300), parser.parseEvent(line).appId());
  }

  @Test
  void oversizeRejectingParser_reportsTheLimit() {
    String line = TestLines.pageView().with(Field.GEO_COUNTRY, "FRA").line();

    BadRow bad =
        assertInstanceOf(
            BadRow.class, EventParser.validating().rejectingOversizedFields().parse(line));

    assertEquals(
        "Field geo_country longer than maximum allowed size 2",
        ((ParsingError.RowDecodingError) bad.error()).errors().get(0).message());
  }

  @Test
  void badRowJson_carriesLineMessagesAndStructuredError() {
    String line = TestLines.pageView().with(Field.TXN_ID, "abc").line();

    BadRow bad = (BadRow) parser.parse(line);

    assertEquals(
        List.of("Field txn_id has invalid value [abc]: Cannot parse key txn_id into integer"),
        bad.messages());
    String json = bad.toJson();
    assertTrue(json.startsWith("{\"line\":\"shop\\tweb\\t"), json);
    assertTrue(
        json.endsWith(
            "\"errors\":[\"Field txn_id has invalid value [abc]: Cannot parse key txn_id into"
                + " integer\"],\"error\":{\"type\":\"RowDecodingError\",\"errors\":[{\"type\":"
                + "\"InvalidValue\",\"key\":\"txn_id\",\"value\":\"abc\",\"message\":\"Cannot"
                + " parse key txn_id into integer\"}]}}"),
        json);
  }

  @Test
  void parseEvent_throwsWithTheMessagesForABadLine() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> parser.parseEvent("a\tb"));
    assertTrue(error.getMessage().contains("Expected 131 fields, received 2 fields"));
  }
}

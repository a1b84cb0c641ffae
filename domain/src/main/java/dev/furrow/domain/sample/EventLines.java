package dev.furrow.domain.sample;

import java.util.SplittableRandom;

/**
 * Renders enriched events as TSV lines (131 fields) into a {@link ByteLine}: fixed runs of fields
 * come pre-encoded from the catalogues, sessions and page visits.
 */
final class EventLines {

  static final String V_COLLECTOR = "ssc-2.9.0-kinesis";
  static final String V_ETL = "spark-3.0.0-common-3.0.0";
  private static final String SNOWPLOW = "com.snowplowanalytics.snowplow";
  private static final String UNSTRUCT_HEAD =
      "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0\","
          + "\"data\":{\"schema\":\"iglu:";

  /** Fields 7-11 with the TABs around them. */
  private static final byte[] WEB_TRACKER =
      ByteLine.utf8("\t\tsp\tjs-3.17.0\t" + V_COLLECTOR + "\t" + V_ETL + "\t");

  private static final byte[][] EVENT_TYPE = {
    ByteLine.utf8("page_view"),
    ByteLine.utf8("page_ping"),
    ByteLine.utf8("unstruct"),
    ByteLine.utf8("struct")
  };
  private static final byte[][] EVENT_SCHEMA = {
    ByteLine.utf8(SNOWPLOW + "\tpage_view\tjsonschema\t1-0-0"),
    ByteLine.utf8(SNOWPLOW + "\tpage_ping\tjsonschema\t1-0-0"),
    ByteLine.utf8(SNOWPLOW + "\tlink_click\tjsonschema\t1-0-1"),
    ByteLine.utf8("com.google.analytics\tevent\tjsonschema\t1-0-0")
  };
  private static final byte[] THREE_TABS = ByteLine.utf8("\t\t\t");
  private static final byte[] PING_X = ByteLine.utf8("0\t0\t");
  private static final byte[] NO_STRUCT = ByteLine.utf8("\t\t\t\t");
  private static final byte[] LINK_CLICK =
      ByteLine.utf8(
          UNSTRUCT_HEAD + SNOWPLOW + "/link_click/jsonschema/1-0-1\",\"data\":{\"targetUrl\":\"");
  private static final byte[] EXTERNAL_LINK =
      ByteLine.utf8("https://www.instagram.com/acmeoutdoor/\",\"elementTarget\":\"_blank");
  private static final byte[][] LINK_END = {
    ByteLine.utf8("\",\"elementClasses\":[\"nav-link\"]}}}"),
    ByteLine.utf8("\",\"elementClasses\":[\"product-card\"]}}}"),
    ByteLine.utf8("\",\"elementClasses\":[\"footer-link\"]}}}"),
    ByteLine.utf8("\",\"elementClasses\":[\"cta\"]}}}")
  };
  private static final byte[][] PAGE_URLS =
      Pages.ALL.stream().map(p -> ByteLine.utf8(p.url())).toArray(byte[][]::new);

  /** TABs from after field 58 to the start of field 73. */
  private static final byte[] NO_TRANSACTION = ByteLine.utf8("\t".repeat(15));

  private static final byte[] SERVER_HEAD =
      ByteLine.utf8("\t\tbackend\tjava-1.1.0\t" + V_COLLECTOR + "\t" + V_ETL + "\tcustomer-");
  private static final byte[] SERVER_MIDDLE =
      ByteLine.utf8(
          "\t".repeat(45)
              + UNSTRUCT_HEAD
              + "com.acme/order_shipped/jsonschema/1-0-0\","
              + "\"data\":{\"orderId\":\"ORD-");

  /** From the end of field 58 to the start of field 119 on a server event. */
  private static final byte[] SERVER_EMPTY = ByteLine.utf8("\t".repeat(61));

  private static final byte[] SERVER_SCHEMA =
      ByteLine.utf8("\tcom.acme\torder_shipped\tjsonschema\t1-0-0\t");

  private final SplittableRandom random;
  private final Sampler pages = Sampler.zipf(Pages.ALL.size(), 1.0);
  private byte[] webPrefix = new byte[0];
  private byte[] serverPrefix = new byte[0];

  EventLines(SplittableRandom random) {
    this.random = random;
  }

  /** Sets the etl_tstamp of the current run (one enrichment job per run). */
  void etlTime(long epochMillis) {
    ByteLine b = new ByteLine(64);
    b.append("acme-web\tweb\t").timestamp(epochMillis).tab();
    webPrefix = b.toBytes();
    b.clear();
    b.append("acme-backend\tsrv\t").timestamp(epochMillis).tab();
    serverPrefix = b.toBytes();
  }

  /** Appends the current event of {@code visit} with the given event id. */
  void page(ByteLine line, PageVisit visit, long idHi, long idLo) {
    byte kind = visit.kind();
    long collector = visit.time();
    Visitors.Session session = visit.session;
    long latency = 20 + random.nextInt(1_500);
    long sentDelay = kind == PageVisit.PAGE_PING ? random.nextInt(40) : random.nextInt(5);
    long created = collector - latency + session.visitor.clockSkewMillis;
    line.append(webPrefix).timestamp(collector).tab().timestamp(created).tab();
    line.append(EVENT_TYPE[kind]).tab().uuid(idHi, idLo).append(WEB_TRACKER);
    line.append(session.userFields).tab().append(visit.pageFields).tab();
    line.append(visit.contexts).tab();
    structFields(line, kind, visit);
    line.tab();
    if (kind == PageVisit.LINK_CLICK) {
      linkClick(line);
    }
    line.append(NO_TRANSACTION);
    if (kind == PageVisit.PAGE_PING) {
      int y = visit.scroll(random);
      line.append(PING_X).number(Math.max(0, y - random.nextInt(400))).tab().number(y);
    } else {
      line.ascii('\t').ascii('\t').ascii('\t');
    }
    line.tab().append(session.deviceFields).tab().append(visit.pageTail);
    line.tab().timestamp(created + sentDelay).append(THREE_TABS);
    line.append(session.visitor.agent.derivedContexts()).tab().append(session.sessionId);
    line.tab().timestamp(collector - sentDelay).tab().append(EVENT_SCHEMA[kind]).tab();
    line.hex(random.nextLong(), 16).hex(random.nextLong(), 16).tab();
  }

  /** Appends a server-side event (an order shipped) at {@code collector}, without web fields. */
  void server(ByteLine line, long collector, int customer, long idHi, long idLo) {
    long created = collector - 5 - random.nextInt(200);
    long sent = created + random.nextInt(20);
    line.append(serverPrefix).timestamp(collector).tab().timestamp(created);
    line.append("\tunstruct\t").uuid(idHi, idLo).append(SERVER_HEAD).number(100_000 + customer);
    line.append("\t10.0.3.").number(10 + customer % 20).append(SERVER_MIDDLE);
    line.number(1_000_000 + random.nextInt(9_000_000));
    line.append(random.nextBoolean() ? "\",\"carrier\":\"UPS" : "\",\"carrier\":\"DHL");
    line.append("\",\"items\":").number(1 + random.nextInt(4)).append("}}}");
    line.append(SERVER_EMPTY).timestamp(sent).append("\t\t\t\t\t");
    line.timestamp(collector - (sent - created)).append(SERVER_SCHEMA);
    line.hex(random.nextLong(), 16).hex(random.nextLong(), 16).tab();
  }

  /** Fields 53-57 (se_category .. se_value), followed by no TAB. */
  private void structFields(ByteLine line, byte kind, PageVisit visit) {
    if (kind != PageVisit.STRUCT) {
      line.append(NO_STRUCT);
    } else if (visit.page.sku != null) {
      line.append("ecommerce\tadd-to-basket\t").append(visit.page.sku).append("\tquantity=");
      line.number(1 + random.nextInt(2)).tab().amount(visit.page.priceCents);
    } else if (visit.page.path.startsWith("/blog/")) {
      line.append("video\tplay\t").append(visit.page.path.substring(11)).append("\t\t");
    } else {
      line.append("newsletter\tsubscribe\tfooter-form\t\t");
    }
  }

  private void linkClick(ByteLine line) {
    line.append(LINK_CLICK);
    if (random.nextInt(10) == 0) {
      line.append(EXTERNAL_LINK);
    } else {
      line.append(PAGE_URLS[pages.next(random)]);
    }
    line.append(LINK_END[random.nextInt(LINK_END.length)]);
  }
}

package dev.furrow.domain.sample;

import dev.furrow.domain.sample.Pages.Page;
import dev.furrow.domain.sample.Visitors.Session;
import java.util.SplittableRandom;

/**
 * One page view and what follows it on that page: page pings every ~10 s while the visitor stays,
 * maybe a link click and a structured event. All share the page's fields and web_page id.
 */
final class PageVisit implements Comparable<PageVisit> {

  static final byte PAGE_VIEW = 0;
  static final byte PAGE_PING = 1;
  static final byte LINK_CLICK = 2;
  static final byte STRUCT = 3;

  private static final byte[] CONTEXTS_HEAD =
      ByteLine.utf8(
          "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0\",\"data\":"
              + "[{\"schema\":\"iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0\","
              + "\"data\":{\"id\":\"");
  private static final byte[] CONTEXTS_TAIL = ByteLine.utf8("\"}}]}");
  private static final byte[] NONE = new byte[0];
  private static final byte[] HTTPS_HOST = ByteLine.utf8("https\t" + Pages.HOST + "\t443\t");
  private static final byte[] TAB_HTTPS_HOST = ByteLine.utf8("\thttps\t" + Pages.HOST + "\t443\t");

  /** After refr_urlquery: refr_urlfragment .. mkt_campaign of an internal referrer. */
  private static final byte[] INTERNAL_REFERRER = ByteLine.utf8("\t\tinternal\t\t\t\t\t\t\t");

  /** After doc_height: the seven empty currency fields up to geo_timezone. */
  private static final byte[] NO_CURRENCIES = ByteLine.utf8("\t".repeat(8));

  private static final byte[] NO_CLICK = ByteLine.utf8("\t");

  final Session session;
  final Page page;
  final long sequence;

  /** Fields 29-51: page_url .. mkt_campaign. */
  final byte[] pageFields;

  /** Field 52, the web_page context. */
  final byte[] contexts;

  /** Fields 107-118: doc_height .. etl_tags (geo_timezone and click ids included). */
  final byte[] pageTail;

  private final long[] times;
  private final byte[] kinds;
  private int step;
  private long time;
  private int scrollMax;

  PageVisit(Session session, Page page, long start, long sequence, SplittableRandom r, ByteLine b) {
    this.session = session;
    this.page = page;
    this.sequence = sequence;
    boolean landing = session.pageViews == 0;
    session.pageViews++;
    Acquisitions.Acquisition acquisition = session.acquisition;
    boolean campaign = landing && !acquisition.landingQuery.isEmpty();
    byte[] url =
        campaign ? ByteLine.utf8(page.url() + "?" + acquisition.landingQuery) : page.urlBytes;
    byte[] query = campaign ? acquisition.landingQueryBytes : NONE;
    b.clear();
    b.append(url).tab().append(page.titleBytes).tab();
    b.append(landing ? acquisition.referrer : session.lastUrl).append(TAB_HTTPS_HOST);
    b.append(page.pathBytes).tab().append(query).tab().tab();
    if (landing) {
      b.append(acquisition.refrAndMktFields);
    } else {
      b.append(HTTPS_HOST).append(session.lastPage.pathBytes).tab().append(session.lastQuery);
      b.append(INTERNAL_REFERRER);
    }
    pageFields = b.toBytes();
    session.lastPage = page;
    session.lastUrl = url;
    session.lastQuery = query;

    b.clear();
    b.append(CONTEXTS_HEAD).uuid(r.nextLong(), r.nextLong()).append(CONTEXTS_TAIL);
    contexts = b.toBytes();

    b.clear();
    b.number(page.docHeight).append(NO_CURRENCIES).append(session.visitor.place.timezone());
    b.tab().append(landing ? acquisition.clickFields : NO_CLICK).tab();
    pageTail = b.toBytes();

    int pings =
        r.nextInt(100) < 30 ? 0 : Math.min(40, 1 + (int) (-Math.log(1 - r.nextDouble()) * 3));
    boolean click = r.nextInt(100) < 20;
    boolean struct = r.nextInt(100) < (page.sku != null ? 25 : 5);
    int count = 1 + pings + (click ? 1 : 0) + (struct ? 1 : 0);
    times = new long[count];
    kinds = new byte[count];
    int i = 0;
    times[i] = start;
    kinds[i++] = PAGE_VIEW;
    for (int k = 0; k < pings; k++) {
      times[i] = start + 5_000 + 10_000L * k + r.nextInt(1_500);
      kinds[i++] = PAGE_PING;
    }
    long stay = 5_000 + 10_000L * pings;
    if (click) {
      times[i] = start + 1_000 + r.nextLong(stay);
      kinds[i++] = LINK_CLICK;
    }
    if (struct) {
      times[i] = start + 1_000 + r.nextLong(stay);
      kinds[i++] = STRUCT;
    }
    sortByTime();
    time = times[0];
  }

  private void sortByTime() {
    for (int a = 1; a < times.length; a++) {
      for (int b = a; b > 0 && times[b] < times[b - 1]; b--) {
        long t = times[b];
        times[b] = times[b - 1];
        times[b - 1] = t;
        byte k = kinds[b];
        kinds[b] = kinds[b - 1];
        kinds[b - 1] = k;
      }
    }
  }

  long time() {
    return time;
  }

  /** Orders visits by the time of their current event, then by creation. */
  @Override
  public int compareTo(PageVisit other) {
    int byTime = Long.compare(time, other.time);
    return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
  }

  byte kind() {
    return kinds[step];
  }

  long lastTime() {
    return times[times.length - 1];
  }

  /** Moves to the next event on this page; false when the visitor has left the page. */
  boolean advance() {
    if (++step < times.length) {
      time = times[step];
      return true;
    }
    return false;
  }

  /** Scroll depth reached so far, growing with each ping (pixels, capped by the page height). */
  int scroll(SplittableRandom r) {
    int scrollable = Math.max(0, page.docHeight - session.visitor.viewHeight);
    scrollMax = Math.min(scrollable, scrollMax + r.nextInt(scrollable / 3 + 1));
    return scrollMax;
  }
}

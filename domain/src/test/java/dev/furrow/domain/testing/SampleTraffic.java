package dev.furrow.domain.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fixture: a reproducible mix of valid events for tests that compare engines or runs: page views
 * with their pings (some page views seen only through pings), structured and self-describing
 * events, several apps, platforms, countries (some missing), pages and days (around midnight UTC),
 * with the same seed always giving the same lines (event ids included).
 */
public final class SampleTraffic {

  private static final String[] APPS = {"site", "shop", "blog"};
  private static final String[] PLATFORMS = {"web", "mob"};
  private static final String[] COUNTRIES = {"FR", "GB", "US", null};
  private static final String[] PAGES = {
    "https://www.example.com/", "https://www.example.com/pricing", "https://shop.example.com/cart"
  };
  private static final Instant START = Instant.parse("2024-04-30T20:00:00Z");

  private SampleTraffic() {}

  /** {@code count} valid enriched-event lines, in no particular time order. */
  public static List<String> lines(long seed, int count) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(count);
    List<String> pageViewIds = new ArrayList<>();
    while (lines.size() < count) {
      Instant at = START.plus(Duration.ofSeconds(random.nextInt(36 * 3600)));
      String app = pick(random, APPS);
      String platform = pick(random, PLATFORMS);
      String country = pick(random, COUNTRIES);
      String page = pick(random, PAGES);
      int kind = random.nextInt(10);
      TestEvents.Builder event;
      if (kind < 4 || pageViewIds.isEmpty()) {
        String id = "pv-" + seed + "-" + pageViewIds.size();
        pageViewIds.add(id);
        event = TestEvents.pageView().pageViewId(id).url(page).title("Title of " + page);
      } else if (kind < 8) {
        String id =
            random.nextInt(5) == 0
                ? "pv-orphan-" + seed + "-" + random.nextInt(3)
                : pageViewIds.get(random.nextInt(pageViewIds.size()));
        event = TestEvents.pagePing().pageViewId(id).url(page);
      } else if (kind < 9) {
        event =
            TestEvents.structEvent()
                .pageViewId(
                    random.nextBoolean()
                        ? pageViewIds.get(random.nextInt(pageViewIds.size()))
                        : null);
      } else {
        event =
            TestEvents.unstructEvent(
                    "iglu:com.acme/checkout/jsonschema/1-0-2", "{\"total\": " + kind + "}")
                .pageViewId(null);
      }
      event
          .appId(app)
          .platform(platform)
          .country(country)
          .at(at)
          .eventId(eventId(seed, lines.size()));
      if (random.nextInt(4) == 0) {
        event.derivedAt(at.minusSeconds(random.nextInt(600))).etlAt(at.plusSeconds(90));
      }
      lines.add(event.line());
    }
    return lines;
  }

  private static UUID eventId(long seed, int index) {
    return UUID.nameUUIDFromBytes((seed + "/" + index).getBytes(StandardCharsets.UTF_8));
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}

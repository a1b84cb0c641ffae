package dev.furrow.domain.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.furrow.domain.event.BadRow;
import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.event.EventParser;
import dev.furrow.domain.event.Field;
import dev.furrow.domain.event.ParsedLine;
import dev.furrow.domain.event.ParsingError;
import dev.furrow.domain.run.RunId;
import dev.furrow.domain.sample.BadLines.Damage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated lines against the event parser, and their realism. */
class GeneratedEventsTest {

  private static final Pattern WEB_PAGE_ID =
      Pattern.compile("web_page/jsonschema/1-0-0\",\"data\":\\{\"id\":\"([0-9a-f-]{36})\"");

  @TempDir static Path dir;
  static GenerationSummary summary;
  static Map<String, List<String>> linesByRun;
  static Map<String, List<EnrichedEvent>> eventsByRun = new TreeMap<>();
  static List<EnrichedEvent> events = new ArrayList<>();
  static List<BadRow> badRows = new ArrayList<>();

  /** Parses every line once, also rejecting fields longer than the atomic schema allows. */
  @BeforeAll
  static void generateAndParse() {
    summary = EventGenerator.generate(dir, GeneratorOptions.of(3, 6_000, 2024));
    linesByRun = GeneratedRuns.linesByRun(dir);
    EventParser strict = EventParser.validating().rejectingOversizedFields();
    linesByRun.forEach(
        (run, lines) -> {
          List<EnrichedEvent> runEvents = new ArrayList<>();
          for (String line : lines) {
            ParsedLine parsed = strict.parse(line);
            if (parsed instanceof EnrichedEvent event) {
              runEvents.add(event);
            } else {
              badRows.add((BadRow) parsed);
            }
          }
          eventsByRun.put(run, runEvents);
          events.addAll(runEvents);
        });
  }

  @Test
  void everyLineButTheMalformedOnes_isAValidEvent_withinTheAtomicLengthLimits() {
    assertEquals(summary.badLines(), badRows.size());
    assertEquals(summary.events(), events.size());
    assertTrue(badRows.size() > 0);
    for (BadRow bad : badRows) {
      assertInstanceOf(BadRow.class, EventParser.validating().parse(bad.line()));
    }
  }

  @Test
  void everyKindOfDamage_makesABadRow() {
    String valid = linesByRun.values().iterator().next().get(0);
    assertInstanceOf(EnrichedEvent.class, EventParser.validating().parse(valid));
    for (Damage damage : Damage.values()) {
      ByteLine line = new ByteLine(4096);
      line.append(valid);
      BadLines.apply(line, damage, new SplittableRandom(1));

      ParsedLine parsed = EventParser.validating().parse(line.toString());

      BadRow bad = assertInstanceOf(BadRow.class, parsed, damage.name());
      if (bad.error() instanceof ParsingError.RowDecodingError decoding) {
        assertEquals(1, decoding.errors().size(), damage + ": " + bad.messages());
      }
    }
  }

  @Test
  void timestamps_followThePipeline_andRunsStraddleMidnight() {
    Map<String, Set<LocalDate>> datesByRun = new TreeMap<>();
    long outsideWindow = 0;
    long total = 0;
    for (var run : eventsByRun.entrySet()) {
      Instant runTime = RunId.of(run.getKey()).time().orElseThrow().toInstant(ZoneOffset.UTC);
      for (EnrichedEvent e : run.getValue()) {
        Instant collector = e.timestamp(Field.COLLECTOR_TSTAMP);
        assertTrue(e.timestamp(Field.ETL_TSTAMP).isAfter(collector));
        assertTrue(collector.isBefore(runTime), collector + " before " + runTime);
        if (collector.isBefore(runTime.minusSeconds(3600))) {
          outsideWindow++;
        }
        total++;
        datesByRun
            .computeIfAbsent(run.getKey(), k -> new HashSet<>())
            .add(LocalDate.ofInstant(e.timestamp(Field.DERIVED_TSTAMP), ZoneOffset.UTC));
      }
    }
    assertTrue(outsideWindow < total / 100, outsideWindow + " events before their window");
    assertEquals(
        Set.of(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-02")),
        datesByRun.get("run=2024-05-02-00-30-00"));
    assertEquals(Set.of(LocalDate.parse("2024-05-01")), datesByRun.get("run=2024-05-01-23-30-00"));
  }

  @Test
  void pagePings_shareTheWebPageIdOfTheirPageView() {
    Map<String, String> pageViewOfWebPage = new HashMap<>();
    long pings = 0;
    long pingsOfDamagedPageViews = 0;
    assertEquals(summary.events(), events.size());
    for (EnrichedEvent e : events) {
      String event = e.raw(Field.EVENT);
      if (!e.raw(Field.PLATFORM).equals("web")) {
        continue;
      }
      Matcher id = WEB_PAGE_ID.matcher(e.raw(Field.CONTEXTS));
      assertTrue(id.find(), "web event without web_page context: " + e.raw(Field.EVENT_ID));
      String page = e.raw(Field.DOMAIN_SESSIONID) + " " + e.raw(Field.PAGE_URL);
      if (event.equals("page_view")) {
        pageViewOfWebPage.put(id.group(1), page);
      } else if (event.equals("page_ping")) {
        pings++;
        String pageView = pageViewOfWebPage.get(id.group(1));
        if (pageView == null) {
          pingsOfDamagedPageViews++;
        } else {
          assertEquals(page, pageView, "session and page of the ping's page view");
        }
      }
      assertTrue(e.raw(Field.DERIVED_CONTEXTS).contains("ua_parser_context"));
      assertTrue(e.raw(Field.EVENT_FINGERPRINT).matches("[0-9a-f]{32}"));
    }
    assertTrue(pings > pageViewOfWebPage.size(), "more pings than page views");
    assertTrue(pingsOfDamagedPageViews < pings / 100, pingsOfDamagedPageViews + " orphan pings");
  }

  @Test
  void eventMix_countriesAndPages_areSkewedLikeRealTraffic() {
    Map<String, Long> byType = count(events, e -> e.raw(Field.EVENT));
    Map<String, Long> byName = count(events, e -> e.raw(Field.EVENT_NAME));
    List<EnrichedEvent> views =
        events.stream().filter(e -> e.raw(Field.EVENT).equals("page_view")).toList();
    List<String> countries = ranking(count(views, e -> e.raw(Field.GEO_COUNTRY)));
    List<String> pages = ranking(count(views, e -> e.raw(Field.PAGE_URLPATH)));

    assertEquals(Set.of("page_view", "page_ping", "struct", "unstruct"), byType.keySet());
    assertTrue(byName.get("link_click") > 0 && byName.get("order_shipped") > 0, byName.toString());
    assertEquals(List.of("US", "GB"), countries.subList(0, 2));
    assertTrue(countries.size() > 15, countries.toString());
    assertEquals("/", pages.get(0));
    assertTrue(pages.size() > 150, "distinct pages viewed: " + pages.size());
  }

  private static Map<String, Long> count(
      List<EnrichedEvent> events, Function<EnrichedEvent, String> key) {
    return events.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  private static List<String> ranking(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .toList();
  }
}

package dev.furrow.domain.sample;

import java.util.List;

/**
 * Catalogue: the browsers and devices of visitors, with what the user-agent enrichments derive from
 * them (the br_* / os_* / dvce_* fields and a ua_parser_context entity).
 */
final class Agents {

  /**
   * One user agent, pre-rendered in UTF-8.
   *
   * @param browserFields fields 77-82: useragent, br_name, br_family, br_version, br_type,
   *     br_renderengine
   * @param featureFields fields 84-94: the nine br_features_*, br_cookies, br_colordepth
   * @param osFields fields 97-99: os_name, os_family, os_manufacturer
   * @param deviceFields fields 101-104: dvce_type, dvce_ismobile, dvce_screenwidth,
   *     dvce_screenheight
   * @param derivedContexts field 122: the derived contexts holding the ua_parser_context
   */
  record Agent(
      byte[] browserFields,
      byte[] featureFields,
      byte[] osFields,
      byte[] deviceFields,
      int screenWidth,
      int screenHeight,
      byte[] derivedContexts) {}

  private static final String FEATURES = "1\t0\t0\t0\t0\t0\t0\t0\t0\t1\t24";
  private static final String NO_FEATURES = "\t\t\t\t\t\t\t\t\t\t";

  /** Agents with their weights in percent (they add up to 100). */
  static final List<Agent> AGENTS =
      List.of(
          agent(
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                  + " Chrome/120.0.0.0 Safari/537.36",
              "Chrome 120|Chrome|120.0.0.0|Browser|WEBKIT",
              "Windows 10|Windows|Microsoft Corporation",
              "Computer|0",
              1920,
              1080,
              "Chrome|120|0|0|Windows|10|null|Other"),
          agent(
              "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML,"
                  + " like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
              "Mobile Safari 17|Safari|17.2|Browser (mobile)|WEBKIT",
              "iOS 17 (iPhone)|iOS|Apple Inc.",
              "Mobile|1",
              390,
              844,
              "Mobile Safari|17|2|null|iOS|17|2|iPhone"),
          agent(
              "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko)"
                  + " Chrome/120.0.0.0 Mobile Safari/537.36",
              "Chrome Mobile|Chrome|120.0.0.0|Browser (mobile)|WEBKIT",
              "Android 10|Android|Google Inc.",
              "Mobile|1",
              412,
              915,
              "Chrome Mobile|120|0|0|Android|10|null|K"),
          agent(
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like"
                  + " Gecko) Chrome/120.0.0.0 Safari/537.36",
              "Chrome 120|Chrome|120.0.0.0|Browser|WEBKIT",
              "Mac OS X|Mac OS X|Apple Inc.",
              "Computer|0",
              1680,
              1050,
              "Chrome|120|0|0|Mac OS X|10|15|Mac"),
          agent(
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like"
                  + " Gecko) Version/17.2 Safari/605.1.15",
              "Safari 17|Safari|17.2|Browser|WEBKIT",
              "Mac OS X|Mac OS X|Apple Inc.",
              "Computer|0",
              1440,
              900,
              "Safari|17|2|null|Mac OS X|10|15|Mac"),
          agent(
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                  + " Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
              "Microsoft Edge 120|Edge|120.0.2210.91|Browser|WEBKIT",
              "Windows 10|Windows|Microsoft Corporation",
              "Computer|0",
              1920,
              1080,
              "Edge|120|0|2210|Windows|10|null|Other"),
          agent(
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
              "Firefox 121|Firefox|121.0|Browser|GECKO",
              "Windows 10|Windows|Microsoft Corporation",
              "Computer|0",
              1536,
              864,
              "Firefox|121|0|null|Windows|10|null|Other"),
          agent(
              "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko)"
                  + " SamsungBrowser/23.0 Chrome/115.0.0.0 Safari/537.36",
              "Samsung Internet|Samsung Internet|23.0|Browser|WEBKIT",
              "Android 13|Android|Google Inc.",
              "Tablet|1",
              1600,
              2560,
              "Samsung Internet|23|0|null|Android|13|null|Samsung SM-X700"),
          agent(
              "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
              "Robot/Spider|Robot/Spider||Robot|OTHER",
              "Unknown|Unknown|Other",
              "Unknown|0",
              1024,
              768,
              "Googlebot|2|1|null|Other|null|null|Spider"));

  /** Share of each agent in percent, in the order of {@link #AGENTS}. */
  static final double[] WEIGHTS = {28, 20, 15, 10, 9, 7, 6, 4, 1};

  private Agents() {}

  private static Agent agent(
      String ua, String browser, String os, String device, int width, int height, String parsed) {
    String[] p = parsed.split("\\|", -1);
    String uaVersion =
        p[0]
            + " "
            + p[1]
            + (p[2].equals("null") ? "" : "." + p[2])
            + (p[3].equals("null") ? "" : "." + p[3]);
    String osVersion =
        p[4] + (p[5].equals("null") ? "" : " " + p[5]) + (p[6].equals("null") ? "" : "." + p[6]);
    String uaParser =
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/ua_parser_context/jsonschema/1-0-0\","
            + "\"data\":{\"useragentFamily\":\""
            + p[0]
            + "\",\"useragentMajor\":"
            + json(p[1])
            + ",\"useragentMinor\":"
            + json(p[2])
            + ",\"useragentPatch\":"
            + json(p[3])
            + ",\"useragentVersion\":\""
            + uaVersion
            + "\",\"osFamily\":\""
            + p[4]
            + "\",\"osMajor\":"
            + json(p[5])
            + ",\"osMinor\":"
            + json(p[6])
            + ",\"osPatch\":null,\"osPatchMinor\":null,\"osVersion\":\""
            + osVersion
            + "\",\"deviceFamily\":\""
            + p[7]
            + "\"}}";
    String derived =
        "{\"schema\":\"iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-1\","
            + "\"data\":["
            + uaParser
            + "]}";
    boolean robot = browser.startsWith("Robot");
    return new Agent(
        ByteLine.utf8(ua + "\t" + browser.replace('|', '\t')),
        ByteLine.utf8(robot ? NO_FEATURES : FEATURES),
        ByteLine.utf8(os.replace('|', '\t')),
        ByteLine.utf8(device.replace('|', '\t') + "\t" + width + "\t" + height),
        width,
        height,
        ByteLine.utf8(derived));
  }

  private static String json(String value) {
    return value.equals("null") ? "null" : "\"" + value + "\"";
  }
}

package dev.furrow.domain.sample;

import java.util.List;

/**
 * Catalogue: how a session arrives (direct, search, social, e-mail and paid campaigns, partner
 * referrals), with what the referer-parser and campaign enrichments derive from it.
 */
final class Acquisitions {

  /**
   * One way in.
   *
   * @param referrer page_referrer, empty for none
   * @param refrFields fields 38-46: refr_urlscheme .. refr_term
   * @param landingQuery query added to the landing page URL (campaign parameters), or empty
   * @param mktFields fields 47-51: mkt_medium, mkt_source, mkt_term, mkt_content, mkt_campaign
   * @param clickFields fields 116-117: mkt_clickid, mkt_network
   */
  static final class Acquisition {
    final String landingQuery;
    final byte[] referrer;
    final byte[] landingQueryBytes;

    /** Fields 38-51: refr_urlscheme .. mkt_campaign. */
    final byte[] refrAndMktFields;

    final byte[] clickFields;

    Acquisition(
        String referrer,
        String refrFields,
        String landingQuery,
        String mktFields,
        String clickFields) {
      this.landingQuery = landingQuery;
      this.referrer = ByteLine.utf8(referrer);
      this.landingQueryBytes = ByteLine.utf8(landingQuery);
      this.refrAndMktFields = ByteLine.utf8(refrFields + "\t" + mktFields);
      this.clickFields = ByteLine.utf8(clickFields);
    }
  }

  private static final String NO_REFR = "\t\t\t\t\t\t\t\t";
  private static final String NO_MKT = "\t\t\t\t";
  private static final String NO_CLICK = "\t";

  static final List<Acquisition> ALL =
      List.of(
          new Acquisition("", NO_REFR, "", NO_MKT, NO_CLICK),
          new Acquisition(
              "https://www.google.com/",
              "https\twww.google.com\t443\t/\t\t\tsearch\tGoogle\t",
              "",
              NO_MKT,
              NO_CLICK),
          new Acquisition(
              "https://www.bing.com/search?q=hiking+boots",
              "https\twww.bing.com\t443\t/search\tq=hiking+boots\t\tsearch\tBing\thiking boots",
              "",
              NO_MKT,
              NO_CLICK),
          new Acquisition(
              "https://www.facebook.com/",
              "https\twww.facebook.com\t443\t/\t\t\tsocial\tFacebook\t",
              "",
              NO_MKT,
              NO_CLICK),
          new Acquisition(
              "https://t.co/x7Fq2LmNa1",
              "https\tt.co\t443\t/x7Fq2LmNa1\t\t\tsocial\tTwitter\t",
              "",
              NO_MKT,
              NO_CLICK),
          new Acquisition(
              "",
              NO_REFR,
              "utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_2024",
              "email\tnewsletter\t\t\tspring_sale_2024",
              NO_CLICK),
          new Acquisition(
              "https://www.google.com/",
              "https\twww.google.com\t443\t/\t\t\tsearch\tGoogle\t",
              "utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_term=acme+outdoor"
                  + "&gclid=EAIaIQobChMIo8rT2Kf2gwMVkpBoCR0",
              "cpc\tgoogle\tacme outdoor\t\tbrand",
              "EAIaIQobChMIo8rT2Kf2gwMVkpBoCR0\tGoogle"),
          new Acquisition(
              "https://www.outdoorgearlab.com/reviews/camping-hiking/backpacking-tent",
              "https\twww.outdoorgearlab.com\t443\t/reviews/camping-hiking/backpacking-tent\t\t\t"
                  + "unknown\t\t",
              "",
              NO_MKT,
              NO_CLICK));

  /** Share of each acquisition in percent, in the order of {@link #ALL}. */
  static final double[] WEIGHTS = {35, 25, 5, 8, 3, 8, 10, 6};

  private Acquisitions() {}
}

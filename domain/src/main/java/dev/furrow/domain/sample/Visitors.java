package dev.furrow.domain.sample;

import dev.furrow.domain.sample.Agents.Agent;
import dev.furrow.domain.sample.Places.Place;
import java.util.SplittableRandom;

/**
 * The visitor population: each visitor's device, place and ids are derived from the seed and the
 * visitor's number alone, so they do not depend on the order in which visitors show up.
 */
final class Visitors {

  /** One visitor (a browser with its cookies). */
  static final class Visitor {
    final int number;
    final long domainUserHi;
    final long domainUserLo;
    final long networkUserHi;
    final long networkUserLo;
    final byte[] ip;
    final long fingerprint;
    final Place place;
    final Agent agent;
    final int viewWidth;
    final int viewHeight;
    final long clockSkewMillis;
    final boolean customer;
    int sessions;

    Visitor(int number, SplittableRandom r, Sampler countries, Sampler agents) {
      this.number = number;
      domainUserHi = r.nextLong();
      domainUserLo = r.nextLong();
      networkUserHi = r.nextLong();
      networkUserLo = r.nextLong();
      ip =
          ByteLine.utf8(
              (11 + r.nextInt(180))
                  + "."
                  + r.nextInt(256)
                  + "."
                  + r.nextInt(256)
                  + "."
                  + (1 + r.nextInt(254)));
      fingerprint = r.nextLong(1L << 32);
      if (r.nextInt(1000) < 15) {
        place = Places.UNKNOWN;
      } else {
        var cities = Places.COUNTRIES.get(countries.next(r));
        place = cities.get(r.nextInt(cities.size()));
      }
      agent = Agents.AGENTS.get(agents.next(r));
      viewWidth = agent.screenWidth() - (agent.screenWidth() > 1000 ? r.nextInt(200) : 0);
      viewHeight = agent.screenHeight() - 80 - r.nextInt(120);
      int skewKind = r.nextInt(100);
      clockSkewMillis =
          skewKind < 80
              ? r.nextLong(-2_000, 2_000)
              : skewKind < 95
                  ? r.nextLong(-600_000, 600_000)
                  : r.nextLong(-259_200_000, 259_200_000);
      customer = r.nextInt(100) < 20;
      sessions = r.nextInt(100) < 60 ? 0 : 1 + r.nextInt(20);
    }
  }

  /** One session of a visitor, with its pre-rendered (UTF-8) visitor fields. */
  static final class Session {
    final Visitor visitor;
    final Acquisitions.Acquisition acquisition;

    /** Fields 12-28: user_id .. ip_netspeed. */
    final byte[] userFields;

    /** Fields 77-106: useragent .. doc_charset, doc_width. */
    final byte[] deviceFields;

    /** Field 123, domain_sessionid. */
    final byte[] sessionId;

    int pageViews;
    Pages.Page lastPage;
    byte[] lastUrl;
    byte[] lastQuery;

    Session(Visitor visitor, SplittableRandom r, Acquisitions.Acquisition acquisition, ByteLine b) {
      this.visitor = visitor;
      this.acquisition = acquisition;
      b.clear();
      if (visitor.customer) {
        b.append(CUSTOMER).number(100_000 + visitor.number);
      }
      b.tab().append(visitor.ip).tab().number(visitor.fingerprint).tab();
      b.uuid(visitor.domainUserHi, visitor.domainUserLo).tab().number(++visitor.sessions).tab();
      b.uuid(visitor.networkUserHi, visitor.networkUserLo).tab();
      b.append(visitor.place.geoFields()).append(NO_IP_LOOKUPS);
      userFields = b.toBytes();
      Agents.Agent agent = visitor.agent;
      b.clear();
      b.append(agent.browserFields()).tab().append(visitor.place.language()).tab();
      b.append(agent.featureFields()).tab().number(visitor.viewWidth).tab();
      b.number(visitor.viewHeight).tab().append(agent.osFields()).tab();
      b.append(visitor.place.timezone()).tab().append(agent.deviceFields());
      b.append(CHARSET).number(visitor.viewWidth);
      deviceFields = b.toBytes();
      b.clear();
      sessionId = b.uuid(r.nextLong(), r.nextLong()).toBytes();
    }
  }

  private static final byte[] CUSTOMER = ByteLine.utf8("customer-");
  private static final byte[] NO_IP_LOOKUPS = ByteLine.utf8("\t\t\t\t");
  private static final byte[] CHARSET = ByteLine.utf8("\tUTF-8\t");

  private final long seed;
  private final Visitor[] visitors;
  private final Sampler countries = Sampler.zipf(Places.COUNTRIES.size(), 1.1);
  private final Sampler agents = Sampler.weighted(Agents.WEIGHTS);

  Visitors(long seed, int population) {
    this.seed = seed;
    this.visitors = new Visitor[population];
  }

  int size() {
    return visitors.length;
  }

  Visitor get(int number) {
    Visitor visitor = visitors[number];
    if (visitor == null) {
      visitor =
          new Visitor(
              number, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number), countries, agents);
      visitors[number] = visitor;
    }
    return visitor;
  }
}

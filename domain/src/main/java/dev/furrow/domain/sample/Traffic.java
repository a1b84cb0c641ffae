package dev.furrow.domain.sample;

import dev.furrow.domain.sample.Visitors.Session;
import dev.furrow.domain.sample.Visitors.Visitor;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The web traffic simulation: sessions arrive over a run's time window at the rate that fills the
 * requested number of lines; each session views pages, and every page visit emits its events in
 * time order, interleaved with the other visits. Visits still going at the end of a window go on in
 * the next run, so sessions and page views straddle runs as they do in real pipelines.
 */
final class Traffic {

  /** Mean events per session: ~3.9 events per page view times ~2.2 page views. */
  private static final double EVENTS_PER_SESSION = 8.5;

  /** Bound on visits in flight, for schedules whose windows are far shorter than a visit. */
  private static final int MAX_ACTIVE = 200_000;

  private final SplittableRandom random;
  private final Visitors visitors;
  private final Sampler pages = Sampler.zipf(Pages.ALL.size(), 1.0);
  private final Sampler acquisitions = Sampler.weighted(Acquisitions.WEIGHTS);
  private final PriorityQueue<PageVisit> active = new PriorityQueue<>();
  private final ByteLine scratch = new ByteLine(2048);
  private long sequence;
  private long now;
  private long windowEnd;
  private long nextArrival;

  Traffic(SplittableRandom random, Visitors visitors) {
    this.random = random;
    this.visitors = visitors;
  }

  /** Starts a run whose events are collected in {@code [windowStart, windowEnd)}. */
  void startWindow(long windowStart, long windowEnd) {
    this.windowEnd = windowEnd;
    now = Math.max(now, windowStart);
    nextArrival = Math.max(nextArrival, windowStart);
  }

  /** Collector time of the latest event. */
  long now() {
    return now;
  }

  /**
   * The next page event, positioned on it ({@link PageVisit#time()}, {@link PageVisit#kind()});
   * {@code remainingLines} steers the arrival rate. Call {@link #done(PageVisit)} after rendering.
   */
  PageVisit next(long remainingLines) {
    PageVisit top = active.peek();
    long arrival = Math.min(nextArrival, windowEnd - 1);
    if (top != null && top.time() <= arrival) {
      active.poll();
      now = Math.max(now, top.time());
      return top;
    }
    now = Math.max(now, arrival);
    double step = (double) (windowEnd - now) * EVENTS_PER_SESSION / Math.max(1, remainingLines);
    nextArrival = now + (long) (step * -Math.log(1 - random.nextDouble()));
    Visitor visitor = visitors.get(random.nextInt(visitors.size()));
    Session session =
        new Session(visitor, random, Acquisitions.ALL.get(acquisitions.next(random)), scratch);
    return new PageVisit(session, nextPage(), now, sequence++, random, scratch);
  }

  /** Puts a visit back after its current event was rendered: its next event, or the next page. */
  void done(PageVisit visit) {
    if (active.size() >= MAX_ACTIVE) {
      return; // the visitor leaves early
    }
    if (visit.advance()) {
      active.add(visit);
    } else if (visit.session.pageViews < 25 && random.nextInt(100) < 55) {
      long start = visit.lastTime() + 2_000 + random.nextInt(38_000);
      active.add(new PageVisit(visit.session, nextPage(), start, sequence++, random, scratch));
    }
  }

  private Pages.Page nextPage() {
    return Pages.ALL.get(pages.next(random));
  }
}

package dev.furrow.domain.model;

/** Value: how duplicate events of one run are treated before models run. */
public enum Dedup {
  /** Every valid event is kept. */
  NONE,
  /**
   * Natural duplicates (same event_id and same non-empty event_fingerprint) keep one event: the one
   * whose raw line sorts first. Synthetic duplicates (same event_id, different fingerprints) and
   * events without fingerprint are all kept.
   */
  NATURAL
}

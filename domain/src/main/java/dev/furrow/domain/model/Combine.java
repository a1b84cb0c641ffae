package dev.furrow.domain.model;

/**
 * Value: how the values of one output column combine across the rows of several runs (what a
 * reporting view over all runs does).
 */
public enum Combine {
  /** Part of the key: rows with equal key columns combine into one. */
  KEY,
  /** Values add up; nulls are ignored. */
  SUM,
  /** The smallest non-null value. */
  MIN,
  /** The largest non-null value. */
  MAX,
  /** Some non-null value; Furrow takes the smallest non-null one so results are reproducible. */
  ANY
}

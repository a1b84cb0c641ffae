package dev.furrow.app.config;

/** A value of an enumerated configuration key, known in configuration by {@link #configName()}. */
public interface ConfigChoice {

  /** The spelling used in configuration files, e.g. {@code local}. */
  String configName();
}

package dev.furrow.app.wiring;

/**
 * Lifecycle: a check that an adapter can do its work (its server answers, its tables match the
 * models), run once by {@link FurrowApp#checkAdapters()} before a command leases or writes
 * anything, so a misconfigured adapter stops the command before any run is touched. Modules only
 * bind checks; the checks themselves may do I/O.
 */
@FunctionalInterface
interface StartupCheck {

  /**
   * Runs the check; idempotent (it may create what is missing, e.g. a table).
   *
   * @throws RuntimeException when the adapter cannot work; the message says why and shows no secret
   */
  void run();
}

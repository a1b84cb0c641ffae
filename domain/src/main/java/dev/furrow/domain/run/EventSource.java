package dev.furrow.domain.run;

import java.util.List;

/** Port: where the run folders of enriched events come from. */
public interface EventSource {

  /**
   * Lists every run folder under the configured root whose name matches the configured pattern,
   * sorted by run id. Listing is read-only and may be repeated; it must see every folder (all pages
   * of a paginated listing). Fails with {@link java.io.UncheckedIOException} or a runtime exception
   * naming the root when the root cannot be listed.
   */
  List<RunFolder> listRuns();
}

package dev.furrow.app.wiring;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lifecycle: the resources opened while the injector provided objects (a SparkSession, clients),
 * closed in reverse order when the command ends.
 */
public final class ResourceCloser implements AutoCloseable {

  private final Deque<Named> resources = new ArrayDeque<>();

  /** Registers a resource to close when the command ends. */
  public synchronized void register(String name, AutoCloseable resource) {
    resources.push(new Named(name, resource));
  }

  /** Closes every registered resource, last opened first; the first failure is rethrown. */
  @Override
  public synchronized void close() {
    RuntimeException failure = null;
    while (!resources.isEmpty()) {
      Named next = resources.pop();
      try {
        next.resource().close();
      } catch (Exception e) {
        RuntimeException wrapped = new IllegalStateException("Cannot close " + next.name(), e);
        if (failure == null) {
          failure = wrapped;
        } else {
          failure.addSuppressed(wrapped);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private record Named(String name, AutoCloseable resource) {}
}

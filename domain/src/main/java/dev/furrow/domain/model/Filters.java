package dev.furrow.domain.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Factory: the standard event filters and their combinators. */
public final class Filters {

  private Filters() {}

  /** Every event. */
  public static EventPredicate all() {
    return e -> true;
  }

  /** Events whose {@code event} field is one of {@code names} (e.g. {@code page_view}). */
  public static EventPredicate eventIs(String... names) {
    Set<String> accepted = Set.of(names);
    return e -> {
      String event = e.event();
      return event != null && accepted.contains(event);
    };
  }

  /** Events whose app_id is one of {@code appIds}; an empty collection accepts every event. */
  public static EventPredicate appIdIn(Collection<String> appIds) {
    Set<String> accepted = Set.copyOf(appIds);
    if (accepted.isEmpty()) {
      return all();
    }
    return e -> {
      String appId = e.appId();
      return appId != null && accepted.contains(appId);
    };
  }

  /** Events whose app_id is one of {@code appIds}; none given accepts every event. */
  public static EventPredicate appIdIn(String... appIds) {
    return appIdIn(Arrays.asList(appIds));
  }

  /** Events that carry a context (entity) of schema {@code vendor/name} at {@code model}. */
  public static EventPredicate hasContext(String vendor, String name, int model) {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(name, "name");
    return e -> e.contexts().first(vendor, name, model).isPresent();
  }

  /** Events that pass every condition (all events when none is given). */
  public static EventPredicate and(EventPredicate... conditions) {
    List<EventPredicate> all = List.of(conditions);
    return e -> {
      for (EventPredicate p : all) {
        if (!p.test(e)) {
          return false;
        }
      }
      return true;
    };
  }

  /** Events that pass at least one condition (no event when none is given). */
  public static EventPredicate or(EventPredicate... conditions) {
    List<EventPredicate> any = List.of(conditions);
    return e -> {
      for (EventPredicate p : any) {
        if (p.test(e)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Events that fail {@code condition}. */
  public static EventPredicate not(EventPredicate condition) {
    Objects.requireNonNull(condition, "condition");
    return e -> !condition.test(e);
  }
}

package dev.furrow.domain.model;

import java.util.Objects;

/** Factory: combinators of {@link EventFunction}s, shared by models. */
public final class EventFunctions {

  private EventFunctions() {}

  /** {@code function} for events passing {@code condition}, null (skipped) for the others. */
  public static <T> EventFunction<T> when(EventPredicate condition, EventFunction<T> function) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(function, "function");
    return e -> condition.test(e) ? function.apply(e) : null;
  }

  /** The constant {@code value} for events passing {@code condition}, null for the others. */
  public static <T> EventFunction<T> constantWhen(EventPredicate condition, T value) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(value, "value");
    return e -> condition.test(e) ? value : null;
  }
}

package dev.furrow.domain.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Value: the self-describing entities of a {@code contexts} or {@code derived_contexts} field, in
 * the order they appear.
 *
 * @param data the entities; empty when the field is empty
 */
public record Contexts(List<SelfDescribingData> data) {

  private static final Contexts EMPTY = new Contexts(List.of());

  public Contexts {
    data = List.copyOf(data);
  }

  /** The contexts of an empty field. */
  public static Contexts empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return data.isEmpty();
  }

  public int size() {
    return data.size();
  }

  /** The entities of schema {@code vendor/name} at the given model (any revision), in order. */
  public List<SelfDescribingData> find(String vendor, String name, int model) {
    List<SelfDescribingData> found = new ArrayList<>(2);
    for (SelfDescribingData entity : data) {
      if (entity.schema().is(vendor, name, model)) {
        found.add(entity);
      }
    }
    return found;
  }

  /** The first entity of schema {@code vendor/name} at the given model, if any. */
  public Optional<SelfDescribingData> first(String vendor, String name, int model) {
    for (SelfDescribingData entity : data) {
      if (entity.schema().is(vendor, name, model)) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }
}

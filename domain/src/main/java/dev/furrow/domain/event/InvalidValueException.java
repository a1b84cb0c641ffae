package dev.furrow.domain.event;

import java.util.Objects;

/** Thrown when the text of a field cannot be decoded into the field's type. */
public final class InvalidValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ParsingError.InvalidValue invalidValue;

  public InvalidValueException(ParsingError.InvalidValue invalidValue) {
    super(invalidValue.describe());
    this.invalidValue = Objects.requireNonNull(invalidValue);
  }

  /** The field, its text and the reason. */
  public ParsingError.InvalidValue invalidValue() {
    return invalidValue;
  }
}

package dev.furrow.domain.json;

import java.io.Writer;

/** An unsynchronized {@link Writer} into a {@link StringBuilder}. */
final class StringBuilderWriter extends Writer {

  private final StringBuilder text;

  StringBuilderWriter(int capacity) {
    this.text = new StringBuilder(capacity);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}

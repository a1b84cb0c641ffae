package dev.furrow.domain.local;

import dev.furrow.domain.run.RunId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * File names for run ids: {@code run=2024-05-01-10-00-00} stays as it is; any character outside
 * {@code [A-Za-z0-9=._-]}, and a leading dot, is percent-encoded (UTF-8), so every run id maps to a
 * portable, visible file name and back.
 */
final class RunIds {

  private RunIds() {}

  static String toFileName(RunId runId) {
    byte[] bytes = runId.value().getBytes(StandardCharsets.UTF_8);
    StringBuilder name = new StringBuilder(bytes.length + 8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean plain =
          (b >= 'a' && b <= 'z')
              || (b >= 'A' && b <= 'Z')
              || (b >= '0' && b <= '9')
              || b == '='
              || b == '-'
              || b == '_'
              || (b == '.' && i > 0);
      if (plain) {
        name.append((char) b);
      } else {
        name.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
        name.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return name.toString();
  }

  static RunId fromFileName(String name) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '%' && i + 2 < name.length()) {
        int hi = Character.digit(name.charAt(i + 1), 16);
        int lo = Character.digit(name.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          bytes.write(hi << 4 | lo);
          i += 2;
          continue;
        }
      }
      byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      bytes.write(raw, 0, raw.length);
    }
    return RunId.of(bytes.toString(StandardCharsets.UTF_8));
  }
}

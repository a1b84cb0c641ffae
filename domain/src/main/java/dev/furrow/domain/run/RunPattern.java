package dev.furrow.domain.run;

import java.util.Objects;

/**
 * Value: a glob over run folder names ({@code *} = any run of characters, {@code ?} = exactly one
 * character, everything else literal), by default {@code run=*}.
 */
public final class RunPattern {

  /** Snowplow's run folders: {@code run=yyyy-MM-dd-HH-mm-ss}. */
  public static final RunPattern DEFAULT = new RunPattern("run=*");

  private final String glob;

  private RunPattern(String glob) {
    this.glob = glob;
  }

  /**
   * A pattern for {@code glob}; fails for an empty glob or one containing a path separator, since
   * it matches a single folder name.
   */
  public static RunPattern of(String glob) {
    Objects.requireNonNull(glob, "glob");
    if (glob.isEmpty() || glob.contains("/") || glob.contains("\\")) {
      throw new IllegalArgumentException(
          "Run pattern must be a non-empty folder name glob without '/': '" + glob + "'");
    }
    return new RunPattern(glob);
  }

  public String glob() {
    return glob;
  }

  /** Whether the whole of {@code folderName} matches the glob (case-sensitive). */
  public boolean matches(String folderName) {
    Objects.requireNonNull(folderName, "folderName");
    // Greedy matching with backtracking to the last '*': linear in practice, no regex escaping.
    int p = 0;
    int n = 0;
    int starP = -1;
    int starN = 0;
    while (n < folderName.length()) {
      if (p < glob.length()
          && (glob.charAt(p) == '?'
              || (glob.charAt(p) != '*' && glob.charAt(p) == folderName.charAt(n)))) {
        p++;
        n++;
      } else if (p < glob.length() && glob.charAt(p) == '*') {
        starP = p++;
        starN = n;
      } else if (starP >= 0) {
        p = starP + 1;
        n = ++starN;
      } else {
        return false;
      }
    }
    while (p < glob.length() && glob.charAt(p) == '*') {
      p++;
    }
    return p == glob.length();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunPattern other && other.glob.equals(glob);
  }

  @Override
  public int hashCode() {
    return glob.hashCode();
  }

  @Override
  public String toString() {
    return glob;
  }
}

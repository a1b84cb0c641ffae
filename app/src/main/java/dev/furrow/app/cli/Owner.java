package dev.furrow.app.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How this process names itself in the run manifest: {@code user@host:pid}. */
final class Owner {

  private Owner() {}

  static String describe() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
    }
    return System.getProperty("user.name", "unknown")
        + "@"
        + host
        + ":"
        + ProcessHandle.current().pid();
  }
}

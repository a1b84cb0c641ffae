package dev.furrow.app.config;

/**
 * Thrown when the configuration is invalid: a misspelt key, a wrong type, an unknown choice or a
 * missing file. The message names the key's path and where it was set; the command line prints it
 * without a stack trace and exits with code 2.
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}

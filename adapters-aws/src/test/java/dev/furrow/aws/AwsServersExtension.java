package dev.furrow.aws;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test fixture: JUnit 5 extension that stops the {@link TestServers} when the whole test plan has
 * run (not after each class, so the servers are started once per test JVM).
 */
public final class AwsServersExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(AwsServersExtension.class))
        .getOrComputeIfAbsent("servers", key -> (AutoCloseable) TestServers::stopAll);
  }
}

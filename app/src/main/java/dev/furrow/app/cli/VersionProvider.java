package dev.furrow.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads Furrow's version from the jar manifest. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"furrow " + (version == null ? "(development build)" : version)};
  }
}

package dev.factx.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so {@code --version} needs no reflection on resources. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = FactxCommand.class.getPackage().getImplementationVersion();
    return new String[] {"factx " + (v == null ? "(development build)" : v)};
  }
}

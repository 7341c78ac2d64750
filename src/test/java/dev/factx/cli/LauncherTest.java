package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/install and bin/factx where they can go wrong: an install that must run with nothing but a
 * Java, and launchers that cannot find a java or Maven, or find a java too old for factx.
 */
class LauncherTest {
  private static final String SEED = "testdata/kursk-2024-12-16.bundle";

  /** Runs a shell command line with exactly {@code env} as the environment. */
  private static Processes.Result sh(String command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command);
    pb.environment().clear();
    pb.environment().putAll(env);
    return Processes.run(pb);
  }

  private static Map<String, String> plain(Path home) {
    return Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "HOME", home.toString());
  }

  /** A program on this process's PATH. */
  private static Path which(String program) {
    for (String dir : System.getenv("PATH").split(":")) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new AssertionError(program + " is not on PATH");
  }

  @BeforeAll
  static void buildOnce() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    Processes.Result r = Processes.run(new ProcessBuilder("bin/factx", "--version"));
    assertThat(r.status()).as(r.err()).isZero();
  }

  @Test
  void anInstalledFactxRunsWithNothingButJava(@TempDir Path dir) throws Exception {
    Path prefix = dir.resolve("prefix");
    Processes.Result install = sh("bin/install --prefix " + prefix + " --jar target/factx.jar",
        Map.of("PATH", System.getenv("PATH"), "HOME", dir.toString()));
    assertThat(install.status()).as(install.err()).isZero();
    assertThat(install.out()).startsWith("install: factx ").contains(" in " + prefix + ": ");
    for (String file : List.of("bin/factx", "lib/factx/factx.jar", "share/man/man1/factx.1",
        "share/bash-completion/completions/factx")) {
      assertThat(prefix.resolve(file)).isNotEmptyFile();
    }
    // an empty home (no ~/.m2, no settings), a minimal PATH, another directory: the jar and a java
    Path home = Files.createDirectories(dir.resolve("home"));
    Path seed = Path.of(SEED).toAbsolutePath();
    Processes.Result installed = sh("cd " + home + " && " + prefix + "/bin/factx compare --format"
        + " json " + seed, plain(home));
    Processes.Result checkout = Processes.run(new ProcessBuilder("bin/factx", "compare", "--format",
        "json", seed.toString()));
    assertThat(installed.status()).as(installed.err()).isZero();
    assertThat(installed.err()).isEmpty();
    assertThat(installed.out()).isEqualTo(checkout.out()).contains("\"format\" : \"factx-report\"");
    try (var files = Files.list(home)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aMissingJavaSaysWhatToInstall(@TempDir Path dir) throws Exception {
    Processes.Result home = sh("bin/factx --version",
        Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", dir.resolve("no-jdk").toString()));
    assertThat(home.status()).isEqualTo(2);
    assertThat(home.err()).startsWith("factx: error: JAVA_HOME is " + dir.resolve("no-jdk")
        + ", but it has no bin/java; point JAVA_HOME at a JDK 17 or newer");
    // a PATH with the tools the launcher uses, but no java
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : List.of("ls", "sed", "dirname", "find", "head", "mktemp", "cat", "rm")) {
      Files.createSymbolicLink(bin.resolve(tool), which(tool));
    }
    Processes.Result path = sh("bin/factx --version", Map.of("PATH", bin.toString()));
    assertThat(path.status()).isEqualTo(2);
    assertThat(path.err()).isEqualTo("factx: error: no java on PATH; install a JDK 17 or newer"
        + " (Debian, Ubuntu: apt-get install openjdk-17-jdk-headless; elsewhere"
        + " https://adoptium.net) or set JAVA_HOME\n");
  }

  @Test
  void aJavaTooOldForFactxSaysWhatToInstall(@TempDir Path dir) throws Exception {
    // what a Java 11 prints for a class file of Java 17
    Path java = Files.createDirectories(dir.resolve("jdk11/bin")).resolve("java");
    Files.writeString(java, """
        #!/bin/sh
        echo "Error: LinkageError occurred while loading main class dev.factx.cli.Main" >&2
        echo "	java.lang.UnsupportedClassVersionError: dev/factx/cli/Main has been compiled by a\
         more recent version of the Java Runtime (class file version 61.0)" >&2
        exit 1
        """);
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Processes.Result r = sh("bin/factx --version", Map.of("PATH", "/usr/bin:/bin",
        "JAVA_HOME", dir.resolve("jdk11").toString()));
    assertThat(r.status()).isEqualTo(2);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("factx: error: " + java + " cannot run factx, which needs"
        + " Java 17 or newer: Error: LinkageError").contains("UnsupportedClassVersionError");
    assertThat(lines.get(1)).startsWith("factx: install a JDK 17 or newer");
  }

  @Test
  void aCheckoutWithoutMavenSaysWhatToInstall(@TempDir Path dir) throws Exception {
    // a checkout whose jar is not built yet
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve("bin"));
    Files.createDirectories(checkout.resolve("src/main"));
    Files.copy(Path.of("bin/factx"), checkout.resolve("bin/factx"));
    Files.copy(Path.of("pom.xml"), checkout.resolve("pom.xml"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : List.of("ls", "sed", "dirname", "find", "head", "mktemp", "cat", "rm")) {
      Files.createSymbolicLink(bin.resolve(tool), which(tool));
    }
    Files.createSymbolicLink(bin.resolve("java"), Path.of(ProcessHandle.current().info().command()
        .orElseThrow()));
    Processes.Result r = sh("/bin/sh " + checkout.resolve("bin/factx") + " --version",
        Map.of("PATH", bin.toString()));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("factx: error: " + checkout.toRealPath()
        + "/target/factx.jar must be built from the sources, which needs Maven (mvn), and mvn is"
        + " not on PATH; install Maven");
  }

  /**
   * The class-data archive is made again when another java runs factx, and only then: the launcher
   * records the java that made it with its symlinks resolved, and a run through a symlink to that
   * same java keeps the archive.
   */
  @Test
  void theArchiveIsRemadeForAnotherJavaOnly(@TempDir Path dir) throws Exception {
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve("bin"));
    Files.createDirectories(checkout.resolve("target"));
    Files.createDirectories(checkout.resolve("testdata"));
    Files.copy(Path.of("bin/factx"), checkout.resolve("bin/factx"));
    Files.copy(Path.of("target/factx.jar"), checkout.resolve("target/factx.jar"));
    Files.copy(Path.of(SEED), checkout.resolve(SEED));
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("java"), java);
    Map<String, String> env = Map.of("PATH", bin + ":/usr/bin:/bin", "HOME", dir.toString());
    String run = "/bin/sh " + checkout.resolve("bin/factx") + " --version";
    Path jsa = checkout.resolve("target/factx.jsa");
    Path madeBy = checkout.resolve("target/factx.jsa.java");

    Processes.Result first = sh(run, env);
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(Files.readString(madeBy)).isEqualTo(java + "\n");
    assertThat(jsa).isNotEmptyFile();
    Files.setLastModifiedTime(jsa, FileTime.fromMillis(
        Files.getLastModifiedTime(jsa).toMillis() - 1000));
    FileTime made = Files.getLastModifiedTime(jsa);

    // the same java through the symlink: the archive is kept
    Processes.Result again = sh(run, env);
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(Files.getLastModifiedTime(jsa)).isEqualTo(made);

    // an archive another java made is made again, for this one
    Files.writeString(madeBy, dir.resolve("other-jdk/bin/java") + "\n");
    Processes.Result other = sh(run, env);
    assertThat(other.status()).as(other.err()).isZero();
    assertThat(Files.readString(madeBy)).isEqualTo(java + "\n");
    assertThat(Files.getLastModifiedTime(jsa)).isNotEqualTo(made);
  }
}

package dev.factx.robust;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs factx's {@code Main} in a JVM of its own, for what one JVM cannot vary: the heap size, the
 * working directory, standard input as a pipe.
 */
final class Subprocess {
  private Subprocess() {}

  /**
   * Runs {@code java JVM_OPTIONS dev.factx.cli.Main ARGS} in {@code cwd} with {@code stdin} piped
   * in; a run longer than {@code timeoutSeconds} is a failure.
   */
  static Invariants.Run run(Path cwd, List<String> jvmOptions, byte[] stdin, long timeoutSeconds,
      String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.factx.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("factx-out", ".txt");
    Path err = Files.createTempFile("factx-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).directory(cwd.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin);
      } catch (IOException closedEarly) {
        // factx may stop reading before the end (an error, a limit): that is its answer
      }
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("factx " + String.join(" ", args) + " ran longer than "
            + timeoutSeconds + " s");
      }
      return new Invariants.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}

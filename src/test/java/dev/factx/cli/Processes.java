package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a real process to its end, for the tests where a process is the point. */
final class Processes {
  /** Exit status and output of a process. */
  record Result(int status, String out, String err) {}

  private Processes() {}

  /** Runs {@code pb} with no input, standard error into a file so the two cannot block. */
  static Result run(ProcessBuilder pb) throws Exception {
    Path err = Files.createTempFile("factx-err", ".txt");
    try {
      pb.redirectError(err.toFile());
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      return new Result(p.exitValue(), out, Files.readString(err));
    } finally {
      Files.delete(err);
    }
  }
}

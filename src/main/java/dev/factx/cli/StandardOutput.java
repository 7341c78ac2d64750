package dev.factx.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintWriter} that remembers why a write failed. A PrintWriter (which picocli hands to
 * every command) keeps only that some write failed; factx must say why ("no space left on device")
 * and exit 2, or end quietly when the reader of a pipe went away ({@code factx ... | head}).
 */
final class StandardOutput extends PrintWriter {
  private final Recorder recorder;
  /** Whether this is the process's standard output (file descriptor 1). */
  private final boolean process;

  private StandardOutput(Recorder recorder, boolean process) {
    super(recorder, false);
    this.recorder = recorder;
    this.process = process;
  }

  /** Writes to {@code target}, recording its first failure. */
  static StandardOutput of(Writer target) {
    return new StandardOutput(new Recorder(target), false);
  }

  /** The process's standard output, UTF-8, not through {@code System.out} (which hides errors). */
  static StandardOutput stdout() {
    return new StandardOutput(new Recorder(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8))), true);
  }

  /** The first write error, or null. */
  IOException failure() {
    return recorder.failure;
  }

  /**
   * Whether the write failed because the reader of a pipe went away ({@code | head}): EPIPE, which
   * the JDK reports as "Broken pipe", or any failure of a standard output that is a pipe.
   */
  boolean readerWentAway() {
    IOException e = recorder.failure;
    return e != null && (String.valueOf(e.getMessage()).contains("Broken pipe")
        || process && Terminal.isPipe(1));
  }

  /** Passes writes on and keeps the first exception they throw. */
  private static final class Recorder extends FilterWriter {
    private IOException failure;

    Recorder(Writer out) {
      super(out);
    }

    private IOException record(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(int c) throws IOException {
      try {
        out.write(c);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        out.write(cbuf, off, len);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        out.write(str, off, len);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw record(e);
      }
    }
  }
}

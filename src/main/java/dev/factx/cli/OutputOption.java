package dev.factx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code -o/--output FILE}: where a command writes instead of standard output. A regular file is
 * replaced atomically: the output goes to a temporary file beside it, renamed over it only when the
 * run got to the end, so that a failed run (bad input, a full disk) leaves the old file as it was
 * and a reader never sees half a report. Anything else ({@code /dev/stdout}, a FIFO) is written
 * in place.
 */
final class OutputOption {
  private final CommandSpec spec;
  private Path target;
  private Path temporary;
  private PrintWriter writer;

  /** Declares {@code -o/--output} on {@code spec}. */
  OutputOption(CommandSpec spec) {
    this.spec = spec;
    spec.addOption(picocli.CommandLine.Model.OptionSpec.builder("-o", "--output")
        .paramLabel("FILE").type(java.io.File.class)
        .description("Write to FILE instead of standard output; a file is replaced only when the"
            + " run succeeds (the output goes to a temporary file beside it first).")
        .build());
  }

  /** What a command writes, returning its exit status. */
  interface Body {
    int write(PrintWriter out) throws IOException;
  }

  /**
   * Runs {@code body} on {@link #open()}'s writer, then {@link #commit()}s, or {@link #discard()}s
   * when it throws.
   */
  int write(Body body) throws IOException {
    PrintWriter out = open();
    try {
      int status = body.write(out);
      commit();
      return status;
    } finally {
      discard();
    }
  }

  /**
   * {@code out}, from {@link #open()}, as data ({@code bundle}, {@code clean}) goes to it: byte for
   * byte into a file or a pipe; shown safe when it is standard output and that is a terminal.
   */
  java.io.Writer forData(PrintWriter out) {
    return Specs.value(spec, "--output") == null ? Terminal.forData(out) : out;
  }

  /** Where the command writes: the file of {@code --output}, else standard output. */
  PrintWriter open() throws IOException {
    java.io.File name = Specs.value(spec, "--output");
    if (name == null) {
      return spec.commandLine().getOut();
    }
    target = name.toPath();
    Path written = target;
    if (!Files.exists(target) || Files.isRegularFile(target)) {
      temporary = temporaryBeside(target);
      written = temporary;
    }
    try {
      writer = StandardOutput.of(Files.newBufferedWriter(written, StandardCharsets.UTF_8));
    } catch (IOException e) {
      discard();
      throw cannotWrite(e);
    }
    return writer;
  }

  private static Path temporaryBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    String name = "." + target.getFileName() + ".factx-" + ProcessHandle.current().pid();
    for (int i = 0; ; i++) {
      try {
        // not Files.createTempFile, whose file is private (0600): this one becomes the output
        return Files.createFile(dir.resolve(name + "-" + i + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        // a stale one of an earlier process with the same id: try the next name
      } catch (IOException e) {
        throw new IOException("cannot write " + target + " (" + reason(e) + "); check that its"
            + " directory exists and is writable", e);
      }
    }
  }

  /**
   * Ends a run that got to the end: flushes and closes the file and renames it into place.
   *
   * @throws IOException naming the file and why, when anything of it failed
   */
  void commit() throws IOException {
    if (writer == null) {
      return;
    }
    writer.flush();
    IOException failure = ((StandardOutput) writer).failure();
    writer.close();
    if (failure == null && writer.checkError()) {
      failure = new IOException("the file could not be closed");
    }
    writer = null;
    if (failure != null) {
      discard();
      throw cannotWrite(failure);
    }
    if (temporary != null) {
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        discard();
        throw cannotWrite(e);
      }
      temporary = null;
    }
  }

  /** Ends a run that failed: the temporary file goes, the target stays as it was. */
  void discard() {
    if (writer != null) {
      writer.close();
      writer = null;
    }
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // nothing more to do: the name says what it is
      }
      temporary = null;
    }
  }

  private IOException cannotWrite(IOException e) {
    return e.getMessage() != null && e.getMessage().startsWith("cannot write ") ? e
        : new IOException("cannot write " + target + " (" + reason(e) + ")", e);
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return m == null ? e.getClass().getSimpleName() : Main.lower(m);
  }
}

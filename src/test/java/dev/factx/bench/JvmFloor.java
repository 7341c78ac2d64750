package dev.factx.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The JVM floor of the benchmark: starts picocli and Jackson, reads the file, prints a small JSON
 * object. Nothing a real tool could do would start faster on the same JVM.
 */
@Command(name = "floor")
public final class JvmFloor implements Callable<Integer> {
  @Parameters Path file;

  public static void main(String[] args) {
    System.exit(new CommandLine(new JvmFloor()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("file", file.toString());
      g.writeNumberField("chars", text.length());
      g.writeEndObject();
    }
    out.println();
    out.flush();
    return 0;
  }
}

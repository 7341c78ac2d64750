package dev.factx.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fuzzer's seeds and its regression corpus: testdata/fuzz holds every input that once broke
 * factx (a file, or a directory named {@code *.inputs} whose files are given together) and
 * hand-written seeds ({@code seed-*}).
 */
final class FuzzCorpus {
  static final Path DIR = Path.of("testdata/fuzz");

  private FuzzCorpus() {}

  /** Each corpus entry as the list of input files to compare together. */
  static List<List<Path>> entries() {
    List<List<Path>> out = new ArrayList<>();
    for (Path p : list(DIR)) {
      if (Files.isDirectory(p) && p.getFileName().toString().endsWith(".inputs")) {
        out.add(list(p));
      } else if (Files.isRegularFile(p) && isInput(p)) {
        out.add(List.of(p));
      }
    }
    return out;
  }

  /** The fuzzer's readable starting points: the seed bundle, the format examples, the corpus. */
  static List<Path> goodSeeds() {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("testdata/kursk-2024-12-16.bundle"));
    out.addAll(inputs(Path.of("testdata/format")));
    entries().forEach(out::addAll);
    return out;
  }

  /** The bad-input examples, each with one error. */
  static List<Path> badSeeds() {
    return inputs(Path.of("testdata/bad"));
  }

  private static List<Path> inputs(Path dir) {
    return list(dir).stream().filter(p -> Files.isRegularFile(p) && isInput(p)).toList();
  }

  static boolean isInput(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".bundle") || name.endsWith(".jsonl");
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

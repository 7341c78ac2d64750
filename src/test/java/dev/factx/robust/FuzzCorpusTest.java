package dev.factx.robust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every input in testdata/fuzz (each once broke factx, or seeds the fuzzer). */
class FuzzCorpusTest {
  static Stream<List<Path>> entries() {
    return FuzzCorpus.entries().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void keepsTheInvariants(List<Path> files) throws IOException {
    Invariants.check(files, true);
  }
}

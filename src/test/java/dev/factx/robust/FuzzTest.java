package dev.factx.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutates the test data and checks the invariants of {@link Invariants} on every result. The normal
 * run tries a fixed-seed sample; a long run: {@code mvn -o test -Dtest=FuzzTest
 * -Dfactx.fuzz.tries=20000} (add {@code -Dfactx.fuzz.seed=N} for other inputs). A failing input is
 * saved to target/fuzz-failures; keep it in testdata/fuzz once fixed.
 */
class FuzzTest {
  private static List<Path> seeds; // the readable ones first
  private static int good;
  private static List<byte[]> seedBytes;
  private static Path work;

  /** One mutation: its kind and the seed that picks its place and values. */
  record Mutation(int kind, long seed) {}

  /**
   * A fuzz input: a seed file mutated in order, optionally compared with a second, unmutated input.
   */
  record FuzzCase(int seed, List<Mutation> mutations, int second, boolean text) {}

  @BeforeContainer
  static void load() throws IOException {
    good = FuzzCorpus.goodSeeds().size();
    seeds = new ArrayList<>(FuzzCorpus.goodSeeds());
    seeds.addAll(FuzzCorpus.badSeeds());
    seedBytes = new ArrayList<>();
    for (Path p : seeds) {
      seedBytes.add(Files.readAllBytes(p));
    }
    work = Files.createTempDirectory("factx-fuzz");
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var s = Files.walk(work)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<FuzzCase> cases() {
    Arbitrary<Mutation> mutation = Combinators.combine(
        // byte-level mutations mostly make invalid UTF-8, which stops reading early: fewer of them
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(Mutator.BYTE_LEVEL)),
            Tuple.of(5, Arbitraries.integers().between(0, Mutator.KINDS - 1)
                .filter(k -> !Mutator.BYTE_LEVEL.contains(k)))),
        Arbitraries.longs())
        .as(Mutation::new);
    return Combinators.combine(
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0, good - 1)),
            Tuple.of(1, Arbitraries.integers().between(good, seeds.size() - 1))),
        mutation.list().ofMinSize(0).ofMaxSize(8),
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(-1)),
            Tuple.of(1, Arbitraries.integers().between(0, seeds.size() - 1))),
        Arbitraries.of(true, false, false, false))
        .as(FuzzCase::new);
  }

  @Property(seed = "20250304", tries = 100, shrinking = ShrinkingMode.BOUNDED)
  @AddLifecycleHook(TriesFromSystemProperty.class)
  void compareKeepsItsInvariants(@ForAll("cases") FuzzCase c) throws IOException {
    byte[] bytes = seedBytes.get(c.seed());
    for (Mutation m : c.mutations()) {
      bytes = Mutator.apply(bytes, m.kind(), m.seed(), seedBytes);
    }
    List<Path> files = new ArrayList<>();
    files.add(write(bytes, seeds.get(c.seed())));
    if (c.second() >= 0) {
      files.add(write(seedBytes.get(c.second()), seeds.get(c.second())));
    }
    try {
      Invariants.Run run = Invariants.check(files, c.text());
      Statistics.label("exit status").collect(run.status());
      Statistics.label("claims").collect(run.status() == 2 ? "none (error)"
          : run.out().contains("\"claims\" : [ ]") ? "none" : "some");
    } catch (AssertionError | RuntimeException e) {
      save(files);
      throw e;
    }
  }

  private static Path write(byte[] bytes, Path seed) throws IOException {
    String name = seed.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.'));
    Path p = work.resolve(hash(bytes) + ext);
    Files.write(p, bytes);
    return p;
  }

  /** Keeps a failing input where a person can find it, named by its content. */
  private static void save(List<Path> files) throws IOException {
    Path dir = Path.of("target/fuzz-failures");
    Files.createDirectories(dir);
    if (files.size() == 1) {
      Files.copy(files.get(0), dir.resolve(files.get(0).getFileName()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    Path d = dir.resolve(files.get(0).getFileName() + ".inputs");
    Files.createDirectories(d);
    for (int i = 0; i < files.size(); i++) {
      Files.copy(files.get(i), d.resolve(i + "-" + files.get(i).getFileName()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

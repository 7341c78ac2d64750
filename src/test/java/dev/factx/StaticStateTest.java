package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No state outlives a run: every static field of every class factx ships is final and holds an
 * immutable value (strings, numbers, enums, patterns, immutable collections of such values,
 * records of them), except the few listed below, each with its reason. Caches and memos belong to
 * the objects of one run ({@code People}, the cleaner's rules, a normalizer call), so that {@code
 * CrossReferencer.run} is a function of its input alone.
 */
class StaticStateTest {
  private static final Path CLASSES = Path.of("target", "classes");

  /** Static fields whose values are not immutable by type, and why they hold no run state. */
  private static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("dev.factx.cli.Preload.STARTED",
          "the process's one preload thread (cli.Preload): it initialises classes, holds no run"
              + " state"),
      Map.entry("dev.factx.analysis.WordList$Lists.CLASSES",
          "java.nio.file.Path, immutable: the class folder the lexicon is read from"),
      Map.entry("dev.factx.analysis.WordList$Lists.JAR",
          "java.util.zip.ZipFile: the jar the lexicon is read from, open for reading only"),
      Map.entry("dev.factx.report.JsonReportWriter.FACTORY",
          "Jackson's JsonFactory: configured once when the class loads, thread-safe, never changed"),
      Map.entry("dev.factx.bundle.JsonLinesWriter.JSON",
          "Jackson's JsonFactory: configured once when the class loads, thread-safe, never changed"),
      Map.entry("dev.factx.bundle.JsonLinesReader.JSON",
          "Jackson's JsonMapper: configured once when the class loads, thread-safe, never changed"),
      Map.entry("dev.factx.bundle.HtmlHeaders.JSON",
          "Jackson's ObjectMapper: configured once when the class loads, thread-safe, never changed"),
      Map.entry("dev.factx.verify.SentenceAligner.COSINE",
          "Commons Text's CosineSimilarity: holds no state"),
      Map.entry("dev.factx.clean.FurnitureRules.WORDS_BY_FIRST",
          "private arrays of the furniture lists' words, filled by the class initialiser and only"
              + " read after it (arrays rather than lists: a line is read before held is compiled)"),
      Map.entry("dev.factx.clean.FurnitureRules.BITS_BY_FIRST",
          "private arrays of the list bit of each word of WORDS_BY_FIRST, filled by the class"
              + " initialiser and only read after it"),
      Map.entry("dev.factx.align.Terms.TWO_DIGITS",
          "java.math.MathContext: immutable (a precision and a rounding mode, both final)"),
      Map.entry("dev.factx.align.Terms.TWO_DIGITS_DOWN",
          "java.math.MathContext: immutable (a precision and a rounding mode, both final)"));

  @Test
  void everyStaticFieldIsFinalAndImmutable() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String name : classNames()) {
      Class<?> c = Class.forName(name, true, getClass().getClassLoader());
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
          continue;
        }
        checked++;
        String id = name + "." + f.getName();
        if (!Modifier.isFinal(f.getModifiers())) {
          problems.add(id + " is not final");
          continue;
        }
        f.setAccessible(true);
        Object value = f.get(null);
        if (!ALLOWED.containsKey(id) && !immutable(value, new IdentityHashMap<>())) {
          problems.add(id + " holds a " + value.getClass().getName());
        }
      }
    }
    assertThat(checked).as("static fields checked").isGreaterThan(100);
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckTellsMutableValuesFromImmutableOnes() {
    assertThat(immutable(List.of("a", List.of(1)), new IdentityHashMap<>())).isTrue();
    assertThat(immutable(Map.of("a", Set.of("b")), new IdentityHashMap<>())).isTrue();
    assertThat(immutable(new ArrayList<>(List.of("a")), new IdentityHashMap<>())).isFalse();
    assertThat(immutable(List.of(new StringBuilder()), new IdentityHashMap<>())).isFalse();
    assertThat(immutable(new int[] {1}, new IdentityHashMap<>())).isFalse();
    assertThat(immutable(new java.util.concurrent.ConcurrentHashMap<>(), new IdentityHashMap<>()))
        .isFalse();
    record Frozen(List<String> words) {}
    record Open(StringBuilder text) {}
    assertThat(immutable(new Frozen(List.of("a")), new IdentityHashMap<>())).isTrue();
    assertThat(immutable(new Open(new StringBuilder()), new IdentityHashMap<>())).isFalse();
  }

  /** The classes under target/classes, by name. */
  private static List<String> classNames() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files.filter(p -> p.toString().endsWith(".class"))
          .map(p -> CLASSES.relativize(p).toString())
          .map(s -> s.substring(0, s.length() - ".class".length()).replace('/', '.'))
          .filter(s -> s.startsWith("dev.factx."))
          .sorted()
          .toList();
    }
  }

  /** Whether a value can never change: by its type, and for containers by what they hold. */
  private static boolean immutable(Object v, Map<Object, Boolean> seen) {
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean
        || v instanceof Character || v instanceof Enum<?> || v instanceof java.util.regex.Pattern
        || v instanceof Class<?>) {
      return true;
    }
    if (seen.put(v, Boolean.TRUE) != null) {
      return true; // being checked further up
    }
    String type = v.getClass().getName();
    boolean frozen = type.startsWith("java.util.ImmutableCollections$")
        || type.startsWith("java.util.Collections$Unmodifiable")
        || type.startsWith("java.util.Collections$Empty")
        || type.startsWith("java.util.Collections$Singleton");
    if (v instanceof Collection<?> c) {
      return frozen && c.stream().allMatch(e -> immutable(e, seen));
    }
    if (v instanceof Map<?, ?> m) {
      return frozen && m.entrySet().stream()
          .allMatch(e -> immutable(e.getKey(), seen) && immutable(e.getValue(), seen));
    }
    if (v.getClass().isArray()) {
      return false;
    }
    // any other object (a record, a stateless extractor, a lambda) when every field it has is
    // final and holds an immutable value
    for (Class<?> k = v.getClass(); k != null && k != Object.class && k != Record.class;
        k = k.getSuperclass()) {
      if (k.getName().startsWith("java.") && !k.isRecord()) {
        return false; // a JDK class of its own kind: not known to be immutable
      }
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        try {
          f.setAccessible(true);
          if (!Modifier.isFinal(f.getModifiers()) || !immutable(f.get(v), seen)) {
            return false;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          return false;
        }
      }
    }
    return true;
  }
}

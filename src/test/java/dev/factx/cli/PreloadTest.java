package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreloadTest {
  @Test
  void everyClassItNamesExists() {
    List<String> all = new ArrayList<>(Preload.EXTRACTION);
    all.addAll(Preload.MATCHING);
    ClassLoader loader = PreloadTest.class.getClassLoader();
    for (String c : all) {
      assertThatCode(() -> Class.forName(c, false, loader)).as(c).doesNotThrowAnyException();
    }
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void noClassItNamesIsReadByTheCommandLineOrTheReaders() {
    // the main thread initialises cli, bundle and text classes while the preload runs: a class of
    // those packages in the preload could deadlock with it (see Preload's comment)
    List<String> all = new ArrayList<>(Preload.EXTRACTION);
    all.addAll(Preload.MATCHING);
    assertThat(all).noneMatch(c -> c.startsWith("dev.factx.cli.")
        || c.startsWith("dev.factx.bundle.") || c.startsWith("dev.factx.text."));
  }
}

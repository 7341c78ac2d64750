package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColorModeTest {
  @ParameterizedTest(name = "[{index}] terminal {0}, COLUMNS {1}, stdout a terminal {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # terminal's width | COLUMNS | stdout a terminal | width
      # the terminal's own width wins
      80                 | 120     | true              | 80
      132                | -       | false             | 132
      20                 | -       | true              | 20
      # unknown (0) or too narrow to use: COLUMNS
      0                  | 120     | true              | 120
      19                 | 60      | true              | 60
      # then 80 at a terminal, 100 into a file or a pipe
      0                  | -       | true              | 80
      0                  | -       | false             | 100
      0                  | 30      | true              | 80
      0                  | wide    | false             | 100
      """)
  void widthComesFromTheTerminalThenColumnsThenADefault(int terminal, String columns,
      boolean stdoutIsTerminal, int width) {
    Map<String, String> env = new HashMap<>();
    if (columns != null) {
      env.put("COLUMNS", columns);
    }
    assertThat(ColorMode.width(env, terminal, stdoutIsTerminal)).isEqualTo(width);
  }
}

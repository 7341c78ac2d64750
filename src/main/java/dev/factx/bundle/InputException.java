package dev.factx.bundle;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: one or more problems, each naming file and line. */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an input exception needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InputException(Problem problem) {
    this(List.of(problem));
  }

  public InputException(String file, int line, String message) {
    this(new Problem(file, line, message));
  }

  public List<Problem> problems() {
    return problems;
  }
}

package dev.factx.bundle;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: one or more problems, each naming file and line, and how many more were found but not
 * kept (an input with thousands of bad lines is shown by its first ones).
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<Problem> problems;
  private final long more;
  private final String moreIn;

  /**
   * @param problems the problems kept, at least one
   * @param more how many more problems the input has
   * @param moreIn the input they are in, or null when there are none
   */
  public InputException(List<Problem> problems, long more, String moreIn) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an input exception needs a problem");
    }
    this.problems = List.copyOf(problems);
    this.more = more;
    this.moreIn = more > 0 ? moreIn : null;
  }

  public InputException(List<Problem> problems) {
    this(problems, 0, null);
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

  /** How many problems the input has beyond {@link #problems()}. */
  public long more() {
    return more;
  }

  /** The input the further problems are in, or null when {@link #more()} is 0. */
  public String moreIn() {
    return moreIn;
  }
}

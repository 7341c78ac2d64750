package dev.factx.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * A short word-level diff of a quote against a reference form: {@code -[removed]} and {@code
 * +[added]} words in place, a few unchanged words of context around each change, and {@code ...}
 * for the rest. Words compare without case and punctuation, so only wording changes show.
 */
public final class WordDiff {
  private static final int CONTEXT = 3;
  private static final int MAX_CHANGE = 8;

  private WordDiff() {}

  /** The diff that turns {@code reference} into {@code variant}; empty when the words agree. */
  public static String diff(String reference, String variant) {
    String[] ref = split(reference);
    String[] var = split(variant);
    List<String> rk = keys(ref);
    List<String> vk = keys(var);
    // a common head and tail are kept as they are, so that a cut or an addition at either end
    // shows as one change rather than as words matched somewhere in the middle
    int head = 0;
    while (head < rk.size() && head < vk.size() && rk.get(head).equals(vk.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < rk.size() - head && tail < vk.size() - head
        && rk.get(rk.size() - 1 - tail).equals(vk.get(vk.size() - 1 - tail))) {
      tail++;
    }
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      ops.add(new Op(' ', var[i]));
    }
    Map<String, Character> codes = new HashMap<>();
    String x = Similarity.encode(rk.subList(head, rk.size() - tail), codes);
    String y = Similarity.encode(vk.subList(head, vk.size() - tail), codes);
    new StringsComparator(x, y).getScript().visit(new Collect(ops, ref, var, head));
    for (int j = var.length - tail; j < var.length; j++) {
      ops.add(new Op(' ', var[j]));
    }
    return render(ops);
  }

  /** One step of the edit script: {@code ' '} keep, {@code '-'} delete, {@code '+'} insert. */
  private record Op(char kind, String word) {}

  private static final class Collect implements CommandVisitor<Character> {
    private final List<Op> ops;
    private final String[] ref;
    private final String[] var;
    private int i;
    private int j;

    Collect(List<Op> ops, String[] ref, String[] var, int from) {
      this.ops = ops;
      this.ref = ref;
      this.var = var;
      this.i = from;
      this.j = from;
    }

    @Override
    public void visitKeepCommand(Character c) {
      ops.add(new Op(' ', var[j]));
      i++;
      j++;
    }

    @Override
    public void visitDeleteCommand(Character c) {
      ops.add(new Op('-', ref[i++]));
    }

    @Override
    public void visitInsertCommand(Character c) {
      ops.add(new Op('+', var[j++]));
    }
  }

  private static String render(List<Op> ops) {
    List<String> out = new ArrayList<>();
    int n = ops.size();
    int k = 0;
    boolean changed = false;
    while (k < n) {
      if (ops.get(k).kind() == ' ') {
        int e = k;
        while (e < n && ops.get(e).kind() == ' ') {
          e++;
        }
        boolean before = k > 0;
        boolean after = e < n;
        int head = before ? Math.min(CONTEXT, e - k) : 0;
        int tail = after ? Math.min(CONTEXT, e - k - head) : 0;
        for (int q = k; q < k + head; q++) {
          out.add(ops.get(q).word());
        }
        if (e - k > head + tail) {
          out.add("...");
        }
        for (int q = e - tail; q < e; q++) {
          out.add(ops.get(q).word());
        }
        k = e;
      } else {
        changed = true;
        for (char kind : new char[] {'-', '+'}) {
          List<String> run = new ArrayList<>();
          for (int q = k; q < n && ops.get(q).kind() != ' '; q++) {
            if (ops.get(q).kind() == kind) {
              run.add(ops.get(q).word());
            }
          }
          if (!run.isEmpty()) {
            out.add(kind + "[" + shorten(run) + "]");
          }
        }
        while (k < n && ops.get(k).kind() != ' ') {
          k++;
        }
      }
    }
    return changed ? String.join(" ", out) : "";
  }

  private static String shorten(List<String> run) {
    if (run.size() <= MAX_CHANGE) {
      return String.join(" ", run);
    }
    return String.join(" ", run.subList(0, 4)) + " ... " + String.join(" ", run.subList(run.size() - 3, run.size()));
  }

  private static String[] split(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }

  private static List<String> keys(String[] words) {
    List<String> out = new ArrayList<>(words.length);
    for (String w : words) {
      String k = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      out.add(k.isEmpty() ? w : k);
    }
    return out;
  }
}

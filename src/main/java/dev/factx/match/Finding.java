package dev.factx.match;

import dev.factx.align.Link;
import dev.factx.analysis.WordDiff.Segment;
import dev.factx.extract.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the articles say together about one claim, as data: the claims it rests on, a verdict,
 * and the details its message reads. The English wording is the reports' (report/Messages).
 *
 * @param id {@code fN}, given when the report is put together (null before)
 * @param kind the claim kind
 * @param verdict agree, discrepancy or unique
 * @param relation for numbers and dates: same, differs or conflict; else null
 * @param subject what the finding is about, for people ("Matthew Miller: \"...\"")
 * @param claims ids of every claim the finding rests on
 * @param variants for quotes, how each claim stands against the reference form; else empty
 * @param detail what the finding's message says, by kind
 * @param alignments for numbers and dates, the statement links the comparison rests on (why two
 *     claims were compared); else empty
 */
public record Finding(
    String id,
    Kind kind,
    Verdict verdict,
    Relation relation,
    String subject,
    List<String> claims,
    List<Variant> variants,
    Detail detail,
    List<Link> alignments) {
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(detail, "detail");
    claims = List.copyOf(claims);
    variants = List.copyOf(variants);
    alignments = List.copyOf(alignments);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a finding rests on at least one claim");
    }
  }

  /** A finding that rests on no alignment. */
  public Finding(String id, Kind kind, Verdict verdict, Relation relation, String subject,
      List<String> claims, List<Variant> variants, Detail detail) {
    this(id, kind, verdict, relation, subject, claims, variants, detail, List.of());
  }

  /** This finding with its report id. */
  public Finding withId(String newId) {
    return new Finding(newId, kind, verdict, relation, subject, claims, variants, detail,
        alignments);
  }

  /** This finding resting on these alignments. */
  public Finding withAlignments(List<Link> links) {
    return new Finding(id, kind, verdict, relation, subject, claims, variants, detail, links);
  }

  /** What a finding's message tells, one record for each way a matcher words it. */
  public sealed interface Detail {}

  /**
   * A quote finding: the articles that carry the quote; the variants tell how.
   *
   * @param articles the articles, in order of first claim
   */
  public record QuoteCarried(List<String> articles) implements Detail {
    public QuoteCarried {
      articles = List.copyOf(articles);
    }
  }

  /**
   * A figure one article alone gives.
   *
   * @param article the article
   * @param figure the figure as written ("at least 30")
   * @param source who the article says gave it, or null
   */
  public record FigureAlone(String article, String figure, String source) implements Detail {}

  /**
   * Figures of several articles for one measure, in classes of the same figure.
   *
   * @param articles how many articles give one
   * @param classes each class's figures, by how they are written
   * @param changed whether the classes are one changing count given for different days (a toll
   *     that rose): their figures then carry the days
   */
  public record FiguresCompared(int articles, List<List<FigureText>> classes, boolean changed)
      implements Detail {
    public FiguresCompared {
      List<List<FigureText>> frozen = new ArrayList<>(classes.size());
      for (List<FigureText> c : classes) {
        frozen.add(List.copyOf(c));
      }
      classes = List.copyOf(frozen);
    }

    /** Figures of one count, not given for different days. */
    public FiguresCompared(int articles, List<List<FigureText>> classes) {
      this(articles, classes, false);
    }
  }

  /**
   * A figure as some articles write it.
   *
   * @param figure as written ("at least 30")
   * @param articles the articles that write it so
   * @param sources who they say gave it
   * @param later whether one of them gives it as a later phase
   * @param days the dates of the statements that give it, as {@code "on Tuesday" = 2025-03-11},
   *     when a changing count is compared across days; else empty
   */
  public record FigureText(String figure, List<String> articles, List<String> sources,
      boolean later, List<String> days) {
    public FigureText {
      articles = List.copyOf(articles);
      sources = List.copyOf(sources);
      days = List.copyOf(days);
    }

    /** A figure given for no particular day. */
    public FigureText(String figure, List<String> articles, List<String> sources, boolean later) {
      this(figure, articles, sources, later, List.of());
    }
  }

  /**
   * Dates of one event.
   *
   * @param articles the articles, in order of first claim
   * @param value the first claim's date ("2024-12-16"), or null
   * @param dates every claim's date as written
   */
  public record Dated(List<String> articles, String value, List<DateText> dates)
      implements Detail {
    public Dated {
      articles = List.copyOf(articles);
      dates = List.copyOf(dates);
    }
  }

  /**
   * A date as an article writes it.
   *
   * @param text the expression ("on Dec. 16")
   * @param article the article
   * @param value its days ("2024-12-16", "2024-12-06..2024-12-09"), or null when unresolved
   */
  public record DateText(String text, String article, String value) {}

  /**
   * The roles the articles give one person.
   *
   * @param person the person
   * @param title the first claim's title
   * @param articles the articles, in order of first claim
   * @param problems what contradicts, in order: title, organisation, rank, gender
   * @param claims every claim as written, with its article
   * @param oneOffice whether every claim names one office (else offices that can both hold)
   */
  public record RolesGiven(String person, String title, List<String> articles,
      List<RoleProblem> problems, List<Written> claims, boolean oneOffice) implements Detail {
    public RolesGiven {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
      claims = List.copyOf(claims);
    }

    /** The roles of one office. */
    public RolesGiven(String person, String title, List<String> articles,
        List<RoleProblem> problems, List<Written> claims) {
      this(person, title, articles, problems, claims, true);
    }
  }

  /** One way the roles given a person contradict each other. */
  public sealed interface RoleProblem {}

  /**
   * Values of one aspect that name different things.
   *
   * @param aspect {@code title}, {@code organisation} or {@code rank}
   * @param values each value as first written, with the articles that give it
   */
  public record AspectConflict(String aspect, List<Written> values) implements RoleProblem {
    public AspectConflict {
      values = List.copyOf(values);
    }
  }

  /**
   * Gendered titles or pronouns that give the person two genders.
   *
   * @param female what says female: gendered titles and "she", each with its article
   * @param male what says male
   * @param others the titles without gender, with their articles
   */
  public record GenderConflict(List<Written> female, List<Written> male, List<Written> others)
      implements RoleProblem {
    public GenderConflict {
      female = List.copyOf(female);
      male = List.copyOf(male);
      others = List.copyOf(others);
    }
  }

  /**
   * Words as some articles write them.
   *
   * @param text the words
   * @param articles the articles
   */
  public record Written(String text, List<String> articles) {
    public Written {
      articles = List.copyOf(articles);
    }
  }

  /**
   * A change a reprint made to a claim of its original ({@code factx verify}).
   *
   * @param what what changed, lower case ("figure changed", "quote added")
   * @param original the original's words, or null when the reprint added them
   * @param reprint the reprint's words, or null when it cut them
   * @param diff the word diff for quotes, or null
   */
  public record Changed(String what, String original, String reprint, List<Segment> diff)
      implements Detail {
    public Changed {
      diff = diff == null ? null : List.copyOf(diff);
    }
  }
}

package dev.factx.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes deterministic bundles of real-length made-up news articles: about 3,400 characters and 17
 * claims each, no paragraph repeated except where one outlet reprints another. Unlike {@link
 * SyntheticCorpus}, which recombines the seed's paragraphs, every article is written from
 * templates with its own people, places, figures and dates.
 *
 * <p>The bundle is a wire day's worth of local stories: each story (a flood, a strike, a bridge
 * closure ...) has its own officials, towns, figures, dates and statements, and is covered by 3 to
 * 12 outlets. About a quarter of the articles are syndicated copy of another article of the same
 * story (paragraphs dropped, a figure or date changed, a quote cut, the outlet's furniture), as wire
 * copy is; outlets report a few figures, dates and quotes differently (truncated, reworded, given
 * to another speaker), and some articles quote one of a few national officials whose statements
 * run across many stories. All text is of our own making; the same arguments always give the same
 * bytes.
 *
 * <p>Usage: {@code RealLengthCorpus ARTICLES OUT [RANDOM_SEED]}.
 */
public final class RealLengthCorpus {
  /** Share of the articles that are syndicated copy of another article. */
  static final double SYNDICATED = 0.25;
  /** Share of the articles that also quote a national official. */
  static final double NATIONAL = 0.15;
  /** The length an article's paragraphs are written up to, on average. */
  static final int TARGET_CHARS = 3300;

  private static final String[] MONTHS = {"January", "February", "March"};
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  private static final String[] OUTLET_WORDS = {
    "Ledger", "Courier", "Herald", "Gazette", "Tribune", "Sentinel", "Chronicle", "Observer",
    "Post", "Record", "Bulletin", "Dispatch", "Examiner", "Journal", "Mercury", "Standard",
  };
  private static final String[] FURNITURE = {
    "Subscribe to our newsletter", "Read more:", "Share this article", "Advertisement",
    "We use cookies to improve your experience. Accept all cookies", "Follow us on social media",
    "Sign up for breaking news alerts", "Related stories", "Most read", "Listen to this article",
  };
  /** Offices a person can hold; {@code %s} is the town or the organisation. */
  private static final String[][] OFFICES = {
    {"Mayor", "the mayor of %s"},
    {"Councillor", "a councillor in %s"},
    {"Fire Chief", "the fire chief of %s"},
    {"Police Chief", "the police chief of %s"},
    {"Senator", "a senator for %s"},
    {"Judge", "a judge in %s"},
  };
  private static final String[] AGENCIES = {
    "Water Authority", "Highways Agency", "Health Department", "Housing Office",
    "Rail Board", "Port Authority", "Emergency Service", "Schools Trust", "Energy Board",
  };
  private static final String[] NATIONAL_TITLES = {
    "Interior Minister", "Transport Minister", "Health Minister", "Finance Minister",
    "Environment Minister", "Labour Minister",
  };

  /** What a story is about: the words its sentences are made of. */
  private record Topic(
      String event, String what, String[] counted, String[] outcomes, String[] things,
      String[] verbs, String[] worries) {}

  private static final Topic[] TOPICS = {
    new Topic("flood", "the floods", new String[] {"homes", "residents", "roads", "farms"},
        new String[] {"flooded", "evacuated", "closed", "damaged"},
        new String[] {"flood wall", "pumping station", "river embankment", "drainage network"},
        new String[] {"rebuild", "repair", "strengthen", "replace"},
        new String[] {"the next storm", "the spring rains", "another winter like this"}),
    new Topic("fire", "the wildfire", new String[] {"acres", "homes", "firefighters", "families"},
        new String[] {"burned", "destroyed", "deployed", "evacuated"},
        new String[] {"fire station", "water tower", "access road", "warning system"},
        new String[] {"rebuild", "expand", "upgrade", "reopen"},
        new String[] {"the dry season", "the summer heat", "the next fire"}),
    new Topic("strike", "the strike", new String[] {"workers", "shifts", "buses", "nurses"},
        new String[] {"balloted", "cancelled", "idled", "balloted"},
        new String[] {"pay offer", "pension scheme", "rota system", "depot"},
        new String[] {"improve", "review", "restore", "reopen"},
        new String[] {"the end of the month", "the next pay round", "the holidays"}),
    new Topic("closure", "the closure", new String[] {"jobs", "workers", "contracts", "suppliers"},
        new String[] {"lost", "laid off", "cancelled", "affected"},
        new String[] {"plant", "warehouse", "training centre", "rail siding"},
        new String[] {"reopen", "sell", "retool", "replace"},
        new String[] {"the end of the year", "the new owners", "the next budget"}),
    new Topic("bridge", "the bridge closure",
        new String[] {"passengers", "trucks", "commuters", "ferries"},
        new String[] {"stranded", "diverted", "delayed", "added"},
        new String[] {"bridge", "ferry terminal", "bypass", "footbridge"},
        new String[] {"rebuild", "inspect", "reopen", "widen"},
        new String[] {"the winter", "the school term", "the tourist season"}),
    new Topic("outbreak", "the outbreak", new String[] {"patients", "staff", "wards", "pupils"},
        new String[] {"infected", "isolated", "closed", "tested"},
        new String[] {"hospital wing", "clinic", "testing site", "water supply"},
        new String[] {"reopen", "clean", "expand", "inspect"},
        new String[] {"the weekend", "the next wave", "the flu season"}),
    new Topic("storm", "the storm", new String[] {"households", "people", "trees", "flights"},
        new String[] {"left without power", "injured", "brought down", "cancelled"},
        new String[] {"power line", "sea wall", "harbour", "substation"},
        new String[] {"repair", "replace", "restore", "reinforce"},
        new String[] {"the next storm", "nightfall", "the high tide"}),
    new Topic("budget", "the budget", new String[] {"teachers", "posts", "libraries", "buses"},
        new String[] {"cut", "frozen", "added", "saved"},
        new String[] {"library", "bus route", "youth centre", "swimming pool"},
        new String[] {"protect", "fund", "keep", "reopen"},
        new String[] {"the next election", "the spring", "the new year"}),
  };

  /**
   * What people say, one part of each list per statement (object forms: {0} thing, {1} town;
   * endings: {0} worry, {1} event, {2} agency), so that two stories' statements rarely share more
   * than a word or two.
   */
  private static final String[] SAYERS = {
    "We", "Our crews", "The council", "My office", "The engineers", "Our volunteers",
    "The families here", "Residents", "Everyone in this town", "The emergency teams",
    "Local businesses", "The unions", "Our staff", "The people I represent", "Neighbours",
    "The farmers", "Shopkeepers", "The parents", "Our inspectors", "The teachers",
  };
  private static final String[] DOINGS = {
    "will rebuild", "have asked for help with", "cannot accept the state of", "are still assessing",
    "warned everyone about", "need to replace", "will not abandon", "have been waiting months for",
    "must inspect", "should have been protected by", "are determined to save", "will pay for",
    "never trusted", "have fought to keep", "are reviewing", "deserve better than",
    "will keep watching", "refuse to give up on", "are worried sick about", "want answers about",
  };
  private static final String[] OBJECTS = {
    "the {0}", "every {0} in {1}", "the old {0}", "what is left of the {0}", "the {0} near {1}",
    "the new {0}", "the {0} that {1} relies on", "the damaged {0}",
  };
  private static final String[] ENDINGS = {
    "before {0}", "for the sake of our children", "whatever the cost", "with or without the money",
    "long before {1}", "as a matter of urgency", "because lives depend on it",
    "without any help from outside", "for as long as it takes", "this week",
    "in the face of {1}", "after everything this town has been through",
    "while the {2} looks away", "despite every warning", "until someone takes responsibility",
    "and we will say so loudly", "even if it takes years", "starting tomorrow morning",
    "before anyone else gets hurt", "and nobody will stop us",
  };
  /** What the national officials say, word for word across every story that quotes them. */
  private static final String[] NATIONAL_STATEMENTS = {
    "The government will stand behind every community hit this winter, whatever it costs",
    "We have asked every agency to put people first and paperwork second",
    "No town should be left to face a disaster on its own",
    "Emergency funding will reach the councils that need it within days",
    "We will learn the lessons of these weeks and act on them",
    "The safety of families comes before every other consideration",
  };
  /** Sentences that carry no claim: {0} place, {1} thing, {2} event, {3} agency, {4} surname. */
  private static final String[] FILLER = {
    "Residents of {0} have long complained about the state of the {1}.",
    "The {1} was built decades ago and has been patched many times since.",
    "Local businesses said trade had slowed sharply since {2} began.",
    "Volunteers handed out food and blankets at the community hall.",
    "The {3} has faced criticism over how it spends its maintenance budget.",
    "Opposition councillors called for an independent review of the response.",
    "Engineers are expected to publish their assessment of the {1} soon.",
    "Schools in {0} stayed open, though some classes were moved to other buildings.",
    "Neighbours described a tense night as the situation worsened.",
    "The {3} said it would set out its plans in the coming weeks.",
    "Critics say warnings about the {1} were ignored for years.",
    "Insurers have sent assessors to the worst affected streets.",
    "{4} has been in the post since the last election.",
    "A public meeting is planned for later in the month.",
    "Charities in {0} said demand for help had risen steeply.",
    "Some families have moved in with relatives while repairs are carried out.",
    "The {3} did not respond to questions about the cost of the work.",
    "Officials in {0} asked people to check on elderly neighbours.",
    "Several roads around the {1} remain closed to through traffic.",
    "Campaigners gathered outside the town hall to demand a faster response.",
    "The {1} is one of the busiest in the region.",
    "Traders on the high street in {0} said they had never seen anything like it.",
    "A review of the {1} was commissioned two years ago but never published.",
    "The {3} said it had received hundreds of calls from worried residents.",
    "Unions said their members had raised concerns about the {1} in the past.",
    "Parents were told to check the school website for updates.",
    "The regional council is due to discuss {2} at its next meeting.",
    "{4} is expected to visit the worst affected areas later this week.",
    "Rain is forecast to return by the end of the week, adding to the pressure.",
    "Shops near the {1} put up signs asking customers to be patient.",
    "The {3} published a map of the areas it considers most at risk.",
    "Local radio stations carried updates throughout the night.",
    "Several churches in {0} opened their doors to people who needed somewhere to stay.",
    "An online fundraiser set up by residents had drawn wide support by the evening.",
    "The {1} had been due for an upgrade under plans drawn up before the pandemic.",
    "Questions remain over who will pay for the longer-term work on the {1}.",
    "{4} declined to say when the review would be finished.",
    "The response in {0} has been compared with that of neighbouring towns.",
    "Older residents recalled a similar episode many years ago.",
    "The {3} said safety checks would continue over the weekend.",
  };

  private RealLengthCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: RealLengthCorpus ARTICLES OUT [RANDOM_SEED]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      write(n, new Random(seed), w);
    }
  }

  /** A person in a story. */
  private record Person(String name, String surname, String title, String office, boolean female) {
    /** "Mayor Darin Barla", as a role claim reads. */
    String titled() {
      return title + " " + name;
    }
  }

  /** A figure of a story: {@code value unit were outcome}. */
  private record Figure(int value, String unit, String outcome) {}

  /** A dated event of a story. */
  private record Dated(int day, String weekday, String what) {}

  /** A story: its topic, people, places, figures, dates and statements. */
  private record Story(
      int index, Topic topic, String town, String agency, List<Person> people,
      List<Figure> figures, List<Dated> dates, List<String> statements, int cost) {}

  /** Writes a bundle of {@code n} articles. */
  public static void write(int n, Random random, Writer out) throws IOException {
    BufferedWriter w = new BufferedWriter(out, 1 << 16);
    w.write("#factx-bundle 1\n");
    w.write("# generated by dev.factx.bench.RealLengthCorpus: made-up stories, real-length articles\n");
    w.write("story: a wire day of local stories, " + n + " articles\n");
    w.write("date: 2025-03-14\n\n");
    int[] personCounter = {0};
    List<Person> national = new ArrayList<>();
    for (int k = 0; k < NATIONAL_TITLES.length; k++) {
      national.add(person(random, personCounter, NATIONAL_TITLES[k], "the government"));
    }
    List<Story> stories = new ArrayList<>();
    int remaining = 0;
    Story story = null;
    List<List<String>> storyArticles = null;
    for (int i = 1; i <= n; i++) {
      if (remaining == 0) {
        story = story(stories.size(), random, personCounter);
        stories.add(story);
        storyArticles = new ArrayList<>();
        remaining = 3 + random.nextInt(10);
      }
      remaining--;
      String outlet = outlet(random);
      List<String> paragraphs;
      if (!storyArticles.isEmpty() && random.nextDouble() < SYNDICATED) {
        paragraphs = reprint(storyArticles.get(random.nextInt(storyArticles.size())), story, random);
      } else {
        paragraphs = article(story, national, random);
      }
      storyArticles.add(paragraphs);
      w.write("=== r" + i + "\n");
      w.write("source: " + outlet + "\n");
      w.write("date: 2025-03-" + (12 + random.nextInt(3)) + "\n\n");
      for (String p : paragraphs) {
        w.write(p);
        w.write("\n\n");
        if (random.nextInt(6) == 0) {
          w.write(FURNITURE[random.nextInt(FURNITURE.length)]);
          w.write("\n\n");
        }
      }
      w.write(FURNITURE[random.nextInt(FURNITURE.length)]);
      w.write("\n");
    }
    w.flush();
  }

  private static String outlet(Random random) {
    return MadeUpNames.place(random.nextInt(400)) + " "
        + OUTLET_WORDS[random.nextInt(OUTLET_WORDS.length)];
  }

  private static Person person(Random random, int[] counter, String title, String where) {
    int id = counter[0]++;
    String surname = MadeUpNames.surname(id);
    String name = MadeUpNames.firstName(id) + " " + surname;
    return new Person(name, surname, title, where, random.nextBoolean());
  }

  private static Story story(int index, Random random, int[] personCounter) {
    Topic topic = TOPICS[random.nextInt(TOPICS.length)];
    String town = MadeUpNames.place(1000 + index);
    String agency = town + " " + AGENCIES[random.nextInt(AGENCIES.length)];
    List<Person> people = new ArrayList<>();
    int count = 3 + random.nextInt(3);
    for (int k = 0; k < count; k++) {
      if (k == 0) {
        people.add(person(random, personCounter, "Mayor", String.format(OFFICES[0][1], town)));
      } else if (k == 1) {
        people.add(person(random, personCounter, "spokesperson", "the " + agency));
      } else {
        String[] office = OFFICES[1 + random.nextInt(OFFICES.length - 1)];
        people.add(person(random, personCounter, office[0], String.format(office[1], town)));
      }
    }
    List<Figure> figures = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      int u = random.nextInt(topic.counted().length);
      figures.add(new Figure(figure(random), topic.counted()[u], topic.outcomes()[u]));
    }
    List<Dated> dates = new ArrayList<>();
    String[] whats = {"began", "was first reported", "was discussed at a council meeting",
        "led to an emergency order"};
    for (int k = 0; k < 3; k++) {
      int day = 1 + random.nextInt(13);
      // 2025-03-01 was a Saturday
      dates.add(new Dated(day, WEEKDAYS[(day + 4) % 7], whats[k]));
    }
    List<String> statements = new ArrayList<>();
    for (int k = 0; k < 4 + random.nextInt(2); k++) {
      statements.add(statement(topic, town, agency, random));
    }
    return new Story(index, topic, town, agency, people, figures, dates, statements,
        2 + random.nextInt(90));
  }

  private static int figure(Random random) {
    int scale = random.nextInt(3);
    return scale == 0 ? 3 + random.nextInt(40) : scale == 1 ? 50 + random.nextInt(450)
        : 1000 + random.nextInt(9000);
  }

  private static String statement(Topic topic, String town, String agency, Random random) {
    String thing = topic.things()[random.nextInt(topic.things().length)];
    String worry = topic.worries()[random.nextInt(topic.worries().length)];
    return SAYERS[random.nextInt(SAYERS.length)] + " "
        + DOINGS[random.nextInt(DOINGS.length)] + " "
        + fill(OBJECTS[random.nextInt(OBJECTS.length)], thing, town) + " "
        + fill(ENDINGS[random.nextInt(ENDINGS.length)], worry, topic.what(), agency);
  }

  private static String fill(String template, String... slots) {
    String s = template;
    for (int k = 0; k < slots.length; k++) {
      s = s.replace("{" + k + "}", slots[k]);
    }
    return s;
  }

  /** An original article about a story: claim paragraphs in a varied order, filler between. */
  private static List<String> article(Story s, List<Person> national, Random random) {
    List<String> claims = new ArrayList<>();
    Person mayor = s.people().get(0);
    Person spokesperson = s.people().get(1);
    Figure lead = s.figures().get(0);
    Dated start = s.dates().get(0);
    // the lead: a figure and a date, then who is in charge
    claims.add(capitalize(amount(lead, random)) + " " + lead.unit() + " were " + lead.outcome()
        + " in " + s.town() + " " + when(start, random) + ", the " + s.agency() + " said.");
    claims.add(quoted(s, mayor, 0, random));
    claims.add(quoted(s, spokesperson, 1, random));
    for (int k = 1; k < s.figures().size(); k++) {
      if (random.nextInt(4) > 0) {
        claims.add(figureSentence(s, s.figures().get(k), random));
      }
    }
    claims.add("The total cost of the work is put at about $" + cost(s, random) + " million, "
        + spokesperson.name() + ", a spokesperson for the " + s.agency() + ", told reporters.");
    for (int k = 2; k < s.people().size(); k++) {
      Person p = s.people().get(k);
      claims.add(random.nextBoolean() ? quoted(s, p, k, random)
          : p.title() + " " + p.name() + " said the " + s.topic().things()[0] + " would need "
              + "a full inspection before it could be used again.");
    }
    for (int k = 1; k < s.dates().size(); k++) {
      Dated d = s.dates().get(k);
      claims.add(capitalize(s.topic().what()) + " " + d.what() + " " + when(d, random) + ".");
    }
    claims.add(mayor.surname() + " said on " + WEEKDAYS[random.nextInt(7)] + " that "
        + (mayor.female() ? "she" : "he") + " would meet residents again.");
    if (random.nextDouble() < NATIONAL) {
      int k = random.nextInt(national.size());
      claims.add(national.get(k).titled() + " said: \u201c" + NATIONAL_STATEMENTS[k] + ".\u201d");
    }
    // shuffle everything but the lead, then spread filler (no sentence twice) up to the target
    List<String> rest = new ArrayList<>(claims.subList(1, claims.size()));
    java.util.Collections.shuffle(rest, random);
    List<String> fillers = fillers(s, random);
    int target = TARGET_CHARS - 600 + random.nextInt(1200);
    int fillerLeft = target - claims.stream().mapToInt(String::length).sum();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(claims.get(0));
    for (int k = 0; k < rest.size(); k++) {
      StringBuilder p = new StringBuilder(rest.get(k));
      if (fillerLeft > 0 && !fillers.isEmpty() && random.nextBoolean()) {
        String f = fillers.remove(fillers.size() - 1);
        p.append(' ').append(f);
        fillerLeft -= f.length() + 1;
      }
      paragraphs.add(p.toString());
      // a filler paragraph after this one, as often as the length still left asks for
      int parts = rest.size() - k;
      while (fillerLeft > 80 && fillers.size() >= 2 && random.nextInt(parts) < 2) {
        String f = fillers.remove(fillers.size() - 1) + " " + fillers.remove(fillers.size() - 1);
        paragraphs.add(f);
        fillerLeft -= f.length();
        parts++;
      }
    }
    while (fillerLeft > 80 && fillers.size() >= 2) {
      String f = fillers.remove(fillers.size() - 1) + " " + fillers.remove(fillers.size() - 1);
      paragraphs.add(1 + random.nextInt(paragraphs.size()), f);
      fillerLeft -= f.length();
    }
    return paragraphs;
  }

  /** The filler sentences of one article, each template once, in random order. */
  private static List<String> fillers(Story s, Random random) {
    List<String> out = new ArrayList<>();
    for (String template : FILLER) {
      String thing = s.topic().things()[random.nextInt(s.topic().things().length)];
      Person p = s.people().get(random.nextInt(s.people().size()));
      out.add(fill(template, s.town(), thing, s.topic().what(), s.agency(), p.surname()));
    }
    java.util.Collections.shuffle(out, random);
    return out;
  }

  private static String amount(Figure f, Random random) {
    int v = random.nextInt(8) == 0 ? f.value() + 1 + random.nextInt(Math.max(2, f.value() / 5))
        : f.value();
    String[] forms = {"at least %,d", "%,d", "more than %,d", "about %,d", "up to %,d"};
    return String.format(Locale.ROOT, forms[random.nextInt(forms.length)], v);
  }

  private static int cost(Story s, Random random) {
    return random.nextInt(10) == 0 ? s.cost() + 1 + random.nextInt(5) : s.cost();
  }

  private static String figureSentence(Story s, Figure f, Random random) {
    String amount = amount(f, random);
    switch (random.nextInt(3)) {
      case 0:
        return "The " + s.agency() + " said " + amount + " " + f.unit() + " were " + f.outcome()
            + ".";
      case 1:
        return "According to the " + s.agency() + ", " + amount + " " + f.unit() + " were "
            + f.outcome() + " across " + s.town() + ".";
      default:
        return capitalize(amount) + " " + f.unit() + " were " + f.outcome() + " by the end of the"
            + " day, officials said.";
    }
  }

  private static String when(Dated d, Random random) {
    int form = random.nextInt(4);
    int day = random.nextInt(10) == 0 ? Math.max(1, d.day() - 1) : d.day();
    String month = MONTHS[2];
    return form == 0 ? "on " + d.weekday()
        : form == 1 ? "on " + month + " " + day
            : form == 2 ? "on " + day + " " + month + " 2025"
                : "on Mar. " + day;
  }

  /** A quote of the person, with the role spelt out one way or another. */
  private static String quoted(Story s, Person p, int which, Random random) {
    String q = s.statements().get(which % s.statements().size());
    int roll = random.nextInt(20);
    if (roll == 0) {
      int cut = q.indexOf(' ', q.length() * 2 / 3);
      q = cut > 0 ? q.substring(0, cut).replaceAll("[,;]+$", "") : q; // a shorter form
    } else if (roll == 1) {
      q = q.replaceFirst("\\bwe\\b", "they").replaceFirst("\\bthe\\b", "our"); // reworded
    }
    Person speaker = p;
    if (random.nextInt(30) == 0) {
      speaker = s.people().get((which + 1) % s.people().size()); // given to someone else
    }
    String role = speaker.title().equals("spokesperson")
        ? "the " + s.agency() + " spokesperson " + speaker.name()
        : speaker.titled();
    switch (random.nextInt(4)) {
      case 0:
        return "\u201c" + q + ",\u201d " + role + " said.";
      case 1:
        return capitalize(role) + " said: \u201c" + q + ".\u201d";
      case 2:
        return "\u201c" + q + ",\u201d said " + speaker.name() + ", " + speaker.office() + ".";
      default:
        return "Quote from " + speaker.name() + ": \u201c" + q + ".\u201d";
    }
  }

  /** Syndicated copy: the same paragraphs, a few dropped or changed, as reprints do. */
  private static List<String> reprint(List<String> original, Story s, Random random) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < original.size(); k++) {
      String p = original.get(k);
      if (k > 0 && random.nextInt(8) == 0) {
        continue; // cut for space
      }
      int roll = random.nextInt(25);
      if (roll == 0) {
        p = p.replaceFirst("\\b(\\d+)\\b", String.valueOf(random.nextInt(900) + 10));
      } else if (roll == 1) {
        p = p.replaceFirst("\\bMarch (\\d+)\\b", "March " + (1 + random.nextInt(13)));
      } else if (roll == 2) {
        p = p.replaceFirst(",\u201d", "\u201d");
      }
      out.add(p);
    }
    if (random.nextInt(3) == 0) {
      // the outlet's own background paragraph, of sentences the copy does not have
      List<String> fresh = new ArrayList<>(fillers(s, random));
      fresh.removeIf(f -> original.stream().anyMatch(p -> p.contains(f)));
      if (fresh.size() >= 2) {
        out.add(fresh.get(0) + " " + fresh.get(1));
      }
    }
    return out;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

package dev.factx.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The article headers a web page states about itself: {@code source} from {@code og:site_name}
 * or the JSON-LD publisher, {@code date} from {@code article:published_time}, the JSON-LD
 * {@code datePublished} or the first {@code <time datetime>} (in the article first), {@code title}
 * from {@code og:title}, the JSON-LD headline, the first {@code <h1>} (in the article first) or
 * {@code <title>}, {@code url} from the canonical link, {@code og:url} or the JSON-LD url,
 * {@code author} from the author meta tag or the JSON-LD author, {@code lang} from
 * {@code <html lang>}. Also reads the JSON-LD {@code articleBody}, where the page has one.
 */
final class HtmlHeaders {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An ISO 8601 date as pages write it: fractions of seconds, offsets without a colon. */
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2})?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  /**
   * The JSON-LD article object of a page.
   *
   * @param node the object
   * @param script the script element it was read from
   */
  record JsonLd(JsonNode node, Element script) {
    /** The article body, when the object has a string one. */
    String body() {
      JsonNode b = node.get("articleBody");
      return b != null && b.isTextual() && !b.asText().isBlank() ? b.asText() : null;
    }
  }

  /** A date the page gives that is no ISO 8601 date, and where: told to the user, not used. */
  record BadDate(String value, String where, int pageOffset) {}

  private HtmlHeaders() {}

  /** The page's first JSON-LD object of an article type, or null. */
  static JsonLd jsonLd(Document doc) {
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (IOException | RuntimeException e) {
        continue; // broken metadata is no article text; the page is read without it
      }
      Deque<JsonNode> todo = new ArrayDeque<>();
      todo.add(root);
      for (int seen = 0; !todo.isEmpty() && seen < 1000; seen++) {
        JsonNode n = todo.poll();
        if (n.isArray()) {
          n.forEach(todo::add);
        } else if (n.isObject()) {
          if (isArticle(n.get("@type"))) {
            return new JsonLd(n, script);
          }
          if (n.has("@graph")) {
            todo.add(n.get("@graph"));
          }
          if (n.has("mainEntity")) {
            todo.add(n.get("mainEntity"));
          }
        }
      }
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting")
        || t.equals("Report");
  }

  /**
   * The headers the page gives, in the order source, url, date, title, author, lang; a date
   * candidate that is no ISO 8601 date is left out and added to {@code badDates}.
   *
   * @param roots the article's elements, searched first for {@code <time>} and {@code <h1>}
   */
  static Map<String, String> of(Document doc, JsonLd ld, List<Element> roots,
      List<BadDate> badDates) {
    Map<String, String> meta = new LinkedHashMap<>();
    Map<String, Element> metaAt = new LinkedHashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (key.isEmpty()) {
        key = m.attr("itemprop");
      }
      key = key.strip().toLowerCase(java.util.Locale.ROOT);
      if (!key.isEmpty() && !meta.containsKey(key) && !clean(m.attr("content")).isEmpty()) {
        meta.put(key, clean(m.attr("content")));
        metaAt.put(key, m);
      }
    }
    Map<String, String> h = new LinkedHashMap<>();
    put(h, "source", meta.get("og:site_name"), ld == null ? null : name(ld.node().get("publisher")));
    Element canonical = doc.selectFirst("link[rel~=(?i)canonical][href]");
    put(h, "url", canonical == null ? null : clean(canonical.attr("href")), meta.get("og:url"),
        ld == null ? null : text(ld.node().get("url")));
    List<String[]> dates = new ArrayList<>(); // value, where, page offset
    addDate(dates, meta.get("article:published_time"), "article:published_time",
        metaAt.get("article:published_time"));
    addDate(dates, meta.get("datepublished"), "itemprop=datePublished", metaAt.get("datepublished"));
    addDate(dates, ld == null ? null : text(ld.node().get("datePublished")), "JSON-LD datePublished",
        ld == null ? null : ld.script());
    Element time = first(roots, doc, "time[datetime]");
    addDate(dates, time == null ? null : clean(time.attr("datetime")), "<time datetime>", time);
    for (String[] d : dates) {
      String iso = isoDate(d[0]);
      if (iso != null) {
        h.put("date", iso);
        break;
      }
      badDates.add(new BadDate(d[0], d[1], Integer.parseInt(d[2])));
    }
    if (h.containsKey("date")) {
      badDates.clear();
    }
    Element h1 = first(roots, doc, "h1");
    Element title = doc.selectFirst("title");
    put(h, "title", meta.get("og:title"), ld == null ? null : text(ld.node().get("headline")),
        h1 == null ? null : clean(h1.text()), title == null ? null : clean(title.text()));
    put(h, "author", meta.get("author"), ld == null ? null : name(ld.node().get("author")));
    String lang = clean(doc.select("html").attr("lang"));
    if (LANG.matcher(lang).matches()) {
      h.put("lang", lang);
    }
    return h;
  }

  private static void addDate(List<String[]> dates, String value, String where, Node at) {
    if (value != null && !value.isEmpty()) {
      int offset = at != null && at.sourceRange().isTracked() ? at.sourceRange().startPos() : -1;
      dates.add(new String[] {value, where, String.valueOf(offset)});
    }
  }

  /** The first element matching a query in the article, else in the page. */
  private static Element first(List<Element> roots, Document doc, String query) {
    for (Element r : roots) {
      Element e = r.selectFirst(query);
      if (e != null) {
        return e;
      }
    }
    return doc.selectFirst(query);
  }

  private static void put(Map<String, String> h, String key, String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isEmpty()) {
        h.put(key, c);
        return;
      }
    }
  }

  /** A date in one of the forms a bundle header allows, or null when the value is none. */
  static String isoDate(String value) {
    Matcher m = ISO.matcher(value.strip());
    if (!m.matches()) {
      return null;
    }
    StringBuilder d = new StringBuilder(m.group(1));
    if (m.group(2) != null) {
      d.append('T').append(m.group(2));
      if (m.group(3) != null) {
        d.append(m.group(3));
      }
      String offset = m.group(4);
      if (offset != null) {
        d.append(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3)
            : offset);
      }
    }
    String iso = d.toString();
    return Headers.isDate(iso) ? iso : null;
  }

  /** A JSON-LD name: a string, an object's name, or the names of an array joined. */
  private static String name(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isTextual()) {
      return clean(n.asText());
    }
    if (n.isObject()) {
      return text(n.get("name"));
    }
    if (n.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode e : n) {
        String s = e.isObject() ? text(e.get("name")) : e.isTextual() ? clean(e.asText()) : null;
        if (s != null && !s.isEmpty()) {
          names.add(s);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return null;
  }

  private static String text(JsonNode n) {
    return n != null && n.isValueNode() ? clean(n.asText()) : null;
  }

  /** One line: whitespace runs folded to one space, ends trimmed. */
  static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /**
   * Where the characters of the JSON-LD {@code articleBody} string stand in the script's text:
   * per body char i, {@code [map[2i], map[2i+1])} (an escape is one char for its whole escape).
   * Null when the string is not found as written.
   */
  static int[] bodyOffsets(JsonLd ld, String body) {
    if (ld.script().childNodeSize() == 0 || !(ld.script().childNode(0) instanceof DataNode d)) {
      return null;
    }
    String data = d.getWholeData();
    try (JsonParser p = JSON.getFactory().createParser(data)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("articleBody")
            && p.nextToken() == JsonToken.VALUE_STRING && p.getText().equals(body)) {
          int quote = (int) p.currentTokenLocation().getCharOffset();
          return unescape(data, quote + 1, body.length());
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /** Maps each char of a JSON string starting at {@code from} to its escape or character. */
  private static int[] unescape(String data, int from, int length) {
    int[] map = new int[2 * length];
    int i = from;
    for (int j = 0; j < length; j++) {
      int width = data.charAt(i) != '\\' ? 1 : data.charAt(i + 1) == 'u' ? 6 : 2;
      map[2 * j] = i;
      map[2 * j + 1] = i + width;
      i += width;
    }
    return map;
  }
}

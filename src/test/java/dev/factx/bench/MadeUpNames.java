package dev.factx.bench;

/**
 * Made-up people and places, a different one for every index, so that generated text can name as
 * many distinct people as it needs: a surname spells its index (a first syllable, then the rest of
 * the index in two-letter syllables, then an ending), so two indexes never give one surname.
 *
 * <p>The syllables were chosen to read as names and to spell no title, month, weekday or common
 * word: {@code person(0)} is "Darin Barlason", {@code person(1000)} "Dalin Ulmnetuova".
 */
public final class MadeUpNames {
  private static final String[] FIRST_A = {
    "Al", "Be", "Ca", "Da", "El", "Fa", "Ga", "Ha", "Il", "Jo", "Ka", "Le", "Mi", "No", "Or",
    "Pe", "Ra", "Sa", "Te", "Va",
  };
  private static final String[] FIRST_B = {
    "rin", "lo", "vek", "dan", "mira", "sel", "tor", "ny", "ra", "bek", "lin", "sa", "ro", "dra",
    "vin", "ka", "mel", "tas", "nor", "zia",
  };
  private static final String[] SURNAME_HEAD = {
    "Bar", "Cor", "Dal", "Fen", "Gor", "Hal", "Ker", "Lun", "Mor", "Nes", "Orv", "Pel", "Quin",
    "Rus", "Sten", "Tal", "Ulm", "Vor", "Wen", "Yar", "Zel", "Brak", "Drum", "Falk",
  };
  /** Consonant and vowel each, so that a run of them reads back one way only. */
  private static final String[] MIDDLE = {"la", "ne", "ri", "ko", "tu", "va", "mi", "so", "de", "ra"};
  private static final String[] SURNAME_TAIL = {
    "vik", "son", "ski", "berg", "ford", "ley", "mann", "dottir", "ez", "ova", "enko", "ard",
  };
  private static final String[] PLACE_HEAD = {
    "Ash", "Brook", "Elm", "Fair", "Glen", "Holl", "Iver", "Kings", "Lark", "Mill", "North",
    "Oak", "Pine", "Red", "Stone", "Thorn",
  };
  private static final String[] PLACE_TAIL = {
    "ford", "ton", "vale", "field", "bridge", "port", "wick", "mouth", "by", "stead",
  };

  private MadeUpNames() {}

  /** A first name; not distinct on its own (400 of them). */
  public static String firstName(int index) {
    int i = Math.floorMod(index * 7 + 3, FIRST_A.length * FIRST_B.length);
    return FIRST_A[i % FIRST_A.length] + FIRST_B[i / FIRST_A.length];
  }

  /** A surname that no other index gives. */
  public static String surname(int index) {
    return spell(index, SURNAME_HEAD, SURNAME_TAIL[Math.floorMod(index * 5 + 1, SURNAME_TAIL.length)]);
  }

  /** First name and surname; the surname makes it distinct. */
  public static String person(int index) {
    return firstName(index) + " " + surname(index);
  }

  /** A town that no other index gives. */
  public static String place(int index) {
    return spell(index, PLACE_HEAD, PLACE_TAIL[Math.floorMod(index * 3 + 2, PLACE_TAIL.length)]);
  }

  /**
   * The index spelt as a head, then the rest of it in two-letter syllables, least significant
   * first (the last is not the zero syllable unless the rest is 0, so it reads back one way),
   * then the tail.
   */
  private static String spell(int index, String[] heads, String tail) {
    if (index < 0) {
      throw new IllegalArgumentException("index " + index);
    }
    StringBuilder s = new StringBuilder(heads[index % heads.length]);
    int rest = index / heads.length;
    do {
      s.append(MIDDLE[rest % MIDDLE.length]);
      rest /= MIDDLE.length;
    } while (rest > 0);
    return s.append(tail).toString();
  }
}

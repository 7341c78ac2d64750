package dev.factx.extract;

import java.util.Objects;

/**
 * What the sentence around a figure says about it beyond the claim's own fields, for matching.
 *
 * @param figure the figure as written, qualifier and number only ("at least 30", "up to 250")
 * @param who whose figure it is: the nationality or group named with the counted people ("North
 *     Korean"), or null
 * @param bearer the kind of people counted or suffering the losses ({@code military}, {@code
 *     civilians}, {@code people}), or null when the figure does not count people
 * @param place the nearest place named with "in", "near" ... in the sentence, or null
 * @param later whether the sentence places the figure after something else ("afterward", "later")
 */
public record FigureContext(String figure, String who, String bearer, String place, boolean later) {
  /** The context of a figure nothing is known about. */
  public static final FigureContext NONE = new FigureContext(null, null, null, null, false);

  // equals and hashCode as a record's, written out: see Span's

  @Override
  public boolean equals(Object o) {
    return o instanceof FigureContext c && later == c.later && Objects.equals(figure, c.figure)
        && Objects.equals(who, c.who) && Objects.equals(bearer, c.bearer)
        && Objects.equals(place, c.place);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(figure);
    h = 31 * h + Objects.hashCode(who);
    h = 31 * h + Objects.hashCode(bearer);
    h = 31 * h + Objects.hashCode(place);
    return 31 * h + Boolean.hashCode(later);
  }
}

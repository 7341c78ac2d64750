package dev.factx.extract;

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
}

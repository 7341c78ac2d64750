package dev.factx.clean;

/**
 * A body line the cleaner took for page furniture, kept so that nothing is dropped silently.
 *
 * @param line 1-based line in the input file
 * @param reason why it is furniture, lowercase words ("newsletter prompt", "repeated line", ...)
 * @param text the line as it stands in the body
 */
public record RemovedLine(int line, String reason, String text) {}

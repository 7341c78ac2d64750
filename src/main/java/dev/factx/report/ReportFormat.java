package dev.factx.report;

/** The formats of {@code factx compare --format}. */
public enum ReportFormat {
  /** For a person at a terminal (the default). */
  text,
  /** The JSON report of the contract in report-format.md. */
  json,
  /** GitHub-flavoured Markdown for a fact-check document or a pull-request comment. */
  markdown,
  /** One finding a line with its claims inlined, for jq and grep. */
  ndjson,
  /** SARIF 2.1.0 for code-scanning tools. */
  sarif,
  /** GitHub Actions workflow-command annotations. */
  github;

  /** The writer of this format. */
  public ReportWriter writer(ReportOptions options) {
    return switch (this) {
      case text -> new TextReportWriter(options);
      case json -> new JsonReportWriter(true);
      case markdown -> new MarkdownReportWriter(options);
      case ndjson -> new NdjsonReportWriter();
      case sarif -> new SarifReportWriter(options);
      case github -> new GithubReportWriter(options);
    };
  }
}

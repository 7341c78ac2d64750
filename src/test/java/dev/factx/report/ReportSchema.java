package dev.factx.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The shipped report schema, loaded from the jar's resources, for validating test output. */
final class ReportSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private ReportSchema() {}

  private static JsonSchema load() {
    try (InputStream in = JsonReportWriter.class.getResourceAsStream("report.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("report.schema.json is not on the class path");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema violations of a JSON document, as readable strings; empty when it is valid. */
  static List<String> violations(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      Set<ValidationMessage> errors = SCHEMA.validate(node);
      return errors.stream().map(ValidationMessage::toString).sorted().toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }
}

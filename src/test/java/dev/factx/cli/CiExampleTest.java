package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The example GitHub Actions workflow, run here: its {@code run:} steps, in order, with its
 * environment and GitHub's shell ({@code bash --noprofile --norc -eo pipefail}), a step after a
 * failed one only with {@code if: always()}, in a workspace laid out as the workflow expects. The
 * download step is left out (factx is this checkout's launcher on PATH), and {@code uses:} steps
 * are GitHub's.
 */
class CiExampleTest {
  private static final Path WORKFLOW = Path.of("examples/github-actions/verify-reprints.yml");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One run step's outcome. */
  private record Step(String name, int status, String out, String err) {}

  @SuppressWarnings("unchecked")
  private static Map<String, Object> workflow() throws IOException {
    return new Yaml().load(Files.readString(WORKFLOW));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("verify")).get("steps");
  }

  @Test
  void theWorkflowUploadsSarifEvenWhenTheCheckFails() throws IOException {
    Map<String, Object> workflow = workflow();
    List<Map<String, Object>> steps = steps(workflow);
    Map<String, Object> upload = steps.get(steps.size() - 1);
    assertThat(upload.get("uses")).asString().startsWith("github/codeql-action/upload-sarif@");
    assertThat(upload.get("if")).isEqualTo("always()");
    assertThat(((Map<?, ?>) upload.get("with")).get("sarif_file")).isEqualTo("factx.sarif");
    assertThat(((Map<?, ?>) workflow.get("permissions")).get("security-events")).isEqualTo("write");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theWorkflowsCommandsRunAsTheyWouldOnGitHub(@TempDir Path workspace) throws Exception {
    Assumptions.assumeTrue(DocsGeneratorTest.onPath("bash"), "needs bash");
    Map<String, Object> workflow = workflow();
    Map<String, String> env = new LinkedHashMap<>();
    ((Map<String, Object>) workflow.get("env")).forEach((k, v) -> env.put(k, String.valueOf(v)));
    // the workspace: the original and a folder of reprints, one faithful and one changed
    Path stories = Files.createDirectories(workspace.resolve(env.get("REPRINTS")));
    Files.copy(Path.of("testdata/verify/original.txt"), workspace.resolve(env.get("ORIGINAL")));
    Files.copy(Path.of("testdata/verify/faithful.md"), stories.resolve("faithful.md"));
    Files.copy(Path.of("testdata/verify/changed.md"), stories.resolve("changed.md"));
    // factx on PATH, as the install step puts it there
    Path bin = Files.createDirectories(workspace.resolve(".bin"));
    Files.createSymbolicLink(bin.resolve("factx"), Path.of("bin/factx").toAbsolutePath());
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("FACTX_NO_CDS", "1");

    // the launcher builds the jar when the sources are newer: once, before the steps
    assertThat(run("build", "factx --version", workspace, env).status()).isZero();
    List<Step> ran = new ArrayList<>();
    boolean failed = false;
    for (Map<String, Object> step : steps(workflow)) {
      if (!step.containsKey("run") || "install".equals(step.get("id"))) {
        continue;
      }
      if (failed && !"always()".equals(step.get("if"))) {
        continue;
      }
      Step s = run((String) step.get("name"), (String) step.get("run"), workspace, env);
      failed |= s.status() != 0;
      ran.add(s);
    }

    assertThat(ran).extracting(Step::name)
        .containsExactly("Check the reprints against the original", "Write SARIF");
    Step check = ran.get(0);
    assertThat(check.status()).as(check.err()).isEqualTo(1);
    assertThat(check.err()).isEmpty();
    // one annotation per change, all on the changed reprint; the faithful one has none
    List<String> annotations = check.out().lines().toList();
    assertThat(annotations).hasSize(3)
        .allMatch(l -> l.startsWith("::error file=" + env.get("REPRINTS") + "/changed.md,line="));
    assertThat(annotations.get(2)).contains("title=quote-changed");

    Step sarif = ran.get(1);
    assertThat(sarif.status()).as(sarif.err()).isZero();
    assertThat(sarif.out()).isEmpty();
    String report = Files.readString(workspace.resolve("factx.sarif"));
    assertThat(dev.factx.report.SarifSchema.violations(report)).isEmpty();
    JsonNode results = JSON.readTree(report).get("runs").get(0).get("results");
    assertThat(results).hasSize(3);
    assertThat(results.findValuesAsText("ruleId")).containsExactly("factx/date-changed",
        "factx/figure-changed", "factx/quote-changed");
  }

  private static Step run(String name, String script, Path dir, Map<String, String> env)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail",
        "-c", script).directory(dir.toFile());
    pb.environment().putAll(env);
    Processes.Result r = Processes.run(pb);
    return new Step(name, r.status(), r.out(), r.err());
  }
}

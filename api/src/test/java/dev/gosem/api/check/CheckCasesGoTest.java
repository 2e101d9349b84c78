package dev.gosem.api.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle for {@link CheckCases}: runs {@code go build} (Go 1.19, module at go 1.19) on every
 * case and checks that the expected diagnostics written in the files are what Go prints, so the
 * checker's tests cannot drift from Go. Skipped when go is not on PATH.
 */
class CheckCasesGoTest {
  private static final Pattern UNUSED_VAR = Pattern.compile("^(\\d+:\\d+: )(\\S+) declared but not used$");
  private static final Pattern UNUSED_IMPORT = Pattern.compile("^(\\d+:\\d+: )imported and not used: (\".*\")$");

  static java.util.stream.Stream<CheckCases.Case> errors() {
    return CheckCases.errors();
  }

  static java.util.stream.Stream<CheckCases.Case> unsupported() {
    return CheckCases.unsupported();
  }

  static java.util.stream.Stream<CheckCases.Case> ok() {
    return CheckCases.ok();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void expectedDiagnosticsAreGos(CheckCases.Case c, @TempDir Path dir) throws Exception {
    assertThat(goBuild(dir, c.source())).as(c.name()).containsExactlyElementsOf(c.want());
  }

  /** The Go-valid parts of unsupported programs: Go reports just the non-"unsupported" lines. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupported")
  void unsupportedProgramsAreOtherwiseGo(CheckCases.Case c, @TempDir Path dir) throws Exception {
    List<String> goOnly = c.want().stream().filter(d -> !d.contains(": unsupported: ")).toList();
    assertThat(goBuild(dir, c.source())).as(c.name()).containsExactlyElementsOf(goOnly);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ok")
  void validProgramsBuild(CheckCases.Case c, @TempDir Path dir) throws Exception {
    assertThat(goBuild(dir, c.source())).as(c.name()).isEmpty();
  }

  /** go build's diagnostics for one main.go, normalised as CheckCases describes. */
  static List<String> goBuild(Path dir, String src) throws IOException, InterruptedException {
    Path go = findGo();
    assumeTrue(go != null, "go is not on PATH: skipping the Go-toolchain oracle test");
    Files.writeString(dir.resolve("go.mod"), "module m\n\ngo 1.19\n");
    Files.writeString(dir.resolve("main.go"), src);
    ProcessBuilder pb = new ProcessBuilder(go.toString(), "build", "-gcflags=-e", "-o", "/dev/null", ".")
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GOFLAGS", "");
    pb.environment().put("GO111MODULE", "on");
    pb.environment().put("GOTOOLCHAIN", "local");
    if (System.getenv("HOME") == null && System.getenv("GOCACHE") == null) {
      pb.environment().put("GOCACHE", Path.of(System.getProperty("java.io.tmpdir"), "gosem-gocache").toString());
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("go build timed out");
    }
    List<String> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isEmpty() || line.startsWith("# ")) continue;
      if (line.startsWith("./main.go:")) line = line.substring("./main.go:".length());
      line = line.replace("./main.go:", "main.go:");
      Matcher m = UNUSED_VAR.matcher(line);
      if (m.matches()) line = m.group(1) + "declared and not used: " + m.group(2);
      m = UNUSED_IMPORT.matcher(line);
      if (m.matches()) line = m.group(1) + m.group(2) + " imported and not used";
      lines.add(line);
    }
    return CheckCases.diagnostics(String.join("\n", lines));
  }

  private static Path findGo() {
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (d.isEmpty()) continue;
      Path p = Path.of(d, "go");
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
    }
    return null;
  }
}

package dev.gosem.api.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagnostics of programs with several packages. Each case under
 * {@code src/test/resources/dev/gosem/api/check/packages} is an archive of files (see
 * {@link GoSource#module}) ending in a section {@code -- go build (Go 1.19) --} that holds what
 * go build printed for it, as "path:line:col: message" lines ({@code ./} dropped, continuation
 * lines indented by a tab, Go 1.19's "imported and not used: "p"" in the project's newer
 * wording). An import cycle, which the go command reports without a position, is written as
 * gosem reports it: at the import that closes the cycle, with Go's chain of imports after the
 * message. gosem must report exactly the block; the oracle half re-runs go build on the files.
 */
class PackagesCheckTest {
  private static final String WANT = "-- go build (Go 1.19) --\n";
  private static final Pattern UNUSED_IMPORT = Pattern.compile("^(.*: )imported and not used: (\"[^\"]*\")( as (\\S+))?$");
  private static final Pattern UNUSED_VAR = Pattern.compile("^(.*: )(\\S+) declared but not used$");

  record Case(String name, String archive, List<String> want) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    try {
      Path root = Path.of(PackagesCheckTest.class.getResource("packages").toURI());
      List<Case> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(root)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txtar")).sorted().toList()) {
          String text = Files.readString(p);
          int i = text.indexOf(WANT);
          if (i < 0) throw new IllegalStateException(p + " has no " + WANT.strip() + " section");
          String name = p.getFileName().toString();
          out.add(new Case(name.substring(0, name.length() - 6), text.substring(0, i),
              CheckCases.diagnostics(text.substring(i + WANT.length()))));
        }
      }
      return out.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsWhatGoReports(Case c) {
    List<String> got;
    try {
      TypeChecker.check(GoSource.module(c.archive()));
      got = List.of();
    } catch (CompileException e) {
      got = e.diagnostics().stream().map(d -> d.pos() + ": " + d.message()).toList();
    }
    assertThat(got).as(c.name()).containsExactlyElementsOf(c.want());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void expectedDiagnosticsAreGos(Case c, @TempDir Path dir) throws Exception {
    List<String> want = new ArrayList<>();
    for (String w : c.want()) {
      int at = w.indexOf(": import cycle not allowed");
      want.add(at < 0 ? w : w.substring(at + 2));
    }
    assertThat(goBuild(dir, c.archive())).as(c.name()).containsExactlyElementsOf(want);
  }

  /** go build's diagnostics for the archive's files in module example, normalised as the class says. */
  static List<String> goBuild(Path dir, String archive) throws IOException, InterruptedException {
    Path go = findGo();
    assumeTrue(go != null, "go is not on PATH: skipping the Go-toolchain oracle test");
    Files.writeString(dir.resolve("go.mod"), "module example\n\ngo 1.19\n");
    for (String part : archive.split("(?m)^-- ")) {
      if (part.isBlank()) continue;
      int eol = part.indexOf('\n');
      String path = part.substring(0, eol).strip();
      path = path.substring(0, path.length() - 3).strip();
      Path f = dir.resolve(path);
      Files.createDirectories(f.getParent());
      Files.writeString(f, part.substring(eol + 1));
    }
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
    StringBuilder cycle = null;
    for (String line : out.split("\n")) {
      if (line.isEmpty() || line.startsWith("# ")) continue;
      if (line.startsWith("package ") && !line.contains(": ")) {
        cycle = new StringBuilder("import cycle not allowed\n\t" + line);
        continue;
      }
      if (cycle != null) {
        String l = line.strip();
        boolean last = l.endsWith(": import cycle not allowed");
        cycle.append("\n\t").append(last ? l.substring(0, l.length() - ": import cycle not allowed".length()) : l);
        if (last) {
          lines.add(cycle.toString());
          cycle = null;
        }
        continue;
      }
      line = line.replace("./", "");
      Matcher m = UNUSED_VAR.matcher(line);
      if (m.matches()) line = m.group(1) + "declared and not used: " + m.group(2);
      m = UNUSED_IMPORT.matcher(line);
      if (m.matches()) line = m.group(1) + m.group(2) + " imported" + (m.group(4) == null ? "" : " as " + m.group(4)) + " and not used";
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

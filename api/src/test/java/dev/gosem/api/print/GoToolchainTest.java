package dev.gosem.api.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prints programs that use every construct and hands them to the Go toolchain: gofmt -l must find
 * nothing to change (in both dialects), and the Go 1.19 dialect must pass go vet, build with Go
 * 1.19 and print what Go 1.22 prints for the original. Skipped when go or gofmt is not on PATH.
 */
class GoToolchainTest {
  @TempDir Path tmp;

  static Stream<Programs.Case> programs() {
    return Programs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void gofmtFindsNothingToChange(Programs.Case c) {
    Path gofmt = GoTool.require("gofmt");
    for (GoPrinter.Options o : List.of(GoPrinter.Options.standard(), GoPrinter.Options.go119())) {
      Path dir = tmp.resolve(c.program().name() + "-" + (o.lowersToGo119() ? "go119" : "std"));
      List<String> files = GoTool.write(dir, GoPrinter.print(c.program(), o));
      List<String> cmd = new ArrayList<>(List.of(gofmt.toString(), "-l"));
      cmd.addAll(files);
      GoTool.Result r = GoTool.run(dir, null, cmd.toArray(String[]::new));
      assertThat(r.exit()).as("gofmt -l failed: %s", r.stderr()).isZero();
      assertThat(r.stdout()).as("files gofmt would change (%s)", o).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void go119DialectVetsBuildsAndRuns(Programs.Case c) {
    Path go = GoTool.require("go");
    Map<String, String> printed = GoPrinter.print(c.program(), GoPrinter.Options.go119());
    Path dir = tmp.resolve(c.program().name());
    List<String> files = GoTool.write(dir, printed);
    String listing = listing(printed);

    List<String> vet = new ArrayList<>(List.of(go.toString(), "vet"));
    vet.addAll(files);
    GoTool.Result v = GoTool.run(dir, null, vet.toArray(String[]::new));
    assertThat(v.exit()).as("go vet:%n%s%n%s", v.stderr(), listing).isZero();

    List<String> build = new ArrayList<>(List.of(go.toString(), "build", "-o", "prog"));
    build.addAll(files);
    GoTool.Result b = GoTool.run(dir, null, build.toArray(String[]::new));
    assertThat(b.exit()).as("go build:%n%s%n%s", b.stderr(), listing).isZero();

    GoTool.Result run = GoTool.run(dir, null, dir.resolve("prog").toString());
    assertThat(run.exit()).as("exit status; stderr:%n%s", run.stderr()).isZero();
    assertThat(run.stdout()).as("output of%n%s", listing).isEqualTo(c.stdout());
  }

  private static String listing(Map<String, String> files) {
    StringBuilder b = new StringBuilder();
    files.forEach((name, src) -> b.append("== ").append(name).append('\n').append(GoTool.numbered(src)));
    return b.toString();
  }
}

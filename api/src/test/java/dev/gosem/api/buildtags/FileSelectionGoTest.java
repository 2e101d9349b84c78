package dev.gosem.api.buildtags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files a build includes, decided by gosem and by the Go toolchain ({@code go list} with
 * GOOS=linux GOARCH=amd64 and the same tags) for the same files: the two must agree.
 */
class FileSelectionGoTest {
  /** File name → //go:build expression (null for none). */
  private static final Map<String, String> FILES = Map.ofEntries(
      Map.entry("main.go", ""),
      Map.entry("dev.go", "dev"),
      Map.entry("prod.go", "prod && !dev"),
      Map.entry("either.go", "dev || prod"),
      Map.entry("neither.go", "!dev && !prod"),
      Map.entry("fast.go", "(fast || dev) && linux"),
      Map.entry("new.go", "go1.18"),
      Map.entry("future.go", "go1.30"),
      Map.entry("unixy.go", "unix && !windows"),
      Map.entry("x_linux.go", ""),
      Map.entry("x_windows.go", ""),
      Map.entry("x_amd64.go", ""),
      Map.entry("x_arm64.go", ""),
      Map.entry("x_linux_amd64.go", ""),
      Map.entry("x_linux_arm.go", ""),
      Map.entry("linux.go", ""),
      Map.entry("a_b_linux.go", "prod"),
      Map.entry("y_foo.go", ""));

  @Test
  void agreesWithGoList(@TempDir Path dir) throws Exception {
    assumeTrue(hasGo(), "go is not installed");
    Files.writeString(dir.resolve("go.mod"), "module sel\n\ngo 1.19\n");
    List<File> files = new ArrayList<>();
    for (var e : new TreeSet<>(FILES.keySet())) {
      String expr = FILES.get(e);
      String src = (expr.isEmpty() ? "" : "//go:build " + expr + "\n\n") + "package main\n";
      if (e.equals("main.go")) src += "\nfunc main() {}\n";
      Files.writeString(dir.resolve(e), src);
      files.add(new File(e, "main", List.of(), List.of(), Pos.NONE, expr.isEmpty() ? null : expr));
    }
    Program p = new Program("sel", files, "go1.19");
    for (String tags : List.of("", "dev", "prod", "fast", "dev,prod", "prod,fast")) {
      Set<String> tagSet = tags.isEmpty() ? Set.of() : Set.of(tags.split(","));
      Set<String> ours = FileSelection.decide(p, BuildContext.amd64("go1.19", tagSet)).stream()
          .filter(FileSelection.Decision::included).map(d -> d.file().name()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(ours).as("files built with tags '%s'", tags).isEqualTo(goList(dir, tags));
    }
  }

  private static Set<String> goList(Path dir, String tags) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("go", "list", "-tags", tags, "-f", "{{join .GoFiles \" \"}}", ".")
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GOOS", "linux");
    pb.environment().put("GOARCH", "amd64");
    pb.environment().put("CGO_ENABLED", "0");
    pb.environment().put("GOFLAGS", "-mod=mod");
    Process proc = pb.start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(proc.waitFor()).as(out).isZero();
    return new TreeSet<>(Arrays.asList(out.split(" ")));
  }

  private static boolean hasGo() {
    try {
      return new ProcessBuilder("go", "version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}

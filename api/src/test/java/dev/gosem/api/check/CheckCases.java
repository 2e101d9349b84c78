package dev.gosem.api.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CheckCases are the checker's test programs kept as Go files under
 * {@code src/test/resources/dev/gosem/api/check}:
 *
 * <ul>
 *   <li>{@code errors/}: invalid programs, each ending in a block comment
 *       {@code /* go build (Go 1.19): ... *}{@code /} that holds what {@code go build} printed for
 *       it, as "line:col: message" with continuation lines indented by a tab (the file name
 *       dropped from the first line, {@code ./} from the others; Go 1.19's
 *       "x declared but not used" and {@code imported and not used: "p"} in the project's newer
 *       wording). gosem must report exactly that; the oracle test re-runs go build to keep the
 *       blocks honest.
 *   <li>{@code unsupported/}: valid Go that gosem rejects (defer, go, standard-library members it
 *       does not have yet), each ending in a {@code /* gosem: ... *}{@code /} block with gosem's
 *       diagnostics; go build must accept the programs' Go-valid parts.
 *   <li>{@code ok/}: valid programs that must type-check cleanly with both.
 * </ul>
 */
final class CheckCases {
  static final String GO_MARK = "\n/* go build (Go 1.19):\n";
  static final String GOSEM_MARK = "\n/* gosem:\n";

  record Case(String name, Path path, String source, List<String> want) {
    @Override
    public String toString() {
      return name;
    }
  }

  private CheckCases() {}

  static Stream<Case> errors() {
    return load("errors", GO_MARK);
  }

  static Stream<Case> unsupported() {
    return load("unsupported", GOSEM_MARK);
  }

  static Stream<Case> ok() {
    return load("ok", null);
  }

  private static Stream<Case> load(String dir, String mark) {
    try {
      Path root = Path.of(CheckCases.class.getResource(dir).toURI());
      List<Case> out = new ArrayList<>();
      try (Stream<Path> files = Files.list(root)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".go")).sorted().toList()) {
          String text = Files.readString(p);
          List<String> want = List.of();
          String src = text;
          if (mark != null) {
            int i = text.indexOf(mark);
            if (i < 0) throw new IllegalStateException(p + " has no expected-output block");
            src = text.substring(0, i + 1);
            String block = text.substring(i + mark.length(), text.lastIndexOf("*/"));
            want = diagnostics(block);
          }
          String name = p.getFileName().toString();
          out.add(new Case(name.substring(0, name.length() - 3), p, src, want));
        }
      }
      return out.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Splits output into diagnostics: a line starting with a tab continues the previous one. */
  static List<String> diagnostics(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) continue;
      if (line.startsWith("\t") && !out.isEmpty()) {
        out.set(out.size() - 1, out.getLast() + "\n" + line);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** gosem's diagnostics for a source text, in the same form. */
  static List<String> gosem(String src) {
    try {
      TypeChecker.check(GoSource.program(src));
      return List.of();
    } catch (CompileException e) {
      return e.diagnostics().stream().map(d -> d.pos().line() + ":" + d.pos().col() + ": " + d.message()).toList();
    }
  }
}

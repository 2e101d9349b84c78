package dev.gosem.api.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.ast.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printer against gofmt on random files of every shape the model has: the printed source
 * must be exactly what gofmt makes of it. Skipped when gofmt is not on PATH.
 */
class GofmtOracleTest {
  @TempDir Path tmp;

  @Test
  void randomFilesAreFixedPointsOfGofmt() {
    GoTool.require("gofmt");
    for (long seed = 1; seed <= 40; seed++) {
      File f = new RandomAst(seed).file(6);
      String src = GoPrinter.print(f);
      assertSameAsGofmt("seed " + seed, src, GoTool.gofmt(tmp, src));
    }
  }

  @Test
  void randomFilesOfTheDataModelAreFixedPointsOfGofmt() {
    GoTool.require("gofmt");
    for (long seed = 1; seed <= Long.getLong("gosem.seeds", 150); seed++) {
      File f = new RandomAst(seed, true).file(6);
      String src = GoPrinter.print(f);
      assertSameAsGofmt("data seed " + seed, src, GoTool.gofmt(tmp, src));
    }
  }

  static void assertSameAsGofmt(String what, String src, String formatted) {
    if (src.equals(formatted)) return;
    String[] a = src.split("\n", -1);
    String[] b = formatted.split("\n", -1);
    int i = 0;
    while (i < a.length && i < b.length && a[i].equals(b[i])) i++;
    assertThat(src)
        .as("%s: first difference at line %d:%n printed: %s%n gofmt:   %s%nprinted source:%n%s",
            what, i + 1, i < a.length ? a[i] : "<eof>", i < b.length ? b[i] : "<eof>", GoTool.numbered(src))
        .isEqualTo(formatted);
  }
}

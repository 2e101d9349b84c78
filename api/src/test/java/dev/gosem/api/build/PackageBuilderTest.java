package dev.gosem.api.build;

import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.INT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.api.Program;
import dev.gosem.api.check.TypeChecker;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.api.types.Named;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Programs with several packages: the builder, the printer's module layout and the checker's view. */
class PackageBuilderTest {
  private static Program shapes() {
    Named[] point = new Named[1];
    return Go.program("shapes", prog -> prog
        .pkg("example/geom", pkg -> pkg.file("geom.go", f -> {
          Named p = point[0] = f.type("Point", struct(field("X", INT), field("Y", INT)));
          f.var("Origin", ptr(p), Go.addr(lit(p)));
        }))
        .pkg("example/util", pkg -> pkg.name("helpers").file("util.go", f -> {
          f.imports("example/geom");
          f.func("Zero", fn -> {
            fn.result(point[0]);
            fn.ret(lit(point[0]));
          });
        }))
        .file("main.go", f -> {
          f.importAs("g", "example/geom");
          f.imports("example/util", "fmt");
          f.func("main", b -> {
            Var v = b.var("v", point[0], Go.pkgCall("helpers", "Zero"));
            b.call(Go.fmtPrintln(v, Go.sel("g", "Origin")));
          });
        }));
  }

  @Test
  void typesAreWrittenAsEachFileSeesThem() {
    Map<String, String> files = GoPrinter.print(shapes());
    assertThat(files.keySet()).containsExactly("main.go", "geom/geom.go", "util/util.go", "go.mod");
    assertThat(files.get("geom/geom.go")).contains("var Origin *Point = &Point{}");
    assertThat(files.get("util/util.go")).startsWith("package helpers\n").contains("func Zero() geom.Point {");
    assertThat(files.get("main.go")).contains("g \"example/geom\"").contains("var v g.Point = helpers.Zero()");
    assertThat(files.get("go.mod")).isEqualTo("module example\n\ngo 1.22\n");
    assertThat(GoPrinter.print(shapes(), GoPrinter.Options.go119()).get("go.mod")).isEqualTo("module example\n\ngo 1.19\n");
  }

  @Test
  void theCheckerSeesPackagesInInitializationOrder() {
    var info = TypeChecker.check(shapes());
    assertThat(info.packages()).extracting(p -> p.path() + " " + p.name())
        .containsExactly("example/geom geom", "example/util helpers", "main main");
    assertThat(info.packages().getFirst().initOrder()).hasSize(1);
  }

  @Test
  void pathsMustBeUnderOneModule() {
    assertThatThrownBy(() -> Go.program("x", prog -> prog
        .pkg("example/a", pkg -> pkg.file("a.go", f -> {}))
        .pkg("other/b", pkg -> pkg.file("b.go", f -> {}))))
        .hasMessage("package other/b is not in module example (of package example/a)");
    assertThatThrownBy(() -> Go.program("x", prog -> prog.pkg("geom", pkg -> {})))
        .hasMessageContaining("import path must look like module/dir");
    assertThatThrownBy(() -> Go.program("x", prog -> prog.pkg("example/a", pkg -> {})))
        .hasMessage("package example/a has no files; add one with file(name, f -> ...)");
  }
}

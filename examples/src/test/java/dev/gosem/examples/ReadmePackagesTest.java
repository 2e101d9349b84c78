package dev.gosem.examples;

import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.INT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.types.Named;
import dev.gosem.ir.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's "Several packages" snippet is this test's code, and it runs. */
class ReadmePackagesTest {
  @Test
  void readmeSnippetRuns() throws IOException {
    // --- the README's snippet, verbatim ---
    Named[] point = new Named[1];
    Program p = Go.program("shapes", prog -> prog
        .pkg("example/geom", pkg -> pkg.file("geom.go", f -> {
          Named pt = point[0] = f.type("Point", struct(field("X", INT), field("Y", INT)));
          f.method(recv("p", pt), "Sum", (fn, self) -> {
            fn.result(INT);
            fn.ret(self.field("X").add(self.field("Y")));
          });
        }))
        .file("main.go", f -> {
          f.imports("example/geom", "fmt");
          f.func("main", b -> b.call(fmtPrintln(lit(point[0], 1, 2).method("Sum"))));
        }));
    // --- end of the snippet ---
    assertThat(Compiler.run(p).stdout()).isEqualTo("3\n");
    String readme = Files.readString(ReadmeTest.README);
    String section = readme.substring(readme.indexOf("## Several packages"));
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(m.find()).isTrue();
    String source = Files.readString(java.nio.file.Path.of("src/test/java/dev/gosem/examples/ReadmePackagesTest.java"));
    String start = "// --- the README's snippet, verbatim ---\n";
    String snippet = source.substring(source.indexOf(start) + start.length(), source.indexOf("    // --- end of the snippet ---"));
    String unindented = snippet.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    assertThat(unindented).isEqualTo(m.group(1));
  }
}

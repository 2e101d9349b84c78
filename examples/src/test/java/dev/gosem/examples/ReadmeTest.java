package dev.gosem.examples;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ReadmeTest keeps the README's builder example true: the Java code shown there is the code
 * between the README markers below, the Go source shown is what the printer writes for it, and
 * the output shown is what it prints when run.
 */
class ReadmeTest {
  static final Path README = Path.of("..", "README.md");

  /** What the README example made and what it printed. */
  record Ran(Program program, RunResult result) {}

  static Ran example() {
    // README:begin
    Program p = Go.program("fib", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), then -> then.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("main", main -> {
        Var sum = main.define("sum", 0);
        main.rangeInt("i", 10, (body, i) -> {
          body.call(fmtPrintln("fib", i, "=", call("fib", i)));
          body.addAssign(sum, call("fib", i));
        });
        main.println("sum:", sum);
      });
    }));

    RunResult r = Compiler.compile(p, "jvm", Options.defaults()).run();
    System.out.print(r.stdout());   // fmt.Println writes to stdout
    System.err.print(r.stderr());   // println writes to stderr
    // README:end
    return new Ran(p, r);
  }

  @Test
  void readmeShowsTheCodeOfThisTest() throws IOException {
    List<String> source = Files.readAllLines(Path.of("src/test/java/dev/gosem/examples/ReadmeTest.java"));
    int begin = source.indexOf("    // README:begin");
    int end = source.indexOf("    // README:end");
    String snippet = String.join("\n", source.subList(begin + 1, end).stream().map(l -> l.replaceFirst("^    ", "")).toList());
    assertThat(fenced("java")).contains(snippet);
  }

  @Test
  void readmeShowsTheGoSourceAndOutput() throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Ran ran;
    try (PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(both);
      System.setErr(both);
      ran = example();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    RunResult r = ran.result();
    assertThat(r.exitCode()).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(r.stdout() + r.stderr());
    assertThat(fenced("go")).isEqualTo(GoPrinter.print(ran.program()).get("main.go"));
    assertThat(fenced("text")).isEqualTo(r.stdout() + r.stderr());
  }

  /** The first fenced block of the README's "A program, built in Java" section in this language. */
  static String fenced(String language) throws IOException {
    String readme = Files.readString(README);
    String section = readme.substring(readme.indexOf("## A program, built in Java"));
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(m.find()).as("a ```%s block in the README's builder section", language).isTrue();
    return m.group(1);
  }
}

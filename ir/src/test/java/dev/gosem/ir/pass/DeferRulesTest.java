package dev.gosem.ir.pass;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.check.GoSource;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.Options.DeferMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The strategy of each defer statement. The expected lines for Go's rules are what
 * {@code go build -gcflags=-d=defer} (Go 1.19) printed for the same file, without our reasons.
 */
class DeferRulesTest {
  static final String SOURCE = """
      package main

      func g() {}

      func one() {
      	defer g()
      }

      func loop() {
      	defer g()
      	for i := 0; i < 2; i++ {
      		defer g()
      	}
      }

      func nine() {
      	defer g()
      	defer g()
      	defer g()
      	defer g()
      	defer g()
      	defer g()
      	defer g()
      	defer g()
      	defer g()
      }

      func fifteen(x int) int {
      	defer g()
      	defer g()
      	defer g()
      	if x == 1 {
      		return 1
      	}
      	if x == 2 {
      		return 2
      	}
      	if x == 3 {
      		return 3
      	}
      	if x == 4 {
      		return 4
      	}
      	return 5
      }

      func sixteen(x int) int {
      	defer g()
      	defer g()
      	defer g()
      	defer g()
      	if x == 1 {
      		return 1
      	}
      	if x == 2 {
      		return 2
      	}
      	if x == 3 {
      		return 3
      	}
      	return 5
      }

      func main() {
      	defer func() {
      		defer g()
      	}()
      	one()
      	loop()
      	nine()
      	fifteen(1)
      	sixteen(1)
      }
      """;

  static List<String> report(Options o) {
    return Compiler.deferReport(GoSource.program(SOURCE), o);
  }

  /** The report without our reasons: Go's own lines. */
  static List<String> goLines(List<String> lines) {
    return lines.stream().map(l -> l.contains(";") ? l.substring(0, l.indexOf(';')) : l).toList();
  }

  @Test
  void goRulesGiveWhatGoReports() {
    List<String> lines = report(Options.defaults());
    List<String> want = new java.util.ArrayList<>();
    want.add("main.go:6:2: open-coded defer");
    want.add("main.go:10:2: stack-allocated defer");
    want.add("main.go:12:3: heap-allocated defer");
    for (int line = 17; line <= 25; line++) want.add("main.go:" + line + ":2: stack-allocated defer");
    for (int line = 29; line <= 31; line++) want.add("main.go:" + line + ":2: open-coded defer");
    for (int line = 48; line <= 51; line++) want.add("main.go:" + line + ":2: stack-allocated defer");
    want.add("main.go:65:2: open-coded defer");
    want.add("main.go:66:3: open-coded defer");
    assertThat(goLines(lines)).containsExactlyElementsOf(want);
    assertThat(lines).contains(
        "main.go:12:3: heap-allocated defer; in a loop",
        "main.go:10:2: stack-allocated defer; not open-coded: a defer of the function is in a loop",
        "main.go:17:2: stack-allocated defer; not open-coded: 9 defers (more than 8)",
        "main.go:48:2: stack-allocated defer; not open-coded: 4 defers x 4 returns = 16 (more than 15)");
  }

  @Test
  void withoutOptimizationsNothingIsOpenCoded() {
    List<String> lines = report(Options.defaults().withOptimize(false));
    assertThat(lines).filteredOn(l -> l.contains("open-coded defer;") || l.endsWith("open-coded defer")).isEmpty();
    assertThat(lines).contains("main.go:6:2: stack-allocated defer; not open-coded: optimizations are off (-N)",
        "main.go:12:3: heap-allocated defer; in a loop");
  }

  @Test
  void forcingKeepsDefersInLoopsOnTheHeap() {
    assertThat(report(Options.defaults().withDefer(DeferMode.HEAP)))
        .allMatch(l -> l.contains("heap-allocated defer"))
        .contains("main.go:6:2: heap-allocated defer; forced by --defer heap", "main.go:12:3: heap-allocated defer; in a loop");
    assertThat(report(Options.defaults().withDefer(DeferMode.STACK)))
        .contains("main.go:6:2: stack-allocated defer; forced by --defer stack", "main.go:12:3: heap-allocated defer; in a loop");
    List<String> open = report(Options.defaults().withDefer(DeferMode.OPEN).withOptimize(false));
    assertThat(open).contains("main.go:6:2: open-coded defer; forced by --defer open",
        "main.go:17:2: open-coded defer; forced by --defer open",
        "main.go:48:2: open-coded defer; forced by --defer open",
        "main.go:12:3: heap-allocated defer; in a loop",
        "main.go:10:2: stack-allocated defer; not open-coded: a defer of the function is in a loop");
  }
}

package dev.gosem.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the checker on the Go files of {@link CheckCases}: each invalid program gets exactly the
 * diagnostics go build printed for it (message and position), each valid one none.
 */
class CheckCasesTest {
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
  void reportsWhatGoReports(CheckCases.Case c) {
    assertThat(CheckCases.gosem(c.source())).as(c.name()).containsExactlyElementsOf(c.want());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupported")
  void rejectsUnsupportedClearly(CheckCases.Case c) {
    assertThat(CheckCases.gosem(c.source())).as(c.name()).containsExactlyElementsOf(c.want());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ok")
  void acceptsValidPrograms(CheckCases.Case c) {
    assertThat(CheckCases.gosem(c.source())).as(c.name()).isEmpty();
  }
}

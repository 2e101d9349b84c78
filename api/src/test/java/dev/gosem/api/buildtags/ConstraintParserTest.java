package dev.gosem.api.buildtags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grammar, gofmt's spelling, and Go's error texts (each taken from go build 1.19). */
class ConstraintParserTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "linux => linux",
      "(a&&b)||  !c => (a && b) || !c",
      "((a)) => a",
      "a&&b||c&&!(d||e) => (a && b) || (c && !(d || e))",
      "a&&b&&c => a && b && c",
      "a || b || c => a || b || c",
      "!(a || b) && c => !(a || b) && c",
      "go1.19 && !go1.20 => go1.19 && !go1.20",
      "x_y.z => x_y.z",
  })
  void printsAsGofmt(String src, String printed) {
    assertThat(ConstraintParser.parse(src)).hasToString(printed);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "linux && => unexpected end of expression",
      "(linux => missing close paren",
      "'linux || ' => unexpected end of expression",
      "!!linux => double negation not allowed",
      "a b => unexpected token b",
      "a-b => invalid syntax at -",
      "( => missing close paren",
      "'' => unexpected end of expression",
      "a &&& b => invalid syntax at &",
      "a|b => invalid syntax at |",
      "! => unexpected end of expression",
      "() => unexpected token )",
      "a) => unexpected token )",
  })
  void rejectsWithGoWording(String src, String message) {
    assertThatThrownBy(() -> ConstraintParser.parse(src))
        .isInstanceOf(ConstraintSyntaxException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "x || (y && !z) => y => true",
      "x || (y && !z) => y,z => false",
      "unix && linux && jvm => '' => true",
      "amd64 => '' => false",
      "go1.22 => '' => true",
      "go1.23 => '' => false",
      "go1.2x => '' => false",
      "dev && !prod => dev => true",
  })
  void evaluatesOnTheJvmTarget(String src, String tags, boolean holds) {
    Set<String> set = tags.isEmpty() ? Set.of() : Set.of(tags.split(","));
    assertThat(BuildContext.jvm("go1.22", set).matches(ConstraintParser.parse(src))).isEqualTo(holds);
  }
}

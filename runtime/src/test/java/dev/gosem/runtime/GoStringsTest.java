package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoStringsTest {

  @Test
  void fromJavaGivesTheUtf8BytesOneCharEach() {
    String s = GoStrings.fromJava("héllo, 世界");
    // len("héllo, 世界") == 14 in Go
    assertThat(s).hasSize(14);
    assertThat(GoStrings.byteAt(s, 1)).isEqualTo(0xC3);
    assertThat(GoStrings.toJava(s)).isEqualTo("héllo, 世界");
  }

  @Test
  void bytewiseOrderIsStringOrder() {
    // "é" (0xC3 0xA9) sorts after "z" in Go, as its first byte is larger.
    assertThat(GoStrings.fromJava("é").compareTo("z")).isPositive();
  }

  @Test
  void byteAtPanicsLikeGo() {
    assertThatThrownBy(() -> GoStrings.byteAt("abc", 3))
        .isInstanceOf(GoPanic.class)
        .hasMessage("runtime error: index out of range [3] with length 3");
    assertThatThrownBy(() -> GoStrings.byteAt("abc", -1))
        .hasMessage("runtime error: index out of range [-1]");
  }
}

package dev.gosem.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the tables Go programs in the test resources wrote (fields: text, or 'x' + hex bytes). */
final class GoTables {
  private GoTables() {}

  static List<String[]> read(String resource) {
    try (var in = GoTables.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))
          .lines()
          .map(l -> l.split("\t", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field as a Go byte-string: "x" + hex bytes. */
  static String bytes(String field) {
    if (!field.startsWith("x")) {
      throw new IllegalArgumentException("not a hex field: " + field);
    }
    String hex = field.substring(1);
    StringBuilder sb = new StringBuilder(hex.length() / 2);
    for (int i = 0; i < hex.length(); i += 2) {
      sb.append((char) Integer.parseInt(hex.substring(i, i + 2), 16));
    }
    return sb.toString();
  }

  /** A Go byte-string shown readably in a failure message. */
  static String show(String goBytes) {
    return Strconv.quote(goBytes);
  }
}

package dev.gosem.api;

import dev.gosem.api.ast.File;
import java.util.List;

/**
 * Program is an immutable Go program: the files of package main (more packages come with the
 * packages issue) and the Go language version it is written for.
 */
public record Program(String name, List<File> files, String goVersion) {
  public static final String DEFAULT_GO_VERSION = "go1.22";

  public Program {
    files = List.copyOf(files);
  }
}

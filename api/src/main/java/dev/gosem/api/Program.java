package dev.gosem.api;

import dev.gosem.api.ast.File;
import java.util.List;

/**
 * Program is an immutable Go program: the files of package main, the other packages it has
 * (imported by path from main's files or from each other), and the Go language version it is
 * written for. As a Go module, the program's packages live under one module path (see
 * {@link #modulePath}); package main is the module's root package.
 */
public record Program(String name, List<File> files, String goVersion, List<GoPackage> packages) {
  public static final String DEFAULT_GO_VERSION = "go1.22";
  /** The module path of a program without packages, and of goldens' go.mod. */
  public static final String DEFAULT_MODULE = "example";

  public Program {
    files = List.copyOf(files);
    packages = List.copyOf(packages);
  }

  public Program(String name, List<File> files, String goVersion) {
    this(name, files, goVersion, List.of());
  }

  /** The program with other files for package main (same packages and version). */
  public Program withFiles(List<File> mainFiles) {
    return new Program(name, mainFiles, goVersion, packages);
  }

  /** The package with this import path, or null. */
  public GoPackage pkg(String path) {
    for (GoPackage p : packages) if (p.path().equals(path)) return p;
    return null;
  }

  /**
   * The module path: the first element of the packages' import paths ({@code example} for
   * {@code example/geom}), or {@value #DEFAULT_MODULE} for a program without packages. Package
   * main's import path is the module path.
   */
  public String modulePath() {
    if (packages.isEmpty()) return DEFAULT_MODULE;
    String p = packages.getFirst().path();
    int slash = p.indexOf('/');
    return slash < 0 ? p : p.substring(0, slash);
  }
}

package dev.gosem.api.build;

import dev.gosem.api.Program;
import dev.gosem.api.ast.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** ProgramBuilder collects the files of a program; see {@link Go#program}. */
public final class ProgramBuilder {
  private final String name;
  private final List<File> files = new ArrayList<>();
  private String goVersion = Program.DEFAULT_GO_VERSION;

  ProgramBuilder(String name) {
    this.name = name;
  }

  /** Adds a file of package main. */
  public ProgramBuilder file(String fileName, Consumer<FileBuilder> body) {
    FileBuilder f = new FileBuilder(fileName, "main", Where.here());
    body.accept(f);
    files.add(f.build());
    return this;
  }

  /** The Go language version the program is written for, e.g. "go1.21"; it picks loop semantics. */
  public ProgramBuilder goVersion(String version) {
    if (!version.matches("go1\\.\\d+")) {
      throw new IllegalArgumentException("Go version must look like go1.N, got \"" + version + "\"");
    }
    this.goVersion = version;
    return this;
  }

  Program build() {
    if (files.isEmpty()) throw new IllegalStateException("program " + name + " has no files; add one with file(name, f -> ...)");
    return new Program(name, files, goVersion);
  }
}

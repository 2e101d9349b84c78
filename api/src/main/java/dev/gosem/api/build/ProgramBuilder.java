package dev.gosem.api.build;

import dev.gosem.api.GoPackage;
import dev.gosem.api.Program;
import dev.gosem.api.ast.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** ProgramBuilder collects the files of a program; see {@link Go#program}. */
public final class ProgramBuilder {
  private final String name;
  private final List<File> files = new ArrayList<>();
  private final List<GoPackage> packages = new ArrayList<>();
  private String goVersion = Program.DEFAULT_GO_VERSION;

  ProgramBuilder(String name) {
    this.name = name;
  }

  /** Adds a file of package main. */
  public ProgramBuilder file(String fileName, Consumer<FileBuilder> body) {
    FileBuilder f = new FileBuilder(fileName, "main", "main", Where.here());
    FileBuilder.building(f, () -> body.accept(f));
    files.add(f.build());
    return this;
  }

  /**
   * Adds a package the program's files can import by its path, e.g.
   * {@code prog.pkg("example/geom", pkg -> pkg.file("geom.go", f -> ...))}. Every package of a
   * program lives under one module path, the paths' first element (see
   * {@link Program#modulePath()}); main is the module's root package.
   */
  public ProgramBuilder pkg(String path, Consumer<PackageBuilder> body) {
    if (!path.matches("[A-Za-z0-9_.~-]+(/[A-Za-z0-9_.~-]+)+")) {
      throw new IllegalArgumentException("import path must look like module/dir, e.g. example/geom, got \"" + path + "\"");
    }
    for (GoPackage p : packages) {
      if (p.path().equals(path)) throw new IllegalArgumentException("package " + path + " is declared twice");
      String module = p.path().substring(0, p.path().indexOf('/'));
      if (!path.startsWith(module + "/")) {
        throw new IllegalArgumentException("package " + path + " is not in module " + module + " (of package " + p.path() + ")");
      }
    }
    PackageBuilder b = new PackageBuilder(path);
    body.accept(b);
    packages.add(b.build());
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
    return new Program(name, files, goVersion, packages);
  }
}

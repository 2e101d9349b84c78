package dev.gosem.api.build;

import dev.gosem.api.GoPackage;
import dev.gosem.api.ast.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * PackageBuilder collects the files of one imported package; see {@link ProgramBuilder#pkg}.
 * Types declared in its files belong to the package: used from another package's files they
 * are written qualified ({@code geom.Point}), in their own package plainly ({@code Point}).
 */
public final class PackageBuilder {
  private final String path;
  private String name;
  private final List<File> files = new ArrayList<>();

  PackageBuilder(String path) {
    this.path = path;
    this.name = GoPackage.lastElement(path);
  }

  /** The import path, e.g. "example/geom". */
  public String path() {
    return path;
  }

  /**
   * Gives the package clause a name other than the path's last element (Go allows it; importers
   * then refer to the package by this name). Call it before adding files.
   */
  public PackageBuilder name(String packageName) {
    if (!files.isEmpty()) throw new IllegalStateException("name the package " + path + " before adding its files");
    if (!packageName.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*")) throw new IllegalArgumentException("not a package name: " + packageName);
    this.name = packageName;
    return this;
  }

  /** Adds a file of this package. */
  public PackageBuilder file(String fileName, Consumer<FileBuilder> body) {
    FileBuilder f = new FileBuilder(fileName, name, path, Where.here());
    FileBuilder.building(f, () -> body.accept(f));
    files.add(f.build());
    return this;
  }

  GoPackage build() {
    if (files.isEmpty()) throw new IllegalStateException("package " + path + " has no files; add one with file(name, f -> ...)");
    return new GoPackage(path, name, files);
  }
}

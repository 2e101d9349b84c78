package dev.gosem.api;

import dev.gosem.api.ast.File;
import java.util.List;

/**
 * GoPackage is a package other than main that a program's files import by its path, e.g.
 * {@code example/geom}: its import path, the name its package clause gives it (usually the
 * path's last element, but Go allows any name) and its files.
 */
public record GoPackage(String path, String name, List<File> files) {
  public GoPackage {
    files = List.copyOf(files);
  }

  /** The last element of an import path, the name Go expects a package to have. */
  public static String lastElement(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}

package dev.gosem.api.ast;

import dev.gosem.api.Pos;
import java.util.List;

/**
 * File is one Go source file: its name, package clause, imports and declarations, and the
 * expression of its {@code //go:build} line (null when it has none; the name's _GOOS/_GOARCH
 * suffixes constrain it too).
 */
public record File(String name, String packageName, List<Spec.ImportSpec> imports, List<Decl> decls, Pos pos,
    String buildConstraint) implements Node {
  public File {
    imports = List.copyOf(imports);
    decls = List.copyOf(decls);
  }

  public File(String name, String packageName, List<Spec.ImportSpec> imports, List<Decl> decls, Pos pos) {
    this(name, packageName, imports, decls, pos, null);
  }
}

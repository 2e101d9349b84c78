package dev.gosem.api.ast;

import dev.gosem.api.Pos;
import java.util.List;

/** File is one Go source file: its name, package clause, imports and declarations. */
public record File(String name, String packageName, List<Spec.ImportSpec> imports, List<Decl> decls, Pos pos)
    implements Node {
  public File {
    imports = List.copyOf(imports);
    decls = List.copyOf(decls);
  }
}

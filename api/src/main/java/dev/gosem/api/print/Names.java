package dev.gosem.api.print;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Children;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import java.util.HashSet;
import java.util.Set;

/** Names collects every name a file or program spells, so that generated names avoid them all. */
final class Names {
  private final Set<String> names = new HashSet<>();

  private Names() {}

  static Set<String> of(Program p) {
    Names n = new Names();
    p.files().forEach(n::file);
    return n.names;
  }

  static Set<String> of(File f) {
    Names n = new Names();
    n.file(f);
    return n.names;
  }

  private void file(File f) {
    names.add(f.packageName());
    for (Spec.ImportSpec i : f.imports()) names.add(i.name());
    Children.walk(f, n -> {
      switch (n) {
        case Expr.Ident i -> names.add(i.name());
        case Expr.Selector s -> names.add(s.sel());
        case Field fl when fl.name() != null -> names.add(fl.name());
        case Decl.FuncDecl fd -> names.add(fd.name());
        case Stmt.Branch b when b.label() != null -> names.add(b.label());
        case Stmt.Labeled l -> names.add(l.label());
        default -> {}
      }
    });
  }
}

package dev.gosem.api.check;

import dev.gosem.api.GoPackage;
import dev.gosem.api.Program;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PackageOrder puts a program's packages in the order they are compiled and initialized: a
 * depth-first walk of the imports from package main's files, in file order and, within a
 * file, in gofmt's order of imports (by path), each package after the packages it imports and only once (the Go spec's
 * "imported packages are initialized first"; go1.19's linker gives the same order). It reports
 * an import cycle as the go command does, with the chain of imports from package main, and
 * imports of paths in the program's module that name no package of it.
 */
final class PackageOrder {
  private final Program prog;
  private final List<GoPackage> order = new ArrayList<>();
  private final Set<String> done = new HashSet<>();
  /** The packages being visited, from main's import down (main's own path first). */
  private final LinkedHashSet<String> stack = new LinkedHashSet<>();
  private boolean cycleReported;

  PackageOrder(Program prog) {
    this.prog = prog;
  }

  /** The program's packages reachable from main, dependencies first; problems go to diags. */
  List<GoPackage> order(List<Diagnostic> diags) {
    stack.add(prog.modulePath());
    visitImports(prog.files(), diags);
    return order;
  }

  private void visitImports(List<File> files, List<Diagnostic> diags) {
    for (File f : files) {
      // gofmt sorts a file's imports by path, and Go initializes in the order of the source it
      // compiles: the printed program's, which is this one.
      List<Spec.ImportSpec> sorted = new ArrayList<>(f.imports());
      sorted.sort((a, b) -> compareBytes(a.path(), b.path()));
      for (Spec.ImportSpec imp : sorted) {
        GoPackage p = prog.pkg(imp.path());
        if (p == null) {
          if (imp.path().startsWith(prog.modulePath() + "/")) {
            diags.add(new Diagnostic(imp.pos(), "package " + imp.path() + " is not in module " + prog.modulePath()
                + " (the program has no package with this path)"));
          }
          continue;
        }
        visit(p, imp, diags);
      }
    }
  }

  private static int compareBytes(String a, String b) {
    return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private void visit(GoPackage p, Spec.ImportSpec at, List<Diagnostic> diags) {
    if (done.contains(p.path())) return;
    if (stack.contains(p.path()) || p.path().equals(prog.modulePath())) {
      if (!cycleReported) {
        cycleReported = true;
        StringBuilder b = new StringBuilder("import cycle not allowed");
        List<String> chain = new ArrayList<>(stack);
        b.append("\n\tpackage ").append(chain.getFirst());
        for (int i = 1; i < chain.size(); i++) b.append("\n\timports ").append(chain.get(i));
        b.append("\n\timports ").append(p.path());
        diags.add(new Diagnostic(at.pos(), b.toString()));
      }
      return;
    }
    stack.add(p.path());
    visitImports(p.files(), diags);
    stack.remove(p.path());
    done.add(p.path());
    order.add(p);
  }
}

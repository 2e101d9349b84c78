package dev.gosem.api.check;

import dev.gosem.api.GoPackage;
import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Checker type-checks one program. It follows the Go specification and reproduces the wording
 * and positions of the Go toolchain's (go1.19) messages; see {@link TypeChecker} for the entry
 * point. A diagnostic is reported at the model node Go reports it at (that node's {@code pos}).
 *
 * <p>This class is the driver: it collects the package-level declarations of all files, checks
 * them lazily in dependency order (so a name may be used before it is declared), checks the
 * function and method bodies, computes the initialization order and hands out the
 * {@link TypeInfo}. The rules themselves live in the classes it extends, one concern each (see
 * {@link CheckerBase}).
 */
final class Checker extends Stmts {
  /** Methods by the name of their receiver base type, collected before types are declared. */
  private final Map<String, List<PkgDecl>> methodsByBase = new LinkedHashMap<>();
  /** Functions declared without a body (Go reports them only when nothing else is wrong). */
  private final List<Decl.FuncDecl> missingBodies = new ArrayList<>();
  /** Methods whose receiver is not a package-level type name (reported, checked as functions). */
  private final List<PkgDecl> orphanMethods = new ArrayList<>();

  Checker(Program prog) {
    super(prog);
  }

  // =====================================================================================
  // driver
  // =====================================================================================

  TypeInfo run() {
    if (prog.files().isEmpty()) {
      error(Pos.NONE, "no Go files in program " + prog.name());
      throw new CompileException(diags);
    }
    List<GoPackage> order = new PackageOrder(prog).order(diags);
    if (!diags.isEmpty()) throw new CompileException(dedup(diags));
    // As go build does, the packages are compiled dependencies first, and a package with errors
    // stops the build before the packages that import it.
    for (GoPackage p : order) {
      checkPackage(p.path(), p.name(), p.files());
      if (!diags.isEmpty()) throw new CompileException(dedup(diags));
    }
    checkPackage("main", "main", prog.files());
    if (!diags.isEmpty()) throw new CompileException(dedup(diags));
    return info;
  }

  /** Checks one package's files; its diagnostics are left in diags. */
  private void checkPackage(String path, String name, List<File> files) {
    pkgPath = path;
    pkgName = name;
    pkgScope = new Scope(Universe.scope(), "package");
    pkgDecls.clear();
    methodsByBase.clear();
    missingBodies.clear();
    orphanMethods.clear();
    info.initOrder.clear();
    collect(files);
    // As Go does: defined types first, then aliases, then everything else, which avoids most
    // situations where an alias is needed before it is known.
    for (PkgDecl d : pkgDecls) if (d.kind == PkgDecl.Kind.TYPE && !d.typeSpec.alias()) objDecl(d);
    for (PkgDecl d : pkgDecls) if (d.kind == PkgDecl.Kind.TYPE) objDecl(d);
    for (PkgDecl d : pkgDecls) objDecl(d);
    for (PkgDecl d : orphanMethods) objDecl(d);
    processDelayed();
    // Bodies in source order, functions and methods alike, as Go checks them.
    List<PkgDecl> funcs = new ArrayList<>(orphanMethods);
    for (PkgDecl d : pkgDecls) {
      if (d.kind == PkgDecl.Kind.FUNC) funcs.add(d);
      if (d.kind == PkgDecl.Kind.TYPE) funcs.addAll(d.methods);
    }
    funcs.sort((a, b) -> Integer.compare(a.order, b.order));
    for (PkgDecl d : funcs) funcBody(d);
    processDelayed();
    for (File f : files) {
      for (Obj.PkgName pn : fileImports.get(f)) {
        if (usedImports.contains(pn)) continue;
        String as = pn.name().equals(GoPackage.lastElement(pn.path())) ? "" : " as " + pn.name();
        error(pn.pos(), "\"" + pn.path() + "\" imported" + as + " and not used");
      }
    }
    initOrder();
    if (diags.isEmpty()) for (Decl.FuncDecl fd : missingBodies) error(declPos(fd), "missing function body");
    boolean isMain = path.equals("main");
    if (isMain && diags.isEmpty()
        && !(pkgScope.lookupLocal("main") instanceof PkgDecl pd && pd.kind == PkgDecl.Kind.FUNC)) {
      File first = files.getFirst();
      error(new Pos(first.name(), 0, 0), "function main is undeclared in the main package");
    }
    finishRecords();
    List<Decl.FuncDecl> inits = new ArrayList<>();
    for (File f : files) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.FuncDecl fd && !fd.isMethod() && fd.name().equals("init")) inits.add(fd);
      }
    }
    List<PkgDecl> all = new ArrayList<>(pkgDecls);
    all.addAll(orphanMethods);
    for (PkgDecl d : pkgDecls) if (d.kind == PkgDecl.Kind.TYPE) all.addAll(d.methods);
    for (PkgDecl d : all) if (d.obj != null) info.objPkg.put(d.obj, path);
    info.packages.add(new TypeInfo.PackageInit(path, name, files, List.copyOf(info.initOrder), inits));
    pkgScopes.put(path, pkgScope);
  }

  /**
   * Go's position of a function declaration: its name, or for a method the '(' before the
   * receiver (one column before the receiver's name or type, as gofmt writes it).
   */
  private static Pos declPos(Decl.FuncDecl fd) {
    if (fd.recv() == null || fd.recv().pos().col() < 2) return fd.pos();
    Pos r = fd.recv().pos();
    return new Pos(r.file(), r.line(), r.col() - 1);
  }

  private static List<Diagnostic> dedup(List<Diagnostic> ds) {
    return new ArrayList<>(new LinkedHashSet<>(ds));
  }

  // =====================================================================================
  // package-level collection
  // =====================================================================================

  private void collect(List<File> files) {
    int order = 0;
    boolean isMain = pkgPath.equals("main");
    for (File f : files) {
      if (!pkgName.equals(f.packageName())) {
        error(f.pos(), isMain ? "package " + f.packageName() + " is not package main: a program's own files are package main"
            : "package " + f.packageName() + " in a file of package " + pkgPath + " (named " + pkgName + ")");
      }
      Scope fs = new Scope(pkgScope, "file");
      fileScopes.put(f, fs);
      List<Obj.PkgName> imports = new ArrayList<>();
      fileImports.put(f, imports);
      for (Spec.ImportSpec imp : f.imports()) {
        GoPackage target = prog.pkg(imp.path());
        String bound = imp.alias() != null ? imp.alias() : target != null ? target.name() : imp.name();
        Obj.PkgName pn = new Obj.PkgName(bound, imp.path(), imp.pos());
        if (target == null && !StdLib.isPackage(imp.path())) {
          error(imp.pos(), "unsupported: import \"" + imp.path() + "\" (gosem supports " + StdLib.supportedPackages() + ")");
          usedImports.add(pn);
        }
        if (bound.equals("_") || bound.equals(".")) {
          if (bound.equals(".")) error(imp.pos(), "unsupported: dot imports");
          usedImports.add(pn);
          imports.add(pn);
          continue;
        }
        imports.add(pn);
        Object alt = fs.lookupLocal(pn.name());
        if (alt != null) {
          error(imp.pos(), redeclared(pn.name(), alt));
        } else {
          fs.insert(pn.name(), pn);
        }
      }
      for (Decl d : f.decls()) {
        switch (d) {
          case Decl.FuncDecl fd -> {
            PkgDecl pd = new PkgDecl(PkgDecl.Kind.FUNC, fd.name(), fd.pos(), f, order++);
            pd.func = fd;
            if (fd.isMethod()) {
              String base = receiverBaseName(fd.recv().type());
              if (fd.name().equals("_") || base == null) {
                orphanMethods.add(pd);
              } else {
                methodsByBase.computeIfAbsent(base, k -> new ArrayList<>()).add(pd);
              }
              continue;
            }
            pkgDecls.add(pd);
            if (fd.name().equals("init")) {
              // init functions run at start-up; no one can refer to them, so they are not declared
              if (!fd.params().isEmpty() || !fd.results().isEmpty()) {
                error(fd.pos(), "func init must have no arguments and no return values");
              }
              continue;
            }
            if (isMain && fd.name().equals("main") && (!fd.params().isEmpty() || !fd.results().isEmpty())) {
              error(fd.pos(), "func main must have no arguments and no return values");
            }
            declarePkg(fd.name(), pd);
          }
          case Decl.GenDecl gd -> order = collectGen(f, gd, order);
          case Decl.TypeDecl td -> {
            for (Spec.TypeSpec ts : td.specs()) {
              PkgDecl pd = new PkgDecl(PkgDecl.Kind.TYPE, ts.name().name(), ts.name().pos(), f, order++);
              pd.typeSpec = ts;
              if ((isMain && ts.name().name().equals("main")) || ts.name().name().equals("init")) {
                // As in Go, such a declaration is reported and then ignored.
                error(ts.name().pos(), "cannot declare " + ts.name().name() + " - must be func");
                continue;
              }
              pkgDecls.add(pd);
              declarePkg(ts.name().name(), pd);
            }
          }
        }
      }
    }
    // Methods attach to their base type's declaration; the others are checked as orphans.
    for (var e : methodsByBase.entrySet()) {
      if (pkgScope.lookupLocal(e.getKey()) instanceof PkgDecl pd && pd.kind == PkgDecl.Kind.TYPE
          && !pd.typeSpec.alias()) {
        pd.methods.addAll(e.getValue());
      } else {
        orphanMethods.addAll(e.getValue());
      }
    }
    // A package-level name must not also be a file's import name.
    for (File f : files) {
      for (Obj.PkgName pn : fileImports.get(f)) {
        if (fileScopes.get(f).lookupLocal(pn.name()) != pn) continue; // a redeclared import binds nothing
        if (pkgScope.lookupLocal(pn.name()) instanceof PkgDecl pd) {
          error(pd.pos, pn.name() + " already declared through import of package " + pn.name()
              + " (\"" + pn.path() + "\")\n\t" + pn.pos() + ": other declaration of " + pn.name());
        }
      }
    }
  }

  /** The type name a receiver's type is written with: T in T, *T, (T), (*T); null otherwise. */
  private static String receiverBaseName(Expr e) {
    while (true) {
      switch (e) {
        case Expr.Paren p -> e = p.x();
        case Expr.Star s -> e = s.x();
        case Expr.Ident id -> {
          return id.name();
        }
        default -> {
          return null;
        }
      }
    }
  }

  private int collectGen(File f, Decl.GenDecl gd, int order) {
    boolean isConst = gd.kind() == Decl.Kind.CONST;
    Expr lastType = null;
    List<Expr> lastValues = List.of();
    for (int si = 0; si < gd.specs().size(); si++) {
      Spec.ValueSpec spec = gd.specs().get(si);
      Expr typeExpr = spec.type();
      List<Expr> vals = spec.values();
      boolean inherited = false;
      if (isConst) {
        if (typeExpr == null && vals.isEmpty() && si > 0) {
          typeExpr = lastType;
          vals = lastValues;
          inherited = true;
        } else {
          lastType = typeExpr;
          lastValues = vals;
        }
      }
      List<PkgDecl> specDecls = new ArrayList<>();
      for (int i = 0; i < spec.names().size(); i++) {
        Expr.Ident id = spec.names().get(i);
        PkgDecl pd = new PkgDecl(isConst ? PkgDecl.Kind.CONST : PkgDecl.Kind.VAR, id.name(), id.pos(), f, order++);
        pd.ident = id;
        pd.spec = spec;
        pd.index = i;
        pd.typeExpr = typeExpr;
        pd.inherited = inherited;
        pd.iota = si;
        if (isConst || vals.size() != 1 || spec.names().size() == 1) {
          pd.init = i < vals.size() ? vals.get(i) : null;
        } else {
          pd.init = vals.getFirst();
        }
        specDecls.add(pd);
        if ((pkgPath.equals("main") && id.name().equals("main")) || id.name().equals("init")) {
          // As in Go, such a declaration is reported and then ignored.
          error(id.pos(), "cannot declare " + id.name() + " - must be func");
          continue;
        }
        pkgDecls.add(pd);
        declarePkg(id.name(), pd);
      }
      if (!isConst && vals.size() == 1 && spec.names().size() > 1) {
        for (PkgDecl pd : specDecls) pd.group = specDecls;
      }
      if (isConst || typeExpr == null || !vals.isEmpty()) {
        arity(spec, vals, isConst, inherited);
      }
    }
    return order;
  }

  private void declarePkg(String name, PkgDecl pd) {
    if (name.equals("_")) return;
    Object alt = pkgScope.lookupLocal(name);
    if (alt != null) {
      error(pd.pos, redeclared(name, alt));
      return;
    }
    pkgScope.insert(name, pd);
  }

  // =====================================================================================
  // package-level declarations
  // =====================================================================================

  @Override
  Obj resolve(PkgDecl pd) {
    if (decl != null) decl.deps.add(pd);
    objDecl(pd);
    return pd.obj;
  }

  private void objDecl(PkgDecl d) {
    if (d.color != PkgDecl.WHITE) return;
    List<PkgDecl> members = d.group != null ? d.group : List.of(d);
    for (PkgDecl m : members) m.color = PkgDecl.GREY;
    Scope savedScope = scope;
    PkgDecl savedDecl = decl;
    FuncCtx savedFn = fn;
    Val savedIota = iota;
    Pos savedErrPos = errPos;
    Expr.Call savedStmtCall = stmtCall;
    scope = fileScopes.get(d.file);
    decl = d;
    fn = null;
    iota = null;
    errPos = null;
    try {
      switch (d.kind) {
        case CONST -> {
          iota = Val.of(d.iota);
          d.obj = constDecl(d.ident, d.typeExpr, d.init, d.inherited);
        }
        case VAR -> {
          if (d.group != null) {
            varGroupDecl(d.group);
          } else {
            d.obj = varDeclSingle(d.ident, d.typeExpr, d.init);
          }
        }
        case FUNC -> methodSig(d);
        case TYPE -> typeDeclPkg(d);
      }
    } finally {
      scope = savedScope;
      decl = savedDecl;
      fn = savedFn;
      iota = savedIota;
      errPos = savedErrPos;
      stmtCall = savedStmtCall;
      for (PkgDecl m : members) m.color = PkgDecl.BLACK;
    }
  }

  private void typeDeclPkg(PkgDecl d) {
    Obj.TypeName tn = typeDecl(d.typeSpec, o -> d.obj = o);
    if (tn.type() instanceof Named n && !d.typeSpec.alias()) {
      collectMethods(n, tn, d.methods);
    }
  }

  /** Checks {@code var name [T] [= init]} for one package-level name; returns the variable. */
  private Obj.Var varDeclSingle(Expr.Ident ident, Expr typeExpr, Expr init) {
    LVar slot = new LVar(ident.name(), ident.pos(), typeExpr == null ? null : varType(typeExpr));
    if (init == null) {
      if (slot.type == null) {
        slot.type = Types.INVALID;
        slot.used = true;
      }
    } else {
      Operand x = new Operand();
      expr(x, init);
      initVar(slot, x, "variable declaration");
    }
    return newVar(ident, slot, Obj.Var.Kind.GLOBAL);
  }

  private void varGroupDecl(List<PkgDecl> group) {
    PkgDecl first = group.getFirst();
    Type t = first.typeExpr == null ? null : varType(first.typeExpr);
    List<LVar> slots = new ArrayList<>();
    for (PkgDecl d : group) slots.add(new LVar(d.name, d.pos, t));
    initVars(slots, List.of(first.init), null);
    for (int i = 0; i < group.size(); i++) {
      group.get(i).obj = newVar(group.get(i).ident, slots.get(i), Obj.Var.Kind.GLOBAL);
    }
  }

  // =====================================================================================
  // function bodies
  // =====================================================================================

  private void funcBody(PkgDecl d) {
    if (!(d.obj instanceof Obj.Func f)) return;
    Decl.FuncDecl fd = d.func;
    TypeExprs.SigInfo si = d.sigInfo;
    Signature sig = si.sig();
    scope = new Scope(fileScopes.get(d.file), "function " + fd.name());
    decl = d;
    FuncCtx ctx = new FuncCtx(sig, fd, null, null, fd.namedResults());
    fn = ctx;
    iota = null;
    errPos = null;
    if (fd.recv() != null) declareField(fd.recv(), si.recv(), Obj.Var.Kind.PARAM, ctx);
    for (int i = 0; i < fd.params().size(); i++) {
      declareField(fd.params().get(i), sig.params().get(i), Obj.Var.Kind.PARAM, ctx);
    }
    for (int i = 0; i < fd.results().size(); i++) {
      ctx.results.add(declareField(fd.results().get(i), sig.results().get(i), Obj.Var.Kind.RESULT, ctx));
    }
    if (fd.body() == null) {
      // types2 reports this for init; for other functions Go's compiler does, once the program
      // type-checks.
      if (fd.name().equals("init") && fd.recv() == null) error(fd.pos(), "missing function body");
      else missingBodies.add(fd);
    } else {
      body(ctx, fd.body());
    }
    processDelayed();
    for (Obj.Var v : ctx.locals) {
      if (!used.contains(v)) error(v.pos(), "declared and not used: " + v.name());
    }
    scope = null;
    decl = null;
    fn = null;
  }
  // =====================================================================================
  // initialization order
  // =====================================================================================

  private static final class Node {
    final PkgDecl obj;
    final Set<Node> succ = new LinkedHashSet<>();
    final Set<Node> pred = new LinkedHashSet<>();
    int ndeps;

    Node(PkgDecl obj) {
      this.obj = obj;
    }
  }

  private void initOrder() {
    Map<PkgDecl, Node> m = new LinkedHashMap<>();
    for (PkgDecl d : pkgDecls) {
      if (d.kind == PkgDecl.Kind.TYPE) {
        for (PkgDecl md : d.methods) m.put(md, new Node(md));
      } else {
        m.put(d, new Node(d));
      }
    }
    for (PkgDecl d : orphanMethods) m.put(d, new Node(d));
    for (Node n : m.values()) {
      for (PkgDecl d : n.obj.deps) {
        Node s = m.get(d);
        if (s == null) continue;
        n.succ.add(s);
        s.pred.add(n);
      }
    }
    List<Node> g = new ArrayList<>();
    List<Node> funcs = new ArrayList<>();
    for (Node n : m.values()) (n.obj.kind == PkgDecl.Kind.FUNC ? funcs : g).add(n);
    funcs.sort((a, b) -> Integer.compare(a.pred.size() * a.succ.size(), b.pred.size() * b.succ.size()));
    for (Node n : funcs) {
      for (Node p : n.pred) {
        if (p == n) continue;
        for (Node s : n.succ) {
          if (s == n) continue;
          p.succ.add(s);
          s.pred.add(p);
        }
        p.succ.remove(n);
      }
      for (Node s : n.succ) s.pred.remove(n);
    }
    for (Node n : g) n.ndeps = n.succ.size();
    PriorityQueue<Node> pq = new PriorityQueue<>((a, b) -> a.ndeps != b.ndeps
        ? Integer.compare(a.ndeps, b.ndeps) : Integer.compare(a.obj.order, b.obj.order));
    pq.addAll(g);
    Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Spec.ValueSpec> emittedGroups = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!pq.isEmpty()) {
      Node n = pq.poll();
      if (done.contains(n)) continue;
      done.add(n);
      if (n.ndeps > 0) {
        List<PkgDecl> cycle = findPath(n.obj, n.obj, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (cycle != null) reportCycle(cycle);
      }
      for (Node p : n.pred) {
        if (done.contains(p)) continue;
        pq.remove(p);
        p.ndeps--;
        pq.add(p);
      }
      PkgDecl d = n.obj;
      if (d.kind != PkgDecl.Kind.VAR || d.init == null || !(d.obj instanceof Obj.Var v)) continue;
      if (d.group != null) {
        if (!emittedGroups.add(d.spec)) continue;
        List<Obj.Var> lhs = new ArrayList<>();
        for (PkgDecl gd : d.group) lhs.add((Obj.Var) gd.obj);
        info.initOrder.add(new Initializer(lhs, d.init));
      } else {
        info.initOrder.add(new Initializer(List.of(v), d.init));
      }
    }
  }

  private static List<PkgDecl> findPath(PkgDecl from, PkgDecl to, Set<PkgDecl> seen) {
    if (!seen.add(from)) return null;
    for (PkgDecl d : from.deps) {
      if (d == to) {
        List<PkgDecl> p = new ArrayList<>();
        p.add(d);
        return p;
      }
      List<PkgDecl> p = findPath(d, to, seen);
      if (p != null) {
        p.add(d);
        return p;
      }
    }
    return null;
  }

  private void reportCycle(List<PkgDecl> cycle) {
    PkgDecl obj = cycle.getFirst();
    StringBuilder b = new StringBuilder("initialization loop for " + obj.name);
    for (int i = cycle.size() - 1; i >= 0; i--) {
      b.append("\n\t").append(obj.pos).append(": ").append(obj.name).append(" refers to");
      obj = cycle.get(i);
    }
    b.append("\n\t").append(obj.pos).append(": ").append(obj.name);
    error(cycle.getFirst().pos, b.toString());
  }


  // =====================================================================================
  // results
  // =====================================================================================

  private void finishRecords() {
    for (Map.Entry<Expr, Untyped> e : new ArrayList<>(untyped.entrySet())) {
      Untyped u = e.getValue();
      Type def = Universe.defaultType(u.type);
      if (u.val != null && def instanceof Basic db) {
        Val v = representable(u.val, db);
        if (v != null) recordTypeAndValue(e.getKey(), def, v);
        else recordTypeAndValue(e.getKey(), u.type, u.val);
      } else {
        recordTypeAndValue(e.getKey(), def, u.val);
      }
    }
    untyped.clear();
    for (Map.Entry<Expr, Type> e : types.entrySet()) {
      Type t = e.getValue();
      info.types.put(e.getKey(), Universe.canon(t));
      Val v = values.get(e.getKey());
      if (v != null) info.constants.put(e.getKey(), toPublic(v, t));
    }
    // Declared types leave the checker with canonical underlying types and method signatures.
    for (Named n : info.namedTypes) {
      if (n.underlying() != null) n.setUnderlying(Universe.canon(n.underlying()));
    }
  }
}

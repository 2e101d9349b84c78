package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Checker type-checks one program. It follows the Go specification and reproduces the wording
 * and positions of the Go toolchain's (go1.19) messages; see {@link TypeChecker} for the entry
 * point. A diagnostic is reported at the model node Go reports it at (that node's {@code pos}).
 */
final class Checker {
  // ---- error codes of implicit conversions ----
  private static final int OK = 0;
  private static final int TRUNCATED = 1;
  private static final int OVERFLOWS = 2;
  private static final int INVALID_CONST = 3;
  private static final int INVALID_UNTYPED = 4;

  private static final int BREAK_OK = 1;
  private static final int CONTINUE_OK = 2;

  private static final Tuple NO_VALUE = new Tuple(List.of());

  /** fmt.Print and fmt.Println: variadic ...any, results (n int, err error) gosem does not model. */
  private static final Signature FMT_SIG = new Signature(List.of(), List.of());
  private static final Obj.StdFunc FMT_PRINTLN = new Obj.StdFunc("fmt", "Println", null);
  private static final Obj.StdFunc FMT_PRINT = new Obj.StdFunc("fmt", "Print", null);
  private static final Obj.StdFunc OS_EXIT =
      new Obj.StdFunc("os", "Exit", new Signature(List.of(Types.INT), List.of()));

  private static final Set<String> FMT_EXPORTS = Set.of(
      "Append", "Appendf", "Appendln", "Errorf", "Formatter", "Fprint", "Fprintf", "Fprintln",
      "Fscan", "Fscanf", "Fscanln", "GoStringer", "Print", "Printf", "Println", "Scan", "ScanState",
      "Scanf", "Scanln", "Scanner", "Sprint", "Sprintf", "Sprintln", "Sscan", "Sscanf", "Sscanln",
      "State", "Stringer");
  private static final Set<String> OS_EXPORTS = Set.of(
      "Args", "Chdir", "Chmod", "Chown", "Chtimes", "Clearenv", "Create", "CreateTemp", "DevNull",
      "DirEntry", "DirFS", "Environ", "ErrClosed", "ErrDeadlineExceeded", "ErrExist", "ErrInvalid",
      "ErrNoDeadline", "ErrNotExist", "ErrPermission", "ErrProcessDone", "Executable", "Exit",
      "Expand", "ExpandEnv", "File", "FileInfo", "FileMode", "FindProcess", "Getegid", "Getenv",
      "Geteuid", "Getgid", "Getgroups", "Getpagesize", "Getpid", "Getppid", "Getuid", "Getwd",
      "Hostname", "Interrupt", "IsExist", "IsNotExist", "IsPathSeparator", "IsPermission",
      "IsTimeout", "Kill", "Lchown", "Link", "LinkError", "LookupEnv", "Lstat", "Mkdir", "MkdirAll",
      "MkdirTemp", "ModeAppend", "ModeCharDevice", "ModeDevice", "ModeDir", "ModeExclusive",
      "ModeIrregular", "ModeNamedPipe", "ModePerm", "ModeSetgid", "ModeSetuid", "ModeSocket",
      "ModeSticky", "ModeSymlink", "ModeTemporary", "ModeType", "NewFile", "NewSyscallError",
      "O_APPEND", "O_CREATE", "O_EXCL", "O_RDONLY", "O_RDWR", "O_SYNC", "O_TRUNC", "O_WRONLY",
      "Open", "OpenFile", "PathError", "PathListSeparator", "PathSeparator", "Pipe", "ProcAttr",
      "Process", "ProcessState", "ReadDir", "ReadFile", "Readlink", "Remove", "RemoveAll", "Rename",
      "SEEK_CUR", "SEEK_END", "SEEK_SET", "SameFile", "Setenv", "Signal", "StartProcess", "Stat",
      "Stderr", "Stdin", "Stdout", "Symlink", "SyscallError", "TempDir", "Truncate", "Unsetenv",
      "UserCacheDir", "UserConfigDir", "UserHomeDir", "WriteFile");

  enum ExprKind { CONVERSION, EXPRESSION, STATEMENT }

  /** An untyped expression whose final type is not known yet. */
  private static final class Untyped {
    boolean isLhs;
    final Mode mode;
    Basic type;
    Val val;

    Untyped(boolean isLhs, Mode mode, Basic type, Val val) {
      this.isLhs = isLhs;
      this.mode = mode;
      this.type = type;
      this.val = val;
    }
  }

  /** A variable being declared or assigned by a declaration, := or a return. */
  private static final class LVar {
    final String name;
    final Pos pos;
    Type type;
    boolean used;
    /** The existing variable a := redeclares, or a result variable. */
    Obj.Var existing;

    LVar(String name, Pos pos, Type type) {
      this.name = name;
      this.pos = pos;
      this.type = type;
    }
  }

  /** What the checker knows about the function whose body it is checking. */
  private static final class FuncCtx {
    final Signature sig;
    final Decl.FuncDecl decl;
    final List<Obj.Var> results = new ArrayList<>();
    final List<Obj.Var> locals = new ArrayList<>();

    FuncCtx(Signature sig, Decl.FuncDecl decl) {
      this.sig = sig;
      this.decl = decl;
    }
  }

  private record Impl(Type type, Val val, int code) {}

  private final Program prog;
  private final TypeInfo info = new TypeInfo();
  private final List<Diagnostic> diags = new ArrayList<>();
  private final Scope pkgScope = new Scope(Universe.scope(), "package");
  private final Map<File, Scope> fileScopes = new IdentityHashMap<>();
  private final Map<File, List<Obj.PkgName>> fileImports = new IdentityHashMap<>();
  private final List<PkgDecl> pkgDecls = new ArrayList<>();
  private final Set<Obj.PkgName> usedImports = Collections.newSetFromMap(new IdentityHashMap<>());
  private final int goMinor;

  private final Map<Expr, Type> types = new IdentityHashMap<>();
  private final Map<Expr, Val> values = new IdentityHashMap<>();
  private final Map<Expr, Untyped> untyped = new IdentityHashMap<>();
  /** Types of objects as the checker sees them (byte and rune keep their names). */
  private final Map<Obj, Type> objTypes = new IdentityHashMap<>();
  private final Map<Obj, Val> constVals = new IdentityHashMap<>();
  private final Map<Obj, Signature> funcSigs = new IdentityHashMap<>();
  private final Map<Obj, Tuple> funcResults = new IdentityHashMap<>();
  /** How Go spells particular signature and tuple instances (with parameter names). */
  private final Map<Type, String> typeDisplay = new IdentityHashMap<>();
  private final Set<Obj.Var> used = Collections.newSetFromMap(new IdentityHashMap<>());

  private Scope scope;
  private PkgDecl decl;
  private FuncCtx fn;
  private Val iota;
  private Pos errPos;
  /** The call an expression statement evaluates (its results may go unused). */
  private Expr.Call stmtCall;

  Checker(Program prog) {
    this.prog = prog;
    this.goMinor = goMinor(prog.goVersion());
    typeDisplay.put(FMT_SIG, "func(a ...any) (n int, err error)");
    typeDisplay.put(OS_EXIT.signature(), "func(code int)");
  }

  private static int goMinor(String v) {
    if (v != null && v.matches("go1\\.\\d+(\\.\\d+)?")) {
      String m = v.substring(4);
      int dot = m.indexOf('.');
      return Integer.parseInt(dot < 0 ? m : m.substring(0, dot));
    }
    return 22;
  }

  // =====================================================================================
  // driver
  // =====================================================================================

  TypeInfo run() {
    if (prog.files().isEmpty()) {
      error(Pos.NONE, "no Go files in program " + prog.name());
      throw new CompileException(diags);
    }
    collect();
    for (PkgDecl d : pkgDecls) objDecl(d);
    for (PkgDecl d : pkgDecls) {
      if (d.kind == PkgDecl.Kind.FUNC) funcBody(d);
    }
    for (File f : prog.files()) {
      for (Obj.PkgName pn : fileImports.get(f)) {
        if (!usedImports.contains(pn)) error(pn.pos(), "\"" + pn.path() + "\" imported and not used");
      }
    }
    initOrder();
    if (diags.isEmpty() && !(pkgScope.lookupLocal("main") instanceof PkgDecl)) {
      File first = prog.files().getFirst();
      error(new Pos(first.name(), 0, 0), "function main is undeclared in the main package");
    }
    finishRecords();
    if (!diags.isEmpty()) throw new CompileException(dedup(diags));
    return info;
  }

  private static List<Diagnostic> dedup(List<Diagnostic> ds) {
    return new ArrayList<>(new LinkedHashSet<>(ds));
  }

  private void error(Pos pos, String msg) {
    diags.add(new Diagnostic(errPos != null ? errPos : pos, msg));
  }

  private void errorAt(Operand x, String msg) {
    error(x.expr != null ? x.expr.pos() : Pos.NONE, msg);
  }

  // =====================================================================================
  // package-level collection
  // =====================================================================================

  private void collect() {
    int order = 0;
    for (File f : prog.files()) {
      if (!"main".equals(f.packageName())) {
        error(f.pos(), "unsupported: package " + f.packageName() + " (gosem builds package main only)");
      }
      Scope fs = new Scope(pkgScope, "file");
      fileScopes.put(f, fs);
      List<Obj.PkgName> imports = new ArrayList<>();
      fileImports.put(f, imports);
      for (Spec.ImportSpec imp : f.imports()) {
        Obj.PkgName pn = new Obj.PkgName(imp.name(), imp.path(), imp.pos());
        if (!imp.path().equals("fmt") && !imp.path().equals("os")) {
          error(imp.pos(), "unsupported: import \"" + imp.path() + "\" (gosem supports \"fmt\" and \"os\")");
          usedImports.add(pn);
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
            pkgDecls.add(pd);
            if (fd.name().equals("init")) {
              error(fd.pos(), "unsupported: func init");
              continue;
            }
            if (fd.name().equals("main") && (!fd.params().isEmpty() || !fd.results().isEmpty())) {
              error(fd.pos(), "func main must have no arguments and no return values");
            }
            declarePkg(fd.name(), pd);
          }
          case Decl.GenDecl gd -> order = collectGen(f, gd, order);
          case Decl.TypeDecl td -> error(td.pos(), "unsupported: type declarations");
        }
      }
    }
    // A package-level name must not also be a file's import name.
    for (File f : prog.files()) {
      for (Obj.PkgName pn : fileImports.get(f)) {
        if (pkgScope.lookupLocal(pn.name()) instanceof PkgDecl pd) {
          error(pd.pos, pn.name() + " already declared through import of package " + pn.name()
              + " (\"" + pn.path() + "\")\n\t" + pn.pos() + ": other declaration of " + pn.name());
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
        pkgDecls.add(pd);
        if (id.name().equals("main") || id.name().equals("init")) {
          error(id.pos(), "cannot declare " + id.name() + " - must be func");
          continue;
        }
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

  private String redeclared(String name, Object alt) {
    return name + " redeclared in this block\n\t" + posOf(alt) + ": other declaration of " + name;
  }

  private static Pos posOf(Object o) {
    return switch (o) {
      case PkgDecl pd -> pd.pos;
      case Obj obj -> obj.pos();
      default -> Pos.NONE;
    };
  }

  /** Go's check that a spec has as many values as names. */
  private void arity(Spec.ValueSpec spec, List<Expr> inits, boolean isConst, boolean inherited) {
    int l = spec.names().size();
    int r = inits.size();
    if (l < r) {
      Expr n = inits.get(l);
      if (inherited) {
        error(spec.pos(), "extra init expr at " + n.pos());
      } else {
        error(n.pos(), "extra init expr " + ExprText.of(n));
      }
    } else if (l > r && (isConst || r != 1)) {
      Expr.Ident n = spec.names().get(r);
      error(n.pos(), "missing init expr for " + n.name());
    }
  }

  // =====================================================================================
  // package-level declarations
  // =====================================================================================

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
            d.obj = varDeclSingle(d.ident, d.typeExpr, d.init, Obj.Var.Kind.GLOBAL);
          }
        }
        case FUNC -> funcSig(d);
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

  /** Checks {@code const name [T] = init}; returns the constant (invalid type if it failed). */
  private Obj.Constant constDecl(Expr.Ident ident, Expr typeExpr, Expr init, boolean inherited) {
    Type t = null;
    Operand x = new Operand();
    Val v = null;
    boolean failed = false;
    if (typeExpr != null) {
      t = typ(typeExpr);
      if (Universe.isInvalid(t)) failed = true;
    }
    if (!failed && init != null) {
      Pos saved = errPos;
      if (inherited) errPos = ident.pos();
      try {
        expr(x, init);
        if (!x.invalid() && !Universe.isInvalid(x.type)) {
          if (x.mode != Mode.CONSTANT) {
            errorAt(x, describe(x) + " is not constant");
          } else {
            if (t == null) t = x.type;
            assignment(x, t, "constant declaration");
            if (!x.invalid()) v = x.val;
          }
        }
      } finally {
        errPos = saved;
      }
    } else if (init != null) {
      use(List.of(init));
    }
    if (t == null) t = Types.INVALID;
    if (v == null) t = Types.INVALID;
    Obj.Constant c = new Obj.Constant(ident.name(), ident.pos(), Universe.canon(t),
        v == null ? null : toPublic(v, t));
    objTypes.put(c, t);
    if (v != null) constVals.put(c, v);
    info.defs.put(ident, c);
    recordTypeAndValue(ident, t, v);
    return c;
  }

  /** Checks {@code var name [T] [= init]} for one name; returns the variable. */
  private Obj.Var varDeclSingle(Expr.Ident ident, Expr typeExpr, Expr init, Obj.Var.Kind kind) {
    LVar slot = new LVar(ident.name(), ident.pos(), typeExpr == null ? null : typ(typeExpr));
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
    return newVar(ident, slot, kind);
  }

  private void varGroupDecl(List<PkgDecl> group) {
    PkgDecl first = group.getFirst();
    Type t = first.typeExpr == null ? null : typ(first.typeExpr);
    List<LVar> slots = new ArrayList<>();
    for (PkgDecl d : group) slots.add(new LVar(d.name, d.pos, t));
    initVars(slots, List.of(first.init), null);
    for (int i = 0; i < group.size(); i++) {
      group.get(i).obj = newVar(group.get(i).ident, slots.get(i), Obj.Var.Kind.GLOBAL);
    }
  }

  private Obj.Var newVar(Expr.Ident ident, LVar slot, Obj.Var.Kind kind) {
    Type t = slot.type == null ? Types.INVALID : slot.type;
    Obj.Var v = new Obj.Var(slot.name, slot.pos, Universe.canon(t), kind);
    objTypes.put(v, t);
    if (slot.used || Universe.isInvalid(t)) used.add(v);
    if (ident != null) {
      info.defs.put(ident, v);
      recordTypeAndValue(ident, t, null);
    }
    return v;
  }

  private void funcSig(PkgDecl d) {
    Decl.FuncDecl fd = d.func;
    List<Type> params = new ArrayList<>();
    StringJoiner pj = new StringJoiner(", ", "func(", ")");
    for (Field f : fd.params()) {
      Type t = typ(f.type());
      params.add(t);
      pj.add(f.name() == null ? typeString(t) : f.name() + " " + typeString(t));
    }
    List<Type> results = new ArrayList<>();
    StringJoiner rj = new StringJoiner(", ", "(", ")");
    for (Field f : fd.results()) {
      Type t = typ(f.type());
      results.add(t);
      rj.add(f.name() == null ? typeString(t) : f.name() + " " + typeString(t));
    }
    Signature sig = new Signature(params, results);
    String display = pj.toString();
    if (results.size() == 1 && fd.results().getFirst().name() == null) {
      display += " " + typeString(results.getFirst());
    } else if (!results.isEmpty()) {
      display += " " + rj;
    }
    typeDisplay.put(sig, display);
    Tuple resultTuple = new Tuple(results);
    typeDisplay.put(resultTuple, rj.toString());
    Obj.Func obj = new Obj.Func(fd.name(), fd.pos(), (Signature) Universe.canon(sig), fd);
    funcSigs.put(obj, sig);
    funcResults.put(obj, resultTuple);
    objTypes.put(obj, sig);
    info.funcs.put(fd, obj);
    d.obj = obj;
  }

  // =====================================================================================
  // function bodies
  // =====================================================================================

  private void funcBody(PkgDecl d) {
    if (!(d.obj instanceof Obj.Func f)) return;
    Decl.FuncDecl fd = d.func;
    Signature sig = funcSigs.get(f);
    scope = new Scope(fileScopes.get(d.file), "function " + fd.name());
    decl = d;
    fn = new FuncCtx(sig, fd);
    iota = null;
    errPos = null;
    for (int i = 0; i < fd.params().size(); i++) {
      Field p = fd.params().get(i);
      declareField(p, sig.params().get(i), Obj.Var.Kind.PARAM);
    }
    for (int i = 0; i < fd.results().size(); i++) {
      Field r = fd.results().get(i);
      fn.results.add(declareField(r, sig.results().get(i), Obj.Var.Kind.RESULT));
    }
    if (fd.body() == null) {
      error(fd.pos(), "missing function body");
      return;
    }
    stmtList(fd.body().stmts(), 0);
    if (!sig.results().isEmpty() && !isTerminatingList(fd.body().stmts(), null)) {
      error(fd.body().end(), "missing return");
    }
    labels(fd.body());
    for (Obj.Var v : fn.locals) {
      if (!used.contains(v)) error(v.pos(), "declared and not used: " + v.name());
    }
    scope = null;
    decl = null;
    fn = null;
  }

  private Obj.Var declareField(Field f, Type t, Obj.Var.Kind kind) {
    String name = f.name() == null ? "" : f.name();
    Obj.Var v = new Obj.Var(name, f.pos(), Universe.canon(t), kind);
    objTypes.put(v, t);
    used.add(v);
    info.fieldVars.put(f, v);
    if (f.name() != null) declare(f.name(), f.pos(), v);
    return v;
  }

  /** Declares a name in the current scope; false (after reporting) if it is already declared. */
  private boolean declare(String name, Pos pos, Object obj) {
    if (name.equals("_")) return false;
    Object alt = scope.lookupLocal(name);
    if (alt != null) {
      error(pos, redeclared(name, alt));
      return false;
    }
    scope.insert(name, obj);
    return true;
  }

  private void openScope(String kind) {
    scope = new Scope(scope, kind);
  }

  private void closeScope() {
    scope = scope.parent;
  }

  // =====================================================================================
  // statements
  // =====================================================================================

  private void stmtList(List<Stmt> list, int ctx) {
    for (Stmt s : list) stmt(s, ctx);
  }

  private void stmt(Stmt s, int ctx) {
    switch (s) {
      case Stmt.Empty e -> {}
      case Stmt.Block b -> {
        openScope("block");
        stmtList(b.stmts(), ctx);
        closeScope();
      }
      case Stmt.Labeled l -> stmt(l.stmt(), ctx);
      case Stmt.Switch sw -> error(sw.pos(), "unsupported: switch");
      case Stmt.TypeSwitch sw -> error(sw.pos(), "unsupported: type switch");
      case Stmt.TypeDeclStmt td -> error(td.pos(), "unsupported: type declarations");
      case Stmt.Defer d -> error(d.pos(), "unsupported: defer");
      case Stmt.Go g -> error(g.pos(), "unsupported: go statement");
      case Stmt.ExprStmt es -> exprStmt(es);
      case Stmt.DeclStmt ds -> declStmt(ds.decl());
      case Stmt.Assign a -> assignStmt(a);
      case Stmt.IncDec id -> incDec(id);
      case Stmt.Return r -> returnStmt(r);
      case Stmt.Branch br -> {
        if (br.label() != null) return; // checked by labels()
        if (br.kind() == Stmt.BranchKind.BREAK && (ctx & BREAK_OK) == 0) {
          error(br.pos(), "break is not in a loop, switch, or select");
        } else if (br.kind() == Stmt.BranchKind.CONTINUE && (ctx & CONTINUE_OK) == 0) {
          error(br.pos(), "continue is not in a loop");
        }
      }
      case Stmt.If i -> ifStmt(i, ctx);
      case Stmt.For f -> forStmt(f, ctx);
      case Stmt.Range r -> rangeStmt(r, ctx);
    }
  }

  private void exprStmt(Stmt.ExprStmt s) {
    Operand x = new Operand();
    Expr.Call saved = stmtCall;
    stmtCall = unparen(s.x()) instanceof Expr.Call c ? c : null;
    ExprKind kind;
    try {
      kind = rawExpr(x, s.x());
    } finally {
      stmtCall = saved;
    }
    String msg;
    switch (x.mode) {
      case INVALID -> {
        return;
      }
      case BUILTIN -> msg = "must be called";
      case TYPEXPR -> msg = "is not an expression";
      default -> {
        if (kind == ExprKind.STATEMENT) return;
        msg = "is not used";
      }
    }
    errorAt(x, describe(x) + " " + msg);
  }

  private void simpleStmt(Stmt s) {
    if (s == null) return;
    switch (s) {
      case Stmt.ExprStmt e -> exprStmt(e);
      case Stmt.Assign a -> assignStmt(a);
      case Stmt.IncDec i -> incDec(i);
      case Stmt.Empty e -> {}
      default -> error(s.pos(), "unsupported: " + s.getClass().getSimpleName() + " as a simple statement");
    }
  }

  private void ifStmt(Stmt.If s, int ctx) {
    openScope("if");
    simpleStmt(s.init());
    Operand x = new Operand();
    expr(x, s.cond());
    if (!x.invalid() && !Universe.isBoolean(x.type)) {
      error(s.cond().pos(), "non-boolean condition in if statement");
    } else if (!x.invalid()) {
      updateExprType(s.cond(), Types.BOOL, true);
    }
    stmt(s.then(), ctx);
    if (s.els() != null) {
      if (s.els() instanceof Stmt.If || s.els() instanceof Stmt.Block) {
        stmt(s.els(), ctx);
      } else {
        error(s.els().pos(), "invalid else branch");
      }
    }
    closeScope();
  }

  private void forStmt(Stmt.For s, int ctx) {
    int inner = ctx | BREAK_OK | CONTINUE_OK;
    openScope("for");
    simpleStmt(s.init());
    if (s.cond() != null) {
      Operand x = new Operand();
      expr(x, s.cond());
      if (!x.invalid() && !Universe.isBoolean(x.type)) {
        error(s.cond().pos(), "non-boolean condition in for statement");
      } else if (!x.invalid()) {
        updateExprType(s.cond(), Types.BOOL, true);
      }
    }
    if (s.post() instanceof Stmt.Assign a && a.op() == dev.gosem.api.ast.AssignOp.DEFINE) {
      error(a.pos(), "syntax error: cannot declare in post statement of for loop");
    } else {
      simpleStmt(s.post());
    }
    stmt(s.body(), inner);
    closeScope();
  }

  private void rangeStmt(Stmt.Range s, int ctx) {
    int inner = ctx | BREAK_OK | CONTINUE_OK;
    openScope("range");
    Operand x = new Operand();
    expr(x, s.x());
    boolean ok = false;
    if (!x.invalid()) {
      if (Universe.isInteger(x.type)) {
        if (goMinor < 22) {
          errorAt(x, "cannot range over " + describe(x) + ": requires go1.22 or later (-lang was set to go1."
              + goMinor + "; check go.mod)");
        } else {
          ok = true;
        }
      } else if (Universe.isString(x.type)) {
        errorAt(x, "unsupported: range over a string");
      } else {
        errorAt(x, "cannot range over " + describe(x));
      }
    }
    if (ok && s.value() != null) {
      error(s.value().pos(), "range over " + describe(x) + " permits only one iteration variable");
    }
    if (s.define()) {
      List<Obj.Var> vars = new ArrayList<>();
      List<Expr.Ident> ids = new ArrayList<>();
      Expr[] lhs = {s.key(), s.value()};
      for (int i = 0; i < 2; i++) {
        Expr e = lhs[i];
        if (e == null) continue;
        if (!(e instanceof Expr.Ident id)) {
          use(List.of(e));
          error(e.pos(), "non-name " + ExprText.of(e) + " on left side of :=");
          continue;
        }
        LVar slot = new LVar(id.name(), id.pos(), null);
        if (i == 0 && ok) {
          initVar(slot, x, "range clause");
        } else {
          slot.type = Types.INVALID;
          slot.used = true;
        }
        Obj.Var v = newVar(id, slot, Obj.Var.Kind.LOCAL);
        vars.add(v);
        ids.add(id);
      }
      for (int i = 0; i < vars.size(); i++) {
        Obj.Var v = vars.get(i);
        if (declare(ids.get(i).name(), ids.get(i).pos(), v)) fn.locals.add(v);
      }
    } else if (s.key() != null) {
      if (ok) {
        Type t = lhsVar(s.key());
        if (t != null && !Universe.isInvalid(t)) {
          assignment(x, t, "range clause");
          if (!x.invalid() && !Universe.isInteger(x.type)) {
            error(s.key().pos(), "cannot use iteration variable of type " + typeString(x.type));
          }
        } else if (t == null) {
          assignment(x, null, "range clause");
          recordBlank(s.key(), x);
        }
      } else {
        useLHS(List.of(s.key()));
      }
      if (s.value() != null) useLHS(List.of(s.value()));
    } else if (ok) {
      assignment(x, null, "range clause");
    }
    stmt(s.body(), inner);
    closeScope();
  }

  private void declStmt(Decl.GenDecl gd) {
    boolean isConst = gd.kind() == Decl.Kind.CONST;
    Expr lastType = null;
    List<Expr> lastValues = List.of();
    for (int si = 0; si < gd.specs().size(); si++) {
      Spec.ValueSpec spec = gd.specs().get(si);
      if (isConst) {
        Expr typeExpr = spec.type();
        List<Expr> vals = spec.values();
        boolean inherited = false;
        if (typeExpr == null && vals.isEmpty() && si > 0) {
          typeExpr = lastType;
          vals = lastValues;
          inherited = true;
        } else {
          lastType = typeExpr;
          lastValues = vals;
        }
        Val savedIota = iota;
        iota = Val.of(si);
        List<Obj.Constant> consts = new ArrayList<>();
        for (int i = 0; i < spec.names().size(); i++) {
          Expr init = i < vals.size() ? vals.get(i) : null;
          consts.add(constDecl(spec.names().get(i), typeExpr, init, inherited));
        }
        iota = savedIota;
        arity(spec, vals, true, inherited);
        for (int i = 0; i < consts.size(); i++) {
          declare(spec.names().get(i).name(), spec.names().get(i).pos(), consts.get(i));
        }
      } else {
        localVarSpec(spec);
      }
    }
  }

  private void localVarSpec(Spec.ValueSpec spec) {
    List<Expr.Ident> names = spec.names();
    List<Expr> vals = spec.values();
    Type t = spec.type() == null ? null : typ(spec.type());
    List<LVar> slots = new ArrayList<>();
    for (Expr.Ident id : names) slots.add(new LVar(id.name(), id.pos(), t));
    if (vals.size() == names.size()) {
      for (int i = 0; i < names.size(); i++) {
        Operand x = new Operand();
        expr(x, vals.get(i));
        initVar(slots.get(i), x, "variable declaration");
      }
    } else if (vals.size() == 1) {
      initVars(slots, vals, null);
    } else {
      for (int i = 0; i < names.size(); i++) {
        LVar slot = slots.get(i);
        if (i < vals.size()) {
          Operand x = new Operand();
          expr(x, vals.get(i));
          initVar(slot, x, "variable declaration");
        } else if (slot.type == null) {
          slot.type = Types.INVALID;
          slot.used = true;
        }
      }
    }
    if (spec.type() == null || !vals.isEmpty()) arity(spec, vals, false, false);
    List<Obj.Var> vars = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) vars.add(newVar(names.get(i), slots.get(i), Obj.Var.Kind.LOCAL));
    for (int i = 0; i < names.size(); i++) {
      if (declare(names.get(i).name(), names.get(i).pos(), vars.get(i))) fn.locals.add(vars.get(i));
    }
  }

  private void assignStmt(Stmt.Assign s) {
    switch (s.op()) {
      case ASSIGN -> assignVars(s.lhs(), s.rhs());
      case DEFINE -> shortVarDecl(s);
      default -> {
        if (s.lhs().size() != 1 || s.rhs().size() != 1) {
          error(s.pos(), "assignment operation " + s.op().token() + " requires single-valued expressions");
          return;
        }
        Operand x = new Operand();
        binary(x, null, s.lhs().getFirst(), s.rhs().getFirst(), s.op().binary());
        if (x.invalid()) return;
        assignVar(s.lhs().getFirst(), x);
      }
    }
  }

  private void incDec(Stmt.IncDec s) {
    Operand x = new Operand();
    expr(x, s.x());
    if (x.invalid()) return;
    if (!Universe.isNumeric(x.type)) {
      String op = s.inc() ? "++" : "--";
      error(s.x().pos(), "invalid operation: " + ExprText.of(s.x()) + op + " (non-numeric type " + typeString(x.type) + ")");
      return;
    }
    assignVar(s.x(), x);
  }

  private void returnStmt(Stmt.Return s) {
    List<Obj.Var> results = fn.results;
    if (s.results().isEmpty() && !results.isEmpty() && fn.decl.namedResults()) {
      for (Obj.Var r : results) {
        Object alt = scope.lookup(r.name());
        if (alt != null && alt != r) {
          error(s.pos(), "result parameter " + r.name() + " not in scope at return\n\t" + posOf(alt)
              + ": inner declaration of " + objString(alt));
        }
      }
    } else if (!s.results().isEmpty() || !results.isEmpty()) {
      List<LVar> slots = new ArrayList<>();
      for (Obj.Var r : results) {
        LVar l = new LVar(r.name(), r.pos(), objTypes.get(r));
        l.existing = r;
        slots.add(l);
      }
      initVars(slots, s.results(), s);
    }
  }

  private String objString(Object o) {
    return switch (o) {
      case Obj.Var v -> "var " + v.name() + " " + typeString(objTypes.get(v));
      case Obj.Constant c -> "const " + c.name() + " " + typeString(objTypes.getOrDefault(c, c.type()));
      case Obj.Func f -> "func " + f.name() + typeDisplay.getOrDefault(funcSigs.get(f), "").substring(4);
      case Obj.TypeName t -> "type " + t.name();
      case PkgDecl pd -> pd.kind.name().toLowerCase() + " " + pd.name;
      default -> String.valueOf(o);
    };
  }

  // ---- assignments ----

  private void shortVarDecl(Stmt.Assign s) {
    Set<String> seen = new java.util.HashSet<>();
    List<LVar> lhs = new ArrayList<>();
    List<Expr.Ident> newIds = new ArrayList<>();
    List<LVar> newVars = new ArrayList<>();
    boolean hasErr = false;
    for (Expr e : s.lhs()) {
      if (!(e instanceof Expr.Ident id)) {
        useLHS(List.of(e));
        error(e.pos(), "non-name " + ExprText.of(e) + " on left side of :=");
        hasErr = true;
        lhs.add(new LVar("_", e.pos(), null));
        continue;
      }
      String name = id.name();
      if (!name.equals("_")) {
        if (!seen.add(name)) {
          error(id.pos(), name + " repeated on left side of :=");
          hasErr = true;
          lhs.add(new LVar("_", id.pos(), null));
          continue;
        }
      }
      Object alt = name.equals("_") ? null : scope.lookupLocal(name);
      if (alt != null) {
        if (alt instanceof Obj.Var v) {
          info.uses.put(id, v);
          LVar l = new LVar(name, id.pos(), objTypes.get(v));
          l.existing = v;
          lhs.add(l);
          recordTypeAndValue(id, objTypes.get(v), null);
        } else {
          if (alt instanceof Obj o) info.uses.put(id, o);
          error(id.pos(), "cannot assign to " + ExprText.of(id));
          hasErr = true;
          lhs.add(new LVar("_", id.pos(), null));
        }
        continue;
      }
      LVar l = new LVar(name, id.pos(), null);
      lhs.add(l);
      newIds.add(id);
      newVars.add(l);
    }
    initVars(lhs, s.rhs(), null);
    if (newVars.stream().allMatch(l -> l.name.equals("_")) && !hasErr) {
      // Only blank names are new: still record their objects, then report.
      for (int i = 0; i < newVars.size(); i++) newVar(newIds.get(i), newVars.get(i), Obj.Var.Kind.LOCAL);
      error(s.pos(), "no new variables on left side of :=");
      return;
    }
    List<Obj.Var> vars = new ArrayList<>();
    for (int i = 0; i < newVars.size(); i++) vars.add(newVar(newIds.get(i), newVars.get(i), Obj.Var.Kind.LOCAL));
    for (int i = 0; i < vars.size(); i++) {
      if (declare(newIds.get(i).name(), newIds.get(i).pos(), vars.get(i))) fn.locals.add(vars.get(i));
    }
  }

  private void initVars(List<LVar> lhs, List<Expr> rhs, Stmt.Return ret) {
    List<Operand> xs = exprList(rhs);
    if (lhs.size() != xs.size()) {
      for (LVar l : lhs) {
        markUsed(l);
        if (l.type == null) l.type = Types.INVALID;
      }
      for (Operand x : xs) if (x.invalid()) return;
      if (ret != null) {
        Pos at = ret.pos();
        String qualifier = "not enough";
        if (xs.size() > lhs.size()) {
          at = xs.get(lhs.size()).expr.pos();
          qualifier = "too many";
        } else if (!xs.isEmpty()) {
          at = xs.getLast().expr.pos();
        }
        List<Type> want = new ArrayList<>();
        for (LVar l : lhs) want.add(l.type);
        error(at, qualifier + " return values\n\thave " + typesSummary(operandTypes(xs)) + "\n\twant " + typesSummary(want));
        return;
      }
      assignError(rhs, lhs.size(), xs.size());
      return;
    }
    String context = ret != null ? "return statement" : "assignment";
    for (int i = 0; i < lhs.size(); i++) initVar(lhs.get(i), xs.get(i), context);
  }

  private void markUsed(LVar l) {
    l.used = true;
    if (l.existing != null) used.add(l.existing);
  }

  private void initVar(LVar lhs, Operand x, String context) {
    if (x.invalid() || Universe.isInvalid(x.type) || (lhs.type != null && Universe.isInvalid(lhs.type))) {
      if (lhs.type == null) lhs.type = Types.INVALID;
      markUsed(lhs);
      return;
    }
    if (lhs.type == null) {
      Type t = x.type;
      if (Universe.isUntyped(t)) {
        if (Universe.kind(t) == Kind.UNTYPED_NIL) {
          errorAt(x, "use of untyped nil in " + context);
          lhs.type = Types.INVALID;
          markUsed(lhs);
          return;
        }
        t = Universe.defaultType(t);
      }
      lhs.type = t;
    }
    assignment(x, lhs.type, context);
    if (x.invalid()) markUsed(lhs);
  }

  private void assignVars(List<Expr> lhs, List<Expr> rhs) {
    List<Operand> xs = exprList(rhs);
    if (lhs.size() != xs.size()) {
      useLHS(lhs);
      for (Operand x : xs) if (x.invalid()) return;
      assignError(rhs, lhs.size(), xs.size());
      return;
    }
    for (int i = 0; i < lhs.size(); i++) assignVar(lhs.get(i), xs.get(i));
  }

  private void assignVar(Expr lhs, Operand x) {
    Type t = lhsVar(lhs);
    if (t != null && Universe.isInvalid(t)) {
      return;
    }
    String context = t == null ? "assignment to _ identifier" : "assignment";
    assignment(x, t, context);
    if (t == null) recordBlank(lhs, x);
  }

  /** The blank identifier gets the type of what is assigned to it. */
  private void recordBlank(Expr lhs, Operand x) {
    if (!x.invalid()) recordTypeAndValue(lhs, x.type, null);
  }

  /** The type of an assignment's left side: null for the blank identifier, INVALID on error. */
  private Type lhsVar(Expr lhs) {
    Expr u = unparen(lhs);
    if (u instanceof Expr.Ident id && id.name().equals("_")) {
      return null;
    }
    Obj.Var v = null;
    boolean wasUsed = false;
    if (u instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Obj.Var w) {
      v = w;
      wasUsed = used.contains(w);
    }
    Operand x = new Operand();
    expr(x, lhs);
    if (v != null && !wasUsed) used.remove(v);
    if (x.invalid()) return Types.INVALID;
    if (x.mode != Mode.VARIABLE) {
      errorAt(x, "cannot assign to " + describe(x));
      return Types.INVALID;
    }
    return x.type;
  }

  private void assignError(List<Expr> rhs, int nvars, int nvals) {
    String vars = measure(nvars, "variable");
    String vals = measure(nvals, "value");
    Expr rhs0 = rhs.getFirst();
    if (rhs.size() == 1 && unparen(rhs0) instanceof Expr.Call call) {
      error(rhs0.pos(), "assignment mismatch: " + vars + " but " + ExprText.of(call.fun()) + " returns " + vals);
      return;
    }
    error(rhs0.pos(), "assignment mismatch: " + vars + " but " + vals);
  }

  private static String measure(int n, String unit) {
    return n + " " + unit + (n != 1 ? "s" : "");
  }

  /**
   * Checks that x can be assigned to a variable of type t (null: the blank identifier or an
   * interface, where untyped values take their default type) and gives untyped x its type.
   */
  private void assignment(Operand x, Type t, String context) {
    singleValue(x);
    if (x.invalid()) return;
    switch (x.mode) {
      case CONSTANT, VARIABLE, VALUE -> {}
      default -> {
        errorAt(x, "cannot assign " + describe(x) + " to " + (t == null ? "_" : typeString(t)) + " in " + context);
        x.invalidate();
        return;
      }
    }
    if (Universe.isUntyped(x.type)) {
      Type target = t;
      if (t == null) {
        if (Universe.kind(x.type) == Kind.UNTYPED_NIL) {
          errorAt(x, "use of untyped nil in " + context);
          x.invalidate();
          return;
        }
        target = Universe.defaultType(x.type);
      }
      Impl r = implicitTypeAndValue(x, target);
      if (r.code != OK) {
        String msg = "cannot use " + describe(x) + " as " + typeString(target) + " value in " + context;
        if (r.code == TRUNCATED) msg += " (truncated)";
        else if (r.code == OVERFLOWS) msg += " (overflows)";
        errorAt(x, msg);
        x.invalidate();
        return;
      }
      if (r.val != null) {
        x.val = r.val;
        updateExprVal(x.expr, r.val);
      }
      if (r.type != x.type) {
        x.type = r.type;
        updateExprType(x.expr, r.type, false);
      }
    }
    if (t == null) return;
    if (!assignableTo(x, t)) {
      errorAt(x, "cannot use " + describe(x) + " as type " + typeString(t) + " in " + context);
      x.invalidate();
    }
  }

  private boolean assignableTo(Operand x, Type t) {
    if (x.invalid() || Universe.isInvalid(t)) return true;
    if (identical(x.type, t)) return true;
    if (Universe.isUntyped(x.type)) return implicitTypeAndValue(x, t).type != null;
    return false;
  }

  private static boolean identical(Type a, Type b) {
    return a.equals(b);
  }

  // =====================================================================================
  // expressions
  // =====================================================================================

  private static Expr unparen(Expr e) {
    while (e instanceof Expr.Paren p) e = p.x();
    return e;
  }

  /** Evaluates e to a single value. */
  private void expr(Operand x, Expr e) {
    rawExpr(x, e);
    exclude(x, true, true, true);
    singleValue(x);
  }

  /** Evaluates e to one or more values (a call may return several). */
  private void multiExpr(Operand x, Expr e) {
    rawExpr(x, e);
    exclude(x, true, true, true);
  }

  /** Evaluates e to a value or a type. */
  private void exprOrType(Operand x, Expr e) {
    rawExpr(x, e);
    exclude(x, true, false, false);
    singleValue(x);
  }

  private void exclude(Operand x, boolean novalue, boolean builtin, boolean typexpr) {
    String msg = null;
    if (x.mode == Mode.NOVALUE && novalue) {
      msg = typexpr ? "%s used as value" : "%s used as value or type";
    } else if (x.mode == Mode.BUILTIN && builtin) {
      msg = "%s must be called";
    } else if (x.mode == Mode.TYPEXPR && typexpr) {
      msg = "%s is not an expression";
    }
    if (msg != null) {
      errorAt(x, msg.formatted(describe(x)));
      x.invalidate();
    }
  }

  private void singleValue(Operand x) {
    if (x.mode == Mode.VALUE && x.type instanceof Tuple) {
      errorAt(x, "multiple-value " + describe(x) + " in single-value context");
      x.invalidate();
    }
  }

  private List<Operand> exprList(List<Expr> es) {
    List<Operand> out = new ArrayList<>();
    if (es.size() == 1) {
      Expr e = es.getFirst();
      Operand x = new Operand();
      multiExpr(x, e);
      if (!x.invalid() && x.type instanceof Tuple t) {
        for (Type et : t.types()) out.add(new Operand(Mode.VALUE, e, et));
        return out;
      }
      out.add(x);
      return out;
    }
    for (Expr e : es) {
      Operand x = new Operand();
      expr(x, e);
      out.add(x);
    }
    return out;
  }

  /** Evaluates expressions only for their errors and uses (after another error). */
  private void use(List<Expr> es) {
    for (Expr e : es) {
      if (e == null) continue;
      if (unparen(e) instanceof Expr.Ident id && id.name().equals("_")) continue;
      rawExpr(new Operand(), e);
    }
  }

  /** Like use, but a variable on the left of an assignment is not thereby used. */
  private void useLHS(List<Expr> es) {
    for (Expr e : es) {
      if (e == null) continue;
      Expr u = unparen(e);
      if (u instanceof Expr.Ident id) {
        if (id.name().equals("_")) continue;
        if (scope.lookup(id.name()) instanceof Obj.Var v) {
          boolean was = used.contains(v);
          rawExpr(new Operand(), e);
          if (!was) used.remove(v);
          continue;
        }
      }
      rawExpr(new Operand(), e);
    }
  }

  private ExprKind rawExpr(Operand x, Expr e) {
    ExprKind kind = exprInternal(x, e);
    record(x);
    return kind;
  }

  private ExprKind exprInternal(Operand x, Expr e) {
    x.mode = Mode.INVALID;
    x.type = Types.INVALID;
    x.val = null;
    x.builtin = null;
    x.std = null;
    x.expr = e;
    ExprKind kind = ExprKind.EXPRESSION;
    switch (e) {
      case Expr.Ident id -> ident(x, id);
      case Expr.BasicLit lit -> basicLit(x, lit);
      case Expr.Paren p -> {
        kind = rawExpr(x, p.x());
        x.expr = e;
        return kind;
      }
      case Expr.Unary u -> unary(x, u);
      case Expr.Binary b -> binary(x, b, b.x(), b.y(), b.op());
      case Expr.Call c -> kind = callExpr(x, c);
      case Expr.Selector s -> selector(x, s);
      case Expr.Index ix -> indexExpr(x, ix);
      default -> {
        error(e.pos(), "unsupported: " + e.getClass().getSimpleName() + " expressions");
        x.mode = Mode.INVALID;
      }
    }
    x.expr = e;
    return kind;
  }

  private void record(Operand x) {
    if (x.expr == null) return;
    Type t;
    Val v = null;
    switch (x.mode) {
      case INVALID -> {
        return;
      }
      case NOVALUE -> t = NO_VALUE;
      case CONSTANT -> {
        t = x.type;
        v = x.val;
      }
      case BUILTIN -> t = Types.INVALID;
      default -> t = x.type;
    }
    if (Universe.isUntyped(t)) {
      untyped.put(x.expr, new Untyped(false, x.mode, (Basic) t, v));
    } else {
      recordTypeAndValue(x.expr, t, v);
    }
  }

  private void recordTypeAndValue(Expr e, Type t, Val v) {
    types.put(e, t);
    if (v != null) values.put(e, v);
    else values.remove(e);
  }

  // ---- identifiers and literals ----

  private void ident(Operand x, Expr.Ident id) {
    String name = id.name();
    if (name.equals("_")) {
      error(id.pos(), "cannot use _ as value or type");
      return;
    }
    Object o = scope.lookup(name);
    if (o == null) {
      if (Universe.UNSUPPORTED_TYPES.contains(name)) {
        error(id.pos(), "unsupported: type " + name);
      } else if (Universe.UNSUPPORTED_BUILTINS.contains(name)) {
        error(id.pos(), "unsupported: builtin " + name);
      } else {
        error(id.pos(), "undefined: " + name);
      }
      return;
    }
    if (o instanceof PkgDecl pd) {
      o = resolve(pd);
      if (o == null) return;
    }
    switch (o) {
      case Obj.PkgName pn -> {
        info.uses.put(id, pn);
        error(id.pos(), "use of package " + name + " not in selector");
      }
      case Obj.Constant c -> {
        info.uses.put(id, c);
        if (c == Universe.TRUE || c == Universe.FALSE) {
          x.mode = Mode.CONSTANT;
          x.type = Types.UNTYPED_BOOL;
          x.val = Val.of(c == Universe.TRUE);
          return;
        }
        Type t = objTypes.get(c);
        Val v = constVals.get(c);
        if (t == null || Universe.isInvalid(t) || v == null) return;
        x.mode = Mode.CONSTANT;
        x.type = t;
        x.val = v;
      }
      case Obj.TypeName tn -> {
        info.uses.put(id, tn);
        x.mode = Mode.TYPEXPR;
        x.type = tn.type();
      }
      case Obj.Var v -> {
        info.uses.put(id, v);
        used.add(v);
        Type t = objTypes.get(v);
        if (t == null || Universe.isInvalid(t)) return;
        x.mode = Mode.VARIABLE;
        x.type = t;
      }
      case Obj.Func f -> {
        info.uses.put(id, f);
        x.mode = Mode.VALUE;
        x.type = funcSigs.get(f);
      }
      case Obj.Builtin b -> {
        info.uses.put(id, b);
        x.mode = Mode.BUILTIN;
        x.builtin = b.name();
      }
      default -> {
        if (o == Universe.IOTA) {
          if (iota == null) {
            error(id.pos(), "cannot use iota outside constant declaration");
            return;
          }
          BigInteger n = Val.toInt(iota);
          info.uses.put(id, new Obj.Constant("iota", Pos.NONE, Types.UNTYPED_INT, new dev.gosem.api.constant.Const.Int(n)));
          x.mode = Mode.CONSTANT;
          x.type = Types.UNTYPED_INT;
          x.val = iota;
        } else if (o == Universe.NIL) {
          x.mode = Mode.VALUE;
          x.type = Types.UNTYPED_NIL;
        }
      }
    }
  }

  /** The object of a package-level declaration, checking it first if needed; null in a cycle. */
  private Obj resolve(PkgDecl pd) {
    if (decl != null) decl.deps.add(pd);
    objDecl(pd);
    return pd.obj;
  }

  private void basicLit(Operand x, Expr.BasicLit lit) {
    Val v = null;
    Type t = null;
    switch (lit.kind()) {
      case INT -> {
        BigInteger i = GoFormat.parseInt(lit.text());
        if (i != null) v = Val.of(i);
        t = Types.UNTYPED_INT;
      }
      case FLOAT -> {
        v = GoFormat.parseFloat(lit.text());
        t = Types.UNTYPED_FLOAT;
      }
      case RUNE -> {
        long r = GoFormat.parseRune(lit.text());
        if (r >= 0) v = Val.of(r);
        t = Types.UNTYPED_RUNE;
      }
      case STRING -> {
        String s = GoFormat.parseString(lit.text());
        if (s != null) v = Val.str(s);
        t = Types.UNTYPED_STRING;
      }
    }
    if (v == null) {
      error(lit.pos(), "malformed constant: " + lit.text());
      return;
    }
    x.mode = Mode.CONSTANT;
    x.type = t;
    x.val = v;
  }

  // ---- operators ----

  private static boolean unaryAllowed(UnaryOp op, Type t) {
    return switch (op) {
      case PLUS, NEG -> Universe.isNumeric(t);
      case XOR -> Universe.isInteger(t);
      case NOT -> Universe.isBoolean(t);
      case ADDR -> false;
    };
  }

  private static boolean binaryAllowed(BinaryOp op, Type t) {
    return switch (op) {
      case ADD -> Universe.isNumeric(t) || Universe.isString(t);
      case SUB, MUL, QUO -> Universe.isNumeric(t);
      case REM, AND, OR, XOR, AND_NOT -> Universe.isInteger(t);
      case LAND, LOR -> Universe.isBoolean(t);
      default -> false;
    };
  }

  private void unary(Operand x, Expr.Unary u) {
    expr(x, u.x());
    if (x.invalid()) return;
    if (!unaryAllowed(u.op(), x.type)) {
      errorAt(x, "invalid operation: operator " + u.op().token() + " not defined on " + describe(x));
      x.invalidate();
      return;
    }
    if (x.mode == Mode.CONSTANT) {
      x.val = switch (u.op()) {
        case PLUS -> x.val;
        case NEG -> Val.neg(x.val);
        case NOT -> Val.of(!((Val.BoolV) x.val).v());
        case ADDR -> throw new IllegalStateException("& of a constant");
        case XOR -> {
          BigInteger i = Val.toInt(x.val);
          if (Universe.isUnsigned(x.type)) {
            BigInteger mask = BigInteger.ONE.shiftLeft(Universe.kind(x.type).bits()).subtract(BigInteger.ONE);
            yield Val.of(i.xor(mask));
          }
          yield Val.of(i.not());
        }
      };
      x.expr = u;
      overflow(x, u.pos());
      return;
    }
    x.mode = Mode.VALUE;
  }

  private void binary(Operand x, Expr.Binary e, Expr lhs, Expr rhs, BinaryOp op) {
    Operand y = new Operand();
    expr(x, lhs);
    expr(y, rhs);
    if (x.invalid()) return;
    if (y.invalid()) {
      x.invalidate();
      x.expr = y.expr;
      return;
    }
    if (op.isShift()) {
      shift(x, y, e, op);
      return;
    }
    if (mayConvert(x, y)) {
      convertUntyped(x, y.type);
      if (x.invalid()) return;
      convertUntyped(y, x.type);
      if (y.invalid()) {
        x.invalidate();
        return;
      }
    }
    if (op.isComparison()) {
      comparison(x, y, op);
      return;
    }
    if (!identical(x.type, y.type)) {
      if (!Universe.isInvalid(x.type) && !Universe.isInvalid(y.type)) {
        String types = " (mismatched types " + typeString(x.type) + " and " + typeString(y.type) + ")";
        if (e != null) {
          error(e.pos(), "invalid operation: " + ExprText.of(e) + types);
        } else {
          error(lhs.pos(), "invalid operation: " + ExprText.of(lhs) + " " + op.token() + "= " + ExprText.of(rhs) + types);
        }
      }
      x.invalidate();
      return;
    }
    if (!binaryAllowed(op, x.type)) {
      errorAt(x, "invalid operation: operator " + op.token() + " not defined on " + describe(x));
      x.invalidate();
      return;
    }
    if ((op == BinaryOp.QUO || op == BinaryOp.REM)
        && (x.mode == Mode.CONSTANT || Universe.isInteger(x.type))
        && y.mode == Mode.CONSTANT && Val.sign(y.val) == 0) {
      errorAt(y, "invalid operation: division by zero");
      x.invalidate();
      return;
    }
    if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
      x.val = constBinary(x.val, op, y.val, Universe.isInteger(x.type));
      Pos opPos = e != null ? e.pos() : lhs.pos();
      if (e != null) x.expr = e;
      overflow(x, opPos);
      return;
    }
    x.mode = Mode.VALUE;
  }

  private static Val constBinary(Val a, BinaryOp op, Val b, boolean integer) {
    return switch (op) {
      case ADD -> Val.add(a, b);
      case SUB -> Val.sub(a, b);
      case MUL -> Val.mul(a, b);
      case QUO -> integer ? Val.of(Val.toInt(a).divide(Val.toInt(b))) : Val.quo(a, b);
      case REM -> Val.of(Val.toInt(a).remainder(Val.toInt(b)));
      case AND -> Val.of(Val.toInt(a).and(Val.toInt(b)));
      case OR -> Val.of(Val.toInt(a).or(Val.toInt(b)));
      case XOR -> Val.of(Val.toInt(a).xor(Val.toInt(b)));
      case AND_NOT -> Val.of(Val.toInt(a).andNot(Val.toInt(b)));
      case LAND -> Val.of(((Val.BoolV) a).v() && ((Val.BoolV) b).v());
      case LOR -> Val.of(((Val.BoolV) a).v() || ((Val.BoolV) b).v());
      default -> throw new IllegalStateException("not an arithmetic operator: " + op);
    };
  }

  private static boolean mayConvert(Operand x, Operand y) {
    if (Universe.isTyped(x.type) && Universe.isTyped(y.type)) return false;
    if (Universe.isNumeric(x.type) != Universe.isNumeric(y.type)) return false;
    if (Universe.isString(x.type) != Universe.isString(y.type)) return false;
    if (Universe.kind(x.type) == Kind.UNTYPED_NIL || Universe.kind(y.type) == Kind.UNTYPED_NIL) return false;
    return true;
  }

  private void comparison(Operand x, Operand y, BinaryOp op) {
    Operand errOp = x;
    String cause = null;
    boolean ok = assignableTo(x, y.type) || assignableTo(y, x.type);
    if (!ok) {
      errOp = y;
      cause = "mismatched types " + typeString(x.type) + " and " + typeString(y.type);
    } else if (op == BinaryOp.EQL || op == BinaryOp.NEQ) {
      if (Universe.kind(x.type) == Kind.UNTYPED_NIL || Universe.kind(y.type) == Kind.UNTYPED_NIL) {
        errOp = Universe.kind(x.type) == Kind.UNTYPED_NIL ? y : x;
        ok = false;
      }
    } else {
      if (!Universe.isOrdered(x.type)) {
        errOp = x;
        ok = false;
      } else if (!Universe.isOrdered(y.type)) {
        errOp = y;
        ok = false;
      }
    }
    if (!ok) {
      if (cause == null) cause = "operator " + op.token() + " not defined on " + typeString(errOp.type);
      errorAt(errOp, "invalid operation: " + ExprText.of(x.expr) + " " + op.token() + " " + ExprText.of(y.expr) + " (" + cause + ")");
      x.invalidate();
      return;
    }
    if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
      int c = Val.compare(x.val, y.val);
      boolean r = switch (op) {
        case EQL -> c == 0;
        case NEQ -> c != 0;
        case LSS -> c < 0;
        case LEQ -> c <= 0;
        case GTR -> c > 0;
        default -> c >= 0;
      };
      x.val = Val.of(r);
    } else {
      x.mode = Mode.VALUE;
      x.val = null;
      updateExprType(x.expr, Universe.defaultType(x.type), true);
      updateExprType(y.expr, Universe.defaultType(y.type), true);
    }
    x.type = Types.UNTYPED_BOOL;
  }

  private void shift(Operand x, Operand y, Expr.Binary e, BinaryOp op) {
    BigInteger xval = null;
    if (x.mode == Mode.CONSTANT) xval = Val.toInt(x.val);
    if (!(Universe.isInteger(x.type) || (Universe.isUntyped(x.type) && xval != null))) {
      errorAt(x, "invalid operation: shifted operand " + describe(x) + " must be integer");
      x.invalidate();
      return;
    }
    if (y.mode == Mode.CONSTANT) {
      BigInteger yi = Val.toInt(y.val);
      if (yi != null && yi.signum() < 0) {
        errorAt(y, "invalid operation: negative shift count " + describe(y));
        x.invalidate();
        return;
      }
      if (Universe.isUntyped(y.type)) {
        Impl r = representation(y, Types.UINT);
        if (r.code != OK) {
          invalidConversion(r.code, y, Types.UINT);
          x.invalidate();
          return;
        }
        y.val = r.val;
        updateExprVal(y.expr, r.val);
        updateExprType(y.expr, Types.UINT, true);
      }
    } else {
      if (Universe.isInteger(y.type)) {
        // ok
      } else if (Universe.isUntyped(y.type)) {
        convertUntyped(y, Types.UINT);
        if (y.invalid()) {
          x.invalidate();
          return;
        }
      } else {
        errorAt(y, "invalid operation: shift count " + describe(y) + " must be integer");
        x.invalidate();
        return;
      }
    }
    if (x.mode == Mode.CONSTANT) {
      if (y.mode == Mode.CONSTANT) {
        BigInteger s = Val.toInt(y.val);
        if (s == null || s.compareTo(BigInteger.valueOf(1023 - 1 + 52)) > 0) {
          errorAt(y, "invalid operation: invalid shift count " + describe(y));
          x.invalidate();
          return;
        }
        if (!Universe.isInteger(x.type)) x.type = Types.UNTYPED_INT;
        int n = s.intValue();
        x.val = Val.of(op == BinaryOp.SHL ? xval.shiftLeft(n) : xval.shiftRight(n));
        if (e != null) x.expr = e;
        overflow(x, e != null ? e.pos() : x.expr.pos());
        return;
      }
      if (Universe.isUntyped(x.type)) {
        Untyped info = untyped.get(x.expr);
        if (info != null) info.isLhs = true;
        x.mode = Mode.VALUE;
        x.val = null;
        return;
      }
    }
    if (!Universe.isInteger(x.type)) {
      errorAt(x, "invalid operation: shifted operand " + describe(x) + " must be integer");
      x.invalidate();
      return;
    }
    x.mode = Mode.VALUE;
    x.val = null;
  }

  /** Checks a constant result: typed constants must fit their type, untyped integers 512 bits. */
  private void overflow(Operand x, Pos opPos) {
    if (Universe.isTyped(x.type)) {
      Impl r = representation(x, (Basic) x.type);
      if (r.code != OK) {
        invalidConversion(r.code, x, x.type);
        x.invalidate();
        return;
      }
      x.val = r.val;
      return;
    }
    if (x.val instanceof Val.IntV i && i.v().bitLength() > 512) {
      String op = opName(x.expr);
      error(opPos, "constant " + (op.isEmpty() ? "" : op + " ") + "overflow");
      x.invalidate();
    }
  }

  private static String opName(Expr e) {
    if (e instanceof Expr.Binary b) {
      return switch (b.op()) {
        case ADD -> "addition";
        case SUB -> "subtraction";
        case XOR -> "bitwise XOR";
        case MUL -> "multiplication";
        case SHL -> "shift";
        default -> "";
      };
    }
    if (e instanceof Expr.Unary u && u.op() == UnaryOp.XOR) return "bitwise complement";
    return "";
  }

  // ---- untyped values ----

  private void updateExprType(Expr x, Type t, boolean fin) {
    updateExprType0(null, x, t, fin);
  }

  private void updateExprType0(Expr parent, Expr x, Type t, boolean fin) {
    Untyped old = untyped.get(x);
    if (old == null) return;
    switch (x) {
      case Expr.Paren p -> updateExprType0(x, p.x(), t, fin);
      case Expr.Unary u -> {
        if (old.val == null) updateExprType0(x, u.x(), t, fin);
      }
      case Expr.Binary b -> {
        if (old.val == null) {
          if (b.op().isComparison()) {
            // operands already have their final types
          } else if (b.op().isShift()) {
            updateExprType0(x, b.x(), t, fin);
          } else {
            updateExprType0(x, b.x(), t, fin);
            updateExprType0(x, b.y(), t, fin);
          }
        }
      }
      default -> {}
    }
    if (!fin && Universe.isUntyped(t)) {
      old.type = (Basic) t;
      return;
    }
    untyped.remove(x);
    if (old.isLhs) {
      if (!Universe.isInteger(t)) {
        String p = parent != null ? ExprText.of(parent) : ExprText.of(x);
        error(x.pos(), "invalid operation: " + p + " (shift of type " + typeString(t) + ")");
        return;
      }
    }
    Val v = old.val;
    if (v != null) {
      Operand c = new Operand(old.mode, x, old.type);
      c.val = v;
      convertUntyped(c, t);
      if (c.invalid()) return;
      v = c.val;
    }
    recordTypeAndValue(x, t, v);
  }

  private void updateExprVal(Expr x, Val v) {
    Untyped u = untyped.get(x);
    if (u != null) u.val = v;
  }

  private void convertUntyped(Operand x, Type target) {
    Impl r = implicitTypeAndValue(x, target);
    if (r.code != OK) {
      invalidConversion(r.code, x, target);
      x.invalidate();
      return;
    }
    if (r.val != null) {
      x.val = r.val;
      updateExprVal(x.expr, r.val);
    }
    if (r.type != x.type) {
      x.type = r.type;
      updateExprType(x.expr, r.type, false);
    }
  }

  private void invalidConversion(int code, Operand x, Type target) {
    String msg = switch (code) {
      case TRUNCATED -> "%s truncated to %s";
      case OVERFLOWS -> "%s overflows %s";
      default -> "cannot convert %s to %s";
    };
    errorAt(x, msg.formatted(describe(x), typeString(target)));
  }

  private Impl implicitTypeAndValue(Operand x, Type target) {
    if (x.invalid() || Universe.isTyped(x.type) || Universe.isInvalid(target)) {
      return new Impl(x.type, null, OK);
    }
    if (Universe.isUntyped(target)) {
      Kind xk = Universe.kind(x.type);
      Kind tk = Universe.kind(target);
      if (Universe.isNumeric(x.type) && Universe.isNumeric(target)) {
        if (xk.ordinal() < tk.ordinal()) return new Impl(target, null, OK);
      } else if (xk != tk) {
        return new Impl(null, null, INVALID_UNTYPED);
      }
      return new Impl(x.type, null, OK);
    }
    if (!(target instanceof Basic tb)) return new Impl(null, null, INVALID_UNTYPED);
    if (x.mode == Mode.CONSTANT) {
      Impl r = representation(x, tb);
      if (r.code != OK) return new Impl(null, null, r.code);
      return new Impl(target, r.val, OK);
    }
    boolean ok = switch (Universe.kind(x.type)) {
      case UNTYPED_BOOL -> Universe.isBoolean(target);
      case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT -> Universe.isNumeric(target);
      case UNTYPED_STRING -> Universe.isString(target);
      default -> false;
    };
    return ok ? new Impl(target, null, OK) : new Impl(null, null, INVALID_UNTYPED);
  }

  /** Whether constant x is representable in t: the converted value, or why not. */
  private Impl representation(Operand x, Basic t) {
    Val v = representable(x.val, t);
    if (v != null) return new Impl(t, v, OK);
    if (Universe.isNumeric(x.type) && Universe.isNumeric(t)) {
      if (!Universe.isInteger(x.type) && Universe.isInteger(t)) return new Impl(null, null, TRUNCATED);
      return new Impl(null, null, OVERFLOWS);
    }
    return new Impl(null, null, INVALID_CONST);
  }

  /** The value converted to type t, or null if t cannot represent it exactly (floats round). */
  static Val representable(Val v, Basic t) {
    Kind k = t.kind();
    switch (k) {
      case UNTYPED_BOOL, BOOL -> {
        return v instanceof Val.BoolV ? v : null;
      }
      case UNTYPED_STRING, STRING -> {
        return v instanceof Val.StrV ? v : null;
      }
      case UNTYPED_INT, UNTYPED_RUNE -> {
        BigInteger i = Val.isNumeric(v) ? Val.toInt(v) : null;
        return i == null ? null : Val.of(i);
      }
      case UNTYPED_FLOAT -> {
        return Val.isNumeric(v) ? Val.toFloat(v) : null;
      }
      case FLOAT64 -> {
        if (!Val.isNumeric(v)) return null;
        double d = Val.toDouble(v);
        if (Double.isInfinite(d)) return null;
        return Val.fromDouble(d);
      }
      default -> {
        if (!k.isInteger() || !Val.isNumeric(v)) return null;
        BigInteger i = Val.toInt(v);
        if (i == null) return null;
        int bits = k.bits();
        BigInteger min;
        BigInteger max;
        if (k.isUnsigned()) {
          min = BigInteger.ZERO;
          max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        } else {
          min = BigInteger.ONE.shiftLeft(bits - 1).negate();
          max = BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        }
        if (i.compareTo(min) < 0 || i.compareTo(max) > 0) return null;
        return Val.of(i);
      }
    }
  }

  // ---- calls, conversions, builtins ----

  private ExprKind callExpr(Operand x, Expr.Call call) {
    Operand f = new Operand();
    exprOrType(f, call.fun());
    switch (f.mode) {
      case INVALID -> {
        use(call.args());
        x.invalidate();
        return ExprKind.STATEMENT;
      }
      case TYPEXPR -> {
        conversionCall(x, call, f.type);
        return ExprKind.CONVERSION;
      }
      case BUILTIN -> {
        return builtinCall(x, call, f.builtin);
      }
      default -> {}
    }
    Signature sig;
    boolean variadicAny = false;
    Tuple resultDisplay = null;
    if (f.std != null) {
      if (f.std == FMT_PRINTLN || f.std == FMT_PRINT) {
        variadicAny = true;
        sig = FMT_SIG;
        if (stmtCall != call) {
          error(call.pos(), "unsupported: using the results of " + f.std.qualified());
          use(call.args());
          x.invalidate();
          return ExprKind.STATEMENT;
        }
      } else {
        sig = f.std.signature();
      }
    } else if (f.type instanceof Signature s) {
      sig = s;
      if (unparen(call.fun()) instanceof Expr.Ident id && info.uses.get(id) instanceof Obj.Func fo) {
        resultDisplay = funcResults.get(fo);
      }
    } else {
      errorAt(f, "invalid operation: cannot call non-function " + describe(f));
      use(call.args());
      x.invalidate();
      return ExprKind.STATEMENT;
    }
    String name = ExprText.of(call.fun());
    List<Operand> args = exprList(call.args());
    boolean argsOk = args.stream().noneMatch(Operand::invalid);
    if (argsOk) {
      if (variadicAny) {
        for (Operand a : args) assignment(a, null, "argument to " + name);
      } else {
        int npars = sig.params().size();
        int nargs = args.size();
        if (nargs != npars) {
          Pos at = call.pos();
          String qualifier = "not enough";
          if (nargs > npars) {
            at = args.get(npars).expr.pos();
            qualifier = "too many";
          } else if (nargs > 0) {
            at = args.get(nargs - 1).expr.pos();
          }
          error(at, qualifier + " arguments in call to " + name + "\n\thave " + typesSummary(operandTypes(args))
              + "\n\twant " + typesSummary(sig.params()));
        } else {
          for (int i = 0; i < nargs; i++) assignment(args.get(i), sig.params().get(i), "argument to " + name);
        }
      }
    }
    List<Type> results = sig.results();
    if (results.isEmpty()) {
      x.mode = Mode.NOVALUE;
      x.type = NO_VALUE;
    } else if (results.size() == 1) {
      x.mode = Mode.VALUE;
      x.type = results.getFirst();
    } else {
      x.mode = Mode.VALUE;
      x.type = resultDisplay != null ? resultDisplay : new Tuple(results);
    }
    x.expr = call;
    return ExprKind.STATEMENT;
  }

  private void conversionCall(Operand x, Expr.Call call, Type t) {
    int n = call.args().size();
    if (n == 0) {
      error(call.pos(), "missing argument in conversion to " + typeString(t));
      x.invalidate();
      return;
    }
    if (n > 1) {
      use(call.args());
      error(call.args().get(n - 1).pos(), "too many arguments in conversion to " + typeString(t));
      x.invalidate();
      return;
    }
    expr(x, call.args().getFirst());
    if (x.invalid()) return;
    conversion(x, t);
    x.expr = call;
  }

  private void conversion(Operand x, Type t) {
    boolean constArg = x.mode == Mode.CONSTANT;
    boolean ok = false;
    if (constArg && t instanceof Basic tb) {
      Val v = representable(x.val, tb);
      if (v != null) {
        ok = true;
        x.val = v;
      } else if (Universe.isInteger(x.type) && Universe.isString(t)) {
        BigInteger cp = Val.toInt(x.val);
        long r = cp.signum() >= 0 && cp.compareTo(BigInteger.valueOf(0x10ffff)) <= 0 ? cp.longValue() : 0xfffd;
        x.val = Val.str(GoFormat.encodeRune(r));
        ok = true;
      }
    } else if (!constArg && convertibleTo(x, t)) {
      ok = true;
      x.mode = Mode.VALUE;
    }
    if (!ok) {
      errorAt(x, "cannot convert " + describe(x) + " to type " + typeString(t));
      x.invalidate();
      return;
    }
    if (Universe.isUntyped(x.type)) {
      Type fin = t;
      if (x.mode == Mode.CONSTANT && Universe.isInteger(x.type) && Universe.isString(t)) fin = x.type;
      updateExprType(x.expr, fin, true);
    }
    x.type = t;
  }

  private boolean convertibleTo(Operand x, Type t) {
    if (assignableTo(x, t)) return true;
    Type v = x.type;
    if (Universe.isNumeric(v) && Universe.isNumeric(t)) return true;
    if (Universe.isInteger(v) && Universe.isString(t)) return true;
    return Universe.isString(v) && Universe.isString(t);
  }

  private ExprKind builtinCall(Operand x, Expr.Call call, String name) {
    ExprKind kind = name.equals("len") ? ExprKind.EXPRESSION : ExprKind.STATEMENT;
    List<Operand> args = exprList(call.args());
    for (Operand a : args) {
      if (a.invalid()) {
        x.invalidate();
        return kind;
      }
    }
    switch (name) {
      case "len" -> {
        if (args.size() != 1) {
          String msg = args.isEmpty() ? "not enough" : "too many";
          error(call.pos(), "invalid operation: " + msg + " arguments for " + ExprText.of(call)
              + " (expected 1, found " + args.size() + ")");
          x.invalidate();
          return kind;
        }
        Operand a = args.getFirst();
        if (!Universe.isString(a.type)) {
          errorAt(a, "invalid argument: " + describe(a) + " for len");
          x.invalidate();
          return kind;
        }
        if (a.mode == Mode.CONSTANT) {
          x.mode = Mode.CONSTANT;
          x.val = Val.of(((Val.StrV) a.val).v().length());
        } else {
          x.mode = Mode.VALUE;
        }
        x.type = Types.INT;
      }
      default -> {
        for (Operand a : args) {
          assignment(a, null, "argument to " + name);
          if (a.invalid()) {
            x.invalidate();
            return kind;
          }
        }
        x.mode = Mode.NOVALUE;
        x.type = NO_VALUE;
      }
    }
    x.expr = call;
    return kind;
  }

  private void selector(Operand x, Expr.Selector s) {
    if (s.x() instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Obj.PkgName pn) {
      usedImports.add(pn);
      info.uses.put(id, pn);
      recordTypeAndValue(id, Types.INVALID, null);
      String sel = s.sel();
      Obj.StdFunc member = null;
      Set<String> exports = Set.of();
      switch (pn.path()) {
        case "fmt" -> {
          exports = FMT_EXPORTS;
          if (sel.equals("Println")) member = FMT_PRINTLN;
          else if (sel.equals("Print")) member = FMT_PRINT;
        }
        case "os" -> {
          exports = OS_EXPORTS;
          if (sel.equals("Exit")) member = OS_EXIT;
        }
        default -> {
          return; // unsupported import, reported already
        }
      }
      if (member == null) {
        if (exports.contains(sel)) {
          error(s.pos(), "unsupported: " + id.name() + "." + sel + " (gosem supports fmt.Print, fmt.Println and os.Exit)");
        } else {
          error(s.pos(), "undefined: " + id.name() + "." + sel);
        }
        return;
      }
      info.selections.put(s, member);
      x.mode = Mode.VALUE;
      x.type = member.signature() != null ? member.signature() : FMT_SIG;
      x.std = member;
      return;
    }
    expr(x, s.x());
    if (x.invalid()) return;
    error(s.pos(), ExprText.of(s) + " undefined (type " + typeString(x.type) + " has no field or method " + s.sel() + ")");
    x.invalidate();
  }

  private void indexExpr(Operand x, Expr.Index e) {
    expr(x, e.x());
    if (x.invalid()) {
      use(List.of(e.index()));
      return;
    }
    if (!Universe.isString(x.type)) {
      errorAt(x, "invalid operation: cannot index " + describe(x));
      use(List.of(e.index()));
      x.invalidate();
      return;
    }
    long length = -1;
    if (x.mode == Mode.CONSTANT) length = ((Val.StrV) x.val).v().length();
    x.mode = Mode.VALUE;
    x.type = Universe.BYTE;
    x.val = null;
    if (!index(e.index(), length)) {
      x.invalidate();
    }
  }

  /** Checks an index expression against a known length (or -1). */
  private boolean index(Expr index, long max) {
    Operand x = new Operand();
    expr(x, index);
    if (x.invalid()) return false;
    convertUntyped(x, Types.INT);
    if (x.invalid()) return false;
    if (!Universe.isInteger(x.type)) {
      errorAt(x, "invalid argument: index " + describe(x) + " must be integer");
      return false;
    }
    if (x.mode != Mode.CONSTANT) return true;
    if (Val.sign(x.val) < 0) {
      errorAt(x, "invalid argument: index " + describe(x) + " must not be negative");
      return false;
    }
    Val v = representable(x.val, Types.INT);
    if (v == null) {
      errorAt(x, "invalid argument: index " + describe(x) + " overflows int");
      return false;
    }
    BigInteger i = Val.toInt(v);
    if (max >= 0 && i.compareTo(BigInteger.valueOf(max)) >= 0) {
      errorAt(x, "invalid argument: index " + Val.goString(v) + " out of bounds [0:" + max + "]");
      return false;
    }
    return true;
  }

  // ---- types ----

  /** The type a type expression denotes, or INVALID (after reporting why). */
  private Type typ(Expr e) {
    Operand x = new Operand();
    rawExpr(x, e);
    switch (x.mode) {
      case INVALID -> {
        return Types.INVALID;
      }
      case TYPEXPR -> {
        return x.type;
      }
      case NOVALUE -> {
        errorAt(x, describe(x) + " used as type");
        return Types.INVALID;
      }
      default -> {
        errorAt(x, describe(x) + " is not a type");
        return Types.INVALID;
      }
    }
  }

  // =====================================================================================
  // text
  // =====================================================================================

  String typeString(Type t) {
    if (t == null) return "<nil>";
    String d = typeDisplay.get(t);
    if (d != null) return d;
    if (t == Universe.BYTE) return "byte";
    if (t == Universe.RUNE) return "rune";
    return switch (t) {
      case Basic b -> b.kind().goName();
      case Tuple tu -> {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (Type e : tu.types()) j.add(typeString(e));
        yield j.toString();
      }
      case Signature s -> {
        StringJoiner j = new StringJoiner(", ", "func(", ")");
        for (Type p : s.params()) j.add(typeString(p));
        String r = j.toString();
        if (s.results().size() == 1) r += " " + typeString(s.results().getFirst());
        else if (!s.results().isEmpty()) r += " " + typeString(new Tuple(s.results()));
        yield r;
      }
      default -> t.toString();
    };
  }

  /** Go's description of an operand, e.g. {@code x (variable of type int)}. */
  String describe(Operand x) {
    if (x.mode == Mode.VALUE && Universe.kind(x.type) == Kind.UNTYPED_NIL) return "nil";
    String expr;
    if (x.expr != null) {
      expr = ExprText.of(x.expr);
    } else {
      expr = switch (x.mode) {
        case BUILTIN -> x.builtin;
        case TYPEXPR -> typeString(x.type);
        case CONSTANT -> Val.goString(x.val);
        default -> "";
      };
    }
    StringBuilder b = new StringBuilder();
    if (!expr.isEmpty()) b.append(expr).append(" (");
    boolean hasType = false;
    switch (x.mode) {
      case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {}
      default -> {
        if (Universe.isUntyped(x.type)) {
          b.append(((Basic) x.type).kind().goName()).append(' ');
        } else {
          hasType = true;
        }
      }
    }
    b.append(x.mode.text);
    if (x.mode == Mode.CONSTANT) {
      String s = Val.goString(x.val);
      if (!s.equals(expr)) b.append(' ').append(s);
    }
    if (hasType) {
      if (Universe.isInvalid(x.type)) b.append(" with invalid type");
      else b.append(" of type ").append(typeString(x.type));
    }
    if (!expr.isEmpty()) b.append(')');
    return b.toString();
  }

  private static List<Type> operandTypes(List<Operand> xs) {
    List<Type> out = new ArrayList<>();
    for (Operand x : xs) out.add(x.type);
    return out;
  }

  private String typesSummary(List<Type> ts) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (Type t : ts) {
      if (t == null || Universe.isInvalid(t)) {
        j.add("<T>");
      } else if (Universe.isUntyped(t)) {
        j.add(Universe.isNumeric(t) ? "number" : ((Basic) t).kind().goName().replace("untyped ", ""));
      } else {
        j.add(typeString(t));
      }
    }
    return j.toString();
  }

  // =====================================================================================
  // terminating statements and labels
  // =====================================================================================

  private boolean isTerminating(Stmt s, String label) {
    return switch (s) {
      case Stmt.Return r -> true;
      case Stmt.Labeled l -> isTerminating(l.stmt(), l.label());
      case Stmt.Block b -> isTerminatingList(b.stmts(), null);
      case Stmt.If i -> i.els() != null && isTerminating(i.then(), null) && isTerminating(i.els(), null);
      case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), label, true);
      default -> false;
    };
  }

  private boolean isTerminatingList(List<Stmt> list, String label) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (!(list.get(i) instanceof Stmt.Empty)) return isTerminating(list.get(i), label);
    }
    return false;
  }

  /** Whether s contains a break out of the enclosing loop (unlabelled if implicit, or to label). */
  private static boolean hasBreak(Stmt s, String label, boolean implicit) {
    return switch (s) {
      case Stmt.Branch b -> b.kind() == Stmt.BranchKind.BREAK
          && ((b.label() == null && implicit) || (b.label() != null && b.label().equals(label)));
      case Stmt.Block b -> b.stmts().stream().anyMatch(x -> hasBreak(x, label, implicit));
      case Stmt.Labeled l -> hasBreak(l.stmt(), label, implicit);
      case Stmt.If i -> hasBreak(i.then(), label, implicit) || (i.els() != null && hasBreak(i.els(), label, implicit));
      case Stmt.For f -> label != null && hasBreak(f.body(), label, false);
      case Stmt.Range r -> label != null && hasBreak(r.body(), label, false);
      default -> false;
    };
  }

  /** Checks labels and labelled branches of a function body. */
  private void labels(Stmt.Block body) {
    Map<String, Stmt.Labeled> all = new LinkedHashMap<>();
    Set<Stmt.Labeled> usedLabels = Collections.newSetFromMap(new IdentityHashMap<>());
    collectLabels(body, all);
    checkBranches(body, new ArrayList<>(), all, usedLabels);
    for (Stmt.Labeled l : all.values()) {
      if (!usedLabels.contains(l)) error(l.pos(), "label " + l.label() + " defined and not used");
    }
  }

  private void collectLabels(Stmt s, Map<String, Stmt.Labeled> all) {
    switch (s) {
      case Stmt.Labeled l -> {
        Stmt.Labeled alt = all.get(l.label());
        if (alt != null) {
          error(l.pos(), "label " + l.label() + " already defined at " + alt.pos());
        } else {
          all.put(l.label(), l);
        }
        collectLabels(l.stmt(), all);
      }
      case Stmt.Block b -> b.stmts().forEach(x -> collectLabels(x, all));
      case Stmt.If i -> {
        collectLabels(i.then(), all);
        if (i.els() != null) collectLabels(i.els(), all);
      }
      case Stmt.For f -> collectLabels(f.body(), all);
      case Stmt.Range r -> collectLabels(r.body(), all);
      default -> {}
    }
  }

  private void checkBranches(Stmt s, List<Stmt.Labeled> enclosing, Map<String, Stmt.Labeled> all,
      Set<Stmt.Labeled> usedLabels) {
    switch (s) {
      case Stmt.Labeled l -> {
        enclosing.add(l);
        checkBranches(l.stmt(), enclosing, all, usedLabels);
        enclosing.removeLast();
      }
      case Stmt.Branch b -> {
        if (b.label() == null) return;
        Stmt.Labeled target = all.get(b.label());
        String kind = b.kind().token();
        if (target == null) {
          error(b.pos(), kind + " label not defined: " + b.label());
          return;
        }
        usedLabels.add(target);
        boolean valid = false;
        for (Stmt.Labeled l : enclosing) {
          if (l == target && (l.stmt() instanceof Stmt.For || l.stmt() instanceof Stmt.Range)) valid = true;
        }
        if (!valid) error(b.pos(), "invalid " + kind + " label " + b.label());
      }
      case Stmt.Block b -> b.stmts().forEach(x -> checkBranches(x, enclosing, all, usedLabels));
      case Stmt.If i -> {
        checkBranches(i.then(), enclosing, all, usedLabels);
        if (i.els() != null) checkBranches(i.els(), enclosing, all, usedLabels);
      }
      case Stmt.For f -> checkBranches(f.body(), enclosing, all, usedLabels);
      case Stmt.Range r -> checkBranches(r.body(), enclosing, all, usedLabels);
      default -> {}
    }
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
    for (PkgDecl d : pkgDecls) m.put(d, new Node(d));
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
      Type pub = t == FMT_SIG ? Types.INVALID : Universe.canon(t);
      info.types.put(e.getKey(), pub);
      Val v = values.get(e.getKey());
      if (v != null) info.constants.put(e.getKey(), toPublic(v, t));
    }
  }

  /** The public constant for a value of type t (float64 values are exact doubles). */
  private static dev.gosem.api.constant.Const toPublic(Val v, Type t) {
    if (Universe.kind(t) == Kind.FLOAT64 && Val.isNumeric(v)) {
      return new dev.gosem.api.constant.Const.Float(new java.math.BigDecimal(Val.toDouble(v)));
    }
    if (Universe.isInteger(t) && Val.isNumeric(v)) {
      BigInteger i = Val.toInt(v);
      if (i != null) return new dev.gosem.api.constant.Const.Int(i);
    }
    return Val.toConst(v);
  }
}

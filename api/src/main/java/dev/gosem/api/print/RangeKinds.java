package dev.gosem.api.print;

import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.Children;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Node;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.Pos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * RangeKinds tells, without the type checker, which range loops of a program range over an
 * integer (Go 1.22) rather than over a string, array, slice or map: the Go 1.19 lowering rewrites
 * only the former. It follows the program's declarations through scopes, the way a type checker
 * would but only as far as the kind of a range operand needs: literals and constants, variables
 * declared with a type or from a typed value, parameters and results, calls of the program's
 * functions and methods, fields, elements, conversions and the builtins.
 *
 * <p>A member of an imported package is an integer only if it is in a small table of functions
 * ({@code strings.Index}, {@code strconv.Atoi}, ...). When the operand's type cannot be found (a
 * name the program does not declare), a loop with a value variable ({@code for k, v := range x})
 * is not over an integer, which permits one variable only, and any other loop is: that is what
 * every range loop was before other kinds existed. A caller with type information should pass
 * its own predicate to {@link GoPrinter.Options#go119(Predicate)} instead.
 */
final class RangeKinds {
  private enum Kind { INT, OTHER, UNKNOWN }

  private static final Set<String> INT_TYPES = Set.of("int", "int8", "int16", "int32", "int64", "uint", "uint8",
      "uint16", "uint32", "uint64", "uintptr", "byte", "rune");
  private static final Set<String> OTHER_TYPES = Set.of("bool", "string", "float32", "float64", "complex64",
      "complex128", "error", "any");
  /**
   * Functions of the standard library whose first result is an integer; any other member of an
   * imported package counts as not an integer (programs range over strings.Fields(s) or os.Args
   * far more often than over a library's integer).
   */
  private static final Set<String> INT_FUNCS = Set.of("strings.Index", "strings.LastIndex", "strings.IndexByte",
      "strings.IndexRune", "strings.IndexAny", "strings.Count", "strings.Compare", "utf8.RuneCountInString",
      "utf8.RuneCount", "utf8.RuneLen", "strconv.Atoi", "bits.Len", "bits.OnesCount", "rand.Intn", "rand.Int");

  // Synthetic type expressions for untyped constants (by their default type) and for results.
  private static final Expr UNTYPED_INT = ident("int");
  private static final Expr UNTYPED_RUNE = ident("rune");
  private static final Expr UNTYPED_FLOAT = ident("float64");
  private static final Expr STRING = ident("string");
  private static final Expr BOOL = ident("bool");
  private static final Expr BYTE = ident("byte");
  /** The type of a member of an imported package that is not in {@link #INT_FUNCS}: not an integer. */
  private static final Expr FOREIGN = ident("any");

  /** What a name in scope denotes: a value of a type (null if unknown), a type, or a package. */
  private record Binding(Expr type, boolean isType, boolean isPackage) {}

  private final Map<Stmt.Range, Boolean> overInteger = new IdentityHashMap<>();
  private final Deque<Map<String, Binding>> scopes = new ArrayDeque<>();
  /** Methods by receiver base type name, then method name. */
  private final Map<String, Map<String, Expr.FuncType>> methods = new HashMap<>();
  private final Set<Expr> resolving = new HashSet<>();

  private RangeKinds() {}

  /** The predicate for every range loop of a program. */
  static Predicate<Stmt.Range> of(Program p) {
    return of(p.files());
  }

  static Predicate<Stmt.Range> of(File f) {
    return of(List.of(f));
  }

  private static Predicate<Stmt.Range> of(List<File> files) {
    RangeKinds k = new RangeKinds();
    k.program(files);
    return r -> k.overInteger.getOrDefault(r, Boolean.TRUE);
  }

  private static Expr ident(String name) {
    return new Expr.Ident(name, Pos.NONE);
  }

  // ---- declarations and scopes ----

  private void program(List<File> files) {
    Map<String, Binding> universe = new HashMap<>();
    scopes.push(universe);
    Map<String, Binding> pkg = new HashMap<>();
    scopes.push(pkg);
    for (File f : files) {
      for (Decl d : f.decls()) {
        switch (d) {
          case Decl.FuncDecl fd when fd.recv() != null -> {
            String base = baseName(fd.recv().type());
            if (base != null) methods.computeIfAbsent(base, b -> new HashMap<>()).put(fd.name(), funcType(fd));
          }
          case Decl.FuncDecl fd -> pkg.put(fd.name(), new Binding(funcType(fd), false, false));
          case Decl.TypeDecl td -> typeDecl(td, pkg);
          case Decl.GenDecl gd -> {}
        }
      }
    }
    // package-level variables may refer to each other in any order: two rounds settle most
    for (int round = 0; round < 2; round++) {
      for (File f : files) {
        for (Decl d : f.decls()) if (d instanceof Decl.GenDecl gd) genDecl(gd, pkg);
      }
    }
    for (File f : files) {
      Map<String, Binding> imports = new HashMap<>();
      for (Spec.ImportSpec i : f.imports()) imports.put(i.name(), new Binding(null, false, true));
      scopes.push(imports);
      for (Decl d : f.decls()) {
        switch (d) {
          case Decl.FuncDecl fd -> {
            scopes.push(new HashMap<>());
            if (fd.recv() != null) param(fd.recv());
            fd.params().forEach(this::param);
            fd.results().forEach(this::param);
            if (fd.body() != null) block(fd.body().stmts());
            scopes.pop();
          }
          case Decl.GenDecl gd -> gd.specs().forEach(s -> s.values().forEach(this::exprs));
          case Decl.TypeDecl td -> {}
        }
      }
      scopes.pop();
    }
  }

  private static Expr.FuncType funcType(Decl.FuncDecl fd) {
    return new Expr.FuncType(fd.params(), fd.results(), fd.pos());
  }

  private static String baseName(Expr recvType) {
    Expr t = recvType;
    while (t instanceof Expr.Paren p) t = p.x();
    if (t instanceof Expr.Star s) t = s.x();
    while (t instanceof Expr.Paren p) t = p.x();
    return t instanceof Expr.Ident i ? i.name() : null;
  }

  private void typeDecl(Decl.TypeDecl td, Map<String, Binding> scope) {
    for (Spec.TypeSpec s : td.specs()) scope.put(s.name().name(), new Binding(s.type(), true, false));
  }

  private void genDecl(Decl.GenDecl gd, Map<String, Binding> scope) {
    Expr lastType = null;
    List<Expr> lastValues = List.of();
    for (Spec.ValueSpec s : gd.specs()) {
      Expr type = s.type();
      List<Expr> values = s.values();
      if (gd.kind() == Decl.Kind.CONST && type == null && values.isEmpty()) {
        type = lastType; // implicit repetition
        values = lastValues;
      }
      lastType = type;
      lastValues = values;
      for (int i = 0; i < s.names().size(); i++) {
        Expr t = type;
        if (t == null) {
          if (values.size() == s.names().size()) t = typeOf(values.get(i));
          else if (values.size() == 1) t = resultOf(values.getFirst(), i);
        }
        scope.put(s.names().get(i).name(), new Binding(t, false, false));
      }
    }
  }

  private void param(Field f) {
    if (f.name() == null) return;
    Expr t = f.type();
    if (t instanceof Expr.Ellipsis e) t = new Expr.ArrayType(null, e.elem(), e.pos());
    define(f.name(), t);
  }

  private void define(String name, Expr type) {
    if (!name.equals("_")) scopes.peek().put(name, new Binding(type, false, false));
  }

  private Binding lookup(String name) {
    for (Map<String, Binding> s : scopes) {
      Binding b = s.get(name);
      if (b != null) return b;
    }
    return null;
  }

  // ---- statements ----

  private void block(List<Stmt> stmts) {
    scopes.push(new HashMap<>());
    for (Stmt s : stmts) stmt(s);
    scopes.pop();
  }

  private void stmt(Stmt s) {
    switch (s) {
      case null -> {}
      case Stmt.Block b -> block(b.stmts());
      case Stmt.DeclStmt d -> {
        d.decl().specs().forEach(spec -> spec.values().forEach(this::exprs));
        genDecl(d.decl(), scopes.peek());
      }
      case Stmt.TypeDeclStmt d -> typeDecl(d.decl(), scopes.peek());
      case Stmt.Assign a -> {
        a.rhs().forEach(this::exprs);
        if (a.op() == AssignOp.DEFINE) {
          for (int i = 0; i < a.lhs().size(); i++) {
            if (!(a.lhs().get(i) instanceof Expr.Ident id)) continue;
            Expr t = a.rhs().size() == a.lhs().size() ? typeOf(a.rhs().get(i))
                : a.rhs().size() == 1 ? resultOf(a.rhs().getFirst(), i) : null;
            define(id.name(), t);
          }
        }
      }
      case Stmt.If i -> {
        scopes.push(new HashMap<>());
        stmt(i.init());
        exprs(i.cond());
        stmt(i.then());
        stmt(i.els());
        scopes.pop();
      }
      case Stmt.For f -> {
        scopes.push(new HashMap<>());
        stmt(f.init());
        exprs(f.cond());
        stmt(f.post());
        stmt(f.body());
        scopes.pop();
      }
      case Stmt.Range r -> range(r);
      case Stmt.Switch sw -> {
        scopes.push(new HashMap<>());
        stmt(sw.init());
        exprs(sw.tag());
        for (Stmt.CaseClause c : sw.clauses()) {
          c.list().forEach(this::exprs);
          block(c.body());
        }
        scopes.pop();
      }
      case Stmt.TypeSwitch sw -> {
        scopes.push(new HashMap<>());
        stmt(sw.init());
        exprs(sw.x());
        Expr xType = typeOf(sw.x());
        for (Stmt.CaseClause c : sw.clauses()) {
          scopes.push(new HashMap<>());
          if (sw.bind() != null) {
            boolean single = c.list().size() == 1 && !(c.list().getFirst() instanceof Expr.Ident n && n.name().equals("nil"));
            define(sw.bind().name(), single ? c.list().getFirst() : xType);
          }
          block(c.body());
          scopes.pop();
        }
        scopes.pop();
      }
      case Stmt.Labeled l -> stmt(l.stmt());
      default -> Children.of(s).forEach(n -> {
        if (n instanceof Expr e) exprs(e);
        else if (n instanceof Stmt st) stmt(st);
      });
    }
  }

  private void range(Stmt.Range r) {
    exprs(r.x());
    Expr xt = typeOf(r.x());
    Kind kind = kind(xt);
    if (kind == Kind.UNKNOWN && r.value() != null) kind = Kind.OTHER; // an integer range has one variable
    overInteger.put(r, kind != Kind.OTHER);
    scopes.push(new HashMap<>());
    if (r.define()) {
      Expr keyType = null;
      Expr valueType = null;
      Expr u = underlying(xt);
      if (u instanceof Expr.Star st) u = underlying(st.x());
      switch (u) {
        case Expr.ArrayType at -> {
          keyType = UNTYPED_INT;
          valueType = at.elem();
        }
        case Expr.MapType mt -> {
          keyType = mt.key();
          valueType = mt.value();
        }
        case null -> {}
        default -> {
          Kind k = kind(u);
          if (k == Kind.INT) {
            keyType = xt;
          } else if (isString(u)) {
            keyType = UNTYPED_INT;
            valueType = UNTYPED_RUNE;
          }
        }
      }
      if (r.key() instanceof Expr.Ident k) define(k.name(), keyType);
      if (r.value() instanceof Expr.Ident v) define(v.name(), valueType);
    }
    block(r.body().stmts());
    scopes.pop();
  }

  /** Visits the function literals of an expression, whose bodies may hold range loops. */
  private void exprs(Expr e) {
    if (e == null) return;
    if (e instanceof Expr.FuncLit fl) {
      scopes.push(new HashMap<>());
      fl.type().params().forEach(this::param);
      fl.type().results().forEach(this::param);
      block(fl.body().stmts());
      scopes.pop();
      return;
    }
    for (Node c : Children.of(e)) if (c instanceof Expr x) exprs(x);
  }

  // ---- types of expressions ----

  /** The type expression of e's type, or null when it cannot be found. */
  private Expr typeOf(Expr e) {
    return switch (e) {
      case null -> null;
      case Expr.Ident i -> switch (i.name()) {
        case "true", "false" -> lookup(i.name()) == null ? BOOL : value(lookup(i.name()));
        case "iota" -> lookup("iota") == null ? UNTYPED_INT : value(lookup("iota"));
        default -> value(lookup(i.name()));
      };
      case Expr.BasicLit l -> switch (l.kind()) {
        case INT -> UNTYPED_INT;
        case FLOAT -> UNTYPED_FLOAT;
        case STRING -> STRING;
        case RUNE -> UNTYPED_RUNE;
      };
      case Expr.Paren p -> typeOf(p.x());
      case Expr.Binary b -> {
        if (b.op().isComparison() || b.op().isLogical()) yield BOOL;
        Expr tx = typeOf(b.x());
        if (b.op().isShift()) yield tx;
        Expr ty = typeOf(b.y());
        if (tx == null || ty == null) yield null;
        if (isUntyped(tx) && isUntyped(ty)) yield rank(tx) >= rank(ty) ? tx : ty;
        yield isUntyped(tx) ? ty : tx;
      }
      case Expr.Unary u -> u.op() == UnaryOp.ADDR ? star(typeOf(u.x())) : u.op() == UnaryOp.NOT ? BOOL : typeOf(u.x());
      case Expr.Star s -> underlying(typeOf(s.x())) instanceof Expr.Star p ? p.x() : null;
      case Expr.Call c -> resultOf(c, 0);
      case Expr.Selector s -> selector(s);
      case Expr.Index ix -> switch (underlyingDeref(typeOf(ix.x()))) {
        case Expr.ArrayType at -> at.elem();
        case Expr.MapType mt -> mt.value();
        case Expr t when isString(t) -> BYTE;
        case null, default -> null;
      };
      case Expr.SliceExpr se -> {
        Expr t = typeOf(se.x());
        yield switch (underlyingDeref(t)) {
          case Expr.ArrayType at when at.len() != null -> new Expr.ArrayType(null, at.elem(), at.pos());
          case Expr u when isString(u) && isUntyped(t) -> STRING;
          case null -> null;
          default -> t;
        };
      }
      case Expr.TypeAssert ta -> ta.type();
      case Expr.CompositeLit cl -> cl.type();
      case Expr.FuncLit fl -> fl.type();
      default -> null;
    };
  }

  private static Expr value(Binding b) {
    return b == null || b.isType() || b.isPackage() ? null : b.type();
  }

  private static Expr star(Expr t) {
    return t == null ? null : new Expr.Star(t, t.pos());
  }

  private static boolean isUntyped(Expr t) {
    return t == UNTYPED_INT || t == UNTYPED_RUNE || t == UNTYPED_FLOAT;
  }

  private static int rank(Expr t) {
    return t == UNTYPED_FLOAT ? 2 : t == UNTYPED_RUNE ? 1 : 0;
  }

  /** The type of the i'th result of a call (or of the comma-ok forms of an index or assertion). */
  private Expr resultOf(Expr e, int i) {
    while (e instanceof Expr.Paren p) e = p.x();
    switch (e) {
      case Expr.Index ix when i == 1 -> {
        return BOOL;
      }
      case Expr.TypeAssert ta when i == 1 -> {
        return BOOL;
      }
      case Expr.Call c -> {
        return callResult(c, i);
      }
      default -> {
        return i == 0 ? typeOf(e) : null;
      }
    }
  }

  private Expr callResult(Expr.Call c, int i) {
    Expr fun = c.fun();
    while (fun instanceof Expr.Paren p) fun = p.x();
    if (fun instanceof Expr.Ident id && lookup(id.name()) == null) {
      // a builtin (when not shadowed)
      return switch (id.name()) {
        case "len", "cap", "copy" -> i == 0 ? ident("int") : null;
        case "append", "min", "max" -> i == 0 && !c.args().isEmpty() ? typeOf(c.args().getFirst()) : null;
        case "make" -> i == 0 && !c.args().isEmpty() ? c.args().getFirst() : null;
        case "new" -> i == 0 && !c.args().isEmpty() ? star(c.args().getFirst()) : null;
        case "recover" -> ident("any");
        case "real", "imag" -> ident("float64");
        default -> null;
      };
    }
    if (isType(fun)) return i == 0 ? fun : null; // a conversion
    if (fun instanceof Expr.Selector s && s.x() instanceof Expr.Ident pkg
        && lookup(pkg.name()) instanceof Binding b && b.isPackage()) {
      return i == 0 && INT_FUNCS.contains(pkg.name() + "." + s.sel()) ? ident("int") : FOREIGN;
    }
    if (underlying(typeOf(fun)) instanceof Expr.FuncType ft) {
      List<Expr> results = new ArrayList<>();
      for (Field f : ft.results()) results.add(f.type());
      return i < results.size() ? results.get(i) : null;
    }
    return null;
  }

  /** Whether an expression denotes a type (a conversion's function). */
  private boolean isType(Expr e) {
    return switch (e) {
      case Expr.Ident id -> {
        Binding b = lookup(id.name());
        yield b == null ? INT_TYPES.contains(id.name()) || OTHER_TYPES.contains(id.name()) : b.isType();
      }
      case Expr.Paren p -> isType(p.x());
      case Expr.ArrayType a -> true;
      case Expr.MapType m -> true;
      case Expr.FuncType f -> true;
      case Expr.StructType s -> true;
      case Expr.InterfaceType it -> true;
      case Expr.Star s -> isType(s.x());
      default -> false;
    };
  }

  private Expr selector(Expr.Selector s) {
    if (s.x() instanceof Expr.Ident pkg && lookup(pkg.name()) instanceof Binding b && b.isPackage()) return FOREIGN;
    Expr t = typeOf(s.x());
    return member(t, s.sel(), 0);
  }

  /** The type of field or method {@code name} of a value of type t, looking into embedded fields. */
  private Expr member(Expr t, String name, int depth) {
    if (t == null || depth > 4) return null;
    Expr base = t instanceof Expr.Star st ? st.x() : t;
    String typeName = baseName(base);
    if (typeName != null && methods.containsKey(typeName)) {
      Expr.FuncType m = methods.get(typeName).get(name);
      if (m != null) return m;
    }
    switch (underlyingDeref(t)) {
      case Expr.StructType st -> {
        for (Field f : st.fields()) if (name.equals(f.name()) || f.name() == null && name.equals(baseName(f.type()))) return f.type();
        for (Field f : st.fields()) {
          if (f.name() == null) {
            Expr m = member(f.type(), name, depth + 1);
            if (m != null) return m;
          }
        }
        return null;
      }
      case Expr.InterfaceType it -> {
        for (Field f : it.methods()) if (name.equals(f.name())) return f.type();
        return null;
      }
      case null, default -> {
        return null;
      }
    }
  }

  /** The underlying type expression: type names followed to their declarations. */
  private Expr underlying(Expr t) {
    for (int guard = 0; guard < 100; guard++) {
      if (t instanceof Expr.Paren p) {
        t = p.x();
        continue;
      }
      if (!(t instanceof Expr.Ident id)) return t;
      Binding b = lookup(id.name());
      if (b == null || !b.isType()) return t; // predeclared or unknown
      t = b.type();
    }
    return null;
  }

  private Expr underlyingDeref(Expr t) {
    Expr u = underlying(t);
    return u instanceof Expr.Star s ? underlying(s.x()) : u;
  }

  private boolean isString(Expr t) {
    return underlying(t) instanceof Expr.Ident id && id.name().equals("string") && lookup("string") == null;
  }

  private Kind kind(Expr t) {
    if (t == null || !resolving.add(t)) return Kind.UNKNOWN;
    try {
      Expr u = underlying(t);
      return switch (u) {
        case null -> Kind.UNKNOWN;
        case Expr.Ident id -> {
          if (lookup(id.name()) != null && !(lookup(id.name()).isType())) yield Kind.UNKNOWN;
          if (INT_TYPES.contains(id.name())) yield Kind.INT;
          if (OTHER_TYPES.contains(id.name())) yield Kind.OTHER;
          yield Kind.UNKNOWN;
        }
        case Expr.Selector s -> Kind.UNKNOWN;
        default -> Kind.OTHER;
      };
    } finally {
      resolving.remove(t);
    }
  }
}

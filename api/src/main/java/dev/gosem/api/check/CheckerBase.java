package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * CheckerBase holds the type checker's state and what every part of it shares: reporting
 * diagnostics at Go's positions, scopes, recording results, and spelling types and operands the
 * way Go's messages do. The checker is one object split over a chain of classes, one per
 * concern, each extending the one listed before it, as Go's types2 is one struct whose methods
 * live in many files:
 *
 * <pre>
 * CheckerBase   state, errors, scopes, records, type and operand text
 * TypeExprs     type expressions: struct, interface, func, array, map types; declared types, methods
 * Operands      untyped constants, representability, assignability, implements, conversions
 * Operators     unary and binary operators, comparisons, shifts, constant folding, &amp; and *
 * Exprs         expression dispatch, expression lists, identifiers, basic literals
 * Selectors     selectors (fields, methods, package members), index and slice, type assertions
 * Literals      composite literals, function literals
 * Calls         calls, arguments, variadic calls, conversions
 * Builtins      len cap make new append copy delete panic print println
 * Assignments   declarations in functions, assignments, :=, returns
 * Stmts         statements, switch, type switch, range, terminating statements, closures' bodies
 * Checker       the driver: package-level declarations, function bodies, init order
 * </pre>
 *
 * A layer calls up the chain through abstract methods. Helpers that need no state are classes
 * of their own: {@link Lookup} (fields, methods, method sets, missing methods), {@link Predicates}
 * (identity, comparability), {@link Branches} (labels and branch statements), {@link StdLib}
 * (the supported standard library), {@link Universe}, {@link ExprText}, {@link Val}.
 */
abstract class CheckerBase {
  // ---- error codes of implicit conversions ----
  static final int OK = 0;
  static final int TRUNCATED = 1;
  static final int OVERFLOWS = 2;
  static final int INVALID_CONST = 3;
  static final int INVALID_UNTYPED = 4;

  static final Tuple NO_VALUE = new Tuple(List.of());

  enum ExprKind { CONVERSION, EXPRESSION, STATEMENT }

  /** An untyped expression whose final type is not known yet. */
  static final class Untyped {
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
  static final class LVar {
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

  /** What the checker knows about the function (declared or literal) whose body it is checking. */
  static final class FuncCtx {
    final Signature sig;
    /** The declaration, or null for a function literal. */
    final Decl.FuncDecl decl;
    /** The literal, or null for a declared function. */
    final Expr.FuncLit lit;
    final FuncCtx parent;
    final boolean namedResults;
    final List<Obj.Var> results = new ArrayList<>();
    /** Locals of this function and of the literals in it, checked for use at the end. */
    final List<Obj.Var> locals;

    FuncCtx(Signature sig, Decl.FuncDecl decl, Expr.FuncLit lit, FuncCtx parent, boolean namedResults) {
      this.sig = sig;
      this.decl = decl;
      this.lit = lit;
      this.parent = parent;
      this.namedResults = namedResults;
      this.locals = parent != null ? parent.locals : new ArrayList<>();
    }
  }

  record Impl(Type type, Val val, int code) {}

  final Program prog;
  final TypeInfo info = new TypeInfo();
  final List<Diagnostic> diags = new ArrayList<>();
  /** The scope of the package being checked (packages are checked one after another). */
  Scope pkgScope = new Scope(Universe.scope(), "package");
  /** The import path and the name of the package being checked. */
  String pkgPath = "main";
  /** The target's GOARCH, which runtime.GOARCH reports ("jvm" or "amd64"; GOOS is always linux). */
  String goarch = "jvm";
  String pkgName = "main";
  /** The package scopes of the program's packages checked so far, by import path. */
  final Map<String, Scope> pkgScopes = new java.util.HashMap<>();
  final Map<File, Scope> fileScopes = new IdentityHashMap<>();
  final Map<File, List<Obj.PkgName>> fileImports = new IdentityHashMap<>();
  final List<PkgDecl> pkgDecls = new ArrayList<>();
  final Set<Obj.PkgName> usedImports = Collections.newSetFromMap(new IdentityHashMap<>());
  final int goMinor;

  final Map<Expr, Type> types = new IdentityHashMap<>();
  final Map<Expr, Val> values = new IdentityHashMap<>();
  final Map<Expr, Untyped> untyped = new IdentityHashMap<>();
  /** Types of objects as the checker sees them (byte and rune keep their names). */
  final Map<Obj, Type> objTypes = new IdentityHashMap<>();
  final Map<Obj, Val> constVals = new IdentityHashMap<>();
  final Map<Obj, Signature> funcSigs = new IdentityHashMap<>();
  final Map<Obj, Tuple> funcResults = new IdentityHashMap<>();
  /** How Go spells particular type instances: signatures with parameter names, interfaces with embeddeds. */
  final Map<Type, String> typeDisplay = new IdentityHashMap<>();
  final Set<Obj.Var> used = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The function each local variable belongs to (for captures). */
  final Map<Obj.Var, FuncCtx> varOwner = new IdentityHashMap<>();
  /** The field objects of each struct type the program writes. */
  final Map<Struct, List<Obj.Field>> fieldObjs = new IdentityHashMap<>();
  /** The method objects of interface types, by interface type instance and name. */
  final Map<Type, Map<String, Obj.Func>> ifaceMethodObjs = new IdentityHashMap<>();
  /** The declaration of each method object (for dependencies). */
  final Map<Obj, PkgDecl> methodDecls = new IdentityHashMap<>();
  /** Calls that run code (function calls, non-constant builtins), unlike conversions. */
  final Set<Expr.Call> realCalls = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Calls of the builtin panic (terminating statements). */
  final Set<Expr.Call> panics = Collections.newSetFromMap(new IdentityHashMap<>());

  Scope scope;
  PkgDecl decl;
  FuncCtx fn;
  Val iota;
  Pos errPos;
  /** The call an expression statement evaluates (its results may go unused). */
  Expr.Call stmtCall;

  CheckerBase(Program prog) {
    this.prog = prog;
    this.goMinor = goMinor(prog.goVersion());
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
  // the layers above
  // =====================================================================================

  abstract ExprKind rawExpr(Operand x, Expr e, Type hint);

  abstract void expr(Operand x, Expr e);

  abstract void exprWithHint(Operand x, Expr e, Type hint);

  abstract void multiExpr(Operand x, Expr e);

  abstract void exprOrType(Operand x, Expr e);

  abstract void use(List<Expr> es);

  abstract Type typ(Expr e);

  abstract Type varType(Expr e);

  abstract void assignment(Operand x, Type t, String context);

  abstract void convertUntyped(Operand x, Type target);

  /** The object of a package-level declaration, checking it first if needed; null in a cycle. */
  abstract Obj resolve(PkgDecl pd);

  /** Checks a function literal's body in the current scope (the literal's signature is known). */
  abstract void funcLitBody(Expr.FuncLit lit, Signature sig);

  // =====================================================================================
  // errors
  // =====================================================================================

  /**
   * Reports an error. Like Go's compiler, it drops follow-on errors that mention an invalid
   * operand or type once something has been reported (types2's "cheap trick"), and a repeat of
   * the message just reported on the same line (cmd/compile reports one of those).
   */
  void error(Pos pos, String msg) {
    Pos at = errPos != null ? errPos : pos;
    if (!diags.isEmpty() && (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0)) return;
    if (lastError != null && lastError.message().equals(msg) && lastError.pos().file().equals(at.file())
        && lastError.pos().line() == at.line()) {
      return;
    }
    lastError = new Diagnostic(at, msg);
    diags.add(lastError);
  }

  private Diagnostic lastError;

  void errorAt(Operand x, String msg) {
    error(x.expr != null ? startPos(x.expr) : Pos.NONE, msg);
  }

  void errorAt(Expr e, String msg) {
    error(startPos(e), msg);
  }

  /**
   * Where an expression starts, which is where Go reports most errors about it (Go's
   * syntax.StartPos). A node's pos is its start, except a selector's (its selected name's) and
   * an index expression's (its '['), where Go reports "x.f undefined" and "cannot index x"; a
   * slice expression's pos is its '[' too, and Go's StartPos stops there as well.
   */
  static Pos startPos(Expr e) {
    return switch (e) {
      case Expr.Selector s -> startPos(s.x());
      case Expr.Index ix -> startPos(ix.x());
      default -> e.pos();
    };
  }

  // =====================================================================================
  // scopes
  // =====================================================================================

  /** Declares a name in the current scope; false (after reporting) if it is already declared. */
  boolean declare(String name, Pos pos, Object obj) {
    if (name.equals("_")) return false;
    Object alt = scope.lookupLocal(name);
    if (alt != null) {
      error(pos, redeclared(name, alt));
      return false;
    }
    scope.insert(name, obj);
    return true;
  }

  void openScope(String kind) {
    scope = new Scope(scope, kind);
  }

  void closeScope() {
    scope = scope.parent;
  }

  String redeclared(String name, Object alt) {
    return name + " redeclared in this block\n\t" + posOf(alt) + ": other declaration of " + name;
  }

  static Pos posOf(Object o) {
    return switch (o) {
      case PkgDecl pd -> pd.pos;
      case Obj obj -> obj.pos();
      default -> Pos.NONE;
    };
  }

  /** Notes that v, a local of some function, is used in the current one (a capture if another). */
  void noteVarUse(Obj.Var v) {
    FuncCtx owner = varOwner.get(v);
    if (owner == null || fn == null || owner == fn) return;
    info.captured.add(v);
    for (FuncCtx c = fn; c != null && c != owner; c = c.parent) {
      if (c.lit == null) break;
      List<Obj.Var> l = info.captures.computeIfAbsent(c.lit, k -> new ArrayList<>());
      if (!l.contains(v)) l.add(v);
    }
  }

  // =====================================================================================
  // records
  // =====================================================================================

  void record(Operand x) {
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
      case BUILTIN -> {
        return;
      }
      default -> t = x.type;
    }
    if (Universe.isUntyped(t)) {
      untyped.put(x.expr, new Untyped(false, x.mode, (Basic) t, v));
    } else {
      recordTypeAndValue(x.expr, t, v);
    }
  }

  void recordTypeAndValue(Expr e, Type t, Val v) {
    types.put(e, t);
    if (v != null) values.put(e, v);
    else values.remove(e);
  }

  // =====================================================================================
  // objects lookup needs
  // =====================================================================================

  /** The field objects of a struct type (made on first request for structs not from the source). */
  List<Obj.Field> fieldsOf(Struct s) {
    return fieldObjs.computeIfAbsent(s, k -> {
      List<Obj.Field> out = new ArrayList<>();
      for (int i = 0; i < k.fields().size(); i++) {
        Struct.Field f = k.fields().get(i);
        out.add(new Obj.Field(f.name(), Pos.NONE, Universe.canon(f.type()), f.embedded(), i));
      }
      return out;
    });
  }

  final Lookup.Objects objs = new Lookup.Objects() {
    @Override
    public Obj method(Named n, String name) {
      return info.methodObj(n, name);
    }

    @Override
    public Obj interfaceMethod(Type iface, Interface.Method m) {
      Map<String, Obj.Func> ms = ifaceMethodObjs.computeIfAbsent(iface, k -> new LinkedHashMap<>());
      return ms.computeIfAbsent(m.name(), k ->
          new Obj.Func(m.name(), Pos.NONE, (Signature) Universe.canon(m.sig()), null, Universe.canon(iface)));
    }

    @Override
    public List<Obj.Field> fields(Struct s) {
      return fieldsOf(s);
    }
  };

  // =====================================================================================
  // text
  // =====================================================================================

  /** Go's spelling of a type in messages: types of package main unqualified, byte and rune by name. */
  String typeString(Type t) {
    if (t == null) return "<nil>";
    String d = typeDisplay.get(t);
    if (d != null) return d;
    d = StdLib.display(t);
    if (d != null) return d;
    if (t == Universe.BYTE) return "byte";
    if (t == Universe.RUNE) return "rune";
    if (t == Universe.ANY) return "any";
    return switch (t) {
      case Basic b -> b.kind().goName();
      case Named n -> n.pkg().isEmpty() || n.pkg().equals(pkgPath) ? n.name() : n.pkgName() + "." + n.name();
      case Pointer p -> "*" + typeString(p.elem());
      case Slice s -> "[]" + typeString(s.elem());
      case Array a -> "[" + a.len() + "]" + typeString(a.elem());
      case MapType m -> "map[" + typeString(m.key()) + "]" + typeString(m.elem());
      case Struct st -> {
        StringJoiner j = new StringJoiner("; ", "struct{", "}");
        for (Struct.Field f : st.fields()) j.add(f.embedded() ? typeString(f.type()) : f.name() + " " + typeString(f.type()));
        yield j.toString();
      }
      case Interface it -> {
        StringJoiner j = new StringJoiner("; ", "interface{", "}");
        for (Interface.Method m : it.methods()) j.add(m.name() + typeString(m.sig()).substring(4));
        yield j.toString();
      }
      case Tuple tu -> {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (Type e : tu.types()) j.add(typeString(e));
        yield j.toString();
      }
      case Signature s -> {
        StringJoiner j = new StringJoiner(", ", "func(", ")");
        for (int i = 0; i < s.params().size(); i++) {
          Type p = s.params().get(i);
          if (s.variadic() && i == s.params().size() - 1) j.add("..." + typeString(((Slice) p).elem()));
          else j.add(typeString(p));
        }
        String r = j.toString();
        if (s.results().size() == 1) r += " " + typeString(s.results().getFirst());
        else if (!s.results().isEmpty()) r += " " + typeString(new Tuple(s.results()));
        yield r;
      }
    };
  }

  /** The kind of a type as Go's comparison messages say it: slice, map, func, struct... */
  String kindString(Type t) {
    return switch (Types.underlying(t)) {
      case Array a -> "array";
      case Slice s -> "slice";
      case Struct s -> "struct";
      case Pointer p -> "pointer";
      case Signature s -> "func";
      case Interface i -> "interface";
      case MapType m -> "map";
      default -> typeString(t);
    };
  }

  /** Go's description of an operand, e.g. {@code x (variable of type int)}. */
  String describe(Operand x) {
    if (x.mode == Mode.NILVALUE) {
      if (Universe.isInvalid(x.type)) return "nil (with invalid type)";
      if (Predicates.isUntypedNil(x.type)) return "nil";
      return "nil (of type " + typeString(x.type) + ")";
    }
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
        if (x.type != null && Universe.isUntyped(x.type)) {
          b.append(((Basic) x.type).kind().goName()).append(' ');
        } else if (x.type != null) {
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

  String objString(Object o) {
    return switch (o) {
      case Obj.Var v -> "var " + v.name() + " " + typeString(objTypes.getOrDefault(v, v.type()));
      case Obj.Constant c -> "const " + c.name() + " " + typeString(objTypes.getOrDefault(c, c.type()));
      case Obj.Func f -> "func " + f.name() + typeString(funcSigs.getOrDefault(f, f.type())).substring(4);
      case Obj.TypeName t -> "type " + t.name();
      case PkgDecl pd -> pd.kind.name().toLowerCase() + " " + pd.name;
      default -> String.valueOf(o);
    };
  }

  static List<Type> operandTypes(List<Operand> xs) {
    List<Type> out = new ArrayList<>();
    for (Operand x : xs) out.add(x.type);
    return out;
  }

  /** Go's have/want summary of types: untyped constants by kind ("number"), the last variadic as ...T. */
  String typesSummary(List<Type> ts, boolean variadic) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < ts.size(); i++) {
      Type t = ts.get(i);
      String s;
      if (t == null || Universe.isInvalid(t)) {
        s = "<T>";
      } else if (Universe.isUntyped(t)) {
        if (Universe.isNumeric(t)) s = "number";
        else s = ((Basic) t).kind().goName().replace("untyped ", "");
      } else if (variadic && i == ts.size() - 1) {
        s = "..." + typeString(((Slice) t).elem());
      } else {
        s = typeString(t);
      }
      j.add(s);
    }
    return j.toString();
  }

  static Expr unparen(Expr e) {
    while (e instanceof Expr.Paren p) e = p.x();
    return e;
  }
}

package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Selectors checks selector expressions (fields, methods, method values and expressions,
 * package members), index and slice expressions, and type assertions, and records what each
 * selector selects ({@link Selection}). Ported from go/types' call.go (selector), index.go and
 * expr.go (type assertions).
 */
abstract class Selectors extends Exprs {
  Selectors(Program prog) {
    super(prog);
  }

  // =====================================================================================
  // selectors
  // =====================================================================================

  @Override
  void selector(Operand x, Expr.Selector e) {
    String sel = e.sel();
    if (e.x() instanceof Expr.Ident id && scope.lookup(id.name()) instanceof Obj.PkgName pn) {
      qualified(x, e, id, pn);
      return;
    }
    exprOrType(x, e.x());
    switch (x.mode) {
      case INVALID -> {
        return;
      }
      case BUILTIN -> {
        error(dotPos(e), "cannot select on " + describe(x));
        x.invalidate();
        return;
      }
      default -> {}
    }
    if (x.isNil()) {
      error(e.pos(), ExprText.of(e.x()) + "." + sel + " undefined (type untyped nil has no field or method " + sel + ")");
      x.invalidate();
      return;
    }
    Type xt = x.type;
    Lookup.Result r = Lookup.lookup(xt, x.mode == Mode.VARIABLE, sel, objs, false);
    if (r.found() && (r.obj() instanceof Obj.Field || r.obj() instanceof Obj.Func) && !isExported(sel)
        && !ownerPackage(xt, r).equals(pkgPath)) {
      r = new Lookup.Result(null, null, null, false, false, null, null, null);
    }
    if (!r.found()) {
      if (Universe.isInvalid(Types.underlying(xt))) {
        x.invalidate();
        return;
      }
      if (r.ambiguous()) {
        error(e.pos(), "ambiguous selector " + ExprText.of(x.expr) + "." + sel);
      } else if (r.pointerNeeded()) {
        error(e.pos(), "cannot call pointer method " + sel + " on " + typeString(xt));
      } else if (isStdType(Lookup.deref(xt)) && StdLib.isPackage(((Named) Lookup.deref(xt)).pkg()) && isExported(sel)) {
        error(e.pos(), "unsupported: (*" + typeString(Lookup.deref(xt)) + ")." + sel);
      } else {
        String why;
        if (isInterfacePtr(xt)) {
          why = "type " + typeString(xt) + " is pointer to interface, not interface";
        } else {
          why = "type " + typeString(xt) + " has no field or method " + sel;
          if (!sel.isEmpty()) {
            char c = sel.charAt(0);
            String changed = (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + sel.substring(1);
            if (Lookup.lookup(xt, x.mode == Mode.VARIABLE, changed, objs, false).found()) why += ", but does have " + changed;
          }
        }
        error(e.pos(), ExprText.of(x.expr) + "." + sel + " undefined (" + why + ")");
      }
      x.invalidate();
      return;
    }
    Type pubRecv = Universe.canon(xt);
    if (x.mode == Mode.TYPEXPR) {
      if (r.sig() == null) {
        error(e.pos(), ExprText.of(x.expr) + "." + sel + " undefined (type " + typeString(xt) + " has no method " + sel + ")");
        x.invalidate();
        return;
      }
      List<Type> params = new ArrayList<>();
      params.add(xt);
      params.addAll(r.sig().params());
      Signature sig = new Signature(params, r.sig().results(), r.sig().variadic());
      typeDisplay.put(sig, methodExprDisplay(xt, r));
      info.selectionInfo.put(e, new Selection(Selection.Kind.METHOD_EXPR, pubRecv, r.obj(), Universe.canon(sig),
          r.path(), r.derefs(), r.adjust()));
      info.selections.put(e, r.obj());
      addMethodDep(r.obj());
      x.mode = Mode.VALUE;
      x.type = sig;
      x.val = null;
      return;
    }
    if (r.obj() instanceof Obj.Field) {
      info.selectionInfo.put(e, new Selection(Selection.Kind.FIELD, pubRecv, r.obj(), Universe.canon(r.holder()),
          r.path(), r.derefs(), null));
      info.selections.put(e, r.obj());
      x.mode = x.mode == Mode.VARIABLE || r.indirect() ? Mode.VARIABLE : Mode.VALUE;
      x.type = r.holder();
      x.val = null;
      return;
    }
    info.selectionInfo.put(e, new Selection(Selection.Kind.METHOD_VALUE, pubRecv, r.obj(), Universe.canon(r.sig()),
        r.path(), r.derefs(), r.adjust()));
    info.selections.put(e, r.obj());
    if (r.adjust() == Selection.RecvAdjust.ADDRESS) markReceiverAddressTaken(e.x(), r.derefs());
    addMethodDep(r.obj());
    if (r.obj() instanceof Obj.StdFunc sf) x.std = sf;
    x.mode = Mode.VALUE;
    x.type = r.sig();
    x.val = null;
  }

  /**
   * A member of one of the program's packages, {@code geom.Area}: only exported names are
   * visible, and Go says "undefined: geom.area" for the others.
   */
  private void programQualified(Operand x, Expr.Selector e, Expr.Ident id, Scope members) {
    String sel = e.sel();
    Object o = isExported(sel) ? members.lookupLocal(sel) : null;
    if (o == null) {
      error(e.pos(), "undefined: " + id.name() + "." + sel);
      return;
    }
    Obj obj = o instanceof PkgDecl pd ? resolve(pd) : (Obj) o;
    if (obj == null) return;
    info.selections.put(e, obj);
    info.selectionInfo.put(e, new Selection(Selection.Kind.QUALIFIED, null, obj, obj.type(), List.of(), List.of(), null));
    switch (obj) {
      case Obj.Constant c -> {
        Type t = objTypes.get(c);
        if (t == null || Universe.isInvalid(t)) return;
        x.mode = Mode.CONSTANT;
        x.type = t;
        x.val = constVals.getOrDefault(c, Val.UNKNOWN);
      }
      case Obj.TypeName tn -> {
        if (Universe.isInvalid(tn.type())) return;
        x.mode = Mode.TYPEXPR;
        x.type = tn.type();
      }
      case Obj.Var v -> {
        used.add(v);
        Type t = objTypes.get(v);
        if (t == null || Universe.isInvalid(t)) return;
        x.mode = Mode.VARIABLE;
        x.type = t;
      }
      case Obj.Func f -> {
        x.mode = Mode.VALUE;
        x.type = funcSigs.get(f);
      }
      default -> {}
    }
  }

  /** The position of a selector's dot (Go's position of the selector), just before its name. */
  static Pos dotPos(Expr.Selector e) {
    Pos p = e.pos();
    return p.col() > 1 ? new Pos(p.file(), p.line(), p.col() - 1) : p;
  }

  /** A pointer method called on an addressable value takes the address of its storage. */
  private void markReceiverAddressTaken(Expr x, List<Boolean> derefs) {
    if (derefs.contains(true)) return;
    markAddressTaken(x);
  }

  private void addMethodDep(Obj m) {
    PkgDecl md = methodDecls.get(m);
    if (md != null && decl != null) decl.deps.add(md);
  }

  /** Whether t is a type declared in another package (the standard library's or the program's). */
  boolean isStdType(Type t) {
    return t instanceof Named n && !n.pkg().isEmpty() && !n.pkg().equals(pkgPath);
  }

  static boolean isExported(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  /** How Go prints a method expression's type: the receiver first, named like the method's receiver. */
  private String methodExprDisplay(Type recv, Lookup.Result r) {
    String base = typeString(r.sig());
    String rest = base.substring("func(".length());
    String recvName = null;
    if (r.obj() instanceof Obj.Func f && f.decl() != null && !f.decl().params().isEmpty()
        && f.decl().params().getFirst().name() != null) {
      recvName = f.decl().recv() != null && f.decl().recv().name() != null ? f.decl().recv().name() : "_";
    }
    String first = recvName == null ? typeString(recv) : recvName + " " + typeString(recv);
    if (rest.startsWith(")")) return "func(" + first + rest;
    return "func(" + first + ", " + rest;
  }

  /** {@code pkg.Name} for an imported standard package. */
  private void qualified(Operand x, Expr.Selector e, Expr.Ident id, Obj.PkgName pn) {
    usedImports.add(pn);
    info.uses.put(id, pn);
    recordTypeAndValue(id, Types.INVALID, null);
    String sel = e.sel();
    Scope members = pkgScopes.get(pn.path());
    if (members != null) {
      programQualified(x, e, id, members);
      return;
    }
    if (!StdLib.isPackage(pn.path())) return; // unsupported import, reported already
    if (pn.path().equals("runtime") && (sel.equals("GOOS") || sel.equals("GOARCH"))) {
      // Go's runtime.GOOS and runtime.GOARCH are typed string constants of the target.
      String v = sel.equals("GOOS") ? "linux" : goarch;
      Obj.Constant c = new Obj.Constant(sel, Pos.NONE, Types.STRING, new dev.gosem.api.constant.Const.Str(v));
      info.selections.put(e, c);
      info.selectionInfo.put(e, new Selection(Selection.Kind.QUALIFIED, null, c, Types.STRING, List.of(), List.of(), null));
      x.mode = Mode.CONSTANT;
      x.type = Types.STRING;
      x.val = Val.str(v);
      return;
    }
    Obj member = StdLib.member(pn.path(), sel);
    if (member == null) {
      if (StdLib.exports(pn.path(), sel)) {
        error(e.pos(), "unsupported: " + id.name() + "." + sel + " (gosem supports only part of package " + pn.path() + ")");
      } else {
        error(e.pos(), "undefined: " + id.name() + "." + sel);
      }
      return;
    }
    info.selections.put(e, member);
    info.selectionInfo.put(e, new Selection(Selection.Kind.QUALIFIED, null, member, member.type(), List.of(), List.of(), null));
    switch (member) {
      case Obj.StdFunc f -> {
        x.mode = Mode.VALUE;
        x.type = StdLib.fn(f).sig();
        x.std = f;
      }
      case Obj.Constant c -> {
        x.mode = Mode.CONSTANT;
        x.type = c.type();
        x.val = StdLib.constVal(c);
      }
      case Obj.TypeName tn -> {
        x.mode = Mode.TYPEXPR;
        x.type = tn.type();
      }
      default -> {}
    }
  }

  // =====================================================================================
  // index and slice expressions
  // =====================================================================================

  @Override
  void indexExpr(Operand x, Expr.Index e) {
    exprOrType(x, e.x());
    switch (x.mode) {
      case INVALID -> {
        use(List.of(e.index()));
        return;
      }
      case TYPEXPR -> {
        // An instantiation; gosem has no generic types, so T[...] is an error as in Go.
        if (!Universe.isInvalid(x.type)) errorAt(e.x(), typeString(x.type) + " is not a generic type");
        x.invalidate();
        return;
      }
      default -> {}
    }
    boolean valid = false;
    long length = -1;
    Type u = Types.underlying(x.type);
    if (x.isNil()) u = null;
    switch (u) {
      case Basic b -> {
        if (Universe.isString(b)) {
          valid = true;
          if (x.mode == Mode.CONSTANT && x.val instanceof Val.StrV sv) length = sv.v().length();
          x.mode = Mode.VALUE;
          x.type = Universe.BYTE;
        }
      }
      case Array a -> {
        valid = true;
        length = a.len();
        if (x.mode != Mode.VARIABLE) x.mode = Mode.VALUE;
        x.type = a.elem();
      }
      case Pointer p -> {
        if (Types.underlying(p.elem()) instanceof Array a) {
          valid = true;
          length = a.len();
          x.mode = Mode.VARIABLE;
          x.type = a.elem();
        }
      }
      case Slice s -> {
        valid = true;
        x.mode = Mode.VARIABLE;
        x.type = s.elem();
      }
      case MapType m -> {
        Operand key = new Operand();
        expr(key, e.index());
        assignment(key, m.key(), "map index");
        x.mode = Mode.MAPINDEX;
        x.type = m.elem();
        x.val = null;
        x.expr = e;
        return;
      }
      case null, default -> {}
    }
    if (!valid) {
      // As Go does, the index is not checked then.
      error(e.pos(), "invalid operation: cannot index " + describe(x));
      x.invalidate();
      return;
    }
    x.val = null;
    index(e.index(), length);
  }

  /**
   * Checks an index against a known length (or -1); returns its constant value (-1 if not
   * constant), or null if it is invalid.
   */
  Long index(Expr index, long max) {
    Operand x = new Operand();
    expr(x, index);
    if (!isValidIndex(x, "index", false)) return null;
    if (x.mode != Mode.CONSTANT) return -1L;
    if (Val.isUnknown(x.val)) return null;
    BigInteger i = Val.toInt(x.val);
    if (max >= 0 && i.compareTo(BigInteger.valueOf(max)) >= 0) {
      errorAt(x, "invalid argument: index " + Val.goString(x.val) + " out of bounds [0:" + max + "]");
      return null;
    }
    return i.longValue();
  }

  boolean isValidIndex(Operand x, String what, boolean allowNegative) {
    if (x.invalid()) return false;
    convertUntyped(x, Types.INT);
    if (x.invalid()) return false;
    if (!Universe.isInteger(x.type)) {
      errorAt(x, "invalid argument: " + what + " " + describe(x) + " must be integer");
      return false;
    }
    if (x.mode == Mode.CONSTANT) {
      if (!allowNegative && Val.sign(x.val) < 0) {
        errorAt(x, "invalid argument: " + what + " " + describe(x) + " must not be negative");
        return false;
      }
      Val v = representable(x.val, Types.INT);
      if (v == null) {
        errorAt(x, "invalid argument: " + what + " " + describe(x) + " overflows int");
        return false;
      }
      x.val = v;
    }
    return true;
  }

  @Override
  void sliceExpr(Operand x, Expr.SliceExpr e) {
    expr(x, e.x());
    if (x.invalid()) {
      use(java.util.Arrays.asList(e.lo(), e.hi(), e.max()));
      return;
    }
    boolean valid = false;
    long length = -1;
    Type u = x.isNil() ? null : Types.underlying(x.type);
    switch (u) {
      case Basic b -> {
        if (Universe.isString(b)) {
          if (e.slice3()) {
            Expr at = e.max() != null ? e.max() : e;
            errorAt(at, "invalid operation: 3-index slice of string");
            x.invalidate();
            return;
          }
          valid = true;
          if (x.mode == Mode.CONSTANT && x.val instanceof Val.StrV sv) length = sv.v().length();
          if (Universe.isUntyped(x.type)) x.type = Types.STRING;
        }
      }
      case Array a -> {
        valid = true;
        length = a.len();
        if (x.mode != Mode.VARIABLE) {
          errorAt(x, "invalid operation: " + describe(x) + " (slice of unaddressable value)");
          x.invalidate();
          return;
        }
        markAddressTaken(e.x());
        x.type = new Slice(a.elem());
      }
      case Pointer p -> {
        if (Types.underlying(p.elem()) instanceof Array a) {
          valid = true;
          length = a.len();
          x.type = new Slice(a.elem());
        }
      }
      case Slice s -> valid = true;
      case null, default -> {}
    }
    if (!valid) {
      errorAt(x, "invalid operation: cannot slice " + describe(x));
      x.invalidate();
      return;
    }
    x.mode = Mode.VALUE;
    x.val = null;
    if (e.slice3() && (e.hi() == null || e.max() == null)) {
      error(e.pos(), "middle index required in 3-index slice");
      x.invalidate();
      return;
    }
    Expr[] idx = {e.lo(), e.hi(), e.max()};
    long[] ind = new long[3];
    for (int i = 0; i < 3; i++) {
      long v = -1;
      if (idx[i] != null) {
        long max = length >= 0 ? length + 1 : -1;
        Long c = index(idx[i], max);
        if (c != null && c >= 0) v = c;
      } else if (i == 0) {
        v = 0;
      } else if (length >= 0) {
        v = length;
      }
      ind[i] = v;
    }
    outer:
    for (int i = 0; i < 2; i++) {
      long a = ind[i];
      if (a > 0) {
        for (int j = i + 1; j < 3; j++) {
          long b = ind[j];
          if (b >= 0 && b < a) {
            errorAt(idx[j], "invalid slice indices: " + b + " < " + a);
            break outer;
          }
        }
      }
    }
  }

  // =====================================================================================
  // type assertions
  // =====================================================================================

  @Override
  void assertExpr(Operand x, Expr.TypeAssert e) {
    expr(x, e.x());
    if (x.invalid()) {
      if (e.type() != null) use(List.of(e.type()));
      return;
    }
    if (!(Types.underlying(x.type) instanceof Interface)) {
      errorAt(x, "invalid operation: " + describe(x) + " is not an interface");
      x.invalidate();
      return;
    }
    if (e.type() == null) {
      error(e.pos(), "invalid AST: use of .(type) outside type switch");
      x.invalidate();
      return;
    }
    Type t = varType(e.type());
    if (Universe.isInvalid(t)) {
      x.invalidate();
      return;
    }
    typeAssertion(e, x, t, false);
    x.mode = Mode.COMMAOK;
    x.type = t;
    x.val = null;
  }

  /** Checks that x (of interface type) may hold a T; reports an impossible assertion or case. */
  void typeAssertion(Expr e, Operand x, Type t, boolean typeSwitch) {
    if (Predicates.isInterface(t)) return;
    Interface xi = (Interface) Types.underlying(x.type);
    Lookup.Missing m = Lookup.missingMethod(t, xi, false, objs);
    if (m == null) return;
    String cause = missingMethodReason(t, x.type, m);
    if (typeSwitch) {
      errorAt(e, "impossible type switch case: " + ExprText.of(e) + "\n\t" + describe(x) + " cannot have dynamic type "
          + typeString(t) + " " + cause);
      return;
    }
    errorAt(e, "impossible type assertion: " + ExprText.of(e) + "\n\t" + typeString(t) + " does not implement "
        + typeString(x.type) + " " + cause);
  }

}

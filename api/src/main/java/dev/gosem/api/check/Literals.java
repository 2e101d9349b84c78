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
 * Literals checks composite literals (structs with and without field names, arrays including
 * {@code [...]T}, slices, maps, elided element types) and function literals, whose bodies
 * {@link Stmts} checks. Ported from go/types' expr.go and index.go (indexedElts).
 */
abstract class Literals extends Selectors {
  Literals(Program prog) {
    super(prog);
  }

  // =====================================================================================
  // composite literals
  // =====================================================================================

  @Override
  void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
    Type typ;
    Type base;
    if (e.type() != null) {
      if (e.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
        Type elem = varType(at.elem());
        long n = indexedElts(e.elts(), elem, -1);
        if (Universe.isInvalid(elem)) {
          x.invalidate();
          return;
        }
        typ = new Array(n, elem);
        recordTypeAndValue(e.type(), typ, null);
        x.mode = Mode.VALUE;
        x.type = typ;
        return;
      }
      typ = typ(e.type());
      base = typ;
    } else if (hint != null) {
      typ = hint;
      base = Lookup.deref(Types.underlying(hint));
    } else {
      error(e.pos(), "missing type in composite literal");
      use(e.elts());
      return;
    }
    switch (Types.underlying(base)) {
      case Struct st -> structLit(e, st, base, typ);
      case Array a -> indexedElts(e.elts(), a.elem(), a.len());
      case Slice s -> indexedElts(e.elts(), s.elem(), -1);
      case MapType m -> mapLit(e, m);
      case null, default -> {
        for (Expr el : e.elts()) use(List.of(el instanceof Expr.KeyValue kv ? kv.value() : el));
        if (!Universe.isInvalid(Types.underlying(base))) {
          errorAt(e, "invalid composite literal type " + typeString(typ));
          x.invalidate();
          return;
        }
        // A literal of a broken type is a value of invalid type, as in Go.
      }
    }
    x.mode = Mode.VALUE;
    x.type = typ;
  }

  private void structLit(Expr.CompositeLit e, Struct st, Type base, Type typ) {
    if (e.elts().isEmpty()) return;
    List<Obj.Field> fields = fieldsOf(st);
    Operand x = new Operand();
    if (e.elts().getFirst() instanceof Expr.KeyValue) {
      boolean[] visited = new boolean[st.fields().size()];
      for (Expr el : e.elts()) {
        if (!(el instanceof Expr.KeyValue kv)) {
          errorAt(el, "mixture of field:value and value elements in struct literal");
          continue;
        }
        expr(x, kv.value());
        if (!(kv.key() instanceof Expr.Ident key)) {
          errorAt(kv, "invalid field name " + ExprText.of(kv.key()) + " in struct literal");
          continue;
        }
        int i = st.indexOf(key.name());
        if (key.name().equals("_")) i = -1;
        if (i < 0 || (isStdType(base) && !isExported(key.name()))) {
          error(key.pos(), "unknown field '" + key.name() + "' in struct literal of type " + typeString(base));
          continue;
        }
        info.uses.put(key, fields.get(i));
        assignment(x, st.fields().get(i).type(), "struct literal");
        if (visited[i]) {
          errorAt(kv, "duplicate field name " + key.name() + " in struct literal");
          continue;
        }
        visited[i] = true;
      }
    } else {
      for (int i = 0; i < e.elts().size(); i++) {
        Expr el = e.elts().get(i);
        if (el instanceof Expr.KeyValue kv) {
          errorAt(kv, "mixture of field:value and value elements in struct literal");
          continue;
        }
        expr(x, el);
        if (i >= st.fields().size()) {
          errorAt(x, "too many values in " + typeString(base) + "{…}");
          break;
        }
        Struct.Field f = st.fields().get(i);
        if (isStdType(base) && !isExported(f.name())) {
          errorAt(x, "implicit assignment to unexported field " + f.name() + " in " + typeString(typ) + " literal");
          continue;
        }
        assignment(x, f.type(), "struct literal");
      }
      if (e.elts().size() < st.fields().size()) {
        error(compositeEnd(e), "too few values in " + typeString(base) + "{…}");
      }
    }
  }

  /** Where Go reports "too few values": the closing brace. */
  static Pos compositeEnd(Expr.CompositeLit e) {
    return e.end();
  }

  private void mapLit(Expr.CompositeLit e, MapType m) {
    boolean keyIsInterface = Predicates.isInterface(m.key());
    Map<Object, List<Type>> visited = new HashMap<>();
    Operand x = new Operand();
    for (Expr el : e.elts()) {
      if (!(el instanceof Expr.KeyValue kv)) {
        errorAt(el, "missing key in map literal");
        continue;
      }
      exprWithHint(x, kv.key(), m.key());
      assignment(x, m.key(), "map literal");
      if (x.invalid()) {
        use(List.of(kv.value()));
        continue;
      }
      if (x.mode == Mode.CONSTANT) {
        boolean duplicate = false;
        Object key = keyVal(x.val);
        if (keyIsInterface) {
          List<Type> ts = visited.computeIfAbsent(key, k -> new ArrayList<>());
          for (Type t : ts) if (Predicates.identical(t, x.type)) duplicate = true;
          ts.add(x.type);
        } else {
          duplicate = visited.containsKey(key);
          visited.put(key, null);
        }
        if (duplicate) {
          errorAt(x, "duplicate key " + Val.goString(x.val) + " in map literal");
          use(List.of(kv.value()));
          continue;
        }
      }
      exprWithHint(x, kv.value(), m.elem());
      assignment(x, m.elem(), "map literal");
    }
  }

  /** A constant's value as a map key: equal numbers of different kinds compare equal. */
  static Object keyVal(Val v) {
    return switch (v) {
      case Val.IntV i -> i.v();
      case Val.RatV r -> r.den().equals(BigInteger.ONE) ? r.num() : r;
      case Val.BoolV b -> b.v();
      case Val.StrV s -> "s:" + s.v();
      default -> v;
    };
  }

  /** Checks the elements of an array or slice literal; returns the length they give. */
  long indexedElts(List<Expr> elts, Type elem, long length) {
    Set<Long> visited = new HashSet<>();
    long index = 0;
    long max = 0;
    for (Expr e : elts) {
      boolean validIndex = false;
      Expr eval = e;
      if (e instanceof Expr.KeyValue kv) {
        Operand k = new Operand();
        Long i = keyIndex(kv.key(), length);
        if (i != null) {
          if (i >= 0) {
            index = i;
            validIndex = true;
          } else {
            errorAt(e, "index " + ExprText.of(kv.key()) + " must be integer constant");
          }
        }
        eval = kv.value();
      } else if (length >= 0 && index >= length) {
        errorAt(e, "index " + index + " is out of bounds (>= " + length + ")");
      } else {
        validIndex = true;
      }
      if (validIndex) {
        if (!visited.add(index)) errorAt(e, "duplicate index " + index + " in array or slice literal");
      }
      index++;
      if (index > max) max = index;
      Operand x = new Operand();
      exprWithHint(x, eval, elem);
      assignment(x, elem, "array or slice literal");
    }
    return max;
  }

  private Long keyIndex(Expr key, long length) {
    return index(key, length);
  }

  // =====================================================================================
  // function literals
  // =====================================================================================

  @Override
  void funcLit(Operand x, Expr.FuncLit e) {
    SigInfo si = funcType(null, e.type().params(), e.type().results());
    recordTypeAndValue(e.type(), si.sig(), null);
    info.captures.putIfAbsent(e, new ArrayList<>());
    if (e.body() != null) funcLitBody(e, si.sig());
    x.mode = Mode.VALUE;
    x.type = si.sig();
  }
}

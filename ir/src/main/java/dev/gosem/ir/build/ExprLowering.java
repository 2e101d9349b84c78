package dev.gosem.ir.build;

import dev.gosem.api.Pos;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.check.Obj;
import dev.gosem.api.check.Selection;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Nil;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions: values, and the addresses of the expressions that have one (variables in
 * memory, fields, elements, dereferences, composite literals).
 */
abstract class ExprLowering extends LoweringBase {
  ExprLowering(Unit unit, Func fn) {
    super(unit, fn);
  }

  abstract Value call(Expr.Call call);

  /** x.M or T.M used as a func value (CallLowering makes the bound wrapper). */
  abstract Value methodValue(Expr.Selector s, Selection sel);

  /** Lowers a function literal's body into its own function (defined by FuncLowering). */
  abstract void lowerClosure(Func closure, Expr.FuncLit lit, List<Obj.Var> captured);

  @Override
  Value expr(Expr e) {
    if (!preset.isEmpty() && preset.get(e) instanceof Value v) return v;
    Const c = info.constOf(e);
    if (c != null) {
      Type t = type(e);
      return constant(Consts.payload(c, t), t, e.pos());
    }
    return switch (e) {
      case Expr.Paren p -> expr(p.x());
      case Expr.Ident id -> ident(id);
      case Expr.Binary b -> b.op().isLogical() ? logical(b) : binary(b.op(), b.x(), b.y(), type(e), b.pos());
      case Expr.Unary u -> unary(u);
      case Expr.Call call -> call(call);
      case Expr.Index ix -> index(ix);
      case Expr.Selector s -> selector(s);
      case Expr.Star st -> load(expr(st.x()), st.pos());
      case Expr.SliceExpr se -> slice(se);
      case Expr.CompositeLit cl -> composite(cl);
      case Expr.FuncLit fl -> closure(fl);
      case Expr.TypeAssert ta -> add(Op.TYPE_ASSERT, type(ta), ta.pos(), expr(ta.x())).setAux(type(ta));
      case Expr.BasicLit l -> throw new IllegalStateException("literal without a constant value: " + l);
      default -> throw Unsupported.at(e.pos(), "the expression " + e.getClass().getSimpleName());
    };
  }

  private Value ident(Expr.Ident id) {
    Obj obj = info.use(id);
    return switch (obj) {
      case Obj.Var v -> readVar(v, id.pos());
      case Obj.Func f -> add(Op.MAKE_CLOSURE, f.type(), id.pos()).setAux(unit.funcName(f));
      case null, default -> {
        if (id.name().equals("nil")) yield constant(Nil.NIL, type(id), id.pos());
        throw Unsupported.at(id.pos(), "using " + id.name() + " as a value");
      }
    };
  }

  Value binary(BinaryOp op, Expr x, Expr y, Type resultType, Pos pos) {
    Value a = expr(x);
    Value b = expr(y);
    if (op.isComparison()) {
      // Operands meet at one type: nil takes the other side's, a concrete value an interface's.
      if (a.op() == Op.CONST && a.aux() == Nil.NIL) a = convertTo(a, b.type(), pos);
      else if (Consts.isInterface(a.type()) || (b.op() == Op.CONST && b.aux() == Nil.NIL)) b = convertTo(b, a.type(), pos);
      else if (Consts.isInterface(b.type())) a = convertTo(a, b.type(), pos);
    }
    Op irOp = switch (op) {
      case ADD -> Types.isString(a.type()) ? Op.CONCAT : Op.ADD;
      case SUB -> Op.SUB;
      case MUL -> Op.MUL;
      case QUO -> Op.DIV;
      case REM -> Op.REM;
      case AND -> Op.AND;
      case OR -> Op.OR;
      case XOR -> Op.XOR;
      case AND_NOT -> Op.AND_NOT;
      case SHL -> Op.SHL;
      case SHR -> Op.SHR;
      case EQL -> Op.EQ;
      case NEQ -> Op.NE;
      case LSS -> Op.LT;
      case LEQ -> Op.LE;
      case GTR -> Op.GT;
      case GEQ -> Op.GE;
      case LAND, LOR -> throw new IllegalStateException("logical operators are control flow");
    };
    Type t = op.isComparison() ? Types.BOOL : resultType;
    return add(irOp, t, pos, a, b);
  }

  /** {@code x && y} and {@code x || y} as values: y is evaluated only when it decides. */
  private Value logical(Expr.Binary b) {
    Object result = new Object();
    Value x = expr(b.x());
    vars.write(result, cur, x);
    boolean and = b.op() == BinaryOp.LAND;
    Block rhs = fn.newBlock(and ? "and.rhs" : "or.rhs");
    Block join = fn.newBlock(and ? "and.end" : "or.end");
    if (and) branch(x, rhs, join);
    else branch(x, join, rhs);
    enter(rhs);
    // y may itself branch: its value belongs to the block where its evaluation ends.
    Value y = expr(b.y());
    vars.write(result, cur, y);
    jump(join);
    enter(join);
    return vars.read(result, Types.BOOL, join);
  }

  private Value unary(Expr.Unary u) {
    if (u.op() == dev.gosem.api.ast.UnaryOp.ADDR) return addr(u.x());
    Value x = expr(u.x());
    Type t = type(u);
    return switch (u.op()) {
      case PLUS -> x;
      case NEG -> add(Op.NEG, t, u.pos(), x);
      case NOT -> add(Op.NOT, Types.BOOL, u.pos(), x);
      case XOR -> add(Op.COMPL, t, u.pos(), x);
      case ADDR -> throw new IllegalStateException("handled above");
    };
  }

  // ---- places: a value together with whether it is the address of what it names ----

  /** A value, or (when address) the address of the value meant. */
  record Place(Value val, boolean address) {}

  /** Whether e denotes a variable (Go's addressability), so a field or element can be addressed. */
  boolean addressable(Expr e) {
    e = unparen(e);
    return switch (e) {
      case Expr.Ident id -> info.use(id) instanceof Obj.Var v && (inMemory(v));
      case Expr.Star st -> true;
      case Expr.Index ix -> Types.underlying(info.typeOf(ix.x())) instanceof Slice
          || Types.underlying(info.typeOf(ix.x())) instanceof Pointer
          || (Types.underlying(info.typeOf(ix.x())) instanceof Array && addressable(ix.x()));
      case Expr.Selector s when qualifiedVar(s) != null -> inMemory(qualifiedVar(s));
      case Expr.Selector s -> info.selectionOf(s) instanceof Selection sel && sel.kind() == Selection.Kind.FIELD
          && (addressable(s.x()) || selectsThroughPointer(s));
      case Expr.CompositeLit cl -> true; // &T{...} allocates; a temporary is as good
      default -> false;
    };
  }

  /** The package-level variable of another package a selector names ({@code geom.Count}), or null. */
  Obj.Var qualifiedVar(Expr e) {
    return unparen(e) instanceof Expr.Selector s && info.selectionOf(s) instanceof Selection sel
        && sel.kind() == Selection.Kind.QUALIFIED && sel.obj() instanceof Obj.Var v ? v : null;
  }

  private boolean selectsThroughPointer(Expr.Selector s) {
    Selection sel = info.selectionOf(s);
    return sel != null && sel.indirect();
  }

  /** The address of an addressable expression. */
  Value addr(Expr e) {
    e = unparen(e);
    return switch (e) {
      case Expr.Ident id when info.use(id) instanceof Obj.Var v -> varAddr(v, id.pos());
      case Expr.Selector s when qualifiedVar(s) != null -> varAddr(qualifiedVar(s), s.pos());
      case Expr.Star st -> expr(st.x());
      case Expr.Selector s -> {
        Place p = walk(s);
        if (!p.address()) throw Unsupported.at(s.pos(), "taking the address of a field of a value that is not a variable");
        yield p.val();
      }
      case Expr.Index ix -> indexAddr(ix);
      case Expr.CompositeLit cl -> compositeAddr(cl, type(cl));
      default -> throw Unsupported.at(e.pos(), "taking the address of " + e.getClass().getSimpleName());
    };
  }

  /** The value or address an expression denotes: its address when it is addressable. */
  Place place(Expr x) {
    return addressable(x) && !(unparen(x) instanceof Expr.CompositeLit) ? new Place(addr(x), true) : new Place(expr(x), false);
  }

  /** Follows a field selector's path through embedded fields, dereferencing pointers on the way. */
  Place walk(Expr.Selector s) {
    Selection sel = info.selectionOf(s);
    return walk(place(s.x()), sel.path(), s.pos());
  }

  /** Steps through fields by index from p, loading pointers to structs as it goes. */
  Place walk(Place p, List<Integer> path, Pos pos) {
    for (int idx : path) {
      p = throughPointer(p, pos);
      Type holder = p.address() ? elem(p.val()) : p.val().type();
      Type ft = ((Struct) Types.underlying(holder)).fields().get(idx).type();
      p = p.address()
          ? new Place(add(Op.FIELD_ADDR, new Pointer(ft), pos, p.val()).setAuxInt(idx), true)
          : new Place(add(Op.FIELD, ft, pos, p.val()).setAuxInt(idx), false);
    }
    return p;
  }

  /** If p's value is a pointer (to a struct), the place it points to. */
  Place throughPointer(Place p, Pos pos) {
    Type t = p.address() ? elem(p.val()) : p.val().type();
    if (!(Types.underlying(t) instanceof Pointer)) return p;
    return new Place(p.address() ? load(p.val(), pos) : p.val(), true);
  }

  Value valueOf(Place p, Pos pos) {
    return p.address() ? load(p.val(), pos) : p.val();
  }

  private Value selector(Expr.Selector s) {
    Selection sel = info.selectionOf(s);
    if (sel == null) throw Unsupported.at(s.pos(), "the selector ." + s.sel());
    return switch (sel.kind()) {
      case FIELD -> valueOf(walk(s), s.pos());
      case QUALIFIED -> switch (sel.obj()) {
        case Obj.Var v -> readVar(v, s.pos());
        case Obj.Func f -> add(Op.MAKE_CLOSURE, f.type(), s.pos()).setAux(unit.funcName(f));
        default -> throw Unsupported.at(s.pos(), "the value ." + s.sel());
      };
      case METHOD_VALUE, METHOD_EXPR -> methodValue(s, sel);
    };
  }

  // ---- indexing and slicing ----

  private Value index(Expr.Index ix) {
    Type xt = Types.underlying(info.typeOf(ix.x()));
    switch (xt) {
      case MapType m -> {
        Value map = expr(ix.x());
        Value key = convertTo(expr(ix.index()), m.key(), ix.pos());
        return add(Op.MAP_LOOKUP, Consts.irType(m.elem()), ix.pos(), map, key);
      }
      case Array a when !addressable(ix.x()) -> {
        Value arr = expr(ix.x());
        Value i = expr(ix.index());
        return add(Op.INDEX, Consts.irType(a.elem()), ix.pos(), arr, i);
      }
      default -> {
        if (Types.isString(xt)) {
          Value s = expr(ix.x());
          Value i = expr(ix.index());
          return add(Op.STRINDEX, Types.UINT8, ix.pos(), s, i);
        }
        return load(indexAddr(ix), ix.pos());
      }
    }
  }

  /** &x[i] of a slice, an addressable array or a pointer to an array. */
  Value indexAddr(Expr.Index ix) {
    Type xt = Types.underlying(info.typeOf(ix.x()));
    Value base = xt instanceof Array ? addr(ix.x()) : expr(ix.x());
    Type elemType = switch (xt) {
      case Slice s -> s.elem();
      case Array a -> a.elem();
      case Pointer p -> ((Array) Types.underlying(p.elem())).elem();
      default -> throw Unsupported.at(ix.pos(), "indexing a " + xt);
    };
    Value i = expr(ix.index());
    return add(Op.INDEX_ADDR, new Pointer(Consts.irType(elemType)), ix.pos(), base, i);
  }

  private Value slice(Expr.SliceExpr se) {
    Type xt = Types.underlying(info.typeOf(se.x()));
    Value base = xt instanceof Array ? addr(se.x()) : expr(se.x());
    List<Value> args = new ArrayList<>(List.of(base));
    long mask = 0;
    if (se.lo() != null) {
      args.add(expr(se.lo()));
      mask |= 1;
    }
    if (se.hi() != null) {
      args.add(expr(se.hi()));
      mask |= 2;
    }
    if (se.max() != null) {
      args.add(expr(se.max()));
      mask |= 4;
    }
    return add(Op.SLICE, type(se), se.pos(), args.toArray(Value[]::new)).setAuxInt(mask);
  }

  // ---- composite literals ----

  private Value composite(Expr.CompositeLit cl) {
    Type t = type(cl);
    return switch (Types.underlying(t)) {
      case Pointer p -> compositeAddr(cl, Consts.irType(p.elem()));
      case Slice s -> sliceLiteral(cl, t, s);
      case MapType m -> mapLiteral(cl, t, m);
      default -> load(compositeAddr(cl, t), cl.pos());
    };
  }

  /** A new variable holding the struct or array literal (also {@code &T{...}}). */
  Value compositeAddr(Expr.CompositeLit cl, Type t) {
    Type u = Types.underlying(t);
    if (u instanceof Pointer p) return compositeAddr(cl, Consts.irType(p.elem()));
    Value p = alloc(t, cl.pos());
    switch (u) {
      case Struct st -> {
        for (int i = 0; i < cl.elts().size(); i++) {
          Expr elt = cl.elts().get(i);
          int idx = i;
          Expr value = elt;
          if (elt instanceof Expr.KeyValue kv) {
            idx = st.indexOf(((Expr.Ident) kv.key()).name());
            value = kv.value();
          }
          Type ft = st.fields().get(idx).type();
          Value v = element(value, ft);
          store(add(Op.FIELD_ADDR, new Pointer(Consts.irType(ft)), elt.pos(), p).setAuxInt(idx), v, elt.pos());
        }
      }
      case Array a -> {
        long next = 0;
        for (Expr elt : cl.elts()) {
          Expr value = elt;
          if (elt instanceof Expr.KeyValue kv) {
            next = ((Const.Int) info.constOf(kv.key())).value().longValueExact();
            value = kv.value();
          }
          Value v = element(value, a.elem());
          Value at = add(Op.INDEX_ADDR, new Pointer(Consts.irType(a.elem())), elt.pos(), p, intConst(next, elt.pos()));
          store(at, v, elt.pos());
          next++;
        }
      }
      default -> throw Unsupported.at(cl.pos(), "a composite literal of type " + t);
    }
    return p;
  }

  /** An element of a composite literal, converted to the element type. */
  private Value element(Expr value, Type elemType) {
    return convertTo(expr(value), elemType, value.pos());
  }

  private Value sliceLiteral(Expr.CompositeLit cl, Type t, Slice s) {
    List<Long> indices = new ArrayList<>();
    long next = 0;
    long len = 0;
    for (Expr elt : cl.elts()) {
      if (elt instanceof Expr.KeyValue kv) next = ((Const.Int) info.constOf(kv.key())).value().longValueExact();
      indices.add(next);
      next++;
      len = Math.max(len, next);
    }
    Value n = intConst(len, cl.pos());
    Value slice = add(Op.MAKE_SLICE, t, cl.pos(), n, n);
    Type et = Consts.irType(s.elem());
    for (int i = 0; i < cl.elts().size(); i++) {
      Expr elt = cl.elts().get(i);
      Expr value = elt instanceof Expr.KeyValue kv ? kv.value() : elt;
      Value v = element(value, et);
      store(add(Op.INDEX_ADDR, new Pointer(et), elt.pos(), slice, intConst(indices.get(i), elt.pos())), v, elt.pos());
    }
    return slice;
  }

  private Value mapLiteral(Expr.CompositeLit cl, Type t, MapType m) {
    Value map = add(Op.MAKE_MAP, t, cl.pos());
    for (Expr elt : cl.elts()) {
      Expr.KeyValue kv = (Expr.KeyValue) elt;
      Value k = element(kv.key(), m.key());
      Value v = element(kv.value(), m.elem());
      add(Op.MAP_UPDATE, Types.INVALID, elt.pos(), map, k, v);
    }
    return map;
  }

  // ---- closures ----

  private Value closure(Expr.FuncLit lit) {
    List<Obj.Var> captured = info.captures(lit);
    Signature sig = (Signature) info.typeOf(lit);
    List<String> names = new ArrayList<>();
    for (Field f : lit.type().params()) names.add(f.name() == null ? "_" : f.name());
    Func closure = new Func(nextClosureName(), names, irTypes(sig.params()), irTypes(sig.results()), lit.pos());
    List<Type> free = new ArrayList<>();
    for (Obj.Var v : captured) free.add(new Pointer(Consts.irType(v.type())));
    closure.setFreeVars(free);
    lowerClosure(closure, lit, captured);
    unit.module().add(closure);
    List<Value> bound = new ArrayList<>();
    for (Obj.Var v : captured) bound.add(varAddr(v, lit.pos()));
    return add(Op.MAKE_CLOSURE, sig, lit.pos(), bound.toArray(Value[]::new)).setAux(closure.name());
  }

  static List<Type> irTypes(List<Type> ts) {
    return ts.stream().map(Consts::irType).toList();
  }

  static Type resultType(Signature sig) {
    List<Type> rs = irTypes(sig.results());
    return rs.size() == 1 ? rs.getFirst() : new Tuple(rs);
  }
}

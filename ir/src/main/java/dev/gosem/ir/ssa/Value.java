package dev.gosem.ir.ssa;

import dev.gosem.api.Pos;
import dev.gosem.api.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Value is one SSA value: an operation, its type, its arguments and where it lives. Plain data,
 * as in Go's compiler; the users list is kept by {@link #addArg}/{@link #setArg} so passes can
 * replace a value everywhere in time proportional to its uses.
 */
public final class Value {
  final int id;
  Op op;
  final Type type;
  final List<Value> args = new ArrayList<>();
  final List<Value> users = new ArrayList<>();
  Block block;
  final Pos pos;
  long auxInt;
  Object aux;

  Value(int id, Op op, Type type, Pos pos) {
    this.id = id;
    this.op = op;
    this.type = type;
    this.pos = pos;
  }

  public int id() { return id; }
  public Op op() { return op; }
  public Type type() { return type; }
  public List<Value> args() { return List.copyOf(args); }
  public Value arg(int i) { return args.get(i); }
  public int argCount() { return args.size(); }
  public Block block() { return block; }
  public Pos pos() { return pos; }
  public long auxInt() { return auxInt; }
  public Object aux() { return aux; }
  /** The values that use this one as an argument (a user appears once per use). */
  public List<Value> users() { return List.copyOf(users); }
  public int useCount() { return users.size(); }

  public Value setAux(Object aux) {
    this.aux = aux;
    return this;
  }

  public Value setAuxInt(long auxInt) {
    this.auxInt = auxInt;
    return this;
  }

  public void addArg(Value v) {
    args.add(v);
    v.users.add(this);
  }

  public void setArg(int i, Value v) {
    args.get(i).users.remove(this);
    args.set(i, v);
    v.users.add(this);
  }

  void removeArg(int i) {
    args.remove(i).users.remove(this);
  }

  /** Drops all arguments, e.g. before the value is deleted or turned into another op. */
  public void resetArgs() {
    for (Value a : args) a.users.remove(this);
    args.clear();
  }

  /** Turns this value into a copy of {@code v} in place, keeping its users. */
  public void becomeCopy(Value v) {
    resetArgs();
    op = Op.COPY;
    aux = null;
    auxInt = 0;
    addArg(v);
  }

  /** Turns this value into a constant in place, keeping its users. */
  public void becomeConst(Object value) {
    resetArgs();
    op = Op.CONST;
    aux = value;
    auxInt = 0;
  }

  public boolean isConst() {
    return op == Op.CONST;
  }

  @Override
  public String toString() {
    return "v" + id;
  }
}

package dev.gosem.api.check;

import dev.gosem.api.ast.Expr;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;

/** Operand is the checker's view of an evaluated expression: what it is, its type and value. */
final class Operand {
  enum Mode {
    INVALID("invalid operand"),
    NOVALUE("no value"),
    BUILTIN("built-in"),
    TYPEXPR("type"),
    CONSTANT("constant"),
    VARIABLE("variable"),
    MAPINDEX("map index expression"),
    VALUE("value"),
    NILVALUE("nil"),
    COMMAOK("comma, ok expression");

    final String text;

    Mode(String text) {
      this.text = text;
    }
  }

  Mode mode = Mode.INVALID;
  Expr expr;
  Type type = Types.INVALID;
  /** The exact value when mode is CONSTANT. */
  Val val;
  /** The builtin's name when mode is BUILTIN. */
  String builtin;
  /** The standard-library function a selector such as fmt.Println denotes. */
  Obj.StdFunc std;

  Operand() {}

  Operand(Mode mode, Expr expr, Type type) {
    this.mode = mode;
    this.expr = expr;
    this.type = type;
  }

  boolean invalid() {
    return mode == Mode.INVALID;
  }

  boolean isNil() {
    return mode == Mode.NILVALUE;
  }

  void invalidate() {
    mode = Mode.INVALID;
  }

  Operand copy() {
    Operand o = new Operand(mode, expr, type);
    o.val = val;
    o.builtin = builtin;
    o.std = std;
    return o;
  }

  void set(Operand o) {
    mode = o.mode;
    expr = o.expr;
    type = o.type;
    val = o.val;
    builtin = o.builtin;
    std = o.std;
  }
}

package dev.gosem.runtime;

import java.util.function.Function;

/**
 * Stand-ins for the classes the JVM backend generates for struct types and for boxes of named
 * types with methods, written by hand the way the representation contract describes them.
 */
final class GoTestValues {
  private GoTestValues() {}

  /** A named struct type of package main with its zero prototype bound. */
  static TypeDesc struct(String name, TypeDesc.Field... fields) {
    TypeDesc t = TypeDesc.newNamed("main", name).define(TypeDesc.newStruct(fields));
    t.setZeroPrototype(Rec.zero(t));
    return t;
  }

  static TypeDesc.Field f(String name, TypeDesc type) {
    return TypeDesc.Field.of(name, type);
  }

  /**
   * An object of a generated struct class: typed fields become an Object[] here, in the
   * representation goField returns. As an interface value it is a *T.
   */
  static class Rec implements GoStruct {
    final TypeDesc type;
    final Object[] fields;

    Rec(TypeDesc type, Object... fields) {
      this.type = type;
      this.fields = fields;
      if (fields.length != type.fields().size()) {
        throw new IllegalArgumentException(type + " has " + type.fields().size() + " fields");
      }
    }

    static Rec zero(TypeDesc t) {
      Object[] f = new Object[t.fields().size()];
      for (int i = 0; i < f.length; i++) {
        f[i] = t.fields().get(i).type().zero();
      }
      return new Rec(t, f);
    }

    @Override
    public TypeDesc goType() {
      return TypeDesc.pointerTo(type);
    }

    @Override
    public Object goField(int i) {
      return fields[i];
    }

    @Override
    public Rec goCopy() {
      Object[] f = new Object[fields.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = GoArrays.copyValue(type.fields().get(i).type(), fields[i]);
      }
      return make(type, f);
    }

    Rec make(TypeDesc t, Object[] f) {
      return new Rec(t, f);
    }

    @Override
    public void goAssign(GoStruct from) {
      Rec r = (Rec) from;
      for (int i = 0; i < fields.length; i++) {
        fields[i] = GoArrays.assignValue(type.fields().get(i).type(), fields[i], r.fields[i]);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rec r && GoEquality.equal(type, this, r);
    }

    @Override
    public int hashCode() {
      return GoEquality.hash(type, this);
    }
  }

  /** A struct object whose pointer type has a String method. */
  static final class StringerRec extends Rec implements GoStringer {
    final Function<Rec, String> string;

    StringerRec(TypeDesc type, Function<Rec, String> string, Object... fields) {
      super(type, fields);
      this.string = string;
    }

    @Override
    Rec make(TypeDesc t, Object[] f) {
      return new StringerRec(t, string, f);
    }

    @Override
    public String string() {
      return string.apply(this);
    }
  }

  /** The box of a named type with a String method (a generated T$Val class). */
  static final class StringerBox implements GoValue, GoStringer {
    final TypeDesc type;
    final Object value;
    final Function<Object, String> string;

    StringerBox(TypeDesc type, Object value, Function<Object, String> string) {
      this.type = type;
      this.value = value;
      this.string = string;
    }

    @Override
    public TypeDesc goType() {
      return type;
    }

    @Override
    public Object goValue() {
      return value;
    }

    @Override
    public String string() {
      return string.apply(value);
    }
  }

  static String go(String javaText) {
    return GoStrings.fromJava(javaText);
  }
}

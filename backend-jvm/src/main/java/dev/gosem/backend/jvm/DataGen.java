package dev.gosem.backend.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.gosem.api.types.Array;
import dev.gosem.api.types.Kind;
import dev.gosem.api.types.MapType;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Type;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Memory, slices, maps and strings. Struct and array values obey one rule: a value in a local
 * is never changed, so Load copies out of memory (an object a pointer may still reach), Store
 * copies into the variable's own object, append copies what the slice will own, and everything
 * else (fields, parameters, results, map entries, interface boxes) may share it.
 */
abstract class DataGen extends FuncGenBase {
  DataGen(Gen gen, Func f, MethodVisitor mv) {
    super(gen, f, mv);
  }

  // ---- variables ----

  /** A new zeroed variable of type t: a struct object, an array, or a runtime cell. */
  void alloc(Type t) {
    if (JvmTypes.isObjectValue(t)) {
      gen.pushZero(mv, t);
      return;
    }
    String ref = JvmTypes.refClass(t);
    gen.pushZero(mv, t);
    invokeStatic(ref, "cell", "(" + refValue(t) + ")L" + ref + "$Cell;");
  }

  /** The descriptor a runtime Ref's get/set/cell use for a variable of type t. */
  static String refValue(Type t) {
    return Boxes.refValueDescriptor(t);
  }

  /** Pushes *p (a copy for structs and arrays). */
  void loadThrough(Value load) {
    Value p = load.arg(0);
    Type t = load.type();
    // A struct, an array or a runtime object (sync.Mutex ...) is copied out of its variable.
    boolean copy = JvmTypes.isObjectValue(t) && !freshZero(p) && !aliased.get(p.id());
    if (folded.get(p.id()) && p.op() == Op.FIELD_ADDR) {
      load(p.arg(0));
      getField(p);
    } else if (folded.get(p.id())) {
      Value base = p.arg(0);
      unsignedIndexCheck(base, p.arg(1));
      if (JvmTypes.under(base.type()) instanceof Slice && p.auxInt() == Op.IN_BOUNDS) {
        inBoundsSliceLoad(base, p.arg(1), t);
      } else if (JvmTypes.under(base.type()) instanceof Slice) {
        String cls = JvmTypes.sliceClass(t);
        load(base);
        load(p.arg(1));
        invokeStatic(cls, "get", "(L" + cls + ";J)" + elemDescriptor(t));
        if (JvmTypes.prim(t) == JvmTypes.Prim.REF) types.checkcast(mv, t);
      } else {
        Array a = (Array) JvmTypes.under(JvmTypes.elem(base.type()));
        checkedIndex(base, p.arg(1));
        arrayLoad(a);
      }
    } else {
      load(p);
      if (!JvmTypes.isObjectValue(t)) {
        String ref = JvmTypes.refClass(t);
        mv.visitMethodInsn(INVOKEVIRTUAL, ref, "get", "()" + refValue(t), false);
        if (JvmTypes.prim(t) == JvmTypes.Prim.REF) types.checkcast(mv, t);
      }
    }
    if (copy) gen.copyValue(mv, t);
  }

  /** Whether p is a new variable read once and never again: a zero value that needs no copy. */
  private static boolean freshZero(Value p) {
    return p.op() == Op.ALLOC && p.useCount() == 1;
  }

  /** *p = x (into the variable's own object for structs and arrays). */
  void storeThrough(Value p, Value x) {
    Type t = x.type();
    boolean runtimeObject = JvmTypes.isStringsBuilder(t);
    // var b strings.Builder: the new variable is already the zero object the lowering stores
    if (runtimeObject && x.op() == Op.LOAD && freshZero(x.arg(0))) return;
    if (runtimeObject && folded.get(p.id()) && p.op() != Op.FIELD_ADDR && JvmTypes.under(p.arg(0).type()) instanceof Slice) {
      unsupported(p, "assigning to a slice element of type " + t);
    }
    boolean aggregate = JvmTypes.isObjectValue(t);
    if (folded.get(p.id()) && p.op() == Op.FIELD_ADDR) {
      if (aggregate) {
        gen.assignInto(mv, t, m -> {
          load(p.arg(0));
          getField(p);
        }, m -> load(x));
      } else {
        load(p.arg(0));
        load(x);
        Struct.Field fd = field(p);
        mv.visitFieldInsn(PUTFIELD, structOf(p), StructGen.fieldName(fd, (int) p.auxInt()), types.descriptor(fd.type()));
      }
    } else if (folded.get(p.id())) {
      Value base = p.arg(0);
      unsignedIndexCheck(base, p.arg(1));
      if (JvmTypes.under(base.type()) instanceof Slice && p.auxInt() == Op.IN_BOUNDS) {
        inBoundsSliceLoad(base, p.arg(1), t);
      } else if (JvmTypes.under(base.type()) instanceof Slice) {
        String cls = JvmTypes.sliceClass(t);
        load(base);
        load(p.arg(1));
        if (aggregate) {
          gen.descs.push(mv, t);
          load(x);
          invokeStatic(cls, "assign", "(L" + cls + ";J" + Runtime.TYPE_DESC_D + "Ljava/lang/Object;)V");
        } else {
          load(x);
          invokeStatic(cls, "set", "(L" + cls + ";J" + elemDescriptor(t) + ")V");
        }
      } else {
        Array a = (Array) JvmTypes.under(JvmTypes.elem(base.type()));
        if (aggregate) {
          gen.assignInto(mv, t, m -> {
            checkedIndex(base, p.arg(1));
            arrayLoad(a);
          }, m -> load(x));
        } else {
          checkedIndex(base, p.arg(1));
          load(x);
          arrayStore(a);
        }
      }
    } else if (aggregate) {
      gen.assignInto(mv, t, m -> load(p), m -> load(x));
    } else {
      load(p);
      load(x);
      String ref = JvmTypes.refClass(t);
      mv.visitMethodInsn(INVOKEVIRTUAL, ref, "set", "(" + refValue(t) + ")V", false);
    }
  }

  // ---- fields ----

  private Struct.Field field(Value fieldAddr) {
    Type st = JvmTypes.elem(fieldAddr.arg(0).type());
    return ((Struct) JvmTypes.under(st)).fields().get((int) fieldAddr.auxInt());
  }

  private String structOf(Value fieldAddr) {
    Type t = JvmTypes.elem(fieldAddr.arg(0).type());
    String runtimeClass = JvmTypes.runtimeObjectClass(t);
    return runtimeClass != null ? runtimeClass : types.structClass(t);
  }

  /** getfield of FieldAddr p's field on the struct object on the stack. */
  private void getField(Value p) {
    Struct.Field fd = field(p);
    mv.visitFieldInsn(GETFIELD, structOf(p), StructGen.fieldName(fd, (int) p.auxInt()), types.descriptor(fd.type()));
  }

  /** &p.f as a value: the field's own object for structs and arrays, else a runtime field pointer. */
  void fieldAddr(Value v) {
    Value p = v.arg(0);
    Struct.Field fd = field(v);
    load(p);
    if (JvmTypes.isObjectValue(fd.type())) {
      getField(v);
      return;
    }
    String c = structOf(v);
    gen.needVarHandle(c, (int) v.auxInt());
    mv.visitFieldInsn(GETSTATIC, c, StructGen.varHandleName(fd, (int) v.auxInt()), "Ljava/lang/invoke/VarHandle;");
    String ref = JvmTypes.refClass(fd.type());
    invokeStatic(ref, "field", "(Ljava/lang/Object;Ljava/lang/invoke/VarHandle;)L" + ref + ";");
  }

  /** x.f of a struct value. */
  void fieldValue(Value v) {
    Value x = v.arg(0);
    Struct s = (Struct) JvmTypes.under(x.type());
    Struct.Field fd = s.fields().get((int) v.auxInt());
    load(x);
    mv.visitFieldInsn(GETFIELD, types.structClass(x.type()), StructGen.fieldName(fd, (int) v.auxInt()), types.descriptor(fd.type()));
  }

  // ---- elements ----

  /** The descriptor slice get/set use for elements of type t. */
  static String elemDescriptor(Type t) {
    return switch (JvmTypes.prim(t)) {
      case BOOL -> "Z";
      case LONG -> "J";
      case DOUBLE -> "D";
      case REF -> "Ljava/lang/Object;";
    };
  }

  /**
   * An index of a 64-bit unsigned type beyond MaxInt64 is a negative long: Go's panic prints it
   * unsigned, so it is caught here, before the signed checks.
   */
  void unsignedIndexCheck(Value base, Value index) {
    if (!JvmTypes.isUint64(index.type()) || index.op() == Op.CONST && (Long) index.aux() >= 0) return;
    org.objectweb.asm.Label ok = new org.objectweb.asm.Label();
    load(index);
    mv.visitInsn(LCONST_0);
    mv.visitInsn(LCMP);
    mv.visitJumpInsn(IFGE, ok);
    mv.visitLdcInsn("index");
    load(index);
    Type bt = JvmTypes.under(base.type());
    if (bt instanceof Slice s) {
      String cls = JvmTypes.sliceClass(s.elem());
      load(base);
      invokeStatic(cls, "len", "(L" + cls + ";)J");
    } else {
      Type at = bt instanceof Array ? bt : JvmTypes.under(JvmTypes.elem(base.type()));
      mv.visitLdcInsn(((Array) at).len());
    }
    mv.visitInsn(ICONST_0);
    invokeStatic(Runtime.PANICS, "boundsUnsigned", "(Ljava/lang/String;JJZ)L" + Runtime.GO_PANIC + ";");
    mv.visitInsn(ATHROW);
    mv.visitLabel(ok);
  }

  /** Pushes the array and the int index, after Go's bounds check of the long index. */
  void checkedIndex(Value array, Value index) {
    load(array);
    load(index);
    load(array);
    mv.visitInsn(ARRAYLENGTH);
    mv.visitInsn(I2L);
    invokeStatic("java/util/Objects", "checkIndex", "(JJ)J");
    mv.visitInsn(L2I);
  }

  /** array[index] with the array and int index on the stack, in the element's representation. */
  void arrayLoad(Array a) {
    switch (JvmTypes.arrayDescriptor(a)) {
      case "[B" -> {
        mv.visitInsn(BALOAD);
        mv.visitIntInsn(SIPUSH, 0xFF);
        mv.visitInsn(IAND);
        mv.visitInsn(I2L);
      }
      case "[Z" -> mv.visitInsn(BALOAD);
      case "[J" -> mv.visitInsn(LALOAD);
      case "[D" -> mv.visitInsn(DALOAD);
      default -> {
        mv.visitInsn(AALOAD);
        types.checkcast(mv, a.elem());
      }
    }
  }

  /** array[index] = value, with the three on the stack. */
  void arrayStore(Array a) {
    switch (JvmTypes.arrayDescriptor(a)) {
      case "[B" -> {
        mv.visitInsn(L2I);
        mv.visitInsn(BASTORE);
      }
      case "[Z" -> mv.visitInsn(BASTORE);
      case "[J" -> mv.visitInsn(LASTORE);
      case "[D" -> mv.visitInsn(DASTORE);
      default -> mv.visitInsn(AASTORE);
    }
  }

  /**
   * s[i] for an index the IR proved in range: the backing array read directly, without the
   * runtime's check, so the JIT sees the same loop as one over a Java array.
   */
  private void inBoundsSliceLoad(Value slice, Value index, Type t) {
    String cls = JvmTypes.sliceClass(t);
    Array backing = new Array(0, t); // the slice classes' array field has the array type's representation
    load(slice);
    mv.visitFieldInsn(GETFIELD, cls, "array", JvmTypes.arrayDescriptor(backing));
    load(slice);
    mv.visitFieldInsn(GETFIELD, cls, "offset", "I");
    load(index);
    mv.visitInsn(L2I);
    mv.visitInsn(IADD);
    arrayLoad(backing);
  }

  /** &x[i] as a value: the element's object for structs and arrays, else a runtime element pointer. */
  void indexAddr(Value v) {
    Value base = v.arg(0);
    Value i = v.arg(1);
    Type et = JvmTypes.elem(v.type());
    Type bt = JvmTypes.under(base.type());
    boolean aggregate = JvmTypes.isObjectValue(et);
    unsignedIndexCheck(base, i);
    if (bt instanceof Slice) {
      String cls = JvmTypes.sliceClass(et);
      load(base);
      load(i);
      if (aggregate) {
        invokeStatic(cls, "get", "(L" + cls + ";J)Ljava/lang/Object;");
        types.checkcast(mv, et);
      } else {
        String ref = JvmTypes.refClass(et);
        invokeStatic(ref, "elem", "(L" + cls + ";J)L" + ref + ";");
      }
      return;
    }
    Array a = (Array) JvmTypes.under(JvmTypes.elem(base.type()));
    if (aggregate) {
      checkedIndex(base, i);
      arrayLoad(a);
      return;
    }
    String ref = JvmTypes.refClass(et);
    load(base);
    load(i);
    invokeStatic(ref, "elem", "(" + JvmTypes.arrayDescriptor(a) + "J)L" + ref + ";");
  }

  /** a[i] of an array value. */
  void indexValue(Value v) {
    Array a = (Array) JvmTypes.under(v.arg(0).type());
    unsignedIndexCheck(v.arg(0), v.arg(1));
    checkedIndex(v.arg(0), v.arg(1));
    arrayLoad(a);
  }

  // ---- slices ----

  static Type sliceElem(Type sliceType) {
    return ((Slice) JvmTypes.under(sliceType)).elem();
  }

  /** Pushes the argument slice operations of elem's class take after the slice: size or descriptor. */
  void elemArg(Type elem) {
    String cls = JvmTypes.sliceClass(elem);
    if (cls.equals(Runtime.LONG_SLICE) || cls.equals(Runtime.DOUBLE_SLICE)) {
      pushInt(JvmTypes.size(elem));
    } else if (cls.equals(Runtime.REF_SLICE)) {
      gen.descs.push(mv, elem);
    }
  }

  static String elemArgDescriptor(Type elem) {
    String cls = JvmTypes.sliceClass(elem);
    if (cls.equals(Runtime.LONG_SLICE) || cls.equals(Runtime.DOUBLE_SLICE)) return "I";
    if (cls.equals(Runtime.REF_SLICE)) return Runtime.TYPE_DESC_D;
    return "";
  }

  void makeSlice(Value v) {
    Type et = sliceElem(v.type());
    String cls = JvmTypes.sliceClass(et);
    load(v.arg(0));
    load(v.arg(1));
    elemArg(et);
    invokeStatic(cls, "make", "(JJ" + elemArgDescriptor(et) + ")L" + cls + ";");
  }

  void lenCap(Value v) {
    Value x = v.arg(0);
    Type u = JvmTypes.under(x.type());
    load(x);
    String name = v.op() == Op.LEN ? "len" : "cap";
    switch (u) {
      case Slice s -> {
        String cls = JvmTypes.sliceClass(s.elem());
        invokeStatic(cls, name, "(L" + cls + ";)J");
      }
      case MapType m -> invokeStatic(Runtime.GO_MAP, "len", "(L" + Runtime.GO_MAP + ";)J");
      case dev.gosem.api.types.Chan c -> invokeStatic(Runtime.CHAN, name, "(L" + Runtime.CHAN + ";)J");
      default -> {
        if (!JvmTypes.isString(x.type())) unsupported(v, "len of " + x.type());
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
        mv.visitInsn(I2L);
      }
    }
  }

  /** x[lo:hi:max] of a string, a slice or a pointer to an array; absent bounds are 0 and the length. */
  void slice(Value v) {
    Value x = v.arg(0);
    long mask = v.auxInt();
    int k = 1;
    Value lo = (mask & 1) != 0 ? v.arg(k++) : null;
    Value hi = (mask & 2) != 0 ? v.arg(k++) : null;
    Value max = (mask & 4) != 0 ? v.arg(k++) : null;
    Type u = JvmTypes.under(x.type());
    load(x);
    if (lo != null) load(lo);
    else mv.visitInsn(LCONST_0);
    if (JvmTypes.isString(x.type())) {
      if (hi != null) {
        load(hi);
        invokeStatic(Runtime.STRINGS, "slice", "(Ljava/lang/String;JJ)Ljava/lang/String;");
      } else {
        invokeStatic(Runtime.STRINGS, "sliceFrom", "(Ljava/lang/String;J)Ljava/lang/String;");
      }
      return;
    }
    if (u instanceof Slice s) {
      String cls = JvmTypes.sliceClass(s.elem());
      String sd = "L" + cls + ";";
      if (hi == null) {
        invokeStatic(cls, "sliceFrom", "(" + sd + "J)" + sd);
      } else if (max == null) {
        load(hi);
        invokeStatic(cls, "slice", "(" + sd + "JJ)" + sd);
      } else {
        load(hi);
        load(max);
        invokeStatic(cls, "slice", "(" + sd + "JJJ)" + sd);
      }
      return;
    }
    Array a = (Array) JvmTypes.under(JvmTypes.elem(x.type()));
    String ad = JvmTypes.arrayDescriptor(a);
    String cls = JvmTypes.sliceClass(a.elem());
    if (hi != null) {
      load(hi);
    } else {
      load(x);
      mv.visitInsn(ARRAYLENGTH);
      mv.visitInsn(I2L);
    }
    if (max != null) {
      load(max);
      invokeStatic(cls, "ofArray", "(" + ad + "JJJ)L" + cls + ";");
    } else {
      invokeStatic(cls, "ofArray", "(" + ad + "JJ)L" + cls + ";");
    }
  }

  /** append(s, values...): the slice takes copies of struct and array values. */
  void append(Value v) {
    Type et = sliceElem(v.type());
    String cls = JvmTypes.sliceClass(et);
    String sd = "L" + cls + ";";
    int n = v.argCount() - 1;
    load(v.arg(0));
    elemArg(et);
    if (n == 1) {
      load(v.arg(1));
      if (JvmTypes.isAggregate(et)) gen.copyValue(mv, et);
      invokeStatic(cls, "append", "(" + sd + elemArgDescriptor(et) + elemDescriptor(et) + ")" + sd);
      return;
    }
    String arrayDesc = switch (cls) {
      case Runtime.BYTE_SLICE, Runtime.LONG_SLICE -> "[J";
      case Runtime.DOUBLE_SLICE -> "[D";
      case Runtime.BOOL_SLICE -> "[Z";
      default -> "[Ljava/lang/Object;";
    };
    pushInt(n);
    switch (arrayDesc) {
      case "[J" -> mv.visitIntInsn(NEWARRAY, T_LONG);
      case "[D" -> mv.visitIntInsn(NEWARRAY, T_DOUBLE);
      case "[Z" -> mv.visitIntInsn(NEWARRAY, T_BOOLEAN);
      default -> mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
    }
    for (int i = 0; i < n; i++) {
      mv.visitInsn(DUP);
      pushInt(i);
      load(v.arg(i + 1));
      if (JvmTypes.isAggregate(et)) gen.copyValue(mv, et);
      mv.visitInsn(switch (arrayDesc) {
        case "[J" -> LASTORE;
        case "[D" -> DASTORE;
        case "[Z" -> BASTORE;
        default -> AASTORE;
      });
    }
    invokeStatic(cls, "append", "(" + sd + elemArgDescriptor(et) + arrayDesc + ")" + sd);
  }

  /** append(s, t...), or append(b, str...) of a string to a []byte. */
  void appendSlice(Value v) {
    Type et = sliceElem(v.type());
    String cls = JvmTypes.sliceClass(et);
    String sd = "L" + cls + ";";
    load(v.arg(0));
    if (JvmTypes.isString(v.arg(1).type())) {
      load(v.arg(1));
      invokeStatic(Runtime.BYTE_SLICE, "appendString", "(" + sd + "Ljava/lang/String;)" + sd);
      return;
    }
    elemArg(et);
    load(v.arg(1));
    invokeStatic(cls, "appendSlice", "(" + sd + elemArgDescriptor(et) + sd + ")" + sd);
  }

  /** copy(dst, src), or copy of a string into a []byte. */
  void copySlice(Value v) {
    Type et = sliceElem(v.arg(0).type());
    String cls = JvmTypes.sliceClass(et);
    String sd = "L" + cls + ";";
    load(v.arg(0));
    load(v.arg(1));
    if (JvmTypes.isString(v.arg(1).type())) {
      invokeStatic(Runtime.BYTE_SLICE, "copyString", "(" + sd + "Ljava/lang/String;)J");
    } else if (cls.equals(Runtime.REF_SLICE)) {
      gen.descs.push(mv, et);
      invokeStatic(cls, "copy", "(" + sd + sd + Runtime.TYPE_DESC_D + ")J");
    } else {
      invokeStatic(cls, "copy", "(" + sd + sd + ")J");
    }
  }

  // ---- maps ----

  void makeMap(Value v) {
    gen.descs.push(mv, v.type());
    invokeStatic(Runtime.GO_MAP, "make", "(" + Runtime.TYPE_DESC_D + ")L" + Runtime.GO_MAP + ";");
  }

  /** Pushes a value as a map holds it (its box). */
  void loadBoxed(Value x) {
    load(x);
    JvmTypes.box(mv, x.type());
  }

  /** m[k]: the element or its zero value; comma-ok fills the pair (element, found). */
  void mapLookup(Value v) {
    Value m = v.arg(0);
    Type et = ((MapType) JvmTypes.under(m.type())).elem();
    load(m);
    loadBoxed(v.arg(1));
    invokeStatic(Runtime.GO_MAP, "lookup", "(L" + Runtime.GO_MAP + ";Ljava/lang/Object;)Ljava/lang/Object;");
    if (v.auxInt() != 1) {
      Label found = new Label();
      mv.visitInsn(DUP);
      mv.visitFieldInsn(GETSTATIC, Runtime.GO_MAP, "ABSENT", "Ljava/lang/Object;");
      mv.visitJumpInsn(IF_ACMPNE, found);
      mv.visitInsn(POP);
      gen.pushZero(mv, et);
      JvmTypes.box(mv, et);
      mv.visitLabel(found);
      types.unbox(mv, et);
      return;
    }
    int tmp = newLocal(dev.gosem.api.types.Types.ANY);
    mv.visitVarInsn(ASTORE, tmp);
    Label absent = new Label();
    Label done = new Label();
    mv.visitVarInsn(ALOAD, tmp);
    mv.visitFieldInsn(GETSTATIC, Runtime.GO_MAP, "ABSENT", "Ljava/lang/Object;");
    mv.visitJumpInsn(IF_ACMPEQ, absent);
    mv.visitVarInsn(ALOAD, tmp);
    types.unbox(mv, et);
    mv.visitVarInsn(JvmTypes.storeOp(et), slot[v.id()]);
    mv.visitInsn(ICONST_1);
    mv.visitVarInsn(ISTORE, slot2[v.id()]);
    mv.visitJumpInsn(GOTO, done);
    mv.visitLabel(absent);
    gen.pushZero(mv, et);
    mv.visitVarInsn(JvmTypes.storeOp(et), slot[v.id()]);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, slot2[v.id()]);
    mv.visitLabel(done);
  }

  void mapUpdate(Value v) {
    load(v.arg(0));
    loadBoxed(v.arg(1));
    loadBoxed(v.arg(2));
    invokeStatic(Runtime.GO_MAP, "put", "(L" + Runtime.GO_MAP + ";Ljava/lang/Object;Ljava/lang/Object;)V");
  }

  void mapDelete(Value v) {
    load(v.arg(0));
    loadBoxed(v.arg(1));
    invokeStatic(Runtime.GO_MAP, "delete", "(L" + Runtime.GO_MAP + ";Ljava/lang/Object;)V");
  }

  /** The keys of a map, in the map's random iteration order, as a new slice of the key type. */
  void mapKeys(Value v) {
    Type kt = sliceElem(v.type());
    String cls = JvmTypes.sliceClass(kt);
    Array shape = new Array(0, kt);
    String ad = JvmTypes.arrayDescriptor(shape);
    int arr = newLocal(dev.gosem.api.types.Types.ANY);
    int it = newLocal(dev.gosem.api.types.Types.ANY);
    int i = nextSlot++;
    load(v.arg(0));
    invokeStatic(Runtime.GO_MAP, "len", "(L" + Runtime.GO_MAP + ";)J");
    mv.visitInsn(L2I);
    switch (ad) {
      case "[B" -> mv.visitIntInsn(NEWARRAY, T_BYTE);
      case "[Z" -> mv.visitIntInsn(NEWARRAY, T_BOOLEAN);
      case "[J" -> mv.visitIntInsn(NEWARRAY, T_LONG);
      case "[D" -> mv.visitIntInsn(NEWARRAY, T_DOUBLE);
      default -> mv.visitTypeInsn(ANEWARRAY, JvmTypes.OBJECT);
    }
    mv.visitVarInsn(ASTORE, arr);
    load(v.arg(0));
    invokeStatic(Runtime.GO_MAP, "iter", "(L" + Runtime.GO_MAP + ";)L" + Runtime.GO_MAP_ITER + ";");
    mv.visitVarInsn(ASTORE, it);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, i);
    Label loop = new Label();
    Label done = new Label();
    mv.visitLabel(loop);
    mv.visitVarInsn(ALOAD, it);
    mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.GO_MAP_ITER, "next", "()Z", false);
    mv.visitJumpInsn(IFEQ, done);
    mv.visitVarInsn(ALOAD, arr);
    mv.visitTypeInsn(CHECKCAST, ad);
    mv.visitVarInsn(ILOAD, i);
    mv.visitVarInsn(ALOAD, it);
    mv.visitMethodInsn(INVOKEVIRTUAL, Runtime.GO_MAP_ITER, "key", "()Ljava/lang/Object;", false);
    types.unbox(mv, kt);
    arrayStore(shape);
    mv.visitIincInsn(i, 1);
    mv.visitJumpInsn(GOTO, loop);
    mv.visitLabel(done);
    mv.visitTypeInsn(NEW, cls);
    mv.visitInsn(DUP);
    mv.visitVarInsn(ALOAD, arr);
    mv.visitTypeInsn(CHECKCAST, ad);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ILOAD, i);
    mv.visitVarInsn(ILOAD, i);
    mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "(" + ad + "III)V", false);
  }

  // ---- strings ----

  /** The rune at byte i of s and its width, into the pair's two locals. */
  void strDecode(Value v) {
    load(v.arg(0));
    load(v.arg(1));
    invokeStatic(Runtime.STRINGS, "decodeRune", "(Ljava/lang/String;J)J");
    mv.visitInsn(DUP2);
    mv.visitIntInsn(BIPUSH, 32);
    mv.visitInsn(LUSHR);
    mv.visitVarInsn(LSTORE, slot[v.id()]);
    mv.visitLdcInsn(0xFFFF_FFFFL);
    mv.visitInsn(LAND);
    mv.visitVarInsn(LSTORE, slot2[v.id()]);
  }

  // ---- conversions ----

  /** T(x) for numeric types, strings and byte/rune slices, and between types of one representation. */
  void convert(Value v) {
    Type from = v.arg(0).type();
    Type to = v.type();
    load(v.arg(0));
    if (JvmTypes.isChan(from) && JvmTypes.isChan(to)) return; // one Chan object, whatever the direction
    boolean fromInt = JvmTypes.isInt(from);
    boolean toInt = JvmTypes.isInt(to);
    if (JvmTypes.isString(to)) {
      if (fromInt) {
        invokeStatic(Runtime.STRINGS, "fromRune", "(J)Ljava/lang/String;");
      } else if (JvmTypes.under(from) instanceof Slice s) {
        if (JvmTypes.kind(s.elem()) == Kind.UINT8) {
          invokeStatic(Runtime.BYTE_SLICE, "toGoString", "(L" + Runtime.BYTE_SLICE + ";)Ljava/lang/String;");
        } else {
          invokeStatic(Runtime.STRINGS, "fromRunes", "(L" + Runtime.LONG_SLICE + ";)Ljava/lang/String;");
        }
      }
      return;
    }
    if (JvmTypes.isString(from) && JvmTypes.under(to) instanceof Slice s) {
      if (JvmTypes.kind(s.elem()) == Kind.UINT8) {
        invokeStatic(Runtime.BYTE_SLICE, "fromString", "(Ljava/lang/String;)L" + Runtime.BYTE_SLICE + ";");
      } else {
        invokeStatic(Runtime.STRINGS, "toRunes", "(Ljava/lang/String;)L" + Runtime.LONG_SLICE + ";");
      }
      return;
    }
    if (fromInt && toInt) {
      JvmTypes.normalize(mv, to);
    } else if (fromInt && JvmTypes.kind(to) == Kind.FLOAT64) {
      if (JvmTypes.isUint64(from)) {
        invokeStatic(Runtime.ARITH, "uint64ToFloat", "(J)D");
      } else {
        mv.visitInsn(L2D);
      }
    } else if (toInt && JvmTypes.kind(from) == Kind.FLOAT64) {
      // Go leaves out-of-range results to the machine: these give what amd64 gives
      String how = switch (JvmTypes.kind(to)) {
        case INT32, INT16, INT8, UINT16, UINT8 -> "floatToInt32";
        default -> JvmTypes.isUint64(to) ? "floatToUint64" : "floatToInt64";
      };
      invokeStatic(Runtime.ARITH, how, "(D)J");
      JvmTypes.normalize(mv, to);
    } else if (JvmTypes.isStruct(to) && !types.structClass(to).equals(types.structClass(from))) {
      convertStruct(from, to);
    } else if (JvmTypes.under(to) instanceof Pointer && JvmTypes.isStruct(JvmTypes.elem(to))
        && !types.descriptor(to).equals(types.descriptor(from))) {
      unsupported(v, "converting between pointers to struct types of different classes");
    }
  }

  /** A struct value of one struct class as a value of another with the same fields (values share parts). */
  private void convertStruct(Type from, Type to) {
    String fc = types.structClass(from);
    String tc = types.structClass(to);
    java.util.List<Struct.Field> fields = ((Struct) JvmTypes.under(to)).fields();
    int tmp = newLocal(from);
    mv.visitVarInsn(ASTORE, tmp);
    mv.visitTypeInsn(NEW, tc);
    mv.visitInsn(DUP);
    mv.visitMethodInsn(INVOKESPECIAL, tc, "<init>", "()V", false);
    for (int i = 0; i < fields.size(); i++) {
      String fn = StructGen.fieldName(fields.get(i), i);
      String fd = types.descriptor(fields.get(i).type());
      mv.visitInsn(DUP);
      mv.visitVarInsn(ALOAD, tmp);
      mv.visitFieldInsn(GETFIELD, fc, fn, fd);
      mv.visitFieldInsn(PUTFIELD, tc, fn, fd);
    }
  }

}

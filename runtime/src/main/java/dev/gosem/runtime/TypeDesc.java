package dev.gosem.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Go type at run time: what fmt's %T prints, what type assertions and type switches compare,
 * what equality, hashing, printing and zero values are driven by.
 *
 * <p>Identity is {@code ==}. Descriptors built only from predeclared and runtime types are
 * interned globally; a descriptor that mentions a program's own types (a named type from {@link
 * #newNamed}, a struct type from {@link #newStruct}) is interned on that type, so it lives and
 * dies with the program (many programs share one JVM and one runtime). Named and struct types
 * are never interned by structure: the compiler creates each of them once per program and keeps
 * it in a static field, and derives every other descriptor with the factories here ({@link
 * #pointerTo}, {@link #sliceOf}, ...), which return the same object for the same arguments.
 */
public final class TypeDesc {

  /** The kind of a type, as reflect.Kind; a named type has the kind of its underlying type. */
  public enum Kind {
    BOOL,
    INT,
    INT8,
    INT16,
    INT32,
    INT64,
    UINT,
    UINT8,
    UINT16,
    UINT32,
    UINT64,
    UINTPTR,
    FLOAT32,
    FLOAT64,
    COMPLEX64,
    COMPLEX128,
    STRING,
    UNSAFE_POINTER,
    POINTER,
    SLICE,
    ARRAY,
    MAP,
    CHAN,
    FUNC,
    INTERFACE,
    STRUCT;

    public boolean isSignedInt() {
      return compareTo(INT) >= 0 && compareTo(INT64) <= 0;
    }

    public boolean isUnsignedInt() {
      return compareTo(UINT) >= 0 && compareTo(UINTPTR) <= 0;
    }

    public boolean isInteger() {
      return isSignedInt() || isUnsignedInt();
    }

    public boolean isFloat() {
      return this == FLOAT32 || this == FLOAT64;
    }
  }

  /** A channel's direction, as reflect.ChanDir. */
  public enum ChanDir {
    BOTH,
    RECV,
    SEND
  }

  /**
   * A struct field. {@code name} is the field name (for an embedded field, the type's name
   * without package or '*'); a lower-case name is unexported, and fmt does not call methods on
   * values it reads from unexported fields, as Go's fmt cannot.
   */
  public record Field(String name, TypeDesc type, boolean embedded) {
    public static Field of(String name, TypeDesc type) {
      return new Field(name, type, false);
    }

    public static Field embedded(String name, TypeDesc type) {
      return new Field(name, type, true);
    }

    public boolean exported() {
      return isExported(name);
    }
  }

  /**
   * An interface method: its name and signature (a FUNC descriptor without receiver). {@code pkg}
   * is the package name qualifying an unexported method, null for exported ones.
   */
  public record Method(String name, TypeDesc type, String pkg) {
    public static Method of(String name, TypeDesc signature) {
      return new Method(name, signature, null);
    }
  }

  private static final Map<Object, TypeDesc> GLOBAL = new ConcurrentHashMap<>();

  // ---- predeclared types ----

  public static final TypeDesc BOOL = basic(Kind.BOOL, "bool", 1);
  public static final TypeDesc INT = basic(Kind.INT, "int", 8);
  public static final TypeDesc INT8 = basic(Kind.INT8, "int8", 1);
  public static final TypeDesc INT16 = basic(Kind.INT16, "int16", 2);
  public static final TypeDesc INT32 = basic(Kind.INT32, "int32", 4);
  public static final TypeDesc INT64 = basic(Kind.INT64, "int64", 8);
  public static final TypeDesc UINT = basic(Kind.UINT, "uint", 8);
  public static final TypeDesc UINT8 = basic(Kind.UINT8, "uint8", 1);
  public static final TypeDesc UINT16 = basic(Kind.UINT16, "uint16", 2);
  public static final TypeDesc UINT32 = basic(Kind.UINT32, "uint32", 4);
  public static final TypeDesc UINT64 = basic(Kind.UINT64, "uint64", 8);
  public static final TypeDesc UINTPTR = basic(Kind.UINTPTR, "uintptr", 8);
  public static final TypeDesc FLOAT32 = basic(Kind.FLOAT32, "float32", 4);
  public static final TypeDesc FLOAT64 = basic(Kind.FLOAT64, "float64", 8);
  public static final TypeDesc COMPLEX64 = basic(Kind.COMPLEX64, "complex64", 8);
  public static final TypeDesc COMPLEX128 = basic(Kind.COMPLEX128, "complex128", 16);
  public static final TypeDesc STRING = basic(Kind.STRING, "string", 16);
  public static final TypeDesc UNSAFE_POINTER = basic(Kind.UNSAFE_POINTER, "unsafe.Pointer", 8);

  /** byte and rune are aliases: %T prints uint8 and int32. */
  public static final TypeDesc BYTE = UINT8;

  public static final TypeDesc RUNE = INT32;

  /** interface {} (any). */
  public static final TypeDesc ANY = interfaceOf();

  /** The predeclared error interface. */
  public static final TypeDesc ERROR;

  static {
    TypeDesc e = new TypeDesc(null, null, "error", false);
    e.define(interfaceOf(Method.of("Error", funcOf(List.of(), List.of(STRING), false))));
    ERROR = e;
  }

  // ---- state ----

  private Kind kind;
  private final String pkg; // package name of a named type ("main"), null otherwise
  private final String name; // name of a named type, null otherwise
  private final boolean local; // mentions a program's own type (see class comment)
  private TypeDesc underlying; // this, for unnamed types; set by define for named ones
  private TypeDesc elem; // POINTER, SLICE, ARRAY, MAP (value), CHAN
  private TypeDesc key; // MAP
  private long len; // ARRAY
  private ChanDir dir; // CHAN
  private List<Field> fields = List.of(); // STRUCT
  private List<TypeDesc> params = List.of(); // FUNC
  private List<TypeDesc> results = List.of(); // FUNC
  private boolean variadic; // FUNC
  private List<Method> imethods = List.of(); // INTERFACE, sorted as Go sorts method sets
  private String[] methodSet = new String[0]; // method names of this type, sorted
  private String[] pointerMethodSet; // method names of *this (named and struct types)
  private long size = -1;
  private long align = -1;
  private String string; // %T text, computed lazily
  private volatile GoStruct zeroPrototype;
  /** For a standard type the runtime implements as an object (sync.Mutex ...): makes its zero value. */
  private volatile java.util.function.Supplier<ValueObject> zeroFactory;
  private volatile Boxer boxer;
  private volatile Map<Object, TypeDesc> derived; // descriptors interned on this local type

  private TypeDesc(Kind kind, String pkg, String name, boolean local) {
    this.kind = kind;
    this.pkg = pkg;
    this.name = name;
    this.local = local;
    this.underlying = name == null ? this : null;
  }

  private static TypeDesc basic(Kind kind, String name, long size) {
    TypeDesc t = new TypeDesc(kind, null, null, false);
    t.string = name;
    t.size = size;
    t.align =
        kind == Kind.COMPLEX64 ? 4 : kind == Kind.COMPLEX128 || kind == Kind.STRING ? 8 : size;
    return t;
  }

  // ---- factories ----

  /**
   * A new named type {@code pkg.name} of a program (pkg is the package name %T prints, e.g.
   * "main"); give it its underlying type with {@link #define} before use. Every call makes a
   * distinct type, as every type declaration does (two local types named T in different functions
   * are different types that both print as main.T).
   */
  public static TypeDesc newNamed(String pkg, String name) {
    return new TypeDesc(null, pkg, name, true);
  }

  /** A named type of the standard library implemented by the runtime (sync.Mutex and the like). */
  public static TypeDesc stdNamed(String pkg, String name, TypeDesc underlying, String... methods) {
    return runtimeNamed(pkg, name, underlying, methods);
  }

  /** A named type of the runtime's own packages (errors.errorString and the like). */
  static TypeDesc runtimeNamed(String pkg, String name, TypeDesc underlying, String... methods) {
    TypeDesc t = new TypeDesc(null, pkg, name, false);
    t.define(underlying);
    t.setMethods(methods, methods);
    return t;
  }

  /**
   * A new struct type of a program with these fields. The compiler makes one per distinct struct
   * type (identical struct types are one type) and binds its zero value with {@link
   * #setZeroPrototype} when the type has a generated class of its own.
   */
  public static TypeDesc newStruct(Field... fields) {
    return newStruct(List.of(fields));
  }

  public static TypeDesc newStruct(List<Field> fields) {
    TypeDesc t = new TypeDesc(Kind.STRUCT, null, null, true);
    t.fields = List.copyOf(fields);
    return t;
  }

  public static TypeDesc pointerTo(TypeDesc elem) {
    return intern(List.of("*", elem), () -> {
      TypeDesc t = new TypeDesc(Kind.POINTER, null, null, elem.local);
      t.elem = elem;
      return t;
    }, elem);
  }

  public static TypeDesc sliceOf(TypeDesc elem) {
    return intern(List.of("[]", elem), () -> {
      TypeDesc t = new TypeDesc(Kind.SLICE, null, null, elem.local);
      t.elem = elem;
      return t;
    }, elem);
  }

  public static TypeDesc arrayOf(long len, TypeDesc elem) {
    return intern(List.of("[n]", len, elem), () -> {
      TypeDesc t = new TypeDesc(Kind.ARRAY, null, null, elem.local);
      t.elem = elem;
      t.len = len;
      return t;
    }, elem);
  }

  public static TypeDesc mapOf(TypeDesc key, TypeDesc value) {
    return intern(List.of("map", key, value), () -> {
      TypeDesc t = new TypeDesc(Kind.MAP, null, null, key.local || value.local);
      t.key = key;
      t.elem = value;
      return t;
    }, key, value);
  }

  public static TypeDesc chanOf(ChanDir dir, TypeDesc elem) {
    return intern(List.of("chan", dir, elem), () -> {
      TypeDesc t = new TypeDesc(Kind.CHAN, null, null, elem.local);
      t.dir = dir;
      t.elem = elem;
      return t;
    }, elem);
  }

  /** func(params) results; when variadic, the last parameter is the slice type ([]T for ...T). */
  public static TypeDesc funcOf(List<TypeDesc> params, List<TypeDesc> results, boolean variadic) {
    List<Object> key = new ArrayList<>();
    key.add(variadic ? "func..." : "func");
    key.addAll(params);
    key.add("->");
    key.addAll(results);
    List<TypeDesc> parts = new ArrayList<>(params);
    parts.addAll(results);
    return intern(key, () -> {
      TypeDesc t = new TypeDesc(Kind.FUNC, null, null, anyLocal(parts));
      t.params = List.copyOf(params);
      t.results = List.copyOf(results);
      t.variadic = variadic;
      return t;
    }, parts.toArray(TypeDesc[]::new));
  }

  /** interface { methods }; the order given does not matter. */
  public static TypeDesc interfaceOf(Method... methods) {
    List<Method> sorted = new ArrayList<>(Arrays.asList(methods));
    sorted.sort(TypeDesc::compareMethods);
    List<Object> key = new ArrayList<>();
    key.add("interface");
    List<TypeDesc> parts = new ArrayList<>();
    for (Method m : sorted) {
      key.add(m.name());
      key.add(m.pkg() == null ? "" : m.pkg());
      key.add(m.type());
      parts.add(m.type());
    }
    return intern(key, () -> {
      TypeDesc t = new TypeDesc(Kind.INTERFACE, null, null, anyLocal(parts));
      t.imethods = List.copyOf(sorted);
      String[] names = new String[sorted.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = sorted.get(i).name();
      }
      Arrays.sort(names);
      t.methodSet = names;
      return t;
    }, parts.toArray(TypeDesc[]::new));
  }

  /** Gives a named type its underlying type (once); returns this. */
  public TypeDesc define(TypeDesc underlyingType) {
    if (name == null) {
      throw new IllegalStateException(this + " is not a named type");
    }
    if (underlying != null) {
      throw new IllegalStateException(this + " is already defined");
    }
    TypeDesc u = underlyingType.underlying();
    this.underlying = u;
    this.kind = u.kind;
    this.elem = u.elem;
    this.key = u.key;
    this.len = u.len;
    this.dir = u.dir;
    this.fields = u.fields;
    this.params = u.params;
    this.results = u.results;
    this.variadic = u.variadic;
    this.imethods = u.imethods;
    if (u.kind == Kind.INTERFACE) {
      this.methodSet = u.methodSet;
    }
    return this;
  }

  /**
   * Records the method sets of this named (or struct) type, promoted methods included: {@code
   * valueMethods} for T, {@code pointerMethods} for *T (which also holds T's). Type assertions to
   * interfaces and fmt's calls of String and Error consult them. Returns this.
   */
  public TypeDesc setMethods(String[] valueMethods, String[] pointerMethods) {
    String[] v = valueMethods.clone();
    Arrays.sort(v);
    String[] p = pointerMethods.clone();
    Arrays.sort(p);
    this.methodSet = v;
    this.pointerMethodSet = p;
    return this;
  }

  /**
   * Binds the generated class of this struct type (or named struct type) through a zero-valued
   * instance: {@link #zero()} returns copies of it. Returns this.
   */
  public TypeDesc setZeroPrototype(GoStruct prototype) {
    this.zeroPrototype = prototype;
    return this;
  }

  /** Binds a standard struct type to the runtime object its variables are. Returns this. */
  public TypeDesc setZeroFactory(java.util.function.Supplier<ValueObject> factory) {
    this.zeroFactory = factory;
    return this;
  }

  /** Registers how to make an interface value of this type (see {@link Boxer}). Returns this. */
  public TypeDesc setBoxer(Boxer b) {
    this.boxer = b;
    return this;
  }

  private static boolean anyLocal(List<TypeDesc> parts) {
    for (TypeDesc p : parts) {
      if (p.local) {
        return true;
      }
    }
    return false;
  }

  private interface Maker {
    TypeDesc make();
  }

  /** Interns globally if no part is local, else on the first local part. */
  private static TypeDesc intern(Object key, Maker maker, TypeDesc... parts) {
    Map<Object, TypeDesc> table = GLOBAL;
    for (TypeDesc p : parts) {
      if (p.local) {
        table = p.derivedTable();
        break;
      }
    }
    TypeDesc t = table.get(key);
    if (t != null) {
      return t;
    }
    return table.computeIfAbsent(key, k -> maker.make());
  }

  private Map<Object, TypeDesc> derivedTable() {
    Map<Object, TypeDesc> d = derived;
    if (d == null) {
      synchronized (this) {
        d = derived;
        if (d == null) {
          d = new ConcurrentHashMap<>();
          derived = d;
        }
      }
    }
    return d;
  }

  /**
   * Go sorts method sets exported names first, then by name (and unexported ones by package):
   * the order in which a failed conversion looks for the missing method.
   */
  private static int compareMethods(Method a, Method b) {
    boolean ea = isExported(a.name());
    boolean eb = isExported(b.name());
    if (ea != eb) {
      return ea ? -1 : 1;
    }
    int c = a.name().compareTo(b.name());
    if (c != 0 || ea) {
      return c;
    }
    return String.valueOf(a.pkg()).compareTo(String.valueOf(b.pkg()));
  }

  static boolean isExported(String name) {
    if (name.isEmpty()) {
      return false;
    }
    char c = name.charAt(0);
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    int r = GoStrings.runeAt(name, 0);
    return GoUnicode.isUpper(r);
  }

  // ---- the dynamic type of an interface value ----

  /**
   * The dynamic type of an interface value (see docs/jvm-representation.md); null for the nil
   * interface. {@link Unsigned} (fmt's box for unsigned operands) reads as uint64, Float as
   * float32 and Integer as int32.
   */
  public static TypeDesc of(Object v) {
    return switch (v) {
      case null -> null;
      case GoValue g -> g.goType();
      case Long l -> INT;
      case String s -> STRING;
      case Boolean b -> BOOL;
      case Double d -> FLOAT64;
      case Unsigned u -> UINT64;
      case Float f -> FLOAT32;
      case Integer i -> INT32;
      case GoError e -> FOREIGN.get(v.getClass());
      case GoStringer s -> FOREIGN.get(v.getClass());
      default ->
          throw new IllegalArgumentException(
              "not a Go interface value: " + v.getClass().getName());
    };
  }

  /**
   * Java objects that implement GoError or GoStringer without being GoValues (host code's own
   * error values) read as a pointer to an opaque named type "*jvm.ClassName" with those methods.
   */
  private static final ClassValue<TypeDesc> FOREIGN =
      new ClassValue<>() {
        @Override
        protected TypeDesc computeValue(Class<?> c) {
          List<String> methods = new ArrayList<>();
          if (GoError.class.isAssignableFrom(c)) {
            methods.add("Error");
          }
          if (GoStringer.class.isAssignableFrom(c)) {
            methods.add("String");
          }
          String[] m = methods.toArray(String[]::new);
          TypeDesc named = new TypeDesc(null, "jvm", GoStrings.fromJava(c.getSimpleName()), false);
          named.define(newStruct());
          named.setMethods(new String[0], m);
          return pointerTo(named);
        }
      };

  /** The value of an interface value in the representation of its dynamic type. */
  public static Object valueOf(Object v) {
    return switch (v) {
      case GoValue g -> g.goValue();
      case Unsigned u -> u.bits();
      case Float f -> (double) f;
      case Integer i -> (long) i;
      case null, default -> v;
    };
  }

  /**
   * The interface value holding {@code value} (in this type's representation) as generated code
   * would make it: Long/Double/Boolean/String for int, float64, bool and string, the struct object
   * for a pointer to a struct, the registered {@link Boxer}'s box, else a {@link Boxed}. Struct
   * values are not copied here.
   */
  public Object box(Object value) {
    Boxer b = boxer;
    if (b != null) {
      return b.box(value);
    }
    if (this == INT || this == FLOAT64 || this == BOOL || this == STRING) {
      return value;
    }
    if (value instanceof GoValue g && g.goType() == this) {
      // A struct object for its pointer type, or a runtime object that is its own box.
      return value;
    }
    if (kind == Kind.INTERFACE) {
      return value;
    }
    return new Boxed(this, value);
  }

  // ---- accessors ----

  public Kind kind() {
    return kind;
  }

  /** The type's name for a named type ("T"), else null. */
  public String name() {
    return name;
  }

  /** The package name of a named type ("main"), else null. */
  public String pkg() {
    return pkg;
  }

  public boolean isNamed() {
    return name != null;
  }

  /** The underlying type: this for unnamed types. */
  public TypeDesc underlying() {
    if (underlying == null) {
      throw new IllegalStateException("named type " + pkg + "." + name + " used before define");
    }
    return underlying;
  }

  /** Element type of a pointer, slice, array, channel; value type of a map. */
  public TypeDesc elem() {
    return elem;
  }

  /** Key type of a map. */
  public TypeDesc key() {
    return key;
  }

  /** Length of an array type. */
  public long len() {
    return len;
  }

  public ChanDir chanDir() {
    return dir;
  }

  public List<Field> fields() {
    return fields;
  }

  public List<TypeDesc> params() {
    return params;
  }

  public List<TypeDesc> results() {
    return results;
  }

  public boolean variadic() {
    return variadic;
  }

  /** An interface type's methods, in Go's method-set order. */
  public List<Method> interfaceMethods() {
    return imethods;
  }

  /** The names of this type's method set, sorted. */
  public String[] methodNames() {
    if (kind == Kind.POINTER && elem.pointerMethodSet != null) {
      return elem.pointerMethodSet.clone();
    }
    return methodSet.clone();
  }

  /** Whether the method set of this type has a method of that name. */
  public boolean hasMethod(String method) {
    String[] set = methodSet;
    if (kind == Kind.POINTER && elem.pointerMethodSet != null) {
      set = elem.pointerMethodSet;
    }
    return Arrays.binarySearch(set, method) >= 0;
  }

  /**
   * The first method of interface type {@code iface} (in Go's order) that this type lacks, or
   * null if this type implements it.
   */
  public String missingMethod(TypeDesc iface) {
    for (Method m : iface.imethods) {
      if (!hasMethod(m.name())) {
        return m.name();
      }
    }
    return null;
  }

  /** Whether values of this type implement interface type {@code iface}. */
  public boolean implementsInterface(TypeDesc iface) {
    return missingMethod(iface) == null;
  }

  /** Whether == is defined on values of this type (interfaces are, and may panic at run time). */
  public boolean comparable() {
    return switch (kind) {
      case SLICE, MAP, FUNC -> false;
      case ARRAY -> elem.comparable();
      case STRUCT -> {
        for (Field f : fields) {
          if (!f.type().comparable()) {
            yield false;
          }
        }
        yield true;
      }
      default -> true;
    };
  }

  /** unsafe.Sizeof on linux/amd64: what append's growth and make's limits are computed from. */
  public long size() {
    if (size < 0) {
      computeLayout();
    }
    return size;
  }

  /** unsafe.Alignof on linux/amd64. */
  public long align() {
    if (align < 0) {
      computeLayout();
    }
    return align;
  }

  private void computeLayout() {
    TypeDesc u = underlying();
    long s;
    long a;
    switch (u.kind) {
      case POINTER, MAP, CHAN, FUNC -> {
        s = 8;
        a = 8;
      }
      case SLICE -> {
        s = 24;
        a = 8;
      }
      case INTERFACE -> {
        s = 16;
        a = 8;
      }
      case ARRAY -> {
        s = u.elem.size() * u.len;
        a = u.elem.align();
      }
      case STRUCT -> {
        long off = 0;
        a = 1;
        long lastSize = -1;
        for (Field f : u.fields) {
          long fa = f.type().align();
          a = Math.max(a, fa);
          off = (off + fa - 1) / fa * fa;
          lastSize = f.type().size();
          off += lastSize;
        }
        // A final zero-size field gets a byte so that its address stays inside the object.
        if (lastSize == 0 && off > 0) {
          off++;
        }
        s = (off + a - 1) / a * a;
      }
      default -> {
        s = u.size;
        a = u.align;
      }
    }
    align = a;
    size = s;
  }

  /**
   * A new zero value of this type in its representation: Long 0, Double 0.0, Boolean false, "",
   * null for pointers/slices/maps/funcs/interfaces/channels, a fresh Java array for arrays, a copy
   * of the bound prototype for structs.
   */
  public Object zero() {
    if (zeroFactory != null) {
      return zeroFactory.get();
    }
    GoStruct proto = zeroPrototype;
    if (proto != null) {
      return proto.goCopy();
    }
    TypeDesc u = underlying();
    if (u != this && u.zeroPrototype != null) {
      return u.zeroPrototype.goCopy();
    }
    return switch (u.kind) {
      case BOOL -> Boolean.FALSE;
      case FLOAT32, FLOAT64 -> 0.0;
      case STRING -> "";
      case ARRAY -> GoArrays.newArray(u);
      case STRUCT ->
          throw new IllegalStateException("struct type " + this + " has no zero prototype bound");
      case COMPLEX64, COMPLEX128 -> throw new UnsupportedOperationException("complex numbers");
      default -> u.kind.isInteger() ? (Object) 0L : null;
    };
  }

  /** Whether {@link #zero()} returns a mutable object that must be fresh for every variable. */
  boolean zeroIsMutable() {
    Kind k = underlying().kind;
    return k == Kind.ARRAY || k == Kind.STRUCT;
  }

  // ---- printing ----

  /** The type as %T prints it, as a Go byte-string. */
  public String string() {
    String s = string;
    if (s == null) {
      StringBuilder sb = new StringBuilder();
      appendTo(sb);
      s = sb.toString();
      string = s;
    }
    return s;
  }

  private void appendTo(StringBuilder sb) {
    if (name != null) {
      if (pkg != null) {
        sb.append(pkg).append('.');
      }
      sb.append(name);
      return;
    }
    if (string != null) {
      sb.append(string);
      return;
    }
    switch (kind) {
      case POINTER -> {
        sb.append('*');
        elem.appendTo(sb);
      }
      case SLICE -> {
        sb.append("[]");
        elem.appendTo(sb);
      }
      case ARRAY -> {
        sb.append('[').append(len).append(']');
        elem.appendTo(sb);
      }
      case MAP -> {
        sb.append("map[");
        key.appendTo(sb);
        sb.append(']');
        elem.appendTo(sb);
      }
      case CHAN -> {
        switch (dir) {
          case RECV -> sb.append("<-chan ");
          case SEND -> sb.append("chan<- ");
          case BOTH -> sb.append("chan ");
        }
        boolean paren = dir == ChanDir.BOTH && elem.name == null && elem.kind == Kind.CHAN
            && elem.dir == ChanDir.RECV;
        if (paren) {
          sb.append('(');
        }
        elem.appendTo(sb);
        if (paren) {
          sb.append(')');
        }
      }
      case FUNC -> {
        sb.append("func");
        appendSignature(sb);
      }
      case INTERFACE -> {
        if (imethods.isEmpty()) {
          sb.append("interface {}");
          return;
        }
        sb.append("interface { ");
        for (int i = 0; i < imethods.size(); i++) {
          if (i > 0) {
            sb.append("; ");
          }
          Method m = imethods.get(i);
          if (m.pkg() != null) {
            sb.append(m.pkg()).append('.');
          }
          sb.append(m.name());
          m.type().appendSignature(sb);
        }
        sb.append(" }");
      }
      case STRUCT -> {
        if (fields.isEmpty()) {
          sb.append("struct {}");
          return;
        }
        sb.append("struct { ");
        for (int i = 0; i < fields.size(); i++) {
          if (i > 0) {
            sb.append("; ");
          }
          Field f = fields.get(i);
          if (!f.embedded()) {
            sb.append(f.name()).append(' ');
          }
          f.type().appendTo(sb);
        }
        sb.append(" }");
      }
      default -> throw new IllegalStateException("unprintable type kind " + kind);
    }
  }

  private void appendSignature(StringBuilder sb) {
    sb.append('(');
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      if (variadic && i == params.size() - 1) {
        sb.append("...");
        params.get(i).elem.appendTo(sb);
      } else {
        params.get(i).appendTo(sb);
      }
    }
    sb.append(')');
    if (results.size() == 1) {
      sb.append(' ');
      results.get(0).appendTo(sb);
    } else if (results.size() > 1) {
      sb.append(" (");
      for (int i = 0; i < results.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        results.get(i).appendTo(sb);
      }
      sb.append(')');
    }
  }

  /** The %T text as a Java string (for diagnostics). */
  @Override
  public String toString() {
    return GoStrings.toJava(string());
  }
}

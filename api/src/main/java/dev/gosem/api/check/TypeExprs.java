package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.check.Operand.Mode;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Interface;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * TypeExprs turns type expressions into types: array, slice, map, pointer, struct, interface and
 * function types, and declared (named) types with their methods. Checks that must wait until the
 * types involved are complete (map keys, embedded fields, recursive types) are queued with
 * {@link #later} and run at the end of the current declaration.
 */
abstract class TypeExprs extends CheckerBase {
  /** Checks postponed until the types they look at are complete. */
  final List<Runnable> delayed = new ArrayList<>();

  TypeExprs(Program prog) {
    super(prog);
  }

  void later(Runnable r) {
    delayed.add(r);
  }

  void processDelayed() {
    for (int i = 0; i < delayed.size(); i++) delayed.get(i).run();
    delayed.clear();
  }

  // =====================================================================================
  // entry points
  // =====================================================================================

  /** The type a type expression denotes, or INVALID (after reporting why). */
  @Override
  Type typ(Expr e) {
    switch (e) {
      case Expr.Ident id -> {}
      case Expr.Selector sel -> {}
      case Expr.Index ix -> {}
      case Expr.ArrayType t -> {}
      case Expr.MapType t -> {}
      case Expr.StructType t -> {}
      case Expr.InterfaceType t -> {}
      case Expr.FuncType t -> {}
      case Expr.Ellipsis t -> {}
      case Expr.Paren p -> {
        Type t = typ(p.x());
        if (!Universe.isInvalid(t)) recordTypeAndValue(e, t, null);
        return t;
      }
      case Expr.Star st -> {
        Type base = varType(st.x());
        if (Universe.isInvalid(base)) return Types.INVALID;
        Type t = new Pointer(base);
        recordTypeAndValue(e, t, null);
        return t;
      }
      default -> {
        errorAt(e, ExprText.of(e) + " is not a type");
        use(List.of(e));
        return Types.INVALID;
      }
    }
    Operand x = new Operand();
    rawExpr(x, e, null);
    switch (x.mode) {
      case INVALID -> {
        return Types.INVALID;
      }
      case TYPEXPR -> {
        return x.type;
      }
      case NOVALUE -> {
        errorAt(x, describe(x) + " used as type");
        return Types.INVALID;
      }
      default -> {
        errorAt(x, describe(x) + " is not a type");
        return Types.INVALID;
      }
    }
  }

  /** Interfaces that embed a non-interface type: type constraints, usable only as such. */
  final java.util.Set<Type> constraintIfaces = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** The type of a variable, parameter, field or element: a constraint interface may not be one. */
  @Override
  Type varType(Expr e) {
    Type t = typ(e);
    if (!Universe.isInvalid(t) && constraintIfaces.contains(Types.underlying(t))) {
      error(startPos(e), "cannot use type " + typeString(t) + " outside a type constraint: interface contains type constraints");
    }
    return t;
  }

  /**
   * The type a composite type expression denotes (called for ArrayType, MapType, StructType,
   * InterfaceType, FuncType and Ellipsis; pointer types are Star expressions, see Exprs).
   */
  Type typInternal(Expr e) {
    switch (e) {
      case Expr.ArrayType at -> {
        if (at.len() == null) return new Slice(varType(at.elem()));
        if (at.len() instanceof Expr.Ellipsis) {
          error(e.pos(), "invalid use of [...] array (outside a composite literal)");
          varType(at.elem());
          return Types.INVALID;
        }
        long n = arrayLength(at.len());
        Type elem = varType(at.elem());
        if (n < 0) return Types.INVALID;
        return new Array(n, elem);
      }
      case Expr.MapType mt -> {
        Type key = varType(mt.key());
        Type elem = varType(mt.value());
        dev.gosem.api.types.MapType m = new dev.gosem.api.types.MapType(key, elem);
        later(() -> {
          if (!Universe.isInvalid(key) && !Predicates.comparable(key)) {
            errorAt(mt.key(), "invalid map key type " + typeString(key));
          }
        });
        return m;
      }
      case Expr.StructType st -> {
        return structType(st);
      }
      case Expr.InterfaceType it -> {
        return interfaceType(it);
      }
      case Expr.FuncType ft -> {
        return funcType(null, ft.params(), ft.results()).sig;
      }
      case Expr.Ellipsis el -> {
        error(e.pos(), "invalid use of '...'");
        if (el.elem() != null) use(List.of(el.elem()));
        return Types.INVALID;
      }
      default -> {
        errorAt(e, ExprText.of(e) + " is not a type");
        use(List.of(e));
        return Types.INVALID;
      }
    }
  }

  private long arrayLength(Expr e) {
    if (e instanceof Expr.Ident id) {
      Object o = scope.lookup(id.name());
      if (o == null) {
        error(id.pos(), "undeclared name " + id.name() + " for array length");
        return -1;
      }
      boolean isConst = o instanceof Obj.Constant || (o instanceof PkgDecl pd && pd.kind == PkgDecl.Kind.CONST)
          || o == Universe.IOTA;
      if (!isConst) {
        error(id.pos(), "invalid array length " + id.name());
        return -1;
      }
    }
    Operand x = new Operand();
    expr(x, e);
    if (x.mode != Mode.CONSTANT) {
      if (!x.invalid()) errorAt(x, "array length " + describe(x) + " must be constant");
      return -1;
    }
    if (Universe.isUntyped(x.type) || Universe.isInteger(x.type)) {
      if (Val.isNumeric(x.val) && Val.isIntegral(x.val)) {
        BigInteger v = Val.toInt(x.val);
        if (Operands.representable(Val.of(v), Types.INT) != null) {
          if (v.signum() >= 0) return v.longValue();
          errorAt(x, "invalid array length " + describe(x));
          return -1;
        }
      }
    }
    errorAt(x, "array length " + describe(x) + " must be integer");
    return -1;
  }

  // =====================================================================================
  // struct types
  // =====================================================================================

  private Struct structType(Expr.StructType st) {
    List<Struct.Field> fields = new ArrayList<>();
    List<Pos> positions = new ArrayList<>();
    Map<String, Pos> seen = new LinkedHashMap<>();
    Expr prev = null;
    Type t = Types.INVALID;
    for (int i = 0; i < st.fields().size(); i++) {
      Field f = st.fields().get(i);
      if (i == 0 || f.type() != prev) {
        t = varType(f.type());
        prev = f.type();
      }
      if (f.name() != null) {
        addField(fields, positions, seen, f.name(), t, false, f.pos());
        continue;
      }
      Pos pos = startPos(f.type());
      String name = embeddedFieldName(f.type());
      if (name == null) {
        error(pos, "invalid embedded field type " + ExprText.of(f.type()));
        addField(fields, positions, seen, "_", Types.INVALID, true, pos);
        continue;
      }
      addField(fields, positions, seen, name, t, true, pos);
      Type embedded = t;
      later(() -> {
        boolean isPtr = embedded instanceof Pointer;
        Type base = Lookup.deref(embedded);
        switch (Types.underlying(base)) {
          case Pointer p -> error(pos, "embedded field type cannot be a pointer");
          case Interface in -> {
            if (isPtr) error(pos, "embedded field type cannot be a pointer to an interface");
          }
          case null, default -> {}
        }
      });
    }
    Struct s = new Struct(fields);
    List<Obj.Field> objs = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Struct.Field f = fields.get(i);
      objs.add(new Obj.Field(f.name(), positions.get(i), f.type(), f.embedded(), i));
    }
    fieldObjs.put(s, objs);
    return s;
  }

  private void addField(List<Struct.Field> fields, List<Pos> positions, Map<String, Pos> seen, String name,
      Type t, boolean embedded, Pos pos) {
    if (!name.equals("_")) {
      Pos alt = seen.get(name);
      if (alt != null) {
        error(pos, name + " redeclared\n\t" + alt + ": other declaration of " + name);
      } else {
        seen.put(name, pos);
      }
    }
    fields.add(new Struct.Field(name, t, embedded));
    positions.add(pos);
  }

  /** The name an embedded field's type gives it: T, *T or pkg.T; null if the type is not of that form. */
  private static String embeddedFieldName(Expr e) {
    return switch (e) {
      case Expr.Ident id -> id.name();
      case Expr.Star st -> st.x() instanceof Expr.Star ? null : embeddedFieldName(st.x());
      case Expr.Selector s -> s.sel();
      case Expr.Paren p -> null;
      default -> null;
    };
  }

  // =====================================================================================
  // interface types
  // =====================================================================================

  /** The named type whose declaration's right-hand side is the interface literal being checked. */
  private Named ifaceOwner;
  private Expr.InterfaceType ifaceOwnerExpr;
  /** Named interfaces whose embedded lists are being evaluated (an embedding cycle runs through them). */
  private final java.util.Set<Named> evaluatingEmbeds = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /** Interfaces that embed one not complete yet, and how to complete them. */
  private final List<Runnable> pendingIfaces = new ArrayList<>();
  private final java.util.Set<Interface> incompleteIfaces = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** An embedded interface's method set, or null if that interface is not complete yet. */
  private Interface embeddedMethods(Type t) {
    Type u = Types.underlying(t);
    if (u == null || (u instanceof Interface i && incompleteIfaces.contains(i))) return null;
    return u instanceof Interface i ? i : null;
  }

  private Type interfaceType(Expr.InterfaceType it) {
    Named owner = ifaceOwnerExpr == it ? ifaceOwner : null;
    ifaceOwner = null;
    ifaceOwnerExpr = null;
    boolean constraint = false;
    Map<String, Interface.Method> methods = new LinkedHashMap<>();
    Map<String, Pos> methodPos = new LinkedHashMap<>();
    List<Interface.Method> explicit = new ArrayList<>();
    List<Type> embeddeds = new ArrayList<>();
    List<Expr> embeddedExprs = new ArrayList<>();
    for (Field f : it.methods()) {
      if (f.name() == null) continue;
      if (f.name().equals("_")) {
        error(f.pos(), "methods must have a unique non-blank name");
        continue;
      }
      Expr.FuncType ft = f.type() instanceof Expr.FuncType x ? x : null;
      if (ft == null) {
        errorAt(f.type(), ExprText.of(f.type()) + " is not a method signature");
        continue;
      }
      Signature sig = funcType(null, ft.params(), ft.results()).sig;
      recordTypeAndValue(ft, sig, null);
      Interface.Method m = new Interface.Method(f.name(), sig);
      if (methods.containsKey(f.name())) {
        error(f.pos(), "duplicate method " + f.name() + "\n\t" + methodPos.get(f.name()) + ": other declaration of " + f.name());
        continue;
      }
      methods.put(f.name(), m);
      methodPos.put(f.name(), f.pos());
      explicit.add(m);
    }
    boolean incomplete = false;
    if (owner != null) evaluatingEmbeds.add(owner);
    try {
      for (Field f : it.methods()) {
        if (f.name() != null) continue;
        Type t = typ(f.type());
        if (Universe.isInvalid(t)) continue;
        if (Types.underlying(t) == null && evaluatingEmbeds.contains((Named) t)) {
          // The interface embeds itself, through embeddings only: a cycle.
          cycleThrough((Named) t);
          continue;
        }
        Type u = Types.underlying(t);
        if (u != null && !(u instanceof Interface)) {
          // A type term: the interface is a constraint (generics, which gosem does not support).
          constraint = true;
        }
        embeddeds.add(t);
        embeddedExprs.add(f.type());
        // An interface still being declared (reached through a method signature) is merged in
        // once its declaration is done.
        if (u == null || (u instanceof Interface ui && incompleteIfaces.contains(ui))) incomplete = true;
      }
    } finally {
      if (owner != null) evaluatingEmbeds.remove(owner);
    }
    if (!incomplete) return completeInterface(methods, methodPos, explicit, embeddeds, embeddedExprs, constraint);
    Interface placeholder = new Interface(new ArrayList<>(methods.values()));
    incompleteIfaces.add(placeholder);
    boolean isConstraint = constraint;
    pendingIfaces.add(() -> {
      Type done = completeInterface(new LinkedHashMap<>(methods), methodPos, explicit, embeddeds, embeddedExprs, isConstraint);
      incompleteIfaces.remove(placeholder);
      if (owner != null && Types.underlying(owner) == placeholder) owner.setUnderlying(done);
    });
    return placeholder;
  }

  /** Merges the embedded interfaces' methods into an interface's (all of them complete). */
  private Type completeInterface(Map<String, Interface.Method> methods, Map<String, Pos> methodPos,
      List<Interface.Method> explicit, List<Type> embeddeds, List<Expr> embeddedExprs, boolean constraint) {
    for (int k = 0; k < embeddeds.size(); k++) {
      Interface ei = embeddedMethods(embeddeds.get(k));
      if (ei == null) continue;
      for (Interface.Method m : ei.methods()) {
        Interface.Method other = methods.get(m.name());
        if (other != null) {
          if (!Predicates.identical(other.sig(), m.sig())) {
            Pos op = methodPos.get(m.name());
            error(startPos(embeddedExprs.get(k)), "duplicate method " + m.name()
                + (op != null ? "\n\t" + op + ": other declaration of " + m.name() : ""));
          }
          continue;
        }
        methods.put(m.name(), m);
      }
    }
    if (methods.isEmpty() && embeddeds.isEmpty()) return new Interface(List.of());
    Interface iface = new Interface(new ArrayList<>(methods.values()));
    if (constraint) constraintIfaces.add(iface);
    if (!embeddeds.isEmpty()) {
      StringJoiner j = new StringJoiner("; ", "interface{", "}");
      List<Interface.Method> sorted = new ArrayList<>(explicit);
      sorted.sort(java.util.Comparator.comparing(Interface.Method::name));
      for (Interface.Method m : sorted) j.add(m.name() + typeString(m.sig()).substring(4));
      for (Type t : embeddeds) j.add(typeString(t));
      typeDisplay.put(iface, j.toString());
    }
    return iface;
  }

  /** Completes the interfaces that waited for others, once no type declaration is in progress. */
  private void completePendingInterfaces() {
    while (!pendingIfaces.isEmpty()) {
      List<Runnable> work = new ArrayList<>(pendingIfaces);
      pendingIfaces.clear();
      for (Runnable r : work) r.run();
    }
    incompleteIfaces.clear();
  }


  // =====================================================================================
  // function types
  // =====================================================================================

  /** A checked function type: the signature, its receiver, and how Go spells them. */
  record SigInfo(Signature sig, Type recv, List<Type> params, Tuple results, String display) {}

  /**
   * Checks a signature's receiver (may be null), parameters and results, and records how Go
   * prints it (with parameter names). A final parameter of type {@code ...T} makes it variadic.
   */
  SigInfo funcType(Field recv, List<Field> params, List<Field> results) {
    Type recvType = null;
    if (recv != null) {
      recvType = varType(recv.type());
    }
    List<Type> pts = new ArrayList<>();
    StringJoiner pj = new StringJoiner(", ", "func(", ")");
    boolean variadic = false;
    Expr prev = null;
    Type t = Types.INVALID;
    for (int i = 0; i < params.size(); i++) {
      Field f = params.get(i);
      boolean dots = false;
      // Fields grouped under one type expression ("a, b int") share it; as in Go, the type and
      // a "..." are looked at once, for the first of them.
      if (i == 0 || f.type() != prev) {
        prev = f.type();
        Expr te = f.type();
        if (te instanceof Expr.Ellipsis el) {
          if (i == params.size() - 1) {
            dots = true;
          } else {
            error(te.pos(), "can only use ... with final parameter in list");
          }
          te = el.elem();
        }
        t = te == null ? Types.INVALID : varType(te);
      }
      Type pt = dots ? new Slice(t) : t;
      if (dots) {
        variadic = true;
        recordTypeAndValue(f.type(), pt, null);
      }
      pts.add(pt);
      String ts = dots ? "..." + typeString(t) : typeString(pt);
      pj.add(f.name() == null ? ts : f.name() + " " + ts);
    }
    List<Type> rts = new ArrayList<>();
    StringJoiner rj = new StringJoiner(", ", "(", ")");
    prev = null;
    for (int i = 0; i < results.size(); i++) {
      Field f = results.get(i);
      if (f.type() instanceof Expr.Ellipsis el) {
        error(f.type().pos(), "can only use ... with final parameter in list");
        t = el.elem() == null ? Types.INVALID : varType(el.elem());
        prev = f.type();
      } else if (i == 0 || f.type() != prev) {
        t = varType(f.type());
        prev = f.type();
      }
      rts.add(t);
      rj.add(f.name() == null ? typeString(t) : f.name() + " " + typeString(t));
    }
    Signature sig = new Signature(pts, rts, variadic);
    String display = pj.toString();
    boolean namedResults = !results.isEmpty() && results.getFirst().name() != null;
    if (rts.size() == 1 && !namedResults) display += " " + typeString(rts.getFirst());
    else if (!rts.isEmpty()) display += " " + rj;
    typeDisplay.put(sig, display);
    Tuple resultTuple = new Tuple(rts);
    typeDisplay.put(resultTuple, rj.toString());
    return new SigInfo(sig, recvType, pts, resultTuple, display);
  }

  // =====================================================================================
  // declared types
  // =====================================================================================

  /**
   * Declares the type of a type spec: an alias denotes the type it names; a definition creates
   * a Named, whose object is published (through publish) before its underlying type is checked,
   * so the type may refer to itself.
   */
  Obj.TypeName typeDecl(Spec.TypeSpec ts, java.util.function.Consumer<Obj.TypeName> publish) {
    Expr.Ident name = ts.name();
    if (ts.alias()) {
      Type t = typ(ts.type());
      Obj.TypeName tn = new Obj.TypeName(name.name(), name.pos(), t);
      publish.accept(tn);
      info.defs.put(name, tn);
      recordTypeAndValue(name, t, null);
      return tn;
    }
    Named named = new Named(pkgPath, pkgName, name.name(), null);
    Obj.TypeName tn = new Obj.TypeName(name.name(), name.pos(), named);
    publish.accept(tn);
    info.defs.put(name, tn);
    recordTypeAndValue(name, named, null);
    info.namedTypes.add(named);
    declaring.add(named);
    // A type defined as another type name (type T2 T1) takes that type's underlying type; if
    // that one is still being declared, T2's is set once it is, unless the names go round in a
    // circle (type A B; type B A), which is an invalid recursive type.
    Expr rhsExpr = unparen(ts.type());
    boolean directName = rhsExpr instanceof Expr.Ident || rhsExpr instanceof Expr.Selector;
    if (directName) directRhs.add(named);
    Type u;
    try {
      Type rhs;
      if (rhsExpr instanceof Expr.InterfaceType it) {
        ifaceOwner = named;
        ifaceOwnerExpr = it;
      }
      if (rhsExpr instanceof Expr.Star st) {
        // The named type is a pointer even when its base is broken, as in Go.
        Type base = varType(st.x());
        rhs = new Pointer(base);
        recordTypeAndValue(ts.type(), rhs, null);
      } else {
        rhs = typ(ts.type());
      }
      u = Types.underlying(rhs);
      if (u == null) {
        Named r = (Named) rhs;
        if (directRhs.contains(r)) {
          cycleThrough(r);
          u = Types.INVALID;
        } else {
          pendingUnderlying.add(() -> {
            Type ru = Types.underlying(r);
            if (ru == null) return false;
            named.setUnderlying(ru);
            return true;
          });
        }
      }
    } finally {
      if (directName) directRhs.remove(named);
      declaring.removeLast();
    }
    if (u != null) named.setUnderlying(u);
    if (declaring.isEmpty()) {
      completePendingUnderlying();
      completePendingInterfaces();
    }
    later(() -> validType(named, tn));
    return tn;
  }

  /** Reports a type that contains itself by value (through arrays and struct fields). */
  private void validType(Named n, Obj.TypeName tn) {
    List<Named> path = new ArrayList<>();
    if (!validType0(n.underlying(), path, n, tn)) n.setUnderlying(Types.INVALID);
  }

  private boolean validType0(Type t, List<Named> path, Named root, Obj.TypeName rootName) {
    switch (t) {
      case Array a -> {
        return validType0(a.elem(), path, root, rootName);
      }
      case Struct s -> {
        for (Struct.Field f : s.fields()) if (!validType0(f.type(), path, root, rootName)) return false;
        return true;
      }
      case Named n -> {
        if (n.underlying() == null || Universe.isInvalid(n.underlying())) return true;
        if (n == root) {
          List<Named> cycle = new ArrayList<>(path);
          cycle.addFirst(root);
          cycleError(cycle);
          return false;
        }
        if (path.contains(n)) return true; // a cycle not through root: reported for its own type
        path.add(n);
        boolean ok = validType0(n.underlying(), path, root, rootName);
        path.removeLast();
        return ok;
      }
      case null, default -> {
        return true;
      }
    }
  }

  /** Go's report of a type cycle, starting at the type declared first. */
  private void cycleError(List<Named> cycle) {
    List<Obj.TypeName> objs = new ArrayList<>();
    for (Named n : cycle) objs.add(typeNameOf(n));
    int first = 0;
    for (int i = 1; i < objs.size(); i++) if (objs.get(i).pos().compareTo(objs.get(first).pos()) < 0) first = i;
    if (reportedCycles.contains(objs.get(first))) return;
    reportedCycles.add(objs.get(first));
    Obj.TypeName obj = objs.get(first);
    StringBuilder b = new StringBuilder("invalid recursive type " + obj.name());
    int i = first;
    for (int k = 0; k < objs.size(); k++) {
      b.append("\n\t").append(obj.pos()).append(": ").append(obj.name()).append(" refers to");
      i = (i + 1) % objs.size();
      obj = objs.get(i);
    }
    b.append("\n\t").append(obj.pos()).append(": ").append(obj.name());
    error(objs.get(first).pos(), b.toString());
  }

  private final java.util.Set<Obj.TypeName> reportedCycles = new java.util.HashSet<>();

  /** Types declared as another type name, whose right-hand side is being resolved. */
  private final java.util.Set<Named> directRhs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /** Types waiting for the underlying type of the type they are defined as. */
  private final List<java.util.function.BooleanSupplier> pendingUnderlying = new ArrayList<>();

  private void completePendingUnderlying() {
    boolean progress = true;
    while (!pendingUnderlying.isEmpty() && progress) {
      progress = false;
      for (var it = pendingUnderlying.iterator(); it.hasNext(); ) {
        if (it.next().getAsBoolean()) {
          it.remove();
          progress = true;
        }
      }
    }
    pendingUnderlying.clear();
  }

  /** The named types whose declarations are being checked, outermost first. */
  final List<Named> declaring = new ArrayList<>();

  /** Reports the cycle of declarations that leads back to n, a type still being declared. */
  void cycleThrough(Named n) {
    int i = declaring.indexOf(n);
    if (i < 0) return;
    cycleError(new ArrayList<>(declaring.subList(i, declaring.size())));
  }

  /** The type name object declaring a named type. */
  Obj.TypeName typeNameOf(Named n) {
    for (var e : info.defs.entrySet()) {
      if (e.getValue() instanceof Obj.TypeName tn && tn.type() == n) return tn;
    }
    return new Obj.TypeName(n.name(), Pos.NONE, n);
  }

  /**
   * Attaches the methods declared for a package-level type: their signatures are checked now
   * (they may mention the type itself); duplicates and clashes with field names are reported.
   */
  void collectMethods(Named base, Obj.TypeName tn, List<PkgDecl> methods) {
    Map<String, Obj.Func> declared = new LinkedHashMap<>();
    Map<String, Obj> objsByName = info.methodObjs.computeIfAbsent(base, k -> new LinkedHashMap<>());
    for (PkgDecl md : methods) {
      Decl.FuncDecl fd = md.func;
      SigInfo si = methodSig(md);
      Obj.Func f = (Obj.Func) md.obj;
      if (fd.name().equals("_")) continue;
      Obj.Func alt = declared.get(fd.name());
      if (alt != null) {
        error(fd.pos(), tn.name() + "." + fd.name() + " redeclared in this block\n\t" + alt.pos()
            + ": other declaration of " + fd.name());
        continue;
      }
      declared.put(fd.name(), f);
      objsByName.put(fd.name(), f);
      base.addMethod(new Named.NamedMethod(fd.name(), si.sig, si.recv instanceof Pointer));
    }
    later(() -> {
      if (Types.underlying(base) instanceof Struct st) {
        List<Obj.Field> fs = fieldsOf(st);
        for (Obj.Field fld : fs) {
          Obj.Func m = declared.get(fld.name());
          if (m != null && !fld.name().equals("_")) {
            error(m.pos(), "field and method with the same name " + fld.name() + "\n\t" + fld.pos()
                + ": other declaration of " + fld.name());
          }
        }
      }
    });
  }

  /** Checks a method's (or function's) signature once and publishes its Obj.Func in md.obj. */
  SigInfo methodSig(PkgDecl md) {
    if (md.sigInfo != null) return md.sigInfo;
    Decl.FuncDecl fd = md.func;
    // While its signature is checked the function exists with an empty one, as in Go, so a
    // signature that refers to the function itself gets Go's error.
    Signature provisional = new Signature(List.of(), List.of());
    Obj.Func early = new Obj.Func(fd.name(), fd.pos(), provisional, fd, null);
    funcSigs.put(early, provisional);
    objTypes.put(early, provisional);
    md.obj = early;
    SigInfo si = funcType(fd.recv(), fd.params(), fd.results());
    md.sigInfo = si;
    Type recvPub = si.recv == null ? null : Universe.canon(si.recv);
    Obj.Func obj = new Obj.Func(fd.name(), fd.pos(), (Signature) Universe.canon(si.sig), fd, recvPub);
    funcSigs.put(obj, si.sig);
    funcResults.put(obj, si.results);
    objTypes.put(obj, si.sig);
    info.funcs.put(fd, obj);
    methodDecls.put(obj, md);
    md.obj = obj;
    if (fd.recv() != null) later(() -> validReceiver(fd.recv(), si.recv));
    return si;
  }

  private void validReceiver(Field recv, Type rt) {
    if (rt == null || Universe.isInvalid(rt)) return;
    Type base = Lookup.deref(rt);
    if (Universe.isInvalid(base)) return;
    Pos pos = recv.pos();
    switch (base) {
      case Named n -> {
        if (!n.pkg().equals(pkgPath)) {
          error(pos, "cannot define new methods on non-local type " + typeString(base));
        } else if (n.underlying() instanceof Pointer || n.underlying() instanceof Interface) {
          error(pos, "invalid receiver type " + typeString(base) + " (pointer or interface type)");
        }
      }
      case dev.gosem.api.types.Basic b -> error(pos, "cannot define new methods on non-local type " + typeString(base));
      default -> error(pos, "invalid receiver type " + typeString(rt));
    }
  }
}

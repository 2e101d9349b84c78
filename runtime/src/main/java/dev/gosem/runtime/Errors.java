package dev.gosem.runtime;

/**
 * Package errors. An error value is any interface value implementing {@link GoError}; these
 * functions follow chains through {@link GoUnwrapper} and consult {@link GoErrorMatcher}.
 */
public final class Errors {
  private Errors() {}

  /** errors.New: a new *errors.errorString (distinct from every other, even with equal text). */
  public static Object newError(String text) {
    return new ErrorString(text);
  }

  /** errors.Unwrap: err's Unwrap() result, or nil when it has no Unwrap method. */
  public static Object unwrap(Object err) {
    return err instanceof GoUnwrapper u ? u.unwrap() : null;
  }

  /** errors.Is. */
  public static boolean is(Object err, Object target) {
    if (target == null) {
      return err == null;
    }
    boolean comparable = TypeDesc.of(target).comparable();
    while (err != null) {
      if (comparable && GoEquality.ifaceEqual(err, target)) {
        return true;
      }
      if (err instanceof GoErrorMatcher m && m.is(target)) {
        return true;
      }
      err = unwrap(err);
    }
    return false;
  }

  /**
   * errors.As with the target given as the type it points to ({@code *target}'s type): the first
   * error in err's chain whose dynamic type is that type (or, for an interface type, implements
   * it), or whose As method accepts it; null if none. The caller stores the result through its
   * target pointer (after {@link TypeDesc#valueOf}, for a concrete non-pointer type). Go panics
   * when the target type is neither an interface nor implements error.
   */
  public static Object as(Object err, TypeDesc target) {
    if (target.kind() != TypeDesc.Kind.INTERFACE && !target.hasMethod("Error")) {
      throw Panics.panic("errors: *target must be interface or implement error");
    }
    while (err != null) {
      TypeDesc t = TypeDesc.of(err);
      if (target.kind() == TypeDesc.Kind.INTERFACE
          ? t.implementsInterface(target)
          : t == target) {
        return err;
      }
      if (err instanceof GoErrorMatcher m) {
        Object v = m.as(target);
        if (v != null) {
          return v;
        }
      }
      err = unwrap(err);
    }
    return null;
  }

  /** *errors.errorString, what errors.New returns. */
  static final class ErrorString implements GoError, GoStruct {
    static final TypeDesc TYPE =
        TypeDesc.pointerTo(
            TypeDesc.runtimeNamed(
                "errors",
                "errorString",
                TypeDesc.newStruct(TypeDesc.Field.of("s", TypeDesc.STRING)),
                new String[0]));

    static {
      TYPE.elem().setMethods(new String[0], new String[] {"Error"});
    }

    private final String text;

    ErrorString(String text) {
      this.text = text;
    }

    @Override
    public String error() {
      return text;
    }

    @Override
    public Object goField(int i) {
      return text;
    }

    @Override
    public GoStruct goCopy() {
      return new ErrorString(text);
    }

    @Override
    public void goAssign(GoStruct from) {
      throw new UnsupportedOperationException("errors.errorString is immutable");
    }

    @Override
    public TypeDesc goType() {
      return TYPE;
    }

    @Override
    public String toString() {
      return GoStrings.toJava(text);
    }
  }

  /** *fmt.wrapError, what fmt.Errorf returns when its format has a %w. */
  static final class WrapError implements GoError, GoStruct, GoUnwrapper {
    static final TypeDesc TYPE =
        TypeDesc.pointerTo(
            TypeDesc.runtimeNamed(
                "fmt",
                "wrapError",
                TypeDesc.newStruct(
                    TypeDesc.Field.of("msg", TypeDesc.STRING),
                    TypeDesc.Field.of("err", TypeDesc.ERROR)),
                new String[0]));

    static {
      TYPE.elem().setMethods(new String[0], new String[] {"Error", "Unwrap"});
    }

    private final String msg;
    private final Object err;

    WrapError(String msg, Object err) {
      this.msg = msg;
      this.err = err;
    }

    @Override
    public String error() {
      return msg;
    }

    @Override
    public Object goField(int i) {
      return i == 0 ? msg : err;
    }

    @Override
    public GoStruct goCopy() {
      return new WrapError(msg, err);
    }

    @Override
    public void goAssign(GoStruct from) {
      throw new UnsupportedOperationException("fmt.wrapError is immutable");
    }

    @Override
    public Object unwrap() {
      return err;
    }

    @Override
    public TypeDesc goType() {
      return TYPE;
    }

    @Override
    public String toString() {
      return GoStrings.toJava(msg);
    }
  }
}

package dev.gosem.backend.jvm;

/** Internal names of the runtime classes generated code calls; the one place that spells them. */
final class Runtime {
  private static final String PKG = "dev/gosem/runtime/";
  static final String ARITH = PKG + "Arith";
  static final String SCHED = PKG + "sched/Sched";
  static final String CHAN = PKG + "sched/Chan";
  static final String TIME = PKG + "sched/Time";
  static final String MUTEX = PKG + "sched/Mutex";
  static final String RW_MUTEX = PKG + "sched/RWMutex";
  static final String WAIT_GROUP = PKG + "sched/WaitGroup";
  static final String ONCE = PKG + "sched/Once";
  static final String ATOMIC_INT64 = PKG + "sched/AtomicInt64";
  static final String ATOMICS = PKG + "sched/Atomics";
  static final String GO_RUNTIME = PKG + "sched/GoRuntime";
  static final String BUILTIN = PKG + "Builtin";
  static final String FMT = PKG + "Fmt";
  static final String OS = PKG + "Os";
  static final String STRINGS = PKG + "GoStrings";
  static final String UNSIGNED = PKG + "Unsigned";
  static final String TYPE_DESC = PKG + "TypeDesc";
  static final String TYPE_DESC_D = "L" + TYPE_DESC + ";";
  static final String FIELD = PKG + "TypeDesc$Field";
  static final String METHOD = PKG + "TypeDesc$Method";
  static final String GO_VALUE = PKG + "GoValue";
  static final String GO_STRUCT = PKG + "GoStruct";
  static final String GO_ERROR = PKG + "GoError";
  static final String GO_STRINGER = PKG + "GoStringer";
  static final String GO_RECOVERER = PKG + "GoRecoverer";
  static final String GO_RUNTIME_ERROR = PKG + "GoRuntimeError";
  static final String GO_UNWRAPPER = PKG + "GoUnwrapper";
  static final String GO_ERROR_MATCHER = PKG + "GoErrorMatcher";
  static final String BOXED = PKG + "Boxed";
  static final String BOXER = PKG + "Boxer";
  static final String GO_MAP = PKG + "GoMap";
  static final String GO_MAP_ITER = PKG + "GoMap$Iter";
  static final String GO_EQUALITY = PKG + "GoEquality";
  static final String GO_ARRAYS = PKG + "GoArrays";
  static final String PANICS = PKG + "Panics";
  static final String GO_PANIC = PKG + "GoPanic";
  static final String DEFERS = PKG + "Defers";
  static final String GOROUTINE = PKG + "Goroutine";
  static final String DEFER_RECORD = PKG + "DeferRecord";
  static final String DEFER_SITE = PKG + "DeferSite";
  static final String STACK_RECORD = PKG + "StackRecord";
  static final String LONG_REF = PKG + "LongRef";
  static final String DOUBLE_REF = PKG + "DoubleRef";
  static final String BOOL_REF = PKG + "BoolRef";
  static final String OBJ_REF = PKG + "ObjRef";
  static final String STRINGS_BUILDER = PKG + "Strings$Builder";
  static final String LIB_STRINGS = PKG + "Strings";
  static final String ERRORS = PKG + "Errors";
  static final String STRCONV = PKG + "Strconv";
  static final String SORT = PKG + "Sort";
  static final String LESS_FUNC = PKG + "Sort$LessFunc";
  static final String SORT_INTERFACE = PKG + "Sort$SortInterface";
  static final String INDEX_PREDICATE = PKG + "Sort$IndexPredicate";
  static final String GO_MATH = PKG + "GoMath";
  private static final String SLICE = PKG + "slice/";
  static final String BYTE_SLICE = SLICE + "ByteSlice";
  static final String LONG_SLICE = SLICE + "LongSlice";
  static final String DOUBLE_SLICE = SLICE + "DoubleSlice";
  static final String BOOL_SLICE = SLICE + "BoolSlice";
  static final String REF_SLICE = SLICE + "RefSlice";

  private Runtime() {}
}

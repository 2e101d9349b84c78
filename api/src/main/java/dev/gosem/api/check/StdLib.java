package dev.gosem.api.check;

import dev.gosem.api.Pos;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Pointer;
import dev.gosem.api.types.Signature;
import dev.gosem.api.types.Slice;
import dev.gosem.api.types.Struct;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * StdLib is the part of Go's standard library gosem supports: for each importable package, its
 * members with Go's exact signatures (written below as Go source, and parsed), constants with
 * their exact values, and the names Go's package exports but gosem does not support yet (so a
 * program using one is told "unsupported", not "undefined").
 *
 * <p>Each function has two signatures: the public one its {@link Obj.StdFunc} carries
 * (canonical types), and the checker's, whose byte, rune and any print as Go spells them; the
 * checker also knows how Go prints the signature, parameter names included.
 */
final class StdLib {
  private StdLib() {}

  /** A function or method: its object, the checker's signature, and Go's spelling of it. */
  record Fn(Obj.StdFunc obj, Signature sig, String display, String resultsDisplay) {}

  /** A package: supported members and every name Go exports. */
  private record Pkg(String path, Map<String, Object> members, Set<String> exports) {}

  static final Named STRINGS_BUILDER = new Named("strings", "Builder", null);
  static final Named SYNC_MUTEX = new Named("sync", "Mutex", null);
  static final Named SYNC_RWMUTEX = new Named("sync", "RWMutex", null);
  static final Named SYNC_WAITGROUP = new Named("sync", "WaitGroup", null);
  static final Named SYNC_ONCE = new Named("sync", "Once", null);
  static final Named ATOMIC_INT64 = new Named("atomic", "Int64", null);
  static final Named TIME_DURATION = new Named("time", "Duration", null);
  static final Named TIME_TIME = new Named("time", "Time", null);
  static final Named TIME_TIMER = new Named("time", "Timer", null);
  static final Named TIME_TICKER = new Named("time", "Ticker", null);
  /** Standard named types the signatures below may name. */
  private static final Map<String, Named> NAMED = new LinkedHashMap<>();
  /** runtime.Error: the interface every runtime panic's value implements. */
  static final Named RUNTIME_ERROR = new Named("runtime", "Error", new dev.gosem.api.types.Interface(List.of(
      new dev.gosem.api.types.Interface.Method("Error", new dev.gosem.api.types.Signature(List.of(), List.of(Types.STRING))),
      new dev.gosem.api.types.Interface.Method("RuntimeError", new dev.gosem.api.types.Signature(List.of(), List.of())))));

  private static final Map<String, Pkg> PACKAGES = new LinkedHashMap<>();
  private static final Map<Type, String> DISPLAY = new IdentityHashMap<>();
  private static final Map<Named, List<Named.NamedMethod>> METHODS = new IdentityHashMap<>();
  private static final Map<Named, Map<String, Fn>> METHOD_FNS = new IdentityHashMap<>();
  private static final Map<Obj.StdFunc, Fn> FNS = new IdentityHashMap<>();
  private static final Map<Obj.Constant, Val> CONST_VALS = new IdentityHashMap<>();

  static {
    STRINGS_BUILDER.setUnderlying(new Struct(List.of(
        new Struct.Field("addr", new Pointer(STRINGS_BUILDER), false),
        new Struct.Field("buf", new Slice(Universe.BYTE), false))));

    pkg("fmt", Set.of(
        "Append", "Appendf", "Appendln", "Errorf", "Formatter", "Fprint", "Fprintf", "Fprintln",
        "Fscan", "Fscanf", "Fscanln", "GoStringer", "Print", "Printf", "Println", "Scan", "ScanState",
        "Scanf", "Scanln", "Scanner", "Sprint", "Sprintf", "Sprintln", "Sscan", "Sscanf", "Sscanln",
        "State", "Stringer"),
        "Println func(a ...any) (n int, err error)",
        "Print func(a ...any) (n int, err error)",
        "Printf func(format string, a ...any) (n int, err error)",
        "Sprintf func(format string, a ...any) string",
        "Sprint func(a ...any) string",
        "Sprintln func(a ...any) string",
        "Errorf func(format string, a ...any) error");
    pkg("os", Set.of(
        "Args", "Chdir", "Chmod", "Chown", "Chtimes", "Clearenv", "Create", "CreateTemp", "DevNull",
        "DirEntry", "DirFS", "Environ", "ErrClosed", "ErrDeadlineExceeded", "ErrExist", "ErrInvalid",
        "ErrNoDeadline", "ErrNotExist", "ErrPermission", "ErrProcessDone", "Executable", "Exit",
        "Expand", "ExpandEnv", "File", "FileInfo", "FileMode", "FindProcess", "Getegid", "Getenv",
        "Geteuid", "Getgid", "Getgroups", "Getpagesize", "Getpid", "Getppid", "Getuid", "Getwd",
        "Hostname", "Interrupt", "IsExist", "IsNotExist", "IsPathSeparator", "IsPermission",
        "IsTimeout", "Kill", "Lchown", "Link", "LinkError", "LookupEnv", "Lstat", "Mkdir", "MkdirAll",
        "MkdirTemp", "ModeAppend", "ModeCharDevice", "ModeDevice", "ModeDir", "ModeExclusive",
        "ModeIrregular", "ModeNamedPipe", "ModePerm", "ModeSetgid", "ModeSetuid", "ModeSocket",
        "ModeSticky", "ModeSymlink", "ModeTemporary", "ModeType", "NewFile", "NewSyscallError",
        "O_APPEND", "O_CREATE", "O_EXCL", "O_RDONLY", "O_RDWR", "O_SYNC", "O_TRUNC", "O_WRONLY",
        "Open", "OpenFile", "PathError", "PathListSeparator", "PathSeparator", "Pipe", "ProcAttr",
        "Process", "ProcessState", "ReadDir", "ReadFile", "Readlink", "Remove", "RemoveAll", "Rename",
        "SEEK_CUR", "SEEK_END", "SEEK_SET", "SameFile", "Setenv", "Signal", "StartProcess", "Stat",
        "Stderr", "Stdin", "Stdout", "Symlink", "SyscallError", "TempDir", "Truncate", "Unsetenv",
        "UserCacheDir", "UserConfigDir", "UserHomeDir", "WriteFile"),
        "Exit func(code int)");
    pkg("errors", Set.of("As", "Is", "New", "Unwrap"),
        "New func(text string) error",
        "Is func(err, target error) bool",
        "As func(err error, target any) bool",
        "Unwrap func(err error) error");
    pkg("strconv", Set.of(
        "AppendBool", "AppendFloat", "AppendInt", "AppendQuote", "AppendQuoteRune",
        "AppendQuoteRuneToASCII", "AppendQuoteRuneToGraphic", "AppendQuoteToASCII",
        "AppendQuoteToGraphic", "AppendUint", "Atoi", "CanBackquote", "ErrRange", "ErrSyntax",
        "FormatBool", "FormatComplex", "FormatFloat", "FormatInt", "FormatUint", "IntSize",
        "IsGraphic", "IsPrint", "Itoa", "NumError", "ParseBool", "ParseComplex", "ParseFloat",
        "ParseInt", "ParseUint", "Quote", "QuoteRune", "QuoteRuneToASCII", "QuoteRuneToGraphic",
        "QuoteToASCII", "QuoteToGraphic", "QuotedPrefix", "Unquote", "UnquoteChar"),
        "Itoa func(i int) string",
        "Atoi func(s string) (int, error)",
        "FormatInt func(i int64, base int) string",
        "ParseInt func(s string, base int, bitSize int) (i int64, err error)",
        "Quote func(s string) string");
    pkg("strings", Set.of(
        "Builder", "Clone", "Compare", "Contains", "ContainsAny", "ContainsRune", "Count", "Cut",
        "EqualFold", "Fields", "FieldsFunc", "HasPrefix", "HasSuffix", "Index", "IndexAny",
        "IndexByte", "IndexFunc", "IndexRune", "Join", "LastIndex", "LastIndexAny", "LastIndexByte",
        "LastIndexFunc", "Map", "NewReader", "NewReplacer", "Reader", "Repeat", "Replace",
        "ReplaceAll", "Replacer", "Split", "SplitAfter", "SplitAfterN", "SplitN", "Title", "ToLower",
        "ToLowerSpecial", "ToTitle", "ToTitleSpecial", "ToUpper", "ToUpperSpecial", "ToValidUTF8",
        "Trim", "TrimFunc", "TrimLeft", "TrimLeftFunc", "TrimPrefix", "TrimRight", "TrimRightFunc",
        "TrimSpace", "TrimSuffix"),
        "Contains func(s, substr string) bool",
        "HasPrefix func(s, prefix string) bool",
        "HasSuffix func(s, suffix string) bool",
        "Index func(s, substr string) int",
        "Split func(s, sep string) []string",
        "Join func(elems []string, sep string) string",
        "Repeat func(s string, count int) string",
        "Replace func(s, old, new string, n int) string",
        "ReplaceAll func(s, old, new string) string",
        "ToUpper func(s string) string",
        "ToLower func(s string) string",
        "Fields func(s string) []string",
        "TrimSpace func(s string) string");
    PACKAGES.get("strings").members.put("Builder", new Obj.TypeName("Builder", Pos.NONE, STRINGS_BUILDER));
    methods(STRINGS_BUILDER,
        "WriteString func(s string) (int, error)",
        "WriteByte func(c byte) error",
        "WriteRune func(r rune) (int, error)",
        "String func() string",
        "Len func() int",
        "Reset func()",
        "Grow func(n int)");
    // runtime.GOOS and runtime.GOARCH depend on the target: the checker answers them.
    pkg("runtime", Set.of(
        "BlockProfile", "Breakpoint", "CPUProfile", "Caller", "Callers", "CallersFrames", "Compiler",
        "Error", "Frame", "Frames", "Func", "FuncForPC", "GC", "GOARCH", "GOMAXPROCS", "GOOS", "GOROOT",
        "Goexit", "GoroutineProfile", "Gosched", "KeepAlive", "LockOSThread", "MemProfile",
        "MemProfileRate", "MemStats", "NumCPU", "NumCgoCall", "NumGoroutine", "ReadMemStats",
        "ReadTrace", "SetBlockProfileRate", "SetCPUProfileRate", "SetFinalizer", "Stack",
        "StartTrace", "StopTrace", "ThreadCreateProfile", "TypeAssertionError", "UnlockOSThread",
        "Version"),
        "Goexit func()");
    PACKAGES.get("runtime").members.put("Error", new Obj.TypeName("Error", Pos.NONE, RUNTIME_ERROR));
    pkg("sort", Set.of(
        "Find", "Float64Slice", "Float64s", "Float64sAreSorted", "IntSlice", "Interface", "Ints",
        "IntsAreSorted", "IsSorted", "Reverse", "Search", "SearchFloat64s", "SearchInts",
        "SearchStrings", "Slice", "SliceIsSorted", "SliceStable", "Sort", "Stable", "StringSlice",
        "Strings", "StringsAreSorted"),
        "Ints func(x []int)",
        "Strings func(x []string)",
        "Slice func(x any, less func(i, j int) bool)");
    pkg("math", Set.of(
        "Abs", "Acos", "Acosh", "Asin", "Asinh", "Atan", "Atan2", "Atanh", "Cbrt", "Ceil", "Copysign",
        "Cos", "Cosh", "Dim", "E", "Erf", "Erfc", "Erfcinv", "Erfinv", "Exp", "Exp2", "Expm1", "FMA",
        "Float32bits", "Float32frombits", "Float64bits", "Float64frombits", "Floor", "Frexp", "Gamma",
        "Hypot", "Ilogb", "Inf", "IsInf", "IsNaN", "J0", "J1", "Jn", "Ldexp", "Lgamma", "Ln10", "Ln2",
        "Log", "Log10", "Log10E", "Log1p", "Log2", "Log2E", "Logb", "Max", "MaxFloat32", "MaxFloat64",
        "MaxInt", "MaxInt16", "MaxInt32", "MaxInt64", "MaxInt8", "MaxUint", "MaxUint16", "MaxUint32",
        "MaxUint64", "MaxUint8", "Min", "MinInt", "MinInt16", "MinInt32", "MinInt64", "MinInt8", "Mod",
        "Modf", "NaN", "Nextafter", "Nextafter32", "Phi", "Pi", "Pow", "Pow10", "Remainder", "Round",
        "RoundToEven", "Signbit", "Sin", "Sincos", "Sinh", "SmallestNonzeroFloat32",
        "SmallestNonzeroFloat64", "Sqrt", "Sqrt2", "SqrtE", "SqrtPhi", "SqrtPi", "Tan", "Tanh", "Trunc",
        "Y0", "Y1", "Yn"),
        "Sqrt func(x float64) float64",
        "Inf func(sign int) float64",
        "NaN func() float64",
        "IsNaN func(f float64) (is bool)",
        "IsInf func(f float64, sign int) bool",
        "Abs func(x float64) float64",
        "Floor func(x float64) float64",
        "Ceil func(x float64) float64",
        "Max func(x, y float64) float64",
        "Min func(x, y float64) float64",
        "Pow func(x, y float64) float64");
    Map<String, Object> m = PACKAGES.get("math").members;
    intConst(m, "MaxInt8", BigInteger.ONE.shiftLeft(7).subtract(BigInteger.ONE));
    intConst(m, "MinInt8", BigInteger.ONE.shiftLeft(7).negate());
    intConst(m, "MaxInt16", BigInteger.ONE.shiftLeft(15).subtract(BigInteger.ONE));
    intConst(m, "MinInt16", BigInteger.ONE.shiftLeft(15).negate());
    intConst(m, "MaxInt32", BigInteger.ONE.shiftLeft(31).subtract(BigInteger.ONE));
    intConst(m, "MinInt32", BigInteger.ONE.shiftLeft(31).negate());
    intConst(m, "MaxInt64", BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE));
    intConst(m, "MinInt64", BigInteger.ONE.shiftLeft(63).negate());
    intConst(m, "MaxInt", BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE));
    intConst(m, "MinInt", BigInteger.ONE.shiftLeft(63).negate());
    intConst(m, "MaxUint8", BigInteger.ONE.shiftLeft(8).subtract(BigInteger.ONE));
    intConst(m, "MaxUint16", BigInteger.ONE.shiftLeft(16).subtract(BigInteger.ONE));
    intConst(m, "MaxUint32", BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE));
    intConst(m, "MaxUint64", BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    intConst(m, "MaxUint", BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    floatConst(m, "Pi", Val.fromDecimal(new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459")));
    floatConst(m, "E", Val.fromDecimal(new BigDecimal("2.71828182845904523536028747135266249775724709369995957496696763")));
    // MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52)) = (2^53 - 1) * 2^971
    floatConst(m, "MaxFloat64", Val.of(BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE).shiftLeft(971)));
    // SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52 = 2^-1074
    floatConst(m, "SmallestNonzeroFloat64", Val.rat(BigInteger.ONE, BigInteger.ONE.shiftLeft(1074)));
    goroutinePackages();
  }

  /** sync, sync/atomic, time and runtime: the packages of goroutines (see docs/goroutines.md). */
  private static void goroutinePackages() {
    SYNC_MUTEX.setUnderlying(new Struct(List.of(
        new Struct.Field("state", Types.INT32, false), new Struct.Field("sema", Types.UINT32, false))));
    SYNC_RWMUTEX.setUnderlying(new Struct(List.of(
        new Struct.Field("w", SYNC_MUTEX, false), new Struct.Field("readerCount", Types.INT32, false))));
    SYNC_WAITGROUP.setUnderlying(new Struct(List.of(new Struct.Field("state1", Types.UINT64, false))));
    SYNC_ONCE.setUnderlying(new Struct(List.of(
        new Struct.Field("done", Types.UINT32, false), new Struct.Field("m", SYNC_MUTEX, false))));
    ATOMIC_INT64.setUnderlying(new Struct(List.of(new Struct.Field("v", Types.INT64, false))));
    TIME_DURATION.setUnderlying(Types.INT64);
    TIME_TIME.setUnderlying(Types.INT64);
    NAMED.put("Duration", TIME_DURATION);
    NAMED.put("Time", TIME_TIME);
    // Go's Timer and Ticker: the channel C and the runtime's timer
    for (Named n : List.of(TIME_TIMER, TIME_TICKER)) {
      n.setUnderlying(new Struct(List.of(
          new Struct.Field("C", new dev.gosem.api.types.Chan(TIME_TIME, dev.gosem.api.types.Chan.Dir.RECV), false),
          new Struct.Field("r", Types.INT64, false))));
    }
    NAMED.put("Timer", TIME_TIMER);
    NAMED.put("Ticker", TIME_TICKER);

    pkg("sync", Set.of("Cond", "Locker", "Map", "Mutex", "NewCond", "Once", "OnceFunc", "Pool", "RWMutex", "WaitGroup"));
    typeName("sync", "Mutex", SYNC_MUTEX);
    typeName("sync", "RWMutex", SYNC_RWMUTEX);
    typeName("sync", "WaitGroup", SYNC_WAITGROUP);
    typeName("sync", "Once", SYNC_ONCE);
    methods(SYNC_MUTEX, "Lock func()", "Unlock func()", "TryLock func() bool");
    methods(SYNC_RWMUTEX, "Lock func()", "Unlock func()", "RLock func()", "RUnlock func()");
    methods(SYNC_WAITGROUP, "Add func(delta int)", "Done func()", "Wait func()");
    methods(SYNC_ONCE, "Do func(f func())");

    pkg("sync/atomic", Set.of(
        "AddInt32", "AddInt64", "AddUint32", "AddUint64", "AddUintptr", "Bool", "CompareAndSwapInt32",
        "CompareAndSwapInt64", "CompareAndSwapPointer", "CompareAndSwapUint32", "CompareAndSwapUint64",
        "CompareAndSwapUintptr", "Int32", "Int64", "LoadInt32", "LoadInt64", "LoadPointer", "LoadUint32",
        "LoadUint64", "LoadUintptr", "Pointer", "StoreInt32", "StoreInt64", "StorePointer", "StoreUint32",
        "StoreUint64", "StoreUintptr", "SwapInt32", "SwapInt64", "SwapPointer", "SwapUint32", "SwapUint64",
        "SwapUintptr", "Uint32", "Uint64", "Uintptr", "Value"),
        "AddInt64 func(addr *int64, delta int64) (new int64)",
        "LoadInt64 func(addr *int64) (val int64)",
        "StoreInt64 func(addr *int64, val int64)",
        "SwapInt64 func(addr *int64, new int64) (old int64)",
        "CompareAndSwapInt64 func(addr *int64, old, new int64) (swapped bool)");
    typeName("sync/atomic", "Int64", ATOMIC_INT64);
    methods(ATOMIC_INT64, "Add func(delta int64) (new int64)", "Load func() int64", "Store func(val int64)",
        "Swap func(new int64) (old int64)", "CompareAndSwap func(old, new int64) (swapped bool)");

    // package runtime is declared above (GOOS, GOARCH, Error, Goexit); the goroutine functions join it
    funcs("runtime", "Gosched func()", "NumGoroutine func() int");

    pkg("time", Set.of(
        "ANSIC", "After", "AfterFunc", "April", "August", "Date", "December", "Duration", "February",
        "FixedZone", "Friday", "Hour", "January", "July", "June", "Kitchen", "Layout", "LoadLocation",
        "Local", "Location", "March", "May", "Microsecond", "Millisecond", "Minute", "Monday", "Month",
        "Nanosecond", "NewTicker", "NewTimer", "November", "Now", "October", "Parse", "ParseDuration",
        "ParseError", "ParseInLocation", "RFC1123", "RFC1123Z", "RFC3339", "RFC3339Nano", "RFC822",
        "RFC822Z", "RFC850", "RubyDate", "Saturday", "Second", "September", "Since", "Sleep", "Stamp",
        "StampMicro", "StampMilli", "StampNano", "Sunday", "Thursday", "Tick", "Ticker", "Time",
        "Timer", "Tuesday", "UTC", "Unix", "UnixDate", "UnixMicro", "UnixMilli", "Until", "Wednesday",
        "Weekday"),
        "Sleep func(d Duration)",
        "Now func() Time",
        "Since func(t Time) Duration",
        "After func(d Duration) <-chan Time",
        "Tick func(d Duration) <-chan Time",
        "NewTimer func(d Duration) *Timer",
        "NewTicker func(d Duration) *Ticker");
    typeName("time", "Duration", TIME_DURATION);
    typeName("time", "Time", TIME_TIME);
    typeName("time", "Timer", TIME_TIMER);
    typeName("time", "Ticker", TIME_TICKER);
    methods(TIME_TIMER, "Stop func() bool", "Reset func(d Duration) bool");
    methods(TIME_TICKER, "Stop func()", "Reset func(d Duration)");
    valueMethods(TIME_DURATION, "String func() string", "Seconds func() float64",
        "Milliseconds func() int64", "Microseconds func() int64");
    valueMethods(TIME_TIME, "Sub func(u Time) Duration");
    Map<String, Object> tm = PACKAGES.get("time").members;
    typedConst(tm, "Nanosecond", TIME_DURATION, 1L);
    typedConst(tm, "Microsecond", TIME_DURATION, 1_000L);
    typedConst(tm, "Millisecond", TIME_DURATION, 1_000_000L);
    typedConst(tm, "Second", TIME_DURATION, 1_000_000_000L);
    typedConst(tm, "Minute", TIME_DURATION, 60_000_000_000L);
    typedConst(tm, "Hour", TIME_DURATION, 3_600_000_000_000L);
  }

  /** Adds functions to a package declared already. */
  private static void funcs(String path, String... funcs) {
    Map<String, Object> members = PACKAGES.get(path).members;
    for (String f : funcs) {
      int sp = f.indexOf(' ');
      String name = f.substring(0, sp);
      members.put(name, parseFn(path, name, f.substring(sp + 1), null).obj);
    }
  }

  private static void typeName(String pkg, String name, Named n) {
    PACKAGES.get(pkg).members.put(name, new Obj.TypeName(name, Pos.NONE, n));
  }

  private static void typedConst(Map<String, Object> m, String name, Type t, long v) {
    Obj.Constant c = new Obj.Constant(name, Pos.NONE, t, new Const.Int(BigInteger.valueOf(v)));
    CONST_VALS.put(c, Val.of(BigInteger.valueOf(v)));
    m.put(name, c);
  }

  // ---- queries ----

  static boolean isPackage(String path) {
    return PACKAGES.containsKey(path);
  }

  static String supportedPackages() {
    StringJoiner j = new StringJoiner(", ");
    for (String p : PACKAGES.keySet()) j.add("\"" + p + "\"");
    return j.toString();
  }

  /** The supported member pkg.name: an Obj.StdFunc, Obj.Constant or Obj.TypeName; or null. */
  static Obj member(String pkg, String name) {
    Pkg p = PACKAGES.get(pkg);
    return p == null ? null : (Obj) p.members.get(name);
  }

  /** Whether Go's package exports the name (supported or not). */
  static boolean exports(String pkg, String name) {
    Pkg p = PACKAGES.get(pkg);
    return p != null && p.exports.contains(name);
  }

  static Fn fn(Obj.StdFunc f) {
    return FNS.get(f);
  }

  static Val constVal(Obj.Constant c) {
    return CONST_VALS.get(c);
  }

  /** How Go prints a standard type or signature, or null. */
  static String display(Type t) {
    return DISPLAY.get(t);
  }

  /** The methods of a standard named type, or null for other types. */
  static List<Named.NamedMethod> methods(Named n) {
    return METHODS.get(n);
  }

  /** The object of a standard type's method, or null. */
  static Obj methodObj(Named n, String name) {
    Map<String, Fn> m = METHOD_FNS.get(n);
    Fn f = m == null ? null : m.get(name);
    return f == null ? null : f.obj;
  }

  // ---- construction ----

  private static void pkg(String path, Set<String> exports, String... funcs) {
    Map<String, Object> members = new LinkedHashMap<>();
    for (String f : funcs) {
      int sp = f.indexOf(' ');
      String name = f.substring(0, sp);
      Fn fn = parseFn(path, name, f.substring(sp + 1), null);
      members.put(name, fn.obj);
    }
    PACKAGES.put(path, new Pkg(path, members, exports));
  }

  private static void methods(Named n, String... funcs) {
    methods(n, true, funcs);
  }

  private static void valueMethods(Named n, String... funcs) {
    methods(n, false, funcs);
  }

  private static void methods(Named n, boolean pointer, String... funcs) {
    List<Named.NamedMethod> ms = new ArrayList<>();
    Map<String, Fn> fns = new LinkedHashMap<>();
    for (String f : funcs) {
      int sp = f.indexOf(' ');
      String name = f.substring(0, sp);
      Fn fn = parseFn(n.pkg(), name, f.substring(sp + 1), pointer ? new Pointer(n) : n);
      ms.add(new Named.NamedMethod(name, fn.sig, pointer));
      fns.put(name, fn);
    }
    METHODS.put(n, List.copyOf(ms));
    METHOD_FNS.put(n, fns);
  }

  private static void intConst(Map<String, Object> m, String name, BigInteger v) {
    Obj.Constant c = new Obj.Constant(name, Pos.NONE, Types.UNTYPED_INT, new Const.Int(v));
    CONST_VALS.put(c, Val.of(v));
    m.put(name, c);
  }

  private static void floatConst(Map<String, Object> m, String name, Val v) {
    Obj.Constant c = new Obj.Constant(name, Pos.NONE, Types.UNTYPED_FLOAT, Val.toConst(v));
    CONST_VALS.put(c, v);
    m.put(name, c);
  }

  private static Fn parseFn(String pkg, String name, String goType, Type recv) {
    SigParser p = new SigParser(goType);
    SigParser.Parsed parsed = p.func();
    Signature pub = (Signature) Universe.canon(parsed.sig);
    Obj.StdFunc obj = new Obj.StdFunc(pkg, name, pub, recv);
    DISPLAY.put(parsed.sig, parsed.display);
    if (parsed.sig.results().size() > 1 || (parsed.sig.results().size() == 1 && parsed.resultsNamed)) {
      DISPLAY.put(parsed.results, parsed.resultsDisplay);
    }
    Fn fn = new Fn(obj, parsed.sig, parsed.display, parsed.resultsDisplay);
    FNS.put(obj, fn);
    return fn;
  }

  /** Parses the Go function types written above: basic names, any, error, byte, rune, []T, ...T, func. */
  private static final class SigParser {
    record Parsed(Signature sig, String display, Tuple results, String resultsDisplay, boolean resultsNamed) {}

    private final String s;
    private int i;

    SigParser(String s) {
      this.s = s;
    }

    Parsed func() {
      expect("func");
      List<String[]> params = fields();
      List<String[]> results = new ArrayList<>();
      skipSpace();
      if (i < s.length() && s.charAt(i) == '(') {
        results = fields();
      } else if (i < s.length()) {
        results.add(new String[] {null, rest()});
      }
      List<Type> pts = new ArrayList<>();
      boolean variadic = false;
      StringJoiner pd = new StringJoiner(", ", "(", ")");
      for (int k = 0; k < params.size(); k++) {
        String t = params.get(k)[1];
        if (t.startsWith("...")) {
          variadic = true;
          pts.add(new Slice(type(t.substring(3))));
        } else {
          pts.add(type(t));
        }
        pd.add(params.get(k)[0] == null ? display(t) : params.get(k)[0] + " " + display(t));
      }
      List<Type> rts = new ArrayList<>();
      StringJoiner rd = new StringJoiner(", ", "(", ")");
      boolean named = false;
      for (String[] r : results) {
        rts.add(type(r[1]));
        named |= r[0] != null;
        rd.add(r[0] == null ? display(r[1]) : r[0] + " " + display(r[1]));
      }
      String display = "func" + pd;
      if (results.size() == 1 && !named) display += " " + display(results.getFirst()[1]);
      else if (!results.isEmpty()) display += " " + rd;
      Signature sig = new Signature(pts, rts, variadic);
      return new Parsed(sig, display, new Tuple(rts), rd.toString(), named);
    }

    /** A parenthesised list of (name, type) pairs, grouped names expanded ("s, sep string"). */
    private List<String[]> fields() {
      expect("(");
      List<String[]> out = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      while (true) {
        skipSpace();
        if (s.charAt(i) == ')') {
          i++;
          break;
        }
        int depth = 0;
        int start = i;
        while (depth > 0 || (s.charAt(i) != ',' && s.charAt(i) != ')')) {
          if (s.charAt(i) == '(') depth++;
          if (s.charAt(i) == ')') depth--;
          i++;
        }
        String item = s.substring(start, i).trim();
        if (s.charAt(i) == ',') i++;
        int sp = item.indexOf(' ');
        boolean hasName = sp > 0 && !item.startsWith("func") && !item.substring(0, sp).contains("(");
        if (!hasName) {
          if (item.matches("[a-z][A-Za-z]*") && !isTypeName(item)) {
            pending.add(item);
          } else {
            out.add(new String[] {null, item});
          }
          continue;
        }
        String name = item.substring(0, sp);
        String type = item.substring(sp + 1).trim();
        for (String p : pending) out.add(new String[] {p, type});
        pending.clear();
        out.add(new String[] {name, type});
      }
      for (String p : pending) out.add(new String[] {null, p});
      return out;
    }

    /** Go's spelling of a type written above: nested func types get their names expanded. */
    private static String display(String t) {
      t = t.trim();
      if (t.startsWith("*")) return "*" + display(t.substring(1));
      if (t.startsWith("<-chan ")) return "<-chan " + display(t.substring(7));
      if (NAMED.containsKey(t)) return NAMED.get(t).pkg() + "." + t;
      if (t.startsWith("...")) return "..." + display(t.substring(3));
      if (t.startsWith("[]")) return "[]" + display(t.substring(2));
      if (t.startsWith("func")) return new SigParser(t).func().display;
      return t;
    }

    private static boolean isTypeName(String n) {
      return Types.PREDECLARED.containsKey(n) || n.equals("any") || n.equals("error");
    }

    private Type type(String t) {
      t = t.trim();
      if (t.startsWith("[]")) return new Slice(type(t.substring(2)));
      if (t.startsWith("func")) return new SigParser(t).func().sig;
      if (t.startsWith("*")) return new Pointer(type(t.substring(1)));
      if (t.startsWith("<-chan ")) return new dev.gosem.api.types.Chan(type(t.substring(7)), dev.gosem.api.types.Chan.Dir.RECV);
      if (NAMED.containsKey(t)) return NAMED.get(t);
      return switch (t) {
        case "any" -> Universe.ANY;
        case "error" -> Types.ERROR;
        case "byte" -> Universe.BYTE;
        case "rune" -> Universe.RUNE;
        default -> {
          Basic b = Types.PREDECLARED.get(t);
          if (b == null) throw new IllegalStateException("unknown type in std signature: " + t);
          yield b;
        }
      };
    }

    private String rest() {
      String r = s.substring(i).trim();
      i = s.length();
      return r;
    }

    private void skipSpace() {
      while (i < s.length() && s.charAt(i) == ' ') i++;
    }

    private void expect(String tok) {
      skipSpace();
      if (!s.startsWith(tok, i)) throw new IllegalStateException("bad std signature " + s + " at " + i);
      i += tok.length();
    }
  }
}

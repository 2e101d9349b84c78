package dev.gosem.examples.programs.goroutines;

import static dev.gosem.api.build.Go.addr;
import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.chanOf;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.pkgType;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.receive;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.recvChanOf;
import static dev.gosem.api.build.Go.sel;
import static dev.gosem.api.build.Go.sendChanOf;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT64;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;

/**
 * Patterns are the classic goroutine programs, each made deterministic the way a Go programmer
 * would: results collected and sorted, or ordered by channels, never by timing.
 */
public final class Patterns {
  private Patterns() {}

  static final Named WAIT_GROUP = pkgType("sync", "WaitGroup");
  static final Named MUTEX = pkgType("sync", "Mutex");
  static final Named RW_MUTEX = pkgType("sync", "RWMutex");
  static final Named ONCE = pkgType("sync", "Once");
  static final Named ATOMIC_INT64 = pkgType("sync/atomic", "Int64");
  static final Named DURATION = pkgType("time", "Duration");

  static Object ms(long n) {
    return sel("time", "Millisecond").mul(n);
  }

  /** Four workers square the jobs of a channel; results are collected, sorted and summed. */
  public static Program workerPool() {
    return Go.program("workerpool", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort", "sync");
      Named result = f.type("Result", struct(field("Job", INT), field("Square", INT), field("Worker", INT)));
      f.func("worker", fn -> {
        Var id = fn.param("id", INT);
        Var jobs = fn.param("jobs", recvChanOf(INT));
        Var results = fn.param("results", sendChanOf(result));
        Var wg = fn.param("wg", ptr(WAIT_GROUP));
        fn.rangeOver(jobs, "j", (b, j) -> b.send(results, lit(result, j, j.mul(j), id)));
        fn.call(wg.method("Done"));
      });
      f.func("main", fn -> {
        Var jobs = fn.define("jobs", make(chanOf(INT), 100));
        Var results = fn.define("results", make(chanOf(result), 100));
        Var wg = fn.var("wg", WAIT_GROUP);
        fn.forLoop(l -> {
          Var w = l.init().define("w", 1);
          l.cond(w.le(4));
          l.post().inc(w);
          l.body(b -> {
            b.call(wg.method("Add", 1));
            b.go(call("worker", w, jobs, results, addr(wg)));
          });
        });
        fn.forLoop(l -> {
          Var j = l.init().define("j", 1);
          l.cond(j.le(20));
          l.post().inc(j);
          l.body(b -> b.send(jobs, j));
        });
        fn.close(jobs);
        fn.go(call(func(c -> {
          c.call(wg.method("Wait"));
          c.close(results);
        })));
        Var all = fn.var("all", sliceOf(result));
        Var perWorker = fn.define("perWorker", make(mapOf(INT, INT)));
        fn.rangeOver(results, "r", (b, r) -> {
          b.assign(all, append(all, r));
          b.inc(perWorker.index(r.field("Worker")));
        });
        fn.call(pkgCall("sort", "Slice", all, func(c -> {
          Var i = c.param("i", INT);
          Var k = c.param("k", INT);
          c.result(BOOL);
          c.ret(all.index(i).field("Job").lt(all.index(k).field("Job")));
        })));
        Var sum = fn.define("sum", 0);
        fn.rangeOver(all, "_", "r", (b, k, r) -> {
          b.call(fmtPrintf("job %2d -> %3d\n", r.field("Job"), r.field("Square")));
          b.addAssign(sum, r.field("Square"));
        });
        Var jobsDone = fn.define("jobsDone", 0);
        fn.rangeOver(perWorker, "_", "n", (b, k, n) -> b.addAssign(jobsDone, n));
        fn.call(fmtPrintln("results:", len(all), "sum:", sum, "jobs counted per worker:", jobsDone));
      });
    }));
  }

  /** A three-stage pipeline: generate, square, filter, then sum; each stage closes its output. */
  public static Program pipeline() {
    return Go.program("pipeline", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("gen", fn -> {
        Var n = fn.param("n", INT);
        fn.result(recvChanOf(INT));
        Var out = fn.define("out", make(chanOf(INT)));
        fn.go(call(func(c -> {
          c.forLoop(l -> {
            Var i = l.init().define("i", 1);
            l.cond(i.le(n));
            l.post().inc(i);
            l.body(b -> b.send(out, i));
          });
          c.close(out);
        })));
        fn.ret(out);
      });
      f.func("square", fn -> {
        Var in = fn.param("in", recvChanOf(INT));
        fn.result(recvChanOf(INT));
        Var out = fn.define("out", make(chanOf(INT)));
        fn.go(call(func(c -> {
          c.rangeOver(in, "v", (b, v) -> b.send(out, v.mul(v)));
          c.close(out);
        })));
        fn.ret(out);
      });
      f.func("odd", fn -> {
        Var in = fn.param("in", recvChanOf(INT));
        fn.result(recvChanOf(INT));
        Var out = fn.define("out", make(chanOf(INT), 4));
        fn.go(call(func(c -> {
          c.rangeOver(in, "v", (b, v) -> b.ifThen(v.rem(2).eq(1), t -> t.send(out, v)));
          c.close(out);
        })));
        fn.ret(out);
      });
      f.func("main", fn -> {
        Var total = fn.define("total", 0);
        fn.rangeOver(call("odd", call("square", call("gen", 10))), "v", (b, v) -> {
          b.call(fmtPrintln("odd square", v));
          b.addAssign(total, v);
        });
        fn.call(fmtPrintln("total", total));
        Var stages = fn.define("stages", call("gen", 5));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(b -> b.assign(stages, call("square", stages)));
        });
        fn.rangeOver(stages, "v", (b, v) -> b.call(fmtPrintln("x^8:", v)));
      });
    }));
  }

  /** Fan-in with select: two sources merged until both close, then a receive that times out. */
  public static Program fanIn() {
    return Go.program("fanin", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "time");
      f.func("source", fn -> {
        Var name = fn.param("name", STRING);
        Var n = fn.param("n", INT);
        fn.result(recvChanOf(STRING));
        Var out = fn.define("out", make(chanOf(STRING)));
        fn.go(call(func(c -> {
          c.forLoop(l -> {
            Var i = l.init().define("i", 0);
            l.cond(i.lt(n));
            l.post().inc(i);
            l.body(b -> b.send(out, pkgCall("fmt", "Sprintf", "%s%d", name, i)));
          });
          c.close(out);
        })));
        fn.ret(out);
      });
      f.func("main", fn -> {
        Var a = fn.define("a", call("source", "a", 3));
        Var b = fn.define("b", call("source", "b", 4));
        Var counts = fn.define("counts", make(mapOf(STRING, INT)));
        Var got = fn.define("got", 0);
        fn.whileLoop(a.ne(Go.nil()).orElse(b.ne(Go.nil())), loop -> loop.select(s -> s
            .recvOk("_", "ok", a, (c, v, ok) -> {
              c.ifThen(Go.not(ok), t -> {
                t.assign(a, Go.nil());
                t.cont();
              });
              c.inc(counts.index("a"));
              c.inc(got);
            })
            .recvOk("_", "ok", b, (c, v, ok) -> {
              c.ifThen(Go.not(ok), t -> {
                t.assign(b, Go.nil());
                t.cont();
              });
              c.inc(counts.index("b"));
              c.inc(got);
            })
            .recv(pkgCall("time", "After", sel("time", "Second")), c -> {
              c.call(fmtPrintln("stalled"));
              c.ret();
            })));
        fn.call(fmtPrintln("both sources closed; from a:", counts.index("a"), "from b:", counts.index("b"), "total:", got));
        Var quiet = fn.define("quiet", make(chanOf(STRING)));
        Var start = fn.define("start", pkgCall("time", "Now"));
        fn.select(s -> s
            .recv("m", quiet, (c, m) -> c.call(fmtPrintln("message", m)))
            .recv(pkgCall("time", "After", ms(30)), c -> c.call(fmtPrintln("timeout after 30ms"))));
        fn.call(fmtPrintln("waited at least 30ms:", pkgCall("time", "Since", start).ge(ms(30))));
      });
    }));
  }

  /** A counter guarded by a Mutex, incremented by 1,000 goroutines; a racy-free total. */
  public static Program mutexCounter() {
    return Go.program("mutexcounter", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sync");
      Named counter = f.type("Counter", struct(field("mu", MUTEX), field("counts", mapOf(STRING, INT))));
      f.method(recv("c", ptr(counter)), "Inc", (fn, c) -> {
        Var key = fn.param("key", STRING);
        fn.call(c.field("mu").method("Lock"));
        fn.inc(c.field("counts").index(key));
        fn.call(c.field("mu").method("Unlock"));
      });
      f.method(recv("c", ptr(counter)), "Get", (fn, c) -> {
        Var key = fn.param("key", STRING);
        fn.result(INT);
        fn.call(c.field("mu").method("Lock"));
        Var v = fn.define("v", c.field("counts").index(key));
        fn.call(c.field("mu").method("Unlock"));
        fn.ret(v);
      });
      f.func("main", fn -> {
        Var c = fn.define("c", lit(counter, Go.kv("counts", make(mapOf(STRING, INT)))).addr());
        Var wg = fn.var("wg", WAIT_GROUP);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(1000));
          l.post().inc(i);
          l.body(b -> {
            b.call(wg.method("Add", 1));
            b.go(call(func(g -> {
              Var k = g.param("k", INT);
              g.call(c.method("Inc", "all"));
              g.ifThen(k.rem(3).eq(0), t -> t.call(c.method("Inc", "third")));
              g.call(wg.method("Done"));
            }), i));
          });
        });
        fn.call(wg.method("Wait"));
        fn.call(fmtPrintln("all:", c.method("Get", "all"), "every third:", c.method("Get", "third")));
        Var plain = fn.define("plain", 0);
        Var mu = fn.var("mu", MUTEX);
        Var wg2 = fn.var("wg2", WAIT_GROUP);
        fn.call(wg2.method("Add", 1000));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(1000));
          l.post().inc(i);
          l.body(b -> b.go(call(func(g -> {
            g.call(mu.method("Lock"));
            g.inc(plain);
            g.call(mu.method("Unlock"));
            g.call(wg2.method("Done"));
          }))));
        });
        fn.call(wg2.method("Wait"));
        fn.call(fmtPrintln("plain counter:", plain));
      });
    }));
  }

  /** A buffered channel as a semaphore: at most three goroutines in the critical section. */
  public static Program semaphore() {
    return Go.program("semaphore", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sync", "sync/atomic", "time");
      f.func("main", fn -> {
        Var sem = fn.define("sem", make(chanOf(Go.struct()), 3));
        Var active = fn.var("active", ATOMIC_INT64);
        Var peak = fn.var("peak", ATOMIC_INT64);
        Var wg = fn.var("wg", WAIT_GROUP);
        Var done = fn.define("done", make(chanOf(INT), 12));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(12));
          l.post().inc(i);
          l.body(b -> {
            b.call(wg.method("Add", 1));
            b.go(call(func(g -> {
              Var id = g.param("id", INT);
              g.send(sem, lit(Go.struct()));
              Var n = g.define("n", active.method("Add", 1));
              g.forever(loop -> {
                Var p = loop.define("p", peak.method("Load"));
                loop.ifThen(n.le(p).orElse(peak.method("CompareAndSwap", p, n)), t -> t.brk());
              });
              g.call(pkgCall("time", "Sleep", ms(2)));
              g.call(active.method("Add", -1));
              g.receive(sem);
              g.send(done, id);
              g.call(wg.method("Done"));
            }), i));
          });
        });
        fn.call(wg.method("Wait"));
        fn.close(done);
        Var sum = fn.define("sum", 0);
        fn.rangeOver(done, "id", (b, id) -> b.addAssign(sum, id));
        fn.call(fmtPrintln("finished:", sum, "peak within limit:", peak.method("Load").le(3),
            "peak reached:", peak.method("Load").ge(1), "active now:", active.method("Load")));
      });
    }));
  }

  /** Channel basics: unbuffered hand-off, buffers, len and cap, close, comma-ok, range, nil. */
  public static Program chanBasics() {
    return Go.program("chanbasics", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", fn -> {
        Var ch = fn.define("ch", make(chanOf(STRING)));
        Var done = fn.define("done", make(chanOf(BOOL)));
        fn.go(call(func(c -> {
          Var msg = c.define("msg", receive(ch));
          c.call(fmtPrintln("received", msg));
          c.send(done, true);
        })));
        fn.send(ch, "ping");
        fn.receive(done);
        Var buf = fn.define("buf", make(chanOf(INT), 3));
        fn.call(fmtPrintln("empty:", len(buf), cap(buf)));
        fn.send(buf, 10);
        fn.send(buf, 20);
        fn.call(fmtPrintln("two queued:", len(buf), cap(buf)));
        fn.call(fmtPrintln("first out:", receive(buf)));
        fn.send(buf, 30);
        fn.close(buf);
        Var[] vo = fn.define(names("v", "ok"), receive(buf));
        fn.call(fmtPrintln("after close:", vo[0], vo[1], len(buf)));
        fn.rangeOver(buf, "x", (b, x) -> b.call(fmtPrintln("drained", x)));
        fn.assign(new dev.gosem.api.build.Ex[] {vo[0], vo[1]}, receive(buf));
        fn.call(fmtPrintln("closed and empty:", vo[0], vo[1]));
        Var nilch = fn.var("nilch", chanOf(INT));
        fn.call(fmtPrintln("nil channel:", nilch.eq(Go.nil()), len(nilch), cap(nilch)));
        Var squares = fn.define("squares", make(chanOf(INT)));
        fn.go(call(func(c -> {
          c.forLoop(l -> {
            Var i = l.init().define("i", 1);
            l.cond(i.le(5));
            l.post().inc(i);
            l.body(b -> b.send(squares, i.mul(i)));
          });
          c.close(squares);
        })));
        Var all = fn.var("all", sliceOf(INT));
        fn.rangeOver(squares, "s", (b, s) -> b.assign(all, append(all, s)));
        fn.call(fmtPrintln("squares:", all));
        fn.call(fmtPrintf("%T %T %T %v\n", ch, conv(recvChanOf(INT), buf), conv(sendChanOf(INT), buf), buf.eq(buf)));
      });
    }));
  }

  /** select: default when nothing is ready, a uniformly random choice when several are. */
  public static Program selectRandom() {
    return Go.program("selectrandom", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", fn -> {
        Var a = fn.define("a", make(chanOf(INT), 1));
        Var b = fn.define("b", make(chanOf(INT), 1));
        fn.select(s -> s
            .recv("v", a, (c, v) -> c.call(fmtPrintln("a", v)))
            .defaultCase(c -> c.call(fmtPrintln("nothing ready: default"))));
        Var counts = fn.define("counts", lit(Go.arrayOf(2, INT)));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(4000));
          l.post().inc(i);
          l.body(body -> {
            body.send(a, i);
            body.send(b, i);
            body.select(s -> s
                .recv(a, c -> {
                  c.inc(counts.index(0));
                  c.receive(b);
                })
                .recv(b, c -> {
                  c.inc(counts.index(1));
                  c.receive(a);
                }));
          });
        });
        fn.call(fmtPrintln("both chosen often:", counts.index(0).gt(1600), counts.index(1).gt(1600),
            "total:", counts.index(0).add(counts.index(1))));
        Var full = fn.define("full", make(chanOf(INT), 1));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> body.select(s -> s
              .send(full, i, c -> c.call(fmtPrintln("sent", i)))
              .defaultCase(c -> c.call(fmtPrintln("buffer full, dropped", i)))));
        });
        Var nilch = fn.var("nilch", chanOf(INT));
        fn.select(s -> s
            .recv(nilch, c -> c.call(fmtPrintln("impossible")))
            .send(nilch, 1, c -> c.call(fmtPrintln("impossible")))
            .recv("v", full, (c, v) -> c.call(fmtPrintln("only the buffered channel is ready:", v))));
      });
    }));
  }

  /** sync.Once, sync.RWMutex and atomics: a lazily built table read by many goroutines. */
  public static Program onceAndRw() {
    return Go.program("oncerw", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sync", "sync/atomic");
      f.var("once", ONCE);
      f.var("table", mapOf(INT, STRING));
      f.var("builds", INT64);
      f.func("load", fn -> {
        fn.call(Go.sel("atomic", "AddInt64").call(addr(Go.id("builds")), 1));
        fn.assign(Go.id("table"), lit(mapOf(INT, STRING), Go.kv(1, "one"), Go.kv(2, "two"), Go.kv(3, "three")));
      });
      Named cache = f.type("Cache", struct(field("mu", RW_MUTEX), field("m", mapOf(STRING, INT)), field("hits", ATOMIC_INT64)));
      f.method(recv("c", ptr(cache)), "Get", (fn, c) -> {
        Var k = fn.param("k", STRING);
        fn.results(INT, BOOL);
        fn.call(c.field("mu").method("RLock"));
        Var[] vo = fn.define(names("v", "ok"), c.field("m").index(k));
        fn.call(c.field("mu").method("RUnlock"));
        fn.ifThen(vo[1], t -> t.call(c.field("hits").method("Add", 1)));
        fn.ret(vo[0], vo[1]);
      });
      f.method(recv("c", ptr(cache)), "Put", (fn, c) -> {
        Var k = fn.param("k", STRING);
        Var v = fn.param("v", INT);
        fn.call(c.field("mu").method("Lock"));
        fn.assign(c.field("m").index(k), v);
        fn.call(c.field("mu").method("Unlock"));
      });
      f.func("main", fn -> {
        Var wg = fn.var("wg", WAIT_GROUP);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(50));
          l.post().inc(i);
          l.body(b -> {
            b.call(wg.method("Add", 1));
            b.go(call(func(g -> {
              g.call(Go.id("once").method("Do", Go.id("load")));
              g.call(wg.method("Done"));
            })));
          });
        });
        fn.call(wg.method("Wait"));
        fn.call(fmtPrintln("table:", Go.id("table"), "built", Go.sel("atomic", "LoadInt64").call(addr(Go.id("builds"))), "time(s)"));
        Var c = fn.define("c", lit(cache, Go.kv("m", make(mapOf(STRING, INT)))).addr());
        Var wg2 = fn.var("wg2", WAIT_GROUP);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(20));
          l.post().inc(i);
          l.body(b -> {
            b.call(wg2.method("Add", 2));
            b.go(call(func(g -> {
              Var k = g.param("k", INT);
              g.call(c.method("Put", pkgCall("fmt", "Sprint", "k", k.rem(5)), k));
              g.call(wg2.method("Done"));
            }), i));
            b.go(call(func(g -> {
              g.call(c.method("Get", "k0"));
              g.call(wg2.method("Done"));
            })));
          });
        });
        fn.call(wg2.method("Wait"));
        fn.call(fmtPrintln("keys:", len(c.field("m")), "hits counted:", c.field("hits").method("Load").le(20)));
        Var n = fn.var("n", INT64);
        Var wg3 = fn.var("wg3", WAIT_GROUP);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 1);
          l.cond(i.le(100));
          l.post().inc(i);
          l.body(b -> {
            b.call(wg3.method("Add", 1));
            b.go(call(func(g -> {
              Var d = g.param("d", INT64);
              g.call(Go.sel("atomic", "AddInt64").call(addr(n), d));
              g.call(wg3.method("Done"));
            }), conv(INT64, i)));
          });
        });
        fn.call(wg3.method("Wait"));
        fn.call(fmtPrintln("atomic sum 1..100:", Go.sel("atomic", "LoadInt64").call(addr(n))));
        fn.call(fmtPrintln("CAS 5050->1:", Go.sel("atomic", "CompareAndSwapInt64").call(addr(n), 5050, 1),
            "CAS 5050->2:", Go.sel("atomic", "CompareAndSwapInt64").call(addr(n), 5050, 2), "now:", n));
      });
    }));
  }

  /** time.Duration's String for every unit, arithmetic on durations, Seconds and Milliseconds. */
  public static Program durations() {
    return Go.program("durations", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "time");
      f.func("main", fn -> {
        Var ds = fn.define("ds", lit(sliceOf(DURATION), 0, 1, 999, 1000, 1001, sel("time", "Microsecond").mul(1500),
            sel("time", "Millisecond"), sel("time", "Second").mul(3).div(2), sel("time", "Minute").add(sel("time", "Second")),
            sel("time", "Hour").mul(2).add(sel("time", "Minute").mul(3)), sel("time", "Hour").mul(100),
            Go.neg(sel("time", "Millisecond").mul(250)), conv(DURATION, Go.lit(1L << 62))));
        fn.rangeOver(ds, "_", "d", (b, k, d) -> b.call(fmtPrintf("%-22v %-24s %d\n", d, d.method("String"), conv(INT64, d))));
        Var d = fn.define("d", sel("time", "Second").mul(90));
        fn.call(fmtPrintln(d, d.method("Seconds"), d.method("Milliseconds"), d.div(sel("time", "Minute")), d.rem(sel("time", "Minute"))));
        fn.call(fmtPrintln(sel("time", "Hour").gt(sel("time", "Minute")), conv(DURATION, 42).mul(sel("time", "Millisecond"))));
        fn.call(fmtPrintf("%v %d %s %T\n", sel("time", "Millisecond"), sel("time", "Millisecond"), sel("time", "Nanosecond"), d));
      });
    }));
  }

  /** time.Sleep, time.After and time.Tick in selects; elapsed time checked, never printed. */
  public static Program timers() {
    return Go.program("timers", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "time");
      f.func("main", fn -> {
        Var start = fn.define("start", pkgCall("time", "Now"));
        fn.call(pkgCall("time", "Sleep", ms(15)));
        fn.call(fmtPrintln("slept at least 15ms:", pkgCall("time", "Since", start).ge(ms(15))));
        Var result = fn.define("result", make(chanOf(STRING)));
        fn.go(call(func(c -> {
          c.call(pkgCall("time", "Sleep", ms(200)));
          c.send(result, "slow answer");
        })));
        fn.select(s -> s
            .recv("r", result, (c, r) -> c.call(fmtPrintln(r)))
            .recv(pkgCall("time", "After", ms(20)), c -> c.call(fmtPrintln("gave up waiting"))));
        Var fast = fn.define("fast", make(chanOf(STRING), 1));
        fn.go(call(func(c -> c.send(fast, "fast answer"))));
        fn.select(s -> s
            .recv("r", fast, (c, r) -> c.call(fmtPrintln(r)))
            .recv(pkgCall("time", "After", sel("time", "Second").mul(5)), c -> c.call(fmtPrintln("timeout"))));
        Var tick = fn.define("tick", pkgCall("time", "Tick", ms(5)));
        Var deadline = fn.define("deadline", pkgCall("time", "After", sel("time", "Second").mul(10)));
        Var ticks = fn.define("ticks", 0);
        fn.label("loop").forever(loop -> loop.select(s -> s
            .recv(tick, c -> {
              c.inc(ticks);
              c.ifThen(ticks.eq(4), t -> t.brk("loop"));
            })
            .recv(deadline, c -> c.brk("loop"))));
        fn.call(fmtPrintln("ticks:", ticks, "at least 20ms:", pkgCall("time", "Since", start).ge(ms(35))));
      });
    }));
  }

  /**
   * time.NewTimer as a timeout that is stopped when the work wins and reset for the next wait,
   * and a time.NewTicker heartbeat stopped after three beats; what Stop and Reset report.
   */
  public static Program timerControl() {
    return Go.program("timercontrol", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "time");
      f.func("main", fn -> {
        Var results = fn.define("results", make(chanOf(STRING)));
        fn.go(call(func(c -> c.send(results, "quick job"))));
        Var timeout = fn.define("timeout", pkgCall("time", "NewTimer", sel("time", "Second")));
        fn.select(s -> s
            .recv("r", results, (c, r) -> c.call(fmtPrintln(r, "done; timer stopped:", timeout.method("Stop"))))
            .recv(timeout.field("C"), c -> c.call(fmtPrintln("quick job timed out"))));
        fn.call(fmtPrintln("reset after stop:", timeout.method("Reset", ms(10))));
        fn.select(s -> s
            .recv("r", results, (c, r) -> c.call(fmtPrintln(r)))
            .recv(timeout.field("C"), c -> c.call(fmtPrintln("nobody answered in 10ms"))));
        fn.call(fmtPrintln("stop after firing:", timeout.method("Stop")));
        Var beat = fn.define("beat", pkgCall("time", "NewTicker", ms(3)));
        Var beats = fn.define("beats", 0);
        fn.label("beating").forever(loop -> loop.select(s -> s.recv(beat.field("C"), c -> {
          c.inc(beats);
          c.call(fmtPrintln("beat", beats));
          c.ifThen(beats.eq(3), t -> {
            t.call(beat.method("Stop"));
            t.brk("beating");
          });
        })));
        fn.select(s -> s
            .recv(beat.field("C"), c -> c.call(fmtPrintln("a stopped ticker ticked")))
            .recv(pkgCall("time", "After", ms(20)), c -> c.call(fmtPrintln("the stopped ticker stays quiet"))));
      });
    }));
  }

  /**
   * runtime.Goexit in main does not end the program: the worker still finishes its job, and only
   * when no goroutine is left does Go report that main called Goexit (exit 2).
   */
  public static Program goexitMain() {
    return Go.program("goexitmain", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "runtime", "time");
      f.func("main", fn -> {
        Var done = fn.define("done", make(chanOf(STRING), 1));
        fn.go(call(func(c -> {
          c.call(pkgCall("time", "Sleep", ms(20)));
          c.call(fmtPrintln("worker: still running after main's Goexit"));
          c.send(done, "finished");
          c.call(fmtPrintln("worker:", receive(done)));
        })));
        fn.defer(fmtPrintln("main: deferred call runs at Goexit"));
        fn.call(pkgCall("runtime", "Goexit"));
      });
    }));
  }

  /** main returning ends the program at once: goroutines blocked or busy are not waited for. */
  public static Program mainExits() {
    return Go.program("mainexits", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "runtime");
      f.func("main", fn -> {
        Var never = fn.define("never", make(chanOf(INT)));
        Var started = fn.define("started", make(chanOf(BOOL)));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(5));
          l.post().inc(i);
          l.body(b -> b.go(call(func(g -> {
            g.send(started, true);
            g.receive(never);
            g.call(fmtPrintln("never printed"));
          }))));
        });
        fn.go(call(func(g -> {
          g.send(started, true);
          g.forever(loop -> {
            loop.call(pkgCall("runtime", "Gosched"));
          });
        })));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(6));
          l.post().inc(i);
          l.body(b -> b.receive(started));
        });
        fn.call(fmtPrintln("goroutines:", pkgCall("runtime", "NumGoroutine")));
        fn.call(fmtPrintln("main returns; the program ends"));
      });
    }));
  }

  /** Producer and consumer over a bounded buffer, with a done channel for shutdown. */
  public static Program prodCons() {
    return Go.program("prodcons", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort");
      f.func("producer", fn -> {
        Var id = fn.param("id", INT);
        Var out = fn.param("out", sendChanOf(INT));
        Var done = fn.param("done", sendChanOf(STRING));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(5));
          l.post().inc(i);
          l.body(b -> b.send(out, id.mul(100).add(i)));
        });
        fn.send(done, pkgCall("fmt", "Sprint", "producer ", id, " done"));
      });
      f.func("main", fn -> {
        Var buf = fn.define("buf", make(chanOf(INT), 2));
        Var done = fn.define("done", make(chanOf(STRING)));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 1);
          l.cond(i.le(3));
          l.post().inc(i);
          l.body(b -> b.go(call("producer", i, buf, done)));
        });
        Var finished = fn.define("finished", make(chanOf(sliceOf(INT))));
        fn.go(call(func(c -> {
          Var perProducer = c.define("perProducer", make(sliceOf(INT), 4));
          c.rangeOver(buf, "v", (b, v) -> b.inc(perProducer.index(v.div(100))));
          c.send(finished, perProducer);
        })));
        Var msgs = fn.var("msgs", sliceOf(STRING));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(b -> b.assign(msgs, append(msgs, receive(done))));
        });
        fn.call(pkgCall("sort", "Strings", msgs));
        fn.call(fmtPrintln(msgs));
        fn.close(buf);
        fn.call(fmtPrintln("items per producer:", receive(finished)));
      });
    }));
  }

  /** Directional channel types: a chan converts to <-chan and chan<-; %T spells them. */
  public static Program directional() {
    return Go.program("directional", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("ping", fn -> {
        Var pings = fn.param("pings", sendChanOf(STRING));
        Var msg = fn.param("msg", STRING);
        fn.send(pings, msg);
      });
      f.func("pong", fn -> {
        Var pings = fn.param("pings", recvChanOf(STRING));
        Var pongs = fn.param("pongs", sendChanOf(STRING));
        Var msg = fn.define("msg", receive(pings));
        fn.send(pongs, msg.add(" -> pong"));
      });
      f.func("main", fn -> {
        Var pings = fn.define("pings", make(chanOf(STRING), 1));
        Var pongs = fn.define("pongs", make(chanOf(STRING), 1));
        fn.call(call("ping", pings, "ping"));
        fn.call(call("pong", pings, pongs));
        fn.call(fmtPrintln(receive(pongs)));
        Var r = fn.var("r", recvChanOf(STRING), pongs);
        Var s = fn.var("s", sendChanOf(STRING), pongs);
        fn.send(s, "via send-only");
        fn.call(fmtPrintln(receive(r)));
        fn.call(fmtPrintf("%T | %T | %T | %T\n", pongs, r, s, make(chanOf(recvChanOf(INT)))));
        Var chans = fn.define("chans", make(chanOf(chanOf(INT)), 1));
        Var inner = fn.define("inner", make(chanOf(INT), 1));
        fn.send(chans, inner);
        fn.send(receive(chans), 7);
        fn.call(fmtPrintln("through a channel of channels:", receive(inner)));
      });
    }));
  }
}

package dev.gosem.runtime.sched;

/**
 * sync.Once: Do runs f once; callers arriving while it runs wait for it (on a Mutex, as Go's
 * does), and a panicking f still counts as done.
 */
public final class Once extends SyncObject {
  /** *sync.Once. */
  public static final dev.gosem.runtime.TypeDesc TYPE = dev.gosem.runtime.TypeDesc.pointerTo(
      dev.gosem.runtime.TypeDesc.stdNamed("sync", "Once",
          dev.gosem.runtime.TypeDesc.newStruct(dev.gosem.runtime.TypeDesc.Field.of("done", dev.gosem.runtime.TypeDesc.UINT32)), "Do"));

  static {
    TYPE.elem().setZeroFactory(Once::new);
  }

  public Once() {
    super(TYPE);
  }

  private volatile boolean done;
  private final Mutex m = new Mutex();

  public void run(Runnable f) {
    if (done) return;
    m.lock();
    try {
      if (!done) {
        try {
          f.run();
        } finally {
          done = true;
        }
      }
    } finally {
      m.unlock();
    }
  }

  @Override
  SyncObject zero() {
    return new Once();
  }

  @Override
  void copyState(SyncObject from) {
    done = ((Once) from).done;
  }
}

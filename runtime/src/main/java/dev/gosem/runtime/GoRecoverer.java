package dev.gosem.runtime;

/**
 * A func value, or a receiver of interface calls, whose Go function may call recover() directly.
 *
 * <p>Go's recover() works only in the function a deferred call runs (or in a method reached
 * through the compiler's own wrappers: promoted methods, method values). A deferred call through
 * a func value or an interface cannot know its target when it is compiled, so it asks the target
 * at run time, on the panic path only, and hands the panic on only when the answer is yes (see
 * {@link Defers#handOn}); a target that does not recover itself leaves nothing for what it calls.
 */
public interface GoRecoverer {
  /**
   * Whether calling this object's Go method {@code method} (for a func value: calling it, the
   * name is ignored) enters a function that calls recover().
   */
  boolean goRecovers(String method);
}

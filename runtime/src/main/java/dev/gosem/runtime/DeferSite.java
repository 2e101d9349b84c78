package dev.gosem.runtime;

/** One defer statement of the stack strategy: makes its call from a record's slots. */
public interface DeferSite {
  /** As {@link DeferRecord#run}, with the arguments in {@code record}. */
  void run(StackRecord record, GoPanic panic);
}

package dev.gosem.api.build;

/**
 * RangeBody builds the body of {@code for key, value := range x}, given handles on the two
 * iteration variables.
 */
@FunctionalInterface
public interface RangeBody {
  void accept(BlockBuilder body, Var key, Var value);
}

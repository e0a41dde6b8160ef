package dev.annals.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * The performance benchmark behind {@code annals bench}. It is not part of the product: a source build packages
 * it in its own jar (target/annals-bench.jar), found through {@link java.util.ServiceLoader}.
 */
public interface Benchmark {

    /** Measures every figure with N synthetic documents; a figure that could not be measured is null. */
    Map<String, Object> run(int docs, PrintStream progress);
}

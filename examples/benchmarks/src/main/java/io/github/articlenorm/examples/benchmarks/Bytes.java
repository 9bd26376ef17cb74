package io.github.articlenorm.examples.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the input bytes a benchmark consumes, so that JMH reports bytes per second beside operations. Public
 * because JMH generates the harness in another package.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Bytes {
    /** Input bytes consumed in this iteration; JMH divides it by the iteration's time. */
    public long bytes;

    /** Starts each iteration from zero, or the rate would include earlier iterations. */
    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
    }
}

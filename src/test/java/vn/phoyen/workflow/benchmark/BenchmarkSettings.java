package vn.phoyen.workflow.benchmark;

import java.time.Duration;

/**
 * The benchmark's parameters, as system properties ({@code -Dbenchmark.threads=4 …}); the defaults follow the
 * toolchain note (two minutes of JIT warm-up on 2 cores, median of 3 rounds).
 */
public record BenchmarkSettings(int threads, Duration warmUp, int rounds, Duration round) {

    public static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(Integer.getInteger("benchmark.threads", 4),
                Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 120)),
                Integer.getInteger("benchmark.rounds", 3),
                Duration.ofSeconds(Integer.getInteger("benchmark.round", 60)));
    }

    @Override
    public String toString() {
        return threads + " client threads, " + warmUp.toSeconds() + " s warm-up, median of " + rounds + " rounds of "
                + round.toSeconds() + " s";
    }
}

package vn.phoyen.workflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs lifecycles on k client threads for a while. Each thread finishes the lifecycle it is in when time is up, so
 * the database work between the start and the end of a round belongs to the lifecycles counted in it.
 */
final class Load {

    /** What one round measured. */
    record Round(int lifecycles, double seconds, List<Long> latenciesMicros, long maxRssKiB) {

        double perSecond() {
            return lifecycles / seconds;
        }

        double percentileMillis(double fraction) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1,
                    (int) Math.ceil(fraction * sorted.size()) - 1)) / 1000.0;
        }
    }

    private static final AtomicLong NUMBERS = new AtomicLong();

    private Load() {
    }

    static Round run(RestClient client, Lifecycle lifecycle, int threads, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicLong maxRss = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end && failure.get() == null) {
                    long begun = System.nanoTime();
                    try {
                        lifecycle.run(client, NUMBERS.incrementAndGet());
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                        return;
                    }
                    latencies.add((System.nanoTime() - begun) / 1000);
                    maxRss.accumulateAndGet(residentKiB(), Math::max);
                }
            }, "client-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a lifecycle failed: " + failure.get().getMessage(), failure.get());
        }
        return new Round(latencies.size(), (System.nanoTime() - start) / 1e9, List.copyOf(latencies), maxRss.get());
    }

    /** VmRSS of this JVM (Linux), in KiB. */
    static long residentKiB() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}

package vn.phoyen.workflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM (the application and the benchmark's client threads) and by the PostgreSQL server's
 * processes, those that exited included (their time is in the postmaster's children's time). Per lifecycle they show
 * where the work is (application or database); on a virtual machine whose host changes its speed they vary between
 * runs as lifecycles/s do (BENCHMARKS.md), so only figures of one run compare.
 */
record CpuTime(long jvmNanos, long databaseNanos) {

    /** Linux's USER_HZ, the unit of /proc/[pid]/stat's times, on every architecture Java runs on here. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static CpuTime now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long ticks = processes.filter(path -> path.getFileName().toString().matches("\\d+"))
                    .mapToLong(CpuTime::postgresTicks).sum();
            return new CpuTime(jvm, ticks * NANOS_PER_TICK);
        } catch (IOException e) {
            return new CpuTime(jvm, 0);
        }
    }

    CpuTime since(CpuTime before) {
        return new CpuTime(jvmNanos - before.jvmNanos, databaseNanos - before.databaseNanos);
    }

    /** utime + stime + cutime + cstime of a process named postgres; 0 for any other or one gone meanwhile. */
    private static long postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int nameEnd = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
                return 0;
            }
            // fields after the name start at field 3 (state); utime..cstime are fields 14..17
            String[] fields = stat.substring(nameEnd + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}

package vn.phoyen.workflow.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The largest costs in a recording of the benchmark (JDK 17 has no {@code jfr view}): the CPU samples
 * (jdk.ExecutionSample, as {@code jfr print --events jdk.ExecutionSample} shows them) counted by the method they were
 * taken in (self), by library of that method, and by the ward's and the engine's own methods anywhere on the stack
 * (inclusive). {@code java JfrTopCosts.java <file.jfr> [rows]}.
 */
public final class JfrTopCosts {

    private JfrTopCosts() {
    }

    public static void main(String[] arguments) throws IOException {
        int rows = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 15;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> library = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> wardCode = new HashMap<>();
        Map<String, Integer> commands = new HashMap<>();
        Map<String, Integer> caller = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(arguments[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            String top = method(frames.get(0));
            self.merge(top, 1, Integer::sum);
            library.merge(library(top), 1, Integer::sum);
            wardCode.merge(innermost(frames, "vn.phoyen."), 1, Integer::sum);
            caller.merge(frames.stream().map(JfrTopCosts::method).filter(method -> !method.startsWith("java.")
                    && !method.startsWith("jdk.") && !method.startsWith("sun.")).findFirst().orElse("(JDK only)"),
                    1, Integer::sum);
            commands.merge(innermost(frames, "org.camunda.bpm.engine.impl.cmd."), 1, Integer::sum);
            Set<String> seen = new LinkedHashSet<>();
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                if ((method.startsWith("vn.phoyen.") || method.startsWith("org.camunda.bpm.engine.impl.cmd.")
                        || method.startsWith("org.camunda.bpm.engine.impl.history.")
                        || method.startsWith("org.camunda.bpm.engine.impl.persistence.")
                        || method.startsWith("org.camunda.bpm.engine.impl.db."))
                        && seen.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
            }
        }
        System.out.println(samples + " CPU samples");
        print("Self (method the sample was taken in)", self, samples, rows);
        print("By library of that method", library, samples, rows);
        print("First method outside the JDK (who spent the JDK's time)", caller, samples, rows);
        print("Inclusive (ward and engine methods on the stack)", inclusive, samples, rows);
        print("Innermost ward method on the stack (what the ward's code causes)", wardCode, samples, rows);
        print("Innermost engine command on the stack", commands, samples, rows);
    }

    private static String innermost(List<RecordedFrame> frames, String prefix) {
        return frames.stream().map(JfrTopCosts::method).filter(method -> method.startsWith(prefix)).findFirst()
                .orElse("(none)");
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String library(String method) {
        String[] parts = method.split("\\.");
        int depth = method.startsWith("org.camunda.bpm.engine.impl.") ? 6
                : method.startsWith("java.") || method.startsWith("jdk.") || method.startsWith("sun.") ? 2 : 3;
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length - 2)));
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int rows) {
        System.out.println();
        System.out.println("| " + title + " | samples | share |");
        System.out.println("|---|---|---|");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(entry -> System.out.printf(java.util.Locale.ROOT, "| `%s` | %d | %.1f%% |%n", entry.getKey(),
                        entry.getValue(), 100.0 * entry.getValue() / samples));
    }
}

package vn.phoyen.workflow.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs after the tests (Maven verify): adds up the flow nodes the engine tests passed, over the reports
 * camunda-process-test-coverage wrote for every test class, prints the figures per model and fails the
 * build when the models chosen fall below the threshold.
 * <p>
 * Arguments: reports directory, models directory, minimum ratio (e.g. 0.9), then process key patterns
 * ({@code plan-*} matches a prefix).
 */
public final class ProcessCoverageGate {

    private ProcessCoverageGate() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args[0]);
        Path models = Path.of(args[1]);
        double minimum = Double.parseDouble(args[2]);
        List<String> patterns = List.of(args).subList(3, args.length);

        Map<String, Set<String>> covered = coveredFlowNodes(reports);
        Map<String, Set<String>> all = flowNodes(models, patterns);
        if (all.isEmpty()) {
            System.out.println("Process coverage: no models match " + patterns);
            return;
        }
        int total = 0;
        int passed = 0;
        System.out.println("Process test coverage (flow nodes passed by the engine tests):");
        for (Map.Entry<String, Set<String>> model : all.entrySet()) {
            Set<String> hit = new HashSet<>(model.getValue());
            hit.retainAll(covered.getOrDefault(model.getKey(), Set.of()));
            total += model.getValue().size();
            passed += hit.size();
            Set<String> missed = new java.util.TreeSet<>(model.getValue());
            missed.removeAll(hit);
            System.out.printf("  %-28s %3d/%-3d %5.1f%%%s%n", model.getKey(), hit.size(), model.getValue().size(),
                    100.0 * hit.size() / model.getValue().size(), missed.isEmpty() ? "" : "  not passed: " + missed);
        }
        double ratio = (double) passed / total;
        System.out.printf("  %-28s %3d/%-3d %5.1f%% (minimum %.0f%%)%n", "all " + patterns, passed, total,
                100 * ratio, 100 * minimum);
        if (ratio < minimum) {
            throw new IllegalStateException("Process test coverage %.1f%% is below %.0f%%".formatted(100 * ratio, 100 * minimum));
        }
    }

    private static Map<String, Set<String>> coveredFlowNodes(Path reports) throws IOException {
        Map<String, Set<String>> covered = new HashMap<>();
        if (!Files.isDirectory(reports)) {
            return covered;
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path report : files.filter(file -> file.getFileName().toString().equals("report.json")).toList()) {
                for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
                    for (JsonNode run : suite.path("runs")) {
                        for (JsonNode event : run.path("events")) {
                            if ("FLOW_NODE".equals(event.path("source").asText())) {
                                covered.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
                                        .add(event.path("definitionKey").asText());
                            }
                        }
                    }
                }
            }
        }
        return covered;
    }

    private static Map<String, Set<String>> flowNodes(Path models, List<String> patterns) throws IOException {
        Map<String, Set<String>> nodes = new TreeMap<>();
        if (!Files.isDirectory(models)) {
            return nodes;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(models)) {
            files = new ArrayList<>(walk.filter(file -> file.toString().endsWith(".bpmn")).toList());
        }
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (patterns.stream().anyMatch(pattern -> matches(process.getId(), pattern))) {
                    Set<String> ids = new HashSet<>();
                    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                        if (processOf(node) == process) {
                            ids.add(node.getId());
                        }
                    }
                    nodes.put(process.getId(), ids);
                }
            }
        }
        return nodes;
    }

    private static Process processOf(FlowNode node) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = node.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static boolean matches(String key, String pattern) {
        return pattern.endsWith("*") ? key.startsWith(pattern.substring(0, pattern.length() - 1)) : key.equals(pattern);
    }
}

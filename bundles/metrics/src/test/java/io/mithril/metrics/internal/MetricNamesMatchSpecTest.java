package io.mithril.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mithril.metrics.AggregatorMetric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Cross-checks the metric registry against the table of aggregator.md §9, when the shared specs are present. */
class MetricNamesMatchSpecTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_{},]+)`[^|]*\\| ([^|]+)\\|$");

    @Test
    void namesAndLabelsAreThoseOfTheSpecTable() throws IOException {
        String root = System.getProperty("mithril.repo.root");
        assumeTrue(root != null, "mithril.repo.root not set");
        Path spec = Path.of(root, "..", "shared", "spec", "aggregator.md");
        assumeTrue(Files.isRegularFile(spec), "shared spec not available");

        Map<String, List<String>> expected = new TreeMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(spec)) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## 9. Metrics");
                continue;
            }
            Matcher row = ROW.matcher(line.trim());
            if (inSection && row.matches()) {
                List<String> labels = labels(row.group(2));
                for (String name : expandBraces(row.group(1))) {
                    expected.put(name, labels);
                }
            }
        }
        Map<String, List<String>> actual = new TreeMap<>();
        for (AggregatorMetric metric : AggregatorMetric.values()) {
            actual.put(metric.metricName(), metric.labelNames());
        }

        assertEquals(expected, actual);
    }

    private static List<String> labels(String cell) {
        List<String> labels = new ArrayList<>();
        if (cell.contains("origin_tag")) {
            labels.add("origin_tag");
        }
        if (cell.contains("client_type")) {
            labels.add("client_type");
        }
        return labels;
    }

    /** {@code a_{x,y}_b} → {@code a_x_b, a_y_b}, the spec's shorthand for the artifact families. */
    private static List<String> expandBraces(String pattern) {
        int open = pattern.indexOf('{');
        if (open < 0) {
            return List.of(pattern);
        }
        int close = pattern.indexOf('}', open);
        List<String> names = new ArrayList<>();
        for (String part : pattern.substring(open + 1, close).split(",")) {
            names.addAll(expandBraces(pattern.substring(0, open) + part + pattern.substring(close + 1)));
        }
        return names;
    }
}

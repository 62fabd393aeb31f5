package io.mithril.metrics.internal;

import io.prometheus.client.Collector;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

/**
 * Prometheus text format 0.0.4 written the way the reference's Rust {@code prometheus} crate writes counters: the
 * family keeps its exact name (simpleclient 0.16 would expose {@code <name>_total} and add {@code <name>_created}),
 * integral values print without a decimal point, labels are sorted by name, samples by label values, families by
 * name, and labelled counters that were never incremented are left out. See docs/decisions/http-metrics-exposition.md.
 */
final class ReferenceTextFormat {
    private ReferenceTextFormat() {
    }

    static String write(Enumeration<MetricFamilySamples> families) {
        List<MetricFamilySamples> sorted = new ArrayList<>(Collections.list(families));
        sorted.sort(Comparator.comparing(family -> family.name));
        StringBuilder out = new StringBuilder();
        for (MetricFamilySamples family : sorted) {
            if (family.type != Collector.Type.COUNTER) {
                throw new IllegalStateException("only counters are exposed, got " + family.type + " " + family.name);
            }
            List<LabelledValue> values = new ArrayList<>();
            for (Sample sample : counterValues(family)) {
                values.add(LabelledValue.of(sample));
            }
            if (values.isEmpty()) {
                continue;
            }
            values.sort(LabelledValue.ORDER);
            out.append("# HELP ").append(family.name).append(' ').append(escape(family.help, false)).append('\n');
            out.append("# TYPE ").append(family.name).append(" counter\n");
            for (LabelledValue value : values) {
                value.appendTo(out.append(family.name));
            }
        }
        return out.toString();
    }

    /** The value samples of a simpleclient counter family, without the OpenMetrics {@code _created} ones. */
    static List<Sample> counterValues(MetricFamilySamples family) {
        String valueName = family.name + "_total";
        List<Sample> values = new ArrayList<>();
        for (Sample sample : family.samples) {
            if (sample.name.equals(valueName)) {
                values.add(sample);
            }
        }
        return values;
    }

    static String escape(String text, boolean quote) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '"' -> out.append(quote ? "\\\"" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One sample with its labels sorted by name, as the Rust crate stores label pairs. */
    private record LabelledValue(List<String> names, List<String> values, double value) {
        static final Comparator<LabelledValue> ORDER = (a, b) -> {
            for (int i = 0; i < Math.min(a.values.size(), b.values.size()); i++) {
                int byValue = a.values.get(i).compareTo(b.values.get(i));
                if (byValue != 0) {
                    return byValue;
                }
            }
            return Integer.compare(a.values.size(), b.values.size());
        };

        static LabelledValue of(Sample sample) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sample.labelNames.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(sample.labelNames::get));
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i : order) {
                names.add(sample.labelNames.get(i));
                values.add(sample.labelValues.get(i));
            }
            return new LabelledValue(names, values, sample.value);
        }

        void appendTo(StringBuilder out) {
            if (!names.isEmpty()) {
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    out.append(i == 0 ? "" : ",").append(names.get(i)).append("=\"")
                            .append(escape(values.get(i), true)).append('"');
                }
                out.append('}');
            }
            out.append(' ').append(formatValue(value)).append('\n');
        }

        private static String formatValue(double value) {
            // Rust prints an integral f64 without a fractional part ("3", not "3.0").
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return Double.toString(value);
        }
    }
}

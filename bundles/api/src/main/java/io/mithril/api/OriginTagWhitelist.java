package io.mithril.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The origin tags kept as metric labels: always {@code EXPLORER}, {@code BENCHMARK}, {@code CI} and {@code NA}, plus
 * the comma-separated, trimmed entries of {@code custom_origin_tag_white_list} (the defaults cannot be removed).
 */
public final class OriginTagWhitelist {
    /** The configuration key of the custom entries. */
    public static final String CONFIGURATION_KEY = "custom_origin_tag_white_list";
    static final Set<String> DEFAULT_TAGS = Set.of("EXPLORER", "BENCHMARK", "CI", RequestOrigin.NOT_AVAILABLE);

    private final Set<String> tags;

    private OriginTagWhitelist(Set<String> tags) {
        this.tags = Set.copyOf(tags);
    }

    public static OriginTagWhitelist defaults() {
        return new OriginTagWhitelist(DEFAULT_TAGS);
    }

    /** The defaults plus the custom entries; {@code null} or blank means none. */
    public static OriginTagWhitelist withCustomTags(String commaSeparated) {
        Set<String> tags = new LinkedHashSet<>(DEFAULT_TAGS);
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        return new OriginTagWhitelist(tags);
    }

    public boolean contains(String tag) {
        return tags.contains(tag);
    }

    /** The tag itself when whitelisted, else {@value RequestOrigin#NOT_AVAILABLE} (also for an absent header). */
    public String resolve(String header) {
        return header != null && tags.contains(header) ? header : RequestOrigin.NOT_AVAILABLE;
    }

    public Set<String> tags() {
        return tags;
    }
}

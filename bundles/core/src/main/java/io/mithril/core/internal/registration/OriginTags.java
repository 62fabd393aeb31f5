package io.mithril.core.internal.registration;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code mithril-origin-tag} whitelist (aggregator.md §1.5): the default tags, which cannot be removed, plus the
 * comma-separated {@code custom_origin_tag_white_list}; any other tag, or none, is reported as {@code NA}.
 */
public final class OriginTags {
    public static final String NOT_AVAILABLE = "NA";
    private static final Set<String> DEFAULTS = Set.of("EXPLORER", "BENCHMARK", "CI", NOT_AVAILABLE);

    private final Set<String> whitelist;

    public OriginTags(String customWhiteList) {
        Set<String> tags = new LinkedHashSet<>(DEFAULTS);
        if (customWhiteList != null) {
            Arrays.stream(customWhiteList.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        this.whitelist = Set.copyOf(tags);
    }

    public String normalize(String originTag) {
        return originTag != null && whitelist.contains(originTag) ? originTag : NOT_AVAILABLE;
    }
}

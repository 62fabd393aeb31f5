package io.mithril.era.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Long options of one subcommand, clap style: <code>--name value</code> or <code>--name=value</code>, boolean flags,
 * and an environment variable fallback for some options.
 */
final class Arguments {
    private final Map<String, String> values;
    private final Map<String, String> environment;

    private Arguments(Map<String, String> values, Map<String, String> environment) {
        this.values = values;
        this.environment = environment;
    }

    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flags,
            Map<String, String> environment) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            if (flags.contains(name) && inline == null) {
                values.put(name, "true");
            } else if (valueOptions.contains(name)) {
                if (inline == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("a value is required for '" + name + "' but none was supplied");
                    }
                    inline = args.get(++i);
                }
                if (values.putIfAbsent(name, inline) != null) {
                    throw new UsageException("the argument '" + name + "' cannot be used multiple times");
                }
            } else {
                throw new UsageException("unexpected argument '" + arg + "' found");
            }
        }
        return new Arguments(values, environment);
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** The option's value, else the (non-blank) environment variable. */
    Optional<String> value(String name, String environmentVariable) {
        String value = values.get(name);
        if (value == null && environmentVariable != null) {
            value = environment.get(environmentVariable);
            if (value != null && value.isBlank()) {
                value = null;
            }
        }
        return Optional.ofNullable(value);
    }

    String required(String name, String environmentVariable, String placeholder) throws UsageException {
        return value(name, environmentVariable).orElseThrow(() -> new UsageException(
                "the following required arguments were not provided:\n  " + name + " <" + placeholder + ">"));
    }

    static long unsigned(String name, String placeholder, String text) throws UsageException {
        try {
            return Long.parseUnsignedLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("invalid value '" + text + "' for '" + name + " <" + placeholder
                    + ">': not an unsigned integer");
        }
    }
}

package io.mithril.launcher.logging;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes one Bunyan JSON line per event, like the reference aggregator (<code>{"msg","v","name","level","time",
 * "hostname","pid","src"}</code>), so the same log tooling works on both.
 */
final class JsonLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final transient LogSettings settings;

    JsonLogger(String name, LogSettings settings) {
        this.name = name;
        this.settings = settings;
    }

    private boolean enabled(Level level) {
        return level.toInt() >= settings.threshold().toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("msg", MessageFormatter.basicArrayFormat(pattern, arguments));
        line.put("v", 0);
        line.put("name", "mithril-aggregator");
        line.put("level", bunyanLevel(level));
        line.put("time", Instant.now().toString());
        line.put("hostname", settings.hostname());
        line.put("pid", ProcessHandle.current().pid());
        line.put("src", name);
        if (throwable != null) {
            line.put("error", describe(throwable));
        }
        PrintStream out = settings.output();
        try {
            String json = MAPPER.writeValueAsString(line);
            synchronized (out) {
                out.println(json);
            }
        } catch (JsonProcessingException e) {
            out.println("{\"msg\":\"unloggable event\",\"level\":50}");
        }
    }

    private static String describe(Throwable throwable) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (chain.length() > 0) {
                chain.append(": ");
            }
            chain.append(t);
        }
        return chain.toString();
    }

    static int bunyanLevel(Level level) {
        switch (level) {
            case TRACE: return 10;
            case DEBUG: return 20;
            case INFO: return 30;
            case WARN: return 40;
            default: return 50;
        }
    }
}

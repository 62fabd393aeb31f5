package io.mithril.launcher.logging;

import java.io.PrintStream;
import java.net.InetAddress;

import org.slf4j.event.Level;

/**
 * Process-wide log threshold and destination. The reference logs at ERROR by default, one level more per
 * <code>-v</code> (WARN, INFO, DEBUG, TRACE), to stdout for <code>serve</code> and stderr for other commands.
 */
public final class LogSettings {
    private static volatile Level threshold = Level.ERROR;
    private static volatile PrintStream output = System.err;
    private static final String HOSTNAME = hostnameOf();

    private static final LogSettings INSTANCE = new LogSettings();

    private LogSettings() {
    }

    static LogSettings instance() {
        return INSTANCE;
    }

    /** Sets the threshold from the number of <code>-v</code> flags and where lines go. */
    public static void configure(int verbosity, PrintStream destination) {
        threshold = levelFor(verbosity);
        output = destination;
    }

    public static Level levelFor(int verbosity) {
        switch (Math.max(0, Math.min(verbosity, 4))) {
            case 0: return Level.ERROR;
            case 1: return Level.WARN;
            case 2: return Level.INFO;
            case 3: return Level.DEBUG;
            default: return Level.TRACE;
        }
    }

    Level threshold() {
        return threshold;
    }

    PrintStream output() {
        return output;
    }

    String hostname() {
        return HOSTNAME;
    }

    private static String hostnameOf() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}

package io.mithril.launcher;

/** Invalid or missing configuration; the message names the key. */
final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    ConfigurationException(String message) {
        super(message);
    }
}

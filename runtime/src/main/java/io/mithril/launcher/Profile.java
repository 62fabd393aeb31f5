package io.mithril.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;

/** Built-in configuration for a command, shipped in the launcher (e.g. <code>devnet-profile.json</code>). */
record Profile(String name, JsonNode values) {
    static Profile load(String name) {
        try (InputStream in = Profile.class.getResourceAsStream("/" + name + "-profile.json")) {
            if (in == null) {
                throw new IllegalStateException("no built-in profile " + name);
            }
            return new Profile(name, Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.mithril.uploader.gcp.internal;

import java.util.Optional;

/** Reads environment variables; injected so that tests provide credentials without touching the process. */
@FunctionalInterface
interface Environment {
    Environment SYSTEM = name -> Optional.ofNullable(System.getenv(name));

    Optional<String> get(String name);
}

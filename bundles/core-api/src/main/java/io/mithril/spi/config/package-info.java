/**
 * Configuration conventions: the launcher layers defaults, <code>config/{run-mode}.json</code>, environment variables and CLI flags exactly like the reference and delivers the result as one ConfigAdmin configuration.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.spi.config;

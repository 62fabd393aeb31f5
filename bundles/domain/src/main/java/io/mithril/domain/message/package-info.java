/**
 * The aggregator's JSON messages (openapi.yaml 0.1.68) as Jackson records, field order as the reference writes them,
 * with mappings to and from the domain model. Hex texts that are hashed are kept verbatim.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.domain.message;

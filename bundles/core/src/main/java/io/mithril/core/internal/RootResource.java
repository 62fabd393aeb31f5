package io.mithril.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.spi.signedentity.SignedEntityPlugin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * <code>GET /aggregator/</code>: the aggregator's features (aggregator.md §1.2). The signed entity types are those of
 * the plugins enabled right now, so installing or removing a plugin bundle changes the answer without a restart.
 */
@Component(service = RootResource.class, property = "osgi.jakartars.resource=true")
@Path("/")
public final class RootResource {
    static final String OPEN_API_VERSION = "0.1.68";

    private final PluginRegistry plugins;

    @Activate
    public RootResource(@Reference PluginRegistry plugins) {
        this.plugins = plugins;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> features() {
        List<String> types = new ArrayList<>();
        Map<String, Object> capabilities = new LinkedHashMap<>();
        capabilities.put("signed_entity_types", types);
        capabilities.put("aggregate_signature_type", "Concatenation");
        for (SignedEntityPlugin plugin : plugins.enabled()) {
            types.add(plugin.discriminant());
            capabilities.putAll(plugin.capabilities());
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("open_api_version", OPEN_API_VERSION);
        message.put("documentation_url", "https://mithril.network");
        message.put("capabilities", capabilities);
        return message;
    }
}

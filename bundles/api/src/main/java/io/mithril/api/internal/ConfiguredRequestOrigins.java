package io.mithril.api.internal;

import io.mithril.api.OriginTagWhitelist;
import io.mithril.api.RequestOrigin;
import io.mithril.api.RequestOrigins;
import io.mithril.spi.config.AggregatorConfiguration;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/** {@link RequestOrigins} from {@code custom_origin_tag_white_list}; the defaults apply without a configuration. */
@Component(service = RequestOrigins.class, configurationPid = AggregatorConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class ConfiguredRequestOrigins implements RequestOrigins {
    private volatile OriginTagWhitelist whitelist = OriginTagWhitelist.defaults();

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object custom = properties.get(OriginTagWhitelist.CONFIGURATION_KEY);
        whitelist = OriginTagWhitelist.withCustomTags(custom == null ? null : custom.toString());
    }

    @Override
    public RequestOrigin resolve(String originTagHeader, String clientTypeHeader) {
        return RequestOrigin.of(originTagHeader, clientTypeHeader, whitelist);
    }
}

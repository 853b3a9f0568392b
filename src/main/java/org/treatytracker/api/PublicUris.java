package org.treatytracker.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.treatytracker.config.TreatyConfig;

/**
 * Absolute URIs of this server's resources (the {@code Location} of a 201, a redirect) built from the configured
 * public base URL ({@code treaty.public-base-url}), never from the request's {@code Host} or forwarded headers, which
 * the client chooses: a forged Host would otherwise put the attacker's site in a link the client trusts.
 */
@ApplicationScoped
public class PublicUris {

    @Inject
    TreatyConfig config;

    /** The public URI of {@code path} (starting with '/', with {name} templates filled from {@code values}, encoded). */
    public URI of(String path, Object... values) {
        return UriBuilder.fromUri(config.baseUrl()).path(path).build(values);
    }

    /** The public URI of a site path already encoded, with its query and fragment ("/provisions/3?reading=2#position-9"). */
    public URI ofEncoded(String pathQueryAndFragment) {
        return URI.create(config.baseUrl() + pathQueryAndFragment);
    }
}

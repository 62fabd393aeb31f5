package io.mithril.core.internal.http;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.core.SignerRegistrar;
import io.mithril.core.SignerRegistrationException;
import io.mithril.domain.message.RegisterSignerMessage;
import io.mithril.spi.http.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /aggregator/register-signer} (aggregator.md §1.3): 201 with an empty body; 400 {@code Could not decode
 * signer payload} or {@code failed_signer_registration}; 550 when no round is open; 500 otherwise.
 */
@Component(service = RegisterSignerResource.class, property = "osgi.jakartars.resource=true")
@Path("/register-signer")
public final class RegisterSignerResource {
    static final String UNDECODABLE = "Could not decode signer payload";
    static final String FAILED = "failed_signer_registration";

    private final SignerRegistrar registrar;

    @Activate
    public RegisterSignerResource(@Reference SignerRegistrar registrar) {
        this.registrar = registrar;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(RegisterSignerMessage message, @HeaderParam("mithril-origin-tag") String originTag,
            @HeaderParam("signer-node-version") String signerNodeVersion) {
        try {
            registrar.register(message, originTag, signerNodeVersion);
            return Response.status(201).build();
        } catch (SignerRegistrationException e) {
            return switch (e.kind()) {
                case UNDECODABLE -> throw new ApiException(400, UNDECODABLE, e.getMessage(), e);
                case FAILED_VERIFICATION -> throw new ApiException(400, FAILED, e.getMessage(), e);
                default -> ServerErrors.response(e.kind().httpStatus(), e.getMessage());
            };
        }
    }
}

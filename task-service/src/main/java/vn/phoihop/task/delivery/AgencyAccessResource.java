package vn.phoihop.task.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.phoihop.platform.security.Roles;

import java.util.List;

/**
 * Administration of per-agency Kafka delivery topics: an agency system that reads the broker directly
 * gets its own topic, user and ACLs here (admin role only).
 */
@Path("/admin/agency-access")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Agency delivery topics", description = "Direct Kafka access of agency systems, enforced by the broker's ACLs")
public class AgencyAccessResource {
    private static final String CREATED_EXAMPLE = """
            {"agencyCode": "DKN.BAODAKNONG", "kafkaUser": "agency-dkn-baodaknong", "topic": "phoihop.inbox.DKN.BAODAKNONG",
             "consumerGroupPrefix": "agency-dkn-baodaknong.", "status": "ACTIVE", "provisionedAt": "2026-03-02T02:15:00Z",
             "passwordSetAt": "2026-03-02T02:15:00Z", "changedBy": "admin.stttt",
             "password": "k3J9…(shown once)",
             "connection": {"bootstrapServers": "kafka.phoihop.daknong.gov.vn:9094", "securityProtocol": "SASL_SSL",
               "saslMechanism": "SCRAM-SHA-512", "username": "agency-dkn-baodaknong",
               "topic": "phoihop.inbox.DKN.BAODAKNONG", "consumerGroupPrefix": "agency-dkn-baodaknong."}}""";

    @Inject
    AgencyAccessService service;

    @Inject
    DeliveryConfig config;

    @Inject
    JsonWebToken jwt;

    @GET
    @Operation(summary = "Agencies given direct Kafka access, with their status")
    public List<AgencyAccessView> list() {
        return service.all().stream().map(a -> AgencyAccessView.of(a, null)).toList();
    }

    @GET
    @Path("/{agencyCode}")
    @Operation(summary = "One agency's access, with what the broker really holds (topic, SCRAM credentials, ACLs)")
    @APIResponse(responseCode = "200", description = "Our record and the broker's state")
    @APIResponse(responseCode = "404", description = "This agency was never provisioned")
    public AgencyAccessView get(@Parameter(example = "DKN.BAODAKNONG") @PathParam("agencyCode") String agencyCode) {
        AgencyAccess access = service.existing(agencyCode);
        return AgencyAccessView.of(access, service.brokerState(agencyCode));
    }

    @PUT
    @Path("/{agencyCode}")
    @Operation(summary = "Provision an agency: topic phoihop.inbox.<code>, SCRAM-SHA-512 user, ACLs",
            description = "Creates what is missing. A new (or previously revoked) agency gets a generated password, "
                    + "shown in this answer only. For an agency already active it re-asserts topic and ACLs and "
                    + "leaves the password alone (rotate it with POST …/rotate).")
    @APIResponse(responseCode = "201", description = "Provisioned; the password is in this answer only",
            content = @Content(examples = @ExampleObject(name = "Báo Đắk Nông", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Already active; topic and ACLs re-asserted, password unchanged")
    @APIResponse(responseCode = "400", description = "Not an agency code")
    @APIResponse(responseCode = "503", description = "The broker cannot enforce it (no authorizer, no SCRAM) or cannot be reached")
    public Response provision(@Parameter(example = "DKN.BAODAKNONG") @PathParam("agencyCode") String agencyCode) {
        AgencyAccessService.Provisioned result = service.provision(agencyCode, by());
        AgencyAccessView view = AgencyAccessView.of(result.access(), null);
        if (!result.created()) {
            return Response.ok(view).build();
        }
        return secret(Response.status(Response.Status.CREATED), view.withPassword(result.password(), connection(agencyCode)));
    }

    @POST
    @Path("/{agencyCode}/rotate")
    @Operation(summary = "Give an active agency a new password (the old one stops working)")
    @APIResponse(responseCode = "200", description = "The new password, in this answer only")
    @APIResponse(responseCode = "404", description = "This agency was never provisioned")
    @APIResponse(responseCode = "409", description = "The access was revoked: provision it again instead")
    public Response rotate(@Parameter(example = "DKN.BAODAKNONG") @PathParam("agencyCode") String agencyCode) {
        AgencyAccessService.Provisioned result = service.rotate(agencyCode, by());
        return secret(Response.ok(), AgencyAccessView.of(result.access(), null)
                .withPassword(result.password(), connection(agencyCode)));
    }

    @DELETE
    @Path("/{agencyCode}")
    @Operation(summary = "Revoke an agency's access: its ACLs and SCRAM credentials are removed, the topic is kept")
    @APIResponse(responseCode = "200", description = "Revoked (also when it already was)")
    @APIResponse(responseCode = "404", description = "This agency was never provisioned")
    public AgencyAccessView revoke(@Parameter(example = "DKN.BAODAKNONG") @PathParam("agencyCode") String agencyCode) {
        return AgencyAccessView.of(service.revoke(agencyCode, by()), null);
    }

    private AgencyAccessView.Connection connection(String code) {
        return new AgencyAccessView.Connection(
                config.agency().bootstrapServers().orElse(config.admin().bootstrapServers()),
                config.agency().securityProtocol(), BrokerAccess.MECHANISM.mechanismName(),
                AgencyNames.user(code), AgencyNames.topic(code), AgencyNames.groupPrefix(code));
    }

    /** An answer carrying a password must not be cached by anything on the way. */
    private static Response secret(Response.ResponseBuilder builder, AgencyAccessView view) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoCache(true);
        return builder.entity(view).cacheControl(noStore).build();
    }

    private String by() {
        return jwt.getName() != null ? jwt.getName() : String.valueOf(jwt.getSubject());
    }
}

package vn.phoihop.task.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Tokens for the agency's calendar feed: an officer creates one for its own agency, and revokes it. */
@Path("/calendar-tokens")
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
public class CalendarTokenResource {
    @Inject
    Caller caller;

    @Inject
    JsonWebToken jwt;

    @Inject
    ServiceClock clock;

    /** {@code expiresAt} is optional: the feed stops answering after it (e.g. for a phone lent for a season). */
    public record NewToken(@Size(max = 200) String label,
                           @Schema(description = "Optional expiry of the feed", examples = "2026-12-31T17:00:00Z") Instant expiresAt) {
    }

    /** The secret {@code token} and the feed {@code url} are shown only in the answer to POST. */
    public record TokenView(UUID id, String agencyCode, String label, Instant createdAt, Instant revokedAt,
                            Instant expiresAt, String token, String url) {
        static TokenView of(CalendarToken t) {
            return new TokenView(t.id, t.agencyCode, t.label, t.createdAt, t.revokedAt, t.expiresAt, null, null);
        }
    }

    @POST
    @Operation(summary = "Create a calendar feed token for the caller's agency; the answer holds the feed URL (shown once)")
    @APIResponse(responseCode = "201", description = "Created; subscribe a calendar application to the url")
    @Transactional
    public Response create(@Valid NewToken body, @Context UriInfo uri) {
        Instant expiresAt = body == null ? null : body.expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(clock.now())) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        String secret = CalendarToken.newSecret();
        CalendarToken t = new CalendarToken();
        t.id = UUID.randomUUID();
        t.tokenHash = CalendarToken.hash(secret);
        t.agencyCode = caller.agencyCode();
        t.label = body == null ? null : body.label();
        t.createdBy = jwt.getSubject();
        t.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        t.expiresAt = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS);
        t.persist();
        String url = uri.getBaseUriBuilder().path("calendar").path(secret + ".ics").build().toString();
        return Response.created(URI.create("/calendar-tokens/" + t.id))
                .entity(new TokenView(t.id, t.agencyCode, t.label, t.createdAt, null, t.expiresAt, secret, url)).build();
    }

    @GET
    @Operation(summary = "The calendar tokens of the caller's agency (without their secrets)")
    @Transactional
    public List<TokenView> list() {
        return CalendarToken.<CalendarToken>list("agencyCode", caller.agencyCode()).stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a calendar token of the caller's agency; its feed answers 404 from now on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such token of the caller's agency")
    @Transactional
    public Response revoke(@PathParam("id") UUID id) {
        CalendarToken t = CalendarToken.findById(id);
        if (t == null || !t.agencyCode.equals(caller.agencyCode())) {
            throw ProblemException.notFound("calendar token", id);
        }
        if (t.revokedAt == null) {
            t.revokedAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        }
        return Response.noContent().build();
    }
}

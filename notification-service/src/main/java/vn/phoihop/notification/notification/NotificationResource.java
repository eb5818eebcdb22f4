package vn.phoihop.notification.notification;

import vn.phoihop.notification.escalation.UrgingLetter;
import vn.phoihop.platform.time.ServiceClock;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.DefaultValue;
import io.quarkus.panache.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The caller's agency's notifications. One addressed to another agency answers 404. */
@Path("/notifications")
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
public class NotificationResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    Caller caller;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @GET
    @Operation(summary = "Notifications addressed to the caller's agency, newest first")
    public Response list(
            @Parameter(description = "only this kind: TASK_ASSIGNED, REPORT_SUBMITTED, REMINDER, OVERDUE, ESCALATION or URGING_COPY") @QueryParam("kind") String kind,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = 100000, message = "must be at most 100000") int page,
            @Parameter(description = "page size, 1–500; the total is in X-Total-Count") @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        String agency = caller.agencyCode();
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<Notification> found = kind == null
                ? Notification.find("agencyCode", newestFirst, agency)
                : Notification.find("agencyCode = ?1 and kind = ?2", newestFirst, agency, kindOf(kind));
        List<NotificationView> views = found.page(Page.of(page, size)).<Notification>list().stream().map(NotificationView::of).toList();
        return Response.ok(views).header("X-Total-Count", found.count()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notification addressed to the caller's agency")
    public NotificationView get(@PathParam("id") UUID id) {
        Notification n = Notification.findById(id);
        // addressed to one agency only: even an admin reads only its own agency's inbox
        if (n == null || !n.agencyCode.equals(caller.agencyCode())) {
            throw ProblemException.notFound("notification", id);
        }
        return NotificationView.of(n);
    }

    @GET
    @Path("/{id}/letter")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The urging notice (đôn đốc) of an ESCALATION or URGING_COPY notification, as plain text",
            description = "Ready to be laid out and signed as an official letter (công văn).")
    @APIResponse(responseCode = "404", description = "No such notification for the caller's agency, or not an urging notice")
    public String letter(@PathParam("id") UUID id) {
        return urgingNotice(id).body;
    }

    @GET
    @Path("/{id}/letter.docx")
    @Produces(DOCX)
    @Operation(summary = "The urging notice as a Word document in the official layout (Decree 30/2020)",
            description = "Heading, number left blank for the clerk, V/v, place and date, Kính gửi, body, Nơi nhận and "
                    + "the signature block: to be numbered, signed and sealed.")
    @APIResponse(responseCode = "404", description = "No such notification for the caller's agency, or not an urging notice")
    public Response letterDocx(@PathParam("id") UUID id) {
        Notification n = urgingNotice(id);
        if (n.letter == null) {
            throw ProblemException.notFound("urging notice letter", id); // sent before letters were kept part by part
        }
        try {
            UrgingLetter letter = mapper.readValue(n.letter, UrgingLetter.class);
            return Response.ok(letter.docx(), DOCX)
                    .header("Content-Disposition", "attachment; filename=\"don-doc-" + n.createdAt.atZone(ServiceClock.ZONE)
                            .toLocalDate() + ".docx\"").build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Notification urgingNotice(UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || !n.agencyCode.equals(caller.agencyCode())
                || (n.kind != Notification.Kind.ESCALATION && n.kind != Notification.Kind.URGING_COPY)) {
            throw ProblemException.notFound("urging notice", id);
        }
        return n;
    }

    private static Notification.Kind kindOf(String kind) {
        try {
            return Notification.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of "
                    + Arrays.toString(Notification.Kind.values()).replaceAll("[\\[\\]]", ""));
        }
    }
}

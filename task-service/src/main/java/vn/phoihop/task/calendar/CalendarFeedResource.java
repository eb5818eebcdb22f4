package vn.phoihop.task.calendar;

import vn.phoihop.platform.document.DocumentNames;
import vn.phoihop.task.agency.DirectoryAgency;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.task.assignment.Assignment;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An agency's deadlines as an iCalendar feed (RFC 5545) that a phone or Outlook subscribes to: one all-day
 * VEVENT per dated assignment that is not cancelled, summaries in Vietnamese. No bearer token: the secret
 * token in the path is the credential (see /calendar-tokens); an unknown, revoked or expired token answers 404.
 */
@Path("/calendar")
@PermitAll
public class CalendarFeedResource {
    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ServiceClock clock;

    @GET
    @Path("/{token}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "The agency's deadlines as an iCalendar feed (no bearer token; the path token is the secret)")
    @APIResponse(responseCode = "200", description = "text/calendar")
    @APIResponse(responseCode = "404", description = "Unknown, revoked or expired token")
    @Transactional
    public Response feed(@PathParam("token") String token) {
        CalendarToken t = CalendarToken.live(token, clock.now());
        if (t == null) {
            throw ProblemException.notFound("calendar", "token");
        }
        List<Assignment> dated = Assignment.list("agencyCode = ?1 and deadline is not null and status <> ?2",
                Sort.by("deadline").and("taskTitle"), t.agencyCode, AssignmentStatus.CANCELLED);
        Instant now = clock.now();
        IcsWriter ics = new IcsWriter().begin("-//Phối hợp//task-service//VI", "Hạn báo cáo – " + DirectoryAgency.nameOf(t.agencyCode));
        for (Assignment a : dated) {
            ics.allDayEvent(a.id + "@phoihop.vn", now, a.deadline, summary(a), description(a), a.planNumber);
        }
        return Response.ok(ics.end()).type(TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"phoihop-" + t.agencyCode + ".ics\"").build();
    }

    /** "Hạn báo cáo Quý I/2022: <task> (Kế hoạch số 4256/KH-UBND)". */
    static String summary(Assignment a) {
        String what = a.periodLabel == null ? "Hạn" : "Hạn báo cáo " + a.periodLabel;
        return what + ": " + a.taskTitle + " (" + DocumentNames.of(a.planNumber) + ")";
    }

    static String description(Assignment a) {
        StringBuilder s = new StringBuilder();
        // people read this: agencies by their names, the document by its kind and number
        s.append(DocumentNames.of(a.planNumber)).append(", cơ quan ban hành ").append(DirectoryAgency.nameOf(a.issuerCode)).append('\n');
        s.append(a.role == AssignmentRole.LEAD ? "Chủ trì" : "Phối hợp (chủ trì: " + DirectoryAgency.nameOf(a.leadAgencyCode) + ")").append('\n');
        if (a.reportToCode != null) {
            s.append("Gửi báo cáo cho: ").append(DirectoryAgency.nameOf(a.reportToCode)).append('\n');
        }
        if (a.dataFrom != null && a.dataTo != null) {
            s.append("Số liệu từ ngày ").append(VN_DATE.format(a.dataFrom)).append(" đến ngày ")
                    .append(VN_DATE.format(a.dataTo)).append('\n');
        }
        s.append("Hạn: ").append(VN_DATE.format(a.deadline)).append('\n');
        s.append("Trạng thái: ").append(a.status);
        return s.toString();
    }
}

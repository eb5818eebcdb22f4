package vn.phoihop.plan.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

/** The working calendar (lịch làm việc, nghỉ lễ, Tết) every deadline and reminder is reckoned on. */
@Path("/calendar")
@Tag(name = "Working calendar", description = "Ngày nghỉ lễ, Tết, nghỉ bù, làm bù theo quyết định của Chính phủ")
public class CalendarResource {
    static final String NEW_YEAR_2026 = """
            {"status": "OFFICIAL",
             "sources": [{"number": "12729/VPCP-KGVX", "date": "2025-12-25", "issuer": "Văn phòng Chính phủ",
                          "title": "Công văn về việc nghỉ Tết Dương lịch năm 2026"}],
             "days": [{"date": "2026-01-01", "kind": "HOLIDAY", "name": "Tết Dương lịch"},
                      {"date": "2026-01-02", "kind": "HOLIDAY", "name": "Nghỉ hoán đổi Tết Dương lịch", "source": "12729/VPCP-KGVX"},
                      {"date": "2026-01-10", "kind": "WORKING_SATURDAY", "name": "Làm bù cho ngày 02/01/2026", "source": "12729/VPCP-KGVX"}]}""";

    @Inject
    CalendarAdmin admin;

    @Inject
    Caller caller;

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "A year of the working calendar with the source of each day",
            description = "Status OFFICIAL (from the Government's decision) or DERIVED (by the Labour Code, with a warning); "
                    + "every listed day (weekday off, make-up working weekend day) with its name and source document.")
    public CalendarYearView get(@PathParam("year") int year) {
        return admin.view(year);
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enter or correct a whole year",
            description = "Replaces the year's listed days. Publishes CalendarChanged: task-service re-dates open "
                    + "assignments whose deadlines depend on working days (TaskRescheduled), notification-service "
                    + "replans reminders.")
    @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "Tết Dương lịch 2026 (Công văn 12729/VPCP-KGVX)", value = NEW_YEAR_2026)))
    @APIResponse(responseCode = "200", description = "The year as every service now reckons it")
    @APIResponse(responseCode = "400", description = "A field is invalid (named in errors[].field); nothing changed")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public CalendarYearView put(@PathParam("year") int year, @Valid @NotNull CalendarYearRequest body) {
        return admin.enter(year, body, caller.agencyCode());
    }
}

package vn.phoihop.console.officer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import vn.phoihop.console.services.Json;
import vn.phoihop.console.services.NotificationApi;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ReportApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.FieldErrors;
import vn.phoihop.console.web.FormPaths;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One assignment (nhiệm vụ được giao): the task as the document words it, period, data window, deadline,
 * whom to report to, history; tiếp nhận, bắt đầu; the report with its typed indicators and attachments,
 * submitted and revised here; a returned report's comment.
 */
@Path("/nhiem-vu/{id}")
public class AssignmentPage {
    /** Report states in which the agency may still revise (chưa được chấp nhận). */
    static final Set<String> REVISABLE = Set.of("SUBMITTED", "RETURNED");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance assignment();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    TaskApi tasks;
    @Inject
    @RestClient
    PlanApi plans;
    @Inject
    @RestClient
    ReportApi reports;
    @Inject
    @RestClient
    NotificationApi notifications;

    @GET
    public Response page(@PathParam("id") String id, @QueryParam("xong") String done) {
        user.require();
        return Response.ok(render(id, Map.of(), FieldErrors.NONE, done)).build();
    }

    @POST
    @Path("tiep-nhan")
    public Response acknowledge(@PathParam("id") String id) {
        user.require();
        return act(id, () -> tasks.acknowledge(id), "tiep-nhan");
    }

    @POST
    @Path("bat-dau")
    public Response start(@PathParam("id") String id) {
        user.require();
        return act(id, () -> tasks.start(id), "bat-dau");
    }

    /** Submits the report (first time) or a revision; then uploads the attached file to it. */
    @POST
    @Path("bao-cao")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response report(@PathParam("id") String id, MultipartFormDataInput input) {
        user.require();
        Map<String, String> typed = new LinkedHashMap<>();
        FormValue file = null;
        for (Map.Entry<String, Collection<FormValue>> e : input.getValues().entrySet()) {
            for (FormValue v : e.getValue()) {
                if (v.isFileItem()) {
                    if (v.getFileName() != null && !v.getFileName().isBlank() && size(v) > 0) {
                        file = v;
                    }
                } else {
                    typed.put(e.getKey(), v.getValue());
                }
            }
        }
        Map<String, Object> body = reportBody(typed);
        List<String> fields = new ArrayList<>(typed.keySet());
        fields.add("file");
        fields.add("indicators");
        try {
            Map<String, Object> existing = reportOf(id);
            Map<String, Object> saved;
            if (existing == null) {
                body.put("assignmentId", id);
                saved = reports.submit(body);
            } else {
                saved = reports.revise(String.valueOf(existing.get("id")), body);
            }
            if (file != null) {
                try {
                    reports.attach(String.valueOf(saved.get("id")), file.getFileName(),
                            file.getHeaders().getFirst("Content-Type"), Files.readAllBytes(file.getFileItem().getFile()));
                } catch (ServiceProblem problem) {
                    // the report itself went through; the file did not: say so at the file input
                    return Response.status(problem.status() >= 500 ? 502 : 400)
                            .entity(render(id, Map.of(), FieldErrors.of(fileProblem(problem), fields), "bao-cao-khong-tep")).build();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return Response.seeOther(URI.create("/nhiem-vu/" + id + "?xong=bao-cao")).build();
        } catch (ServiceProblem problem) {
            if (problem.status() == 404 || problem.status() == 401 || problem.status() == 403) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : 400).entity(render(id, typed, FieldErrors.of(problem, fields), null)).build();
        }
    }

    private static long size(FormValue file) {
        try {
            return file.getFileItem().getFileSize();
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code summary} and {@code indicators.CODE} inputs as the report-service body; values typed the Vietnamese way too. */
    static Map<String, Object> reportBody(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        String summary = typed.get("summary");
        if (summary != null && !summary.isBlank()) {
            body.put("summary", summary.trim());
        }
        Map<String, Object> indicators = new LinkedHashMap<>();
        typed.forEach((name, value) -> {
            if (name.startsWith("indicators.") && value != null && !value.isBlank()) {
                BigDecimal n = FormPaths.number(value);
                // a value that is not a number goes as typed: the service names the field
                indicators.put(name.substring("indicators.".length()), n != null ? n : value.trim());
            }
        });
        if (!indicators.isEmpty()) {
            body.put("indicators", indicators);
        }
        return body;
    }

    private static ServiceProblem fileProblem(ServiceProblem p) {
        if (!p.errors().isEmpty()) {
            return p;
        }
        String message = switch (p.status()) {
            case 413 -> "Tệp quá lớn.";
            case 415 -> "Chỉ nhận tệp PDF, JPEG hoặc PNG.";
            default -> "Không lưu được tệp đính kèm (" + p.detail() + ").";
        };
        return new ServiceProblem(400, null, message, List.of(new ServiceProblem.FieldError("file", message)));
    }

    private Response act(String id, Runnable action, String what) {
        try {
            action.run();
            return Response.seeOther(URI.create("/nhiem-vu/" + id + "?xong=" + what)).build();
        } catch (ServiceProblem problem) {
            if (problem.status() == 409 || problem.status() == 400) {
                return Response.status(409).entity(render(id, Map.of(), FieldErrors.of(problem, List.of()), null)).build();
            }
            throw problem;
        }
    }

    private TemplateInstance render(String id, Map<String, String> typed, FieldErrors errors, String done) {
        Map<String, Object> a = tasks.assignment(id);
        List<Map<String, Object>> history = tasks.history(id);
        Map<String, Object> plan = Map.of();
        Map<String, Object> task = Map.of();
        try {
            plan = plans.plan(String.valueOf(a.get("planId")));
            for (Object t : Json.list(plan.get("tasks"))) {
                if (String.valueOf(Json.map(t).get("id")).equals(String.valueOf(a.get("taskId")))) {
                    task = Json.map(t);
                }
            }
        } catch (ServiceProblem ignored) {
            // the assignment carries the task's title and the document's number: enough to work
        }
        Map<String, Object> report = reportOf(id);
        List<Map<String, Object>> indicators = indicatorsFor(a, report);
        Map<String, String> shown = new HashMap<>(typed);
        if (typed.isEmpty() && report != null) {
            shown.put("summary", Json.str(report.get("summary")));
            Json.map(report.get("indicators")).forEach((k, v) -> shown.put("indicators." + k, v == null ? "" : v.toString()));
        }
        List<Map<String, Object>> reminders;
        try {
            reminders = notifications.reminders(id);
        } catch (RuntimeException e) {
            reminders = List.of();
        }
        return Templates.assignment().data("a", a).data("task", task).data("plan", plan).data("history", history).data("report", report).data("indicators", indicators).data("typed", shown).data("errors", errors).data("done", done).data("reminders", reminders);
    }

    private Map<String, Object> reportOf(String assignmentId) {
        return reports.reports().stream().filter(r -> assignmentId.equals(String.valueOf(r.get("assignmentId")))).findFirst().orElse(null);
    }

    /** The indicators this assignment asks for (or, when it names none, the plan's catalogue), each with its name and unit. */
    private List<Map<String, Object>> indicatorsFor(Map<String, Object> a, Map<String, Object> report) {
        List<Map<String, Object>> catalogue;
        try {
            catalogue = reports.indicators(String.valueOf(a.get("planId")));
        } catch (ServiceProblem e) {
            catalogue = List.of();
        }
        List<Object> asked = Json.list(a.get("indicatorCodes"));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> i : catalogue) {
            boolean reported = report != null && Json.map(report.get("indicators")).containsKey(String.valueOf(i.get("code")));
            if (asked.isEmpty() || asked.contains(i.get("code")) || reported) {
                out.add(i);
            }
        }
        return out;
    }
}

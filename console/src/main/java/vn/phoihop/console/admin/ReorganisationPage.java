package vn.phoihop.console.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.FieldErrors;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sắp xếp tổ chức (admin): merge, split, rename or abolish agencies on a date, as a decision of the
 * province orders; the list with each one's state, and cancelling one not yet in force.
 */
@Path("/quan-tri/sap-xep")
public class ReorganisationPage {
    static final List<String> FIELDS = List.of("kind", "effectiveOn", "decision", "agencyCodes", "successorCodes", "rename.name");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance reorganisations();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    DirectoryAdminApi directory;

    @GET
    public TemplateInstance page(@QueryParam("xong") String done) {
        user.require();
        return view(directory.reorganisations(), Map.of(), FieldErrors.NONE, done);
    }

    @POST
    public Response create(@FormParam("kind") String kind, @FormParam("effectiveOn") String effectiveOn,
                           @FormParam("decision") String decision, @FormParam("agencyCodes") String agencyCodes,
                           @FormParam("successorCodes") String successorCodes, @FormParam("rename.name") String newName) {
        user.require();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kind", orEmpty(kind));
        typed.put("effectiveOn", orEmpty(effectiveOn));
        typed.put("decision", orEmpty(decision));
        typed.put("agencyCodes", orEmpty(agencyCodes));
        typed.put("successorCodes", orEmpty(successorCodes));
        typed.put("rename.name", orEmpty(newName));
        try {
            Map<String, Object> done = directory.reorganise(body(typed));
            return Response.seeOther(URI.create("/quan-tri/sap-xep?xong=" + done.getOrDefault("status", "tao"))).build();
        } catch (ServiceProblem p) {
            if (p.status() != 400 && p.status() != 409) {
                throw p;
            }
            return Response.status(p.status()).entity(view(directory.reorganisations(), typed,
                    FieldErrors.of(p, FIELDS), null)).build();
        }
    }

    @POST
    @Path("{id}/huy")
    public Response cancel(@PathParam("id") String id) {
        user.require();
        directory.cancel(id);
        return Response.seeOther(URI.create("/quan-tri/sap-xep?xong=CANCELLED")).build();
    }

    /** The request plan-service reads; codes typed separated by commas, spaces or lines. */
    static Map<String, Object> body(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfTyped(body, "kind", typed.get("kind"));
        putIfTyped(body, "effectiveOn", typed.get("effectiveOn"));
        putIfTyped(body, "decision", typed.get("decision"));
        body.put("agencyCodes", codes(typed.get("agencyCodes")));
        body.put("successorCodes", codes(typed.get("successorCodes")));
        if (!typed.getOrDefault("rename.name", "").isBlank()) {
            body.put("rename", Map.of("name", typed.get("rename.name").trim()));
        }
        return body;
    }

    static List<String> codes(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .map(s -> s.trim().toUpperCase(java.util.Locale.ROOT)).toList();
    }

    private static void putIfTyped(Map<String, Object> body, String key, String value) {
        if (value != null && !value.isBlank()) {
            body.put(key, value.trim());
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The page with its data, untyped so that the services' JSON (maps and lists) is read as it comes. */
    static TemplateInstance view(Object reorganisations, Object form, Object errors, Object done) {
        return Templates.reorganisations()
                .data("reorganisations", reorganisations)
                .data("form", form)
                .data("errors", errors)
                .data("done", done);
    }
}

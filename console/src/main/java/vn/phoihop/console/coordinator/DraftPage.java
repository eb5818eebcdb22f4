package vn.phoihop.console.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.signin.SignedIn;
import vn.phoihop.console.web.FieldErrors;
import vn.phoihop.console.web.FormPaths;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Soạn văn bản: a document drafted in a form that follows the paper (kind, subject, legal basis, targets,
 * tasks with lead and cooperating agencies from the directory, report obligations, Nơi nhận, signer), and
 * its amendment in the same form. A refusal shows each message at its input with everything as typed.
 */
@Path("/")
public class DraftPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance form();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    PlanApi plans;

    @GET
    @Path("van-ban/moi")
    public TemplateInstance blank() {
        requireCoordinator();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "PLAN");
        return render(doc, FieldErrors.NONE, false, null, null);
    }

    @POST
    @Path("van-ban")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(MultivaluedMap<String, String> form) {
        requireCoordinator();
        Map<String, Object> doc = FormPaths.toJson(form);
        try {
            Map<String, Object> saved = plans.draft(doc);
            return Response.seeOther(URI.create("/ke-hoach/" + saved.get("id") + "?xong=du-thao")).build();
        } catch (ServiceProblem p) {
            if (p.status() != 400 && p.status() != 409) {
                throw p;
            }
            return Response.status(p.status()).entity(render(doc, FieldErrors.of(p, inputs(form)), false, null, null)).build();
        }
    }

    @GET
    @Path("ke-hoach/{id}/sua-doi")
    public TemplateInstance amendForm(@PathParam("id") String id) {
        requireCoordinator();
        Map<String, Object> plan = plans.plan(id);
        Map<String, Object> doc = new LinkedHashMap<>(plan);
        // the general task (chung) is the document's, not a row of the form
        doc.put("tasks", ((List<?>) plan.getOrDefault("tasks", List.of())).stream()
                .filter(t -> !Boolean.TRUE.equals(((Map<?, ?>) t).get("general"))).toList());
        return render(doc, FieldErrors.NONE, true, plan, null);
    }

    @POST
    @Path("ke-hoach/{id}/sua-doi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        requireCoordinator();
        Map<String, Object> plan = plans.plan(id);
        Map<String, Object> edited = FormPaths.toJson(form);
        String reason = form.getFirst("_reason");
        Amendments.Amendment amendment = Amendments.of(plan, edited, reason);
        List<String> fields = new ArrayList<>(inputs(form));
        fields.add("reason");
        try {
            plans.amend(id, amendment.body());
            return Response.seeOther(URI.create("/ke-hoach/" + id + "?xong=sua-doi")).build();
        } catch (ServiceProblem p) {
            if (p.status() != 400 && p.status() != 409) {
                throw p;
            }
            return Response.status(p.status()).entity(render(edited, FieldErrors.of(amendment.toForm(p), fields), true, plan, reason)).build();
        }
    }

    /**
     * The addressee groups of the coordinator's province ("Các cơ quan báo chí trên địa bàn tỉnh" …), to address a
     * task to a group instead of one lead; none when plan-service cannot say (the form still works without them).
     */
    private List<Map<String, Object>> groups() {
        String agency = user.require().agencyCode();
        int dot = agency.indexOf('.');
        if (dot < 0) {
            return List.of(); // a national body has no province of its own
        }
        try {
            return plans.addresseeGroups(agency.substring(0, dot));
        } catch (RuntimeException e) { // a refusal, or plan-service unreachable: the form without groups
            org.jboss.logging.Logger.getLogger(DraftPage.class).debugf("no addressee groups for %s: %s", agency, e.toString());
            return List.of();
        }
    }

    private TemplateInstance render(Map<String, Object> doc, FieldErrors errors, boolean amending, Map<String, Object> plan, String reason) {
        return Templates.form().data("groups", amending ? List.of() : groups()) // an amendment cannot address a group
                .data("doc", DocumentForm.model(doc)).data("errors", errors).data("amending", amending).data("plan", plan).data("reason", reason).data("blankTask", DocumentForm.blankTask()).data("blankLegalBasis", DocumentForm.blankRow("legalBasis")).data("blankTarget", DocumentForm.blankRow("targets")).data("blankRecipient", DocumentForm.blankRow("distribution"));
    }

    /**
     * The inputs a refusal may name: those posted, their list parents ({@code tasks[0].cooperatingAgencyCodes}
     * for {@code tasks[0].cooperatingAgencyCodes[1]}), and each row's main inputs even when left blank.
     */
    static List<String> inputs(MultivaluedMap<String, String> form) {
        List<String> names = new ArrayList<>(form.keySet());
        Collection<String> more = new ArrayList<>();
        for (String n : names) {
            if (n.endsWith("]")) {
                more.add(n.substring(0, n.lastIndexOf('[')));
            }
        }
        names.addAll(more);
        names.add("tasks");
        names.add("distribution");
        return names;
    }

    private SignedIn requireCoordinator() {
        SignedIn me = user.require();
        if (!me.isCoordinator()) {
            throw new ServiceProblem(403, "Forbidden", "chỉ chuyên viên điều phối soạn văn bản", List.of());
        }
        return me;
    }
}

package vn.phoihop.console.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import vn.phoihop.console.services.Json;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.FieldErrors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nhập từ văn bản: the coordinator uploads or pastes a plan or letter; plan-service proposes the draft; the
 * review shows the document with each field's words marked beside the usual draft form filled in, and the
 * questions the importer could not settle (pick the agency, confirm a date). Saving is the ordinary draft,
 * whose warnings are shown before issuing.
 */
@Path("/van-ban/nhap")
public class ImportPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance upload();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    PlanApi plans;

    @GET
    public TemplateInstance page() {
        requireCoordinator();
        return Templates.upload().data("error", null).data("pasted", "");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response read(MultipartFormDataInput input) {
        requireCoordinator();
        byte[] document = null;
        String pasted = "";
        try {
            for (Map.Entry<String, Collection<FormValue>> e : input.getValues().entrySet()) {
                for (FormValue v : e.getValue()) {
                    if (v.isFileItem() && v.getFileName() != null && !v.getFileName().isBlank()
                            && v.getFileItem().getFileSize() > 0) {
                        document = Files.readAllBytes(v.getFileItem().getFile());
                    } else if (!v.isFileItem() && e.getKey().equals("text")) {
                        pasted = v.getValue();
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (document == null && !pasted.isBlank()) {
            document = pasted.getBytes(StandardCharsets.UTF_8);
        }
        if (document == null) {
            return Response.status(400).entity(Templates.upload().data("error", "Chọn tệp văn bản (DOCX, PDF) hoặc dán nội dung văn bản.")
                    .data("pasted", pasted)).build();
        }
        Map<String, Object> proposal;
        try {
            proposal = plans.importDocument(document);
        } catch (ServiceProblem p) {
            if (p.status() == 401) {
                throw p;
            }
            return Response.status(p.status()).entity(Templates.upload().data("error", p.getMessage()).data("pasted", pasted)).build();
        }
        return Response.ok(review(proposal)).build();
    }

    private TemplateInstance review(Map<String, Object> proposal) {
        Map<String, Object> doc = new LinkedHashMap<>(Json.map(proposal.get("plan")));
        List<Object> sources = Json.list(proposal.get("sources"));
        List<Object> questions = Json.list(proposal.get("questions"));
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("html", SourceMarks.html(String.valueOf(proposal.get("text")), sources, questions));
        source.put("questions", questions);
        source.put("format", proposal.get("format"));
        source.put("number", proposal.get("number"));
        source.put("issuedOn", proposal.get("issuedOn"));
        return DraftPage.Templates.form().data("groups", java.util.List.of()).data("doc", DocumentForm.model(doc)).data("errors", FieldErrors.NONE)
                .data("amending", false).data("plan", null).data("reason", null).data("source", source)
                .data("blankTask", DocumentForm.blankTask()).data("blankLegalBasis", DocumentForm.blankRow("legalBasis"))
                .data("blankTarget", DocumentForm.blankRow("targets")).data("blankRecipient", DocumentForm.blankRow("distribution"));
    }

    private void requireCoordinator() {
        if (!user.require().isCoordinator()) {
            throw new ServiceProblem(403, "Forbidden", "chỉ chuyên viên điều phối nhập văn bản", List.of());
        }
    }
}

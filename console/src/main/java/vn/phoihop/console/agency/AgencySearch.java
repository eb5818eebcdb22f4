package vn.phoihop.console.agency;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.signin.CurrentUser;

import java.util.List;
import java.util.Map;

/**
 * Picking agencies from the directory as one types: plan-service's search ignores diacritics ("bao dak nong"
 * finds Báo Đắk Nông). Answers an HTML fragment of result buttons for htmx.
 */
@Path("/co-quan/tim")
public class AgencySearch {
    static final int MAX_RESULTS = 12;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance results();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    PlanApi plans;

    @GET
    public TemplateInstance search(@QueryParam("_q") String q, @QueryParam("q") String plain) {
        user.require();
        String query = q != null ? q : plain;
        if (query == null || query.isBlank() || query.trim().length() < 2) {
            return Templates.results().data("agencies", List.of()).data("q", query);
        }
        List<Map<String, Object>> found = plans.agencies(query.trim(), null, true);
        return Templates.results().data("agencies", found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found).data("q", query);
    }
}

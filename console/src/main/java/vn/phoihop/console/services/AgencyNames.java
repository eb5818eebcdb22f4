package vn.phoihop.console.services;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agency names for the page being rendered: the directory is read from plan-service once per request,
 * when a page first needs a name, and forgotten with the request (the console keeps no copy).
 * Templates: {@code {inject:agencies.name(code)}}.
 */
@Named("agencies")
@RequestScoped
public class AgencyNames {
    private static final Logger LOG = Logger.getLogger(AgencyNames.class);

    @Inject
    @RestClient
    PlanApi plan;

    private Map<String, Map<String, Object>> byCode;

    /** The agency's name (short name when it has one), or its code when the directory does not know it. */
    public String name(Object code) {
        if (code == null || code instanceof io.quarkus.qute.Results.NotFound) {
            return "";
        }
        Map<String, Object> a = directory().get(code.toString());
        if (a == null) {
            return code.toString();
        }
        Object shortName = a.get("shortName");
        return shortName != null && !shortName.toString().isBlank() ? shortName.toString() : String.valueOf(a.get("name"));
    }

    /** The full name, as written on documents. */
    public String fullName(Object code) {
        if (code == null || code instanceof io.quarkus.qute.Results.NotFound) {
            return "";
        }
        Map<String, Object> a = directory().get(code.toString());
        return a == null ? code.toString() : String.valueOf(a.get("name"));
    }

    public boolean known(String code) {
        return directory().containsKey(code);
    }

    private Map<String, Map<String, Object>> directory() {
        if (byCode == null) {
            byCode = new HashMap<>();
            try {
                List<Map<String, Object>> all = plan.agencies(null, null, null);
                all.forEach(a -> byCode.put(String.valueOf(a.get("code")), a));
            } catch (RuntimeException e) {
                // names are a courtesy: the page still shows codes
                LOG.debug("agency directory unavailable: " + e.getMessage());
            }
        }
        return byCode;
    }
}

package vn.phoihop.console.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.util.ArrayList;
import java.util.List;

/** Turns every error answer of a service into a {@link ServiceProblem}, reading problem+json when there is one. */
public class ProblemReader implements ResponseExceptionMapper<ServiceProblem> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceProblem toThrowable(Response response) {
        String body = "";
        try {
            if (response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException ignored) {
            // no readable body: the status says enough
        }
        return read(response.getStatus(), body);
    }

    static ServiceProblem read(int status, String body) {
        try {
            JsonNode problem = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (problem != null && problem.isObject()) {
                List<ServiceProblem.FieldError> errors = new ArrayList<>();
                problem.path("errors").forEach(e -> errors.add(new ServiceProblem.FieldError(e.path("field").asText(""), e.path("message").asText(""))));
                return new ServiceProblem(status, problem.path("title").asText(null), problem.path("detail").asText(null), errors);
            }
        } catch (Exception notJson) {
            // a proxy's HTML page, for instance
        }
        return new ServiceProblem(status, null, null, List.of());
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}

package vn.phoihop.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every refusal of every service as RFC 9457 problem+json, naming the fields at fault. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(typeOf(e.status()), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return respond(new Problem(typeOf(400), "Invalid request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "";
        String message = e.getOriginalMessage();
        if (message != null && message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail = field.isEmpty() ? "The body is not valid JSON: " + message : field + ": " + message;
        return respond(new Problem(typeOf(400), "Unreadable request body", 400, detail, path(uri), errors));
    }

    /** Quarkus has its own mapper for this subtype; ours must be as specific to win. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /**
     * Someone else (another request, a consumer, a scheduler) changed the row between our read and our write
     * (optimistic lock, {@code @Version}). Nothing was changed; reading again and retrying is safe.
     */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response changedMeanwhile(RuntimeException e, UriInfo uri) {
        return respond(new Problem(typeOf(409), "Conflict", 409,
                "The resource was changed at the same time by something else; read it again and retry", path(uri), List.of()));
    }

    /** A commit that failed on an optimistic lock arrives wrapped (JTA rollback); the same answer as above. */
    @ServerExceptionMapper({io.quarkus.arc.ArcUndeclaredThrowableException.class, jakarta.transaction.RollbackException.class})
    public Response rolledBack(Exception e, UriInfo uri) {
        if (ChangedMeanwhile.isConflict(e)) {
            return changedMeanwhile(new jakarta.persistence.OptimisticLockException(e), uri);
        }
        return respond(new Problem(typeOf(500), "Internal Server Error", 500, "The request failed", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Response.fromResponse(e.getResponse())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(typeOf(status), title, status, e.getMessage(), path(uri), List.of()))
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String typeOf(int status) {
        return "https://phoihop.vn/problems/" + status;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** {@code create.body.tasks[0].leadAgencyCode} becomes {@code tasks[0].leadAgencyCode}: the client's view. */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int skip = 0;
        if (!nodes.isEmpty() && (nodes.get(0).getKind() == ElementKind.METHOD || nodes.get(0).getKind() == ElementKind.CONSTRUCTOR)) {
            skip++;
        }
        // a request body parameter is the root the client sees; a lone query or path parameter keeps its name
        if (nodes.size() > skip + 1 && nodes.get(skip).getKind() == ElementKind.PARAMETER) {
            skip++;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(skip, nodes.size())) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}

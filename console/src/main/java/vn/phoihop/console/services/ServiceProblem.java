package vn.phoihop.console.services;

import java.util.List;

/**
 * A service's refusal (RFC 9457 problem+json): status, detail and the request fields it names, e.g.
 * {@code tasks[0].leadAgencyCode}.
 */
public class ServiceProblem extends RuntimeException {
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ServiceProblem(int status, String title, String detail, List<FieldError> errors) {
        super(detail == null ? title : detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}

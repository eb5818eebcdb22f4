package vn.phoihop.plan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import vn.phoihop.events.EventJson;
import vn.phoihop.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the optional body of {@code POST /plans/{id}/issue}, which clients often send without any body. */
final class IssueRequests {

    static PlanDtos.IssueRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode json;
        try {
            json = EventJson.MAPPER.readTree(body);
        } catch (Exception e) {
            throw ProblemException.invalid("body", "not JSON");
        }
        String number = text(json, "number");
        if (number != null && (number.isBlank() || number.length() > 80)) {
            throw ProblemException.invalid("number", "must be the number and symbol as written, e.g. 4256/KH-UBND");
        }
        String issuedOn = text(json, "issuedOn");
        try {
            return new PlanDtos.IssueRequest(number, issuedOn == null ? null : LocalDate.parse(issuedOn));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("issuedOn", "must be a date like 2021-12-20");
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private IssueRequests() {
    }
}

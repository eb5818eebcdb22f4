package vn.phoihop.testing;

import com.fasterxml.jackson.databind.JsonNode;
import vn.phoihop.events.EventJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The Đắk Nông demo data (seeds/003: the 2020 plan against human trafficking of Sở TT&TT Đắk Nông),
 * loaded only through the public REST API, as an admin and a coordinator would enter it.
 * The data lives in {@code demo/agencies-dak-nong.json} and {@code demo/plan-dak-nong-2020.json}.
 */
public final class DemoData {
    /** Issuer of the demo plan (Sở Thông tin và Truyền thông). */
    public static final String ISSUER = "DKN.STTTT";
    /** The agency whose token enters the directory. */
    public static final String ADMIN_AGENCY = "DKN.UBND";
    public static final String PRESS_LEAD = "DKN.DAIPTTH";
    public static final String PRESS_COOPERATING = "DKN.BAODAKNONG";
    public static final String DISTRICT_OFFICE = "DKN.GIANGHIA.PVHTT";
    public static final String SUBJECT = "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The directory entries, parents before children. */
    public static JsonNode agencies() {
        return resource("/demo/agencies-dak-nong.json");
    }

    /** The body of {@code POST /plans} for the demo plan. */
    public static JsonNode plan() {
        return resource("/demo/plan-dak-nong-2020.json");
    }

    /** Enters every demo agency; ones already there (409) are skipped. Returns how many were created. */
    public static int loadAgencies(String planServiceUrl) {
        String admin = DevTokens.issue(ADMIN_AGENCY, "admin");
        int created = 0;
        for (JsonNode agency : agencies()) {
            HttpResponse<String> response = send(planServiceUrl, "POST", "/agencies", admin, agency.toString());
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() != 409) {
                throw new IllegalStateException("could not enter agency " + agency.path("code").asText()
                        + ": HTTP " + response.statusCode() + " " + response.body());
            }
        }
        return created;
    }

    /**
     * The issued demo plan: the one already issued with the demo subject, else a new draft issued now.
     * Returns the plan as plan-service shows it (id, number, tasks …).
     */
    public static JsonNode ensureDemoPlanIssued(String planServiceUrl) {
        String coordinator = DevTokens.issue(ISSUER, "coordinator");
        HttpResponse<String> list = send(planServiceUrl, "GET", "/plans", coordinator, null);
        expect(list, 200, "list the plans of " + ISSUER);
        for (JsonNode plan : json(list.body())) {
            if ("ISSUED".equals(plan.path("status").asText()) && SUBJECT.equals(plan.path("subject").asText())) {
                return plan;
            }
        }
        return draftAndIssue(planServiceUrl, coordinator, plan());
    }

    /** Drafts {@code body} as the coordinator whose token is given, then issues it; returns the issued plan. */
    public static JsonNode draftAndIssue(String planServiceUrl, String coordinatorToken, JsonNode body) {
        HttpResponse<String> draft = send(planServiceUrl, "POST", "/plans", coordinatorToken, body.toString());
        expect(draft, 201, "draft the plan");
        String id = json(draft.body()).path("id").asText();
        HttpResponse<String> issued = send(planServiceUrl, "POST", "/plans/" + id + "/issue", coordinatorToken, null);
        expect(issued, 200, "issue plan " + id);
        return json(issued.body());
    }

    private static HttpResponse<String> send(String baseUrl, String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("could not " + what + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private static JsonNode json(String text) {
        try {
            return EventJson.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static JsonNode resource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return EventJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private DemoData() {
    }
}

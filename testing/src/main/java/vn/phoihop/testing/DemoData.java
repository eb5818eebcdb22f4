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
import java.util.List;

/**
 * The demo data, loaded only through the public REST API, as an admin and coordinators would enter it:
 * the directories of Đắk Nông, Điện Biên and Lạng Sơn ({@code demo/agencies-*.json}) and the three source
 * documents as structured fixtures ({@code demo/plan-*.json}): the Đắk Nông 2020 plan against human
 * trafficking (seeds/003), the Điện Biên Sở TT&TT 2022 draft on prostitution (seeds/000) and the Điện Biên
 * plan 4256/KH-UBND of 20/12/2021 (seeds/002), registered with its own number.
 *
 * <p>A plan fixture is the body of {@code POST /plans} plus {@code issuerCode} (whose coordinator drafts it)
 * and, for a document issued on paper, {@code issue} (the body of {@code POST /plans/{id}/issue}).
 */
public final class DemoData {
    /** Issuer of the demo plan (Sở Thông tin và Truyền thông). */
    public static final String ISSUER = "DKN.STTTT";
    /** The agency whose token enters the directory. */
    public static final String ADMIN_AGENCY = "DKN.UBND";
    public static final String PRESS_LEAD = "DKN.DAIPTTH";
    public static final String PRESS_COOPERATING = "DKN.BAODAKNONG";
    public static final String DISTRICT_OFFICE = "DKN.GIANGHIA.PVHTT";
    /** Since 01/07/2025 (new Lâm Đồng): Sở KH&CN, which took over the work of Đắk Nông's Sở TT&TT. */
    public static final String TODAY_COORDINATOR = "LDG.SKHCN";
    /** Since 01/07/2025: Báo và Phát thanh, Truyền hình Lâm Đồng, which holds the open press work of the demo plan. */
    public static final String TODAY_PRESS = "LDG.BAOPTTH";
    public static final String SUBJECT = "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020";

    /** The directories, in loading order. */
    public static final List<String> AGENCY_FILES = List.of("agencies-dak-nong.json", "agencies-dien-bien.json", "agencies-lang-son.json");
    /** The documents of seeds/003, seeds/000 and seeds/002. */
    public static final List<String> PLAN_FILES = List.of("plan-dak-nong-2020.json", "plan-dien-bien-2022-stttt.json",
            "plan-dien-bien-4256-2021.json");

    /**
     * The 2025 reorganisations, as bodies of {@code POST /agency-reorganisations} in the order they are made:
     * since 01/03/2025 each province's Sở TT&TT merged into its Sở KH&CN (press and publishing to Sở VH-TT&DL;
     * Nghị định 45/2025/NĐ-CP); since 01/07/2025 no districts (Nghị quyết 60-NQ/TW, two-tier local government),
     * and Đắk Nông, Bình Thuận and Lâm Đồng form the new Lâm Đồng (Nghị quyết 202/2025/QH15).
     */
    public static final String REORGANISATIONS_FILE = "reorganisations-2025.json";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The Đắk Nông directory entries, parents before children. */
    public static JsonNode agencies() {
        return resource("/demo/agencies-dak-nong.json");
    }

    /** One of {@link #AGENCY_FILES}. */
    public static JsonNode agencies(String file) {
        return resource("/demo/" + file);
    }

    /** The body of {@code POST /plans} for the Đắk Nông demo plan. */
    public static JsonNode plan() {
        return resource("/demo/plan-dak-nong-2020.json");
    }

    /** One of {@link #PLAN_FILES}. */
    public static JsonNode plan(String file) {
        return resource("/demo/" + file);
    }

    /** Enters every agency of every demo directory; ones already there (409) are skipped. Returns how many were created. */
    public static int loadAgencies(String planServiceUrl) {
        int created = 0;
        for (String file : AGENCY_FILES) {
            created += loadAgencies(planServiceUrl, file);
        }
        return created;
    }

    /** Enters the agencies of one directory file. */
    public static int loadAgencies(String planServiceUrl, String file) {
        String admin = DevTokens.issue(ADMIN_AGENCY, "admin");
        int created = 0;
        for (JsonNode agency : agencies(file)) {
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

    /** The bodies of {@link #REORGANISATIONS_FILE}. */
    public static JsonNode reorganisations() {
        return resource("/demo/" + REORGANISATIONS_FILE);
    }

    /**
     * Makes the 2025 reorganisations (dated in the past, plan-service applies each at once): the directory shows
     * today's map, and the open assignments of the ended agencies move to their successors. One whose agencies
     * have ended already is skipped, so restarting makes none twice. Returns how many were made.
     */
    public static int loadReorganisations(String planServiceUrl) {
        String admin = DevTokens.issue(ADMIN_AGENCY, "admin");
        int made = 0;
        for (JsonNode reorganisation : reorganisations()) {
            String first = reorganisation.path("agencyCodes").get(0).asText();
            HttpResponse<String> agency = send(planServiceUrl, "GET", "/agencies/" + first, admin, null);
            expect(agency, 200, "read agency " + first);
            if (!json(agency.body()).path("active").asBoolean()) {
                continue;
            }
            expect(send(planServiceUrl, "POST", "/agency-reorganisations", admin, reorganisation.toString()), 201,
                    "reorganise " + reorganisation.path("agencyCodes"));
            made++;
        }
        return made;
    }

    /** Addressee groups (nhóm nơi nhận) of today's provinces, as bodies of {@code PUT /addressee-groups/{code}}. */
    public static final String GROUPS_FILE = "addressee-groups.json";

    /**
     * Defines the demo addressee groups ("Các cơ quan báo chí trên địa bàn tỉnh", "Các sở, ban, ngành tỉnh", "UBND các
     * xã, phường"), so that a coordinator can address a letter's task to one of them. Defining again changes nothing.
     */
    public static int loadAddresseeGroups(String planServiceUrl) {
        String admin = DevTokens.issue(ADMIN_AGENCY, "admin");
        int defined = 0;
        for (JsonNode group : resource("/demo/" + GROUPS_FILE)) {
            com.fasterxml.jackson.databind.node.ObjectNode body = group.deepCopy();
            String code = body.remove("code").asText();
            HttpResponse<String> answer = send(planServiceUrl, "PUT", "/addressee-groups/" + code, admin, body.toString());
            if (answer.statusCode() != 200) {
                expect(answer, 201, "define addressee group " + code);
            }
            defined++;
        }
        return defined;
    }

    /**
     * The issued demo plan: the one already issued with the demo subject, else a new draft issued now.
     * Returns the plan as plan-service shows it (id, number, tasks …).
     */
    public static JsonNode ensureDemoPlanIssued(String planServiceUrl) {
        return ensurePlanIssued(planServiceUrl, PLAN_FILES.get(0));
    }

    /** Every demo document, issued (each only once, however often the stack restarts). */
    public static List<JsonNode> ensureDemoPlansIssued(String planServiceUrl) {
        return PLAN_FILES.stream().map(file -> ensurePlanIssued(planServiceUrl, file)).toList();
    }

    /** The demo document of {@code file}: the one already in force with its subject, else drafted and issued now. */
    public static JsonNode ensurePlanIssued(String planServiceUrl, String file) {
        JsonNode fixture = plan(file);
        String issuer = fixture.path("issuerCode").asText(ISSUER);
        String coordinator = DevTokens.issue(issuer, "coordinator");
        HttpResponse<String> list = send(planServiceUrl, "GET", "/plans?size=200&issuer=" + issuer, coordinator, null);
        expect(list, 200, "list the plans of " + issuer);
        for (JsonNode plan : json(list.body())) {
            String status = plan.path("status").asText();
            if (("ISSUED".equals(status) || "AMENDED".equals(status)) && fixture.path("subject").asText().equals(plan.path("subject").asText())) {
                return plan;
            }
        }
        return draftAndIssue(planServiceUrl, coordinator, fixture);
    }

    /**
     * Drafts {@code body} as the coordinator whose token is given, then issues it (with the body's {@code issue}
     * part when it has one: a document issued on paper keeps its number); returns the issued plan.
     */
    public static JsonNode draftAndIssue(String planServiceUrl, String coordinatorToken, JsonNode body) {
        HttpResponse<String> draft = send(planServiceUrl, "POST", "/plans", coordinatorToken, body.toString());
        expect(draft, 201, "draft the plan");
        String id = json(draft.body()).path("id").asText();
        String issue = body.hasNonNull("issue") ? body.get("issue").toString() : null;
        HttpResponse<String> issued = send(planServiceUrl, "POST", "/plans/" + id + "/issue", coordinatorToken, issue);
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

package vn.phoihop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.Stack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's main pages on the demo data (the Đắk Nông directory and the three demo documents, issued), as each
 * role opens them: the console's own time for each page (its Server-Timing header: the services' calls and the
 * rendering), median and slowest of {@value #TIMES} requests after {@value #WARM_UP} to warm up, against the
 * 1 s a page may take, and the page's weight (the HTML and the stylesheet and scripts it loads) against 200 KB.
 */
final class ConsolePages {
    static final int WARM_UP = 3;
    static final int TIMES = 10;
    static final double BUDGET_MS = 1_000;
    static final long WEIGHT_BUDGET = 200 * 1024;
    private static final Pattern TIMING = Pattern.compile("page;dur=([0-9.]+)");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:static|webjars)/[^\"]+)\"");

    private final Stack stack;
    private final String console;
    private final Results results;
    private final Map<String, Long> assetBytes = new LinkedHashMap<>();

    ConsolePages(Stack stack, Results results) {
        this.stack = stack;
        this.console = stack.url(Stack.CONSOLE);
        this.results = results;
    }

    /** Loads the demo data, then measures each role's pages. */
    void run() {
        String plans = stack.url("plan-service");
        DemoData.loadAgencies(plans);
        List<JsonNode> issued = DemoData.ensureDemoPlansIssued(plans);
        String planId = issued.get(0).path("id").asText();
        String assignmentId = firstAssignment(DemoData.PRESS_COOPERATING);

        Map<String, String> coordinator = new LinkedHashMap<>();
        coordinator.put("Văn bản (list)", "/ke-hoach");
        coordinator.put("Văn bản (the Đắk Nông 2020 plan)", "/ke-hoach/" + planId);
        coordinator.put("Bảng theo dõi (agency × period)", "/ke-hoach/" + planId + "/bang-theo-doi");
        coordinator.put("Tổng hợp Quý II/2020", "/ke-hoach/" + planId + "/tong-hop?period=2020-Q2");
        coordinator.put("Dòng thời gian", "/ke-hoach/" + planId + "/dong-thoi-gian");
        coordinator.put("Nhắc hạn", "/ke-hoach/" + planId + "/nhac-han");
        coordinator.put("Quá hạn", "/qua-han");
        coordinator.put("Báo cáo nhận được", "/bao-cao");
        coordinator.put("Luồng sự kiện (the page)", "/luong-su-kien");
        coordinator.put("Soạn văn bản", "/van-ban/moi");
        measure("coordinator", DemoData.ISSUER, coordinator);

        Map<String, String> officer = new LinkedHashMap<>();
        officer.put("Hộp việc", "/hop-viec");
        officer.put("Nhiệm vụ", "/nhiem-vu/" + assignmentId);
        officer.put("Thông báo", "/thong-bao");
        officer.put("Lịch (ICS)", "/lich");
        measure("officer", DemoData.PRESS_COOPERATING, officer);

        Map<String, String> admin = new LinkedHashMap<>();
        admin.put("Danh bạ (Đắk Nông)", "/quan-tri?province=DKN");
        admin.put("Danh bạ, search without diacritics", "/quan-tri?province=DKN&q=" + URLEncoder.encode("bao dak nong", StandardCharsets.UTF_8));
        admin.put("Cơ quan (contacts, webhook, Kafka)", "/quan-tri/co-quan/" + DemoData.PRESS_COOPERATING);
        admin.put("Sắp xếp tổ chức", "/quan-tri/sap-xep");
        admin.put("Nhật ký gửi", "/quan-tri/nhat-ky-gui");
        measure("admin", DemoData.ADMIN_AGENCY, admin);
    }

    private void measure(String role, String agency, Map<String, String> pages) {
        String session = signIn(agency, role);
        pages.forEach((name, path) -> {
            List<Double> server = new ArrayList<>();
            List<Double> client = new ArrayList<>();
            HttpResponse<byte[]> last = null;
            for (int i = 0; i < WARM_UP + TIMES; i++) {
                long t0 = System.nanoTime();
                last = get(path, session);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (last.statusCode() != 200) {
                    throw new IllegalStateException(role + " " + path + ": HTTP " + last.statusCode());
                }
                if (i >= WARM_UP) {
                    client.add(ms);
                    Matcher m = TIMING.matcher(last.headers().firstValue("Server-Timing").orElse(""));
                    server.add(m.find() ? Double.parseDouble(m.group(1)) : Double.NaN);
                }
            }
            long html = last.body().length;
            long weight = html + assets(new String(last.body(), StandardCharsets.UTF_8), session);
            double median = percentile(server, 0.5);
            double slowest = server.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            results.add("console pages", role + ": " + name + " `" + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}") + "`",
                    median, "ms", "≤ 1,000 ms", slowest <= BUDGET_MS, null,
                    String.format(Locale.ROOT, "slowest %.0f ms; client median %.0f ms; %,d B HTML, %.1f KB with its CSS and scripts%s",
                            slowest, percentile(client, 0.5), html, weight / 1024.0, weight <= WEIGHT_BUDGET ? "" : " (over 200 KB)"));
        });
    }

    /** The stylesheet and scripts the page loads (each fetched once; the browser caches them too). */
    private long assets(String html, String session) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            paths.add(m.group(1));
        }
        long total = 0;
        for (String path : paths) {
            total += assetBytes.computeIfAbsent(path, p -> (long) get(p, session).body().length);
        }
        return total;
    }

    private HttpResponse<byte[]> get(String path, String session) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(console + path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", "phoihop_session=" + session).header("Accept", "text/html").GET().build();
        try {
            return Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        }
    }

    /** The development sign-in of the local profile, as a person picks the agency and role. */
    private String signIn(String agency, String role) {
        String form = "agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8) + "&role=" + role + "&next=%2F";
        HttpRequest request = HttpRequest.newBuilder(URI.create(console + "/dang-nhap")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("phoihop_session="))
                    .map(c -> c.substring("phoihop_session=".length(), c.indexOf(';')))
                    .findFirst().orElseThrow(() -> new IllegalStateException("sign-in as " + role + " of " + agency
                            + " gave no session: HTTP " + response.statusCode()));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("sign-in failed: " + e, e);
        }
    }

    /** One assignment of the agency, once task-service has dated the demo plan's tasks (bounded wait). */
    private String firstAssignment(String agency) {
        String token = DevTokens.issue(agency, "officer");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonNode inbox = Http.expect(Http.send(stack.url("task-service") + "/inbox?size=1", "GET", token, null,
                    Duration.ofSeconds(60)), 200, "the inbox of " + agency);
            if (inbox.size() > 0) {
                return inbox.get(0).path("id").asText();
            }
            Bench.awaitQuiet(1);
        }
        throw new IllegalStateException("no assignment of " + agency + " within 5 minutes of issuing the demo documents");
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}

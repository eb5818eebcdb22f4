package vn.phoihop.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack: broker, databases phoihop_plan/_task/_report/_notification, the four packaged
 * services on ports 8081–8084, the demo data (three directories and the three source documents, issued), then
 * the console on port 8080 with its development sign-in. Runs until Ctrl-C, then stops everything.
 * Builds nothing: {@code deploy/local/start.sh} builds first and then runs this class.
 */
public final class LocalStack {

    public static void main(String[] args) throws InterruptedException {
        Path root = Stack.repositoryRoot();
        Stack.Options options = Stack.Options.local(root);
        System.out.println("Phối hợp local stack: starting the broker and the four services (logs in " + options.logDirectory() + ") …");
        long started = System.nanoTime();
        Stack stack;
        try {
            stack = Stack.start(options);
        } catch (RuntimeException e) {
            System.err.println("\nThe local stack did not start:\n" + e.getMessage());
            KafkaBroker.stop();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and the broker …");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-stack-stop"));

        String planUrl = stack.url("plan-service");
        int created;
        List<JsonNode> plans;
        try {
            created = DemoData.loadAgencies(planUrl);
            // the documents of 2020-2022 as they were issued, then the map of today: their open work moves on
            plans = DemoData.ensureDemoPlansIssued(planUrl);
            DemoData.loadReorganisations(planUrl);
            DemoData.loadAddresseeGroups(planUrl);
        } catch (RuntimeException e) {
            System.err.println("\nLoading the demo data failed: " + e.getMessage()
                    + "\nplan-service log tail:\n" + stack.service("plan-service").logTail(40));
            System.exit(1);
            return;
        }
        ServiceProcess console;
        try {
            console = stack.startConsole(CONSOLE_ENVIRONMENT);
        } catch (RuntimeException e) {
            System.err.println("\nThe console did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        printWelcome(stack, created, plans, (System.nanoTime() - started) / 1_000_000_000.0);
        printConsole(console);
        // the main thread waits; Ctrl-C runs the shutdown hook above
        stopped.await();
    }

    private static void printWelcome(Stack stack, int agenciesCreated, List<JsonNode> plans, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n================ Phối hợp local stack ready in %.0f s ================%n".formatted(seconds));
        out.append("Kafka bootstrap: ").append(stack.bootstrapServers()).append('\n');
        for (String service : Stack.SERVICES) {
            ServiceProcess process = stack.service(service);
            out.append("%-21s %s   API docs %s/q/swagger-ui   health %s/q/health   log %s   db %s%n".formatted(
                    service, process.baseUrl(), process.baseUrl(), process.baseUrl(), process.log(),
                    stack.databases().get(service)));
        }
        int directory = DemoData.AGENCY_FILES.stream().mapToInt(f -> DemoData.agencies(f).size()).sum();
        out.append("\nDemo data: %d agencies entered now (%d entries in the demo directories); documents in force:%n"
                .formatted(agenciesCreated, directory));
        for (JsonNode plan : plans) {
            out.append("  %-14s %s \"%s\" (id %s, %d tasks)%n".formatted(plan.path("number").asText(),
                    plan.path("issuerCode").asText(), plan.path("subject").asText(), plan.path("id").asText(),
                    plan.path("tasks").size()));
        }
        out.append("\nToday's map (reorganisations of 2025 applied): the documents keep the names their agencies had,\n"
                + "their open work sits with the successors. Tokens (development key, valid 12 h), today:\n");
        String press = DevTokens.issue(DemoData.TODAY_PRESS, "officer");
        token(out, "coordinator  " + DemoData.TODAY_COORDINATOR + " (Sở Khoa học và Công nghệ tỉnh Lâm Đồng)",
                DevTokens.issue(DemoData.TODAY_COORDINATOR, "coordinator"));
        token(out, "officer      " + DemoData.TODAY_PRESS + " (Báo và Phát thanh, Truyền hình Lâm Đồng)", press);
        out.append("the agencies that issued and held the demo documents (they read their history):\n");
        token(out, "coordinator  " + DemoData.ISSUER + " (Sở Thông tin và Truyền thông)", DevTokens.issue(DemoData.ISSUER, "coordinator"));
        token(out, "officer      " + DemoData.PRESS_LEAD + " (Đài Phát thanh và Truyền hình tỉnh)", DevTokens.issue(DemoData.PRESS_LEAD, "officer"));
        token(out, "officer      " + DemoData.PRESS_COOPERATING + " (Báo Đắk Nông)", DevTokens.issue(DemoData.PRESS_COOPERATING, "officer"));
        token(out, "officer      " + DemoData.DISTRICT_OFFICE + " (Phòng Văn hóa – Thông tin thành phố Gia Nghĩa)",
                DevTokens.issue(DemoData.DISTRICT_OFFICE, "officer"));
        token(out, "coordinator  DBN.STTTT (Sở Thông tin và Truyền thông tỉnh Điện Biên)", DevTokens.issue("DBN.STTTT", "coordinator"));
        token(out, "coordinator  DBN.UBND (Ủy ban nhân dân tỉnh Điện Biên, 4256/KH-UBND)", DevTokens.issue("DBN.UBND", "coordinator"));
        token(out, "officer      DBN.CAT (Công an tỉnh Điện Biên)", DevTokens.issue("DBN.CAT", "officer"));
        token(out, "admin        " + DemoData.ADMIN_AGENCY + " (Ủy ban nhân dân tỉnh)", DevTokens.issue(DemoData.ADMIN_AGENCY, "admin"));
        out.append("\nOther tokens: java -cp \"$(cat testing/target/classpath.txt):testing/target/classes\" vn.phoihop.testing.DevTokens AGENCY_CODE ROLE\n");
        out.append("\nThe inbox of Báo và Phát thanh, Truyền hình Lâm Đồng (the press task of the 2020 plan):\n");
        out.append("  curl -s -H \"Authorization: Bearer ").append(press).append("\" ")
                .append(stack.url("task-service")).append("/inbox\n");
        stack.secureBroker().ifPresent(broker -> {
            String reader = "java -cp \"$(cat testing/target/classpath.txt):testing/target/classes\" vn.phoihop.testing.AgencyTopicReader "
                    + broker.sasl() + " " + DemoData.TODAY_PRESS + " <password>";
            out.append("\nThe broker checks who reads what (SCRAM-SHA-512 logins, standard authorizer; each service has its own login).\n");
            out.append("An admin gives Báo và PT-TH Lâm Đồng its delivery topic and a password (shown once, in \"password\"):\n");
            out.append("  curl -s -X PUT -H \"Authorization: Bearer ").append(DevTokens.issue(DemoData.ADMIN_AGENCY, "admin"))
                    .append("\" ").append(stack.url("task-service")).append("/admin/agency-access/").append(DemoData.TODAY_PRESS).append('\n');
            out.append("Its system reads its own topic with that password:\n  ").append(reader).append('\n');
            out.append("and is refused on another agency's:\n  ").append(reader).append(" phoihop.inbox.").append(DemoData.PRESS_COOPERATING).append('\n');
        });
        out.append("\nDocuments about prostitution, searched without diacritics:\n");
        out.append("  curl -s -H \"Authorization: Bearer ").append(DevTokens.issue("DBN.CAT", "officer")).append("\" '")
                .append(stack.url("plan-service")).append("/plans?q=mai%20dam'\n");
        System.out.println(out);
    }

    /** The console's profile {@code local}: the development sign-in page (the production profile refuses it). */
    public static final java.util.Map<String, String> CONSOLE_ENVIRONMENT = java.util.Map.of(
            "QUARKUS_PROFILE", "local", "PHOIHOP_CONSOLE_DEV_SIGN_IN", "true");

    /** Who to sign in as in the console, one line per demo role. */
    static final List<String[]> CONSOLE_USERS = List.of(
            new String[]{"coordinator", DemoData.TODAY_COORDINATOR, "Sở Khoa học và Công nghệ tỉnh Lâm Đồng (từ 01/7/2025): soạn, ban hành văn bản mới"},
            new String[]{"officer", DemoData.TODAY_PRESS, "Báo và Phát thanh, Truyền hình Lâm Đồng: nhiệm vụ báo chí của kế hoạch 2020, nay ở đơn vị kế thừa"},
            new String[]{"coordinator", DemoData.ISSUER, "Sở Thông tin và Truyền thông tỉnh Đắk Nông (đến 01/3/2025): theo dõi, duyệt báo cáo, tổng hợp kế hoạch đã ban hành"},
            new String[]{"officer", DemoData.PRESS_COOPERATING, "Báo Đắk Nông: hộp việc, tiếp nhận, gửi báo cáo"},
            new String[]{"officer", DemoData.PRESS_LEAD, "Đài Phát thanh và Truyền hình tỉnh: nhiệm vụ chủ trì"},
            new String[]{"officer", DemoData.DISTRICT_OFFICE, "Phòng Văn hóa – Thông tin thành phố Gia Nghĩa"},
            new String[]{"coordinator", "DBN.UBND", "Ủy ban nhân dân tỉnh Điện Biên (4256/KH-UBND)"},
            new String[]{"admin", DemoData.ADMIN_AGENCY, "quản trị: danh bạ, sắp xếp tổ chức, webhook, nhật ký gửi, truy cập Kafka"});

    private static void printConsole(ServiceProcess console) {
        StringBuilder out = new StringBuilder();
        out.append("================ Console (bàn làm việc) ================\n");
        out.append("Open ").append(console.baseUrl()).append("/  (log ").append(console.log()).append(")\n");
        out.append("Sign in on the development page ").append(console.baseUrl())
                .append("/dang-nhap: pick an agency and a role, for example\n");
        for (String[] user : CONSOLE_USERS) {
            out.append("  %-11s %-20s %s%n".formatted(user[0], user[1], user[2]));
        }
        out.append("Two people at once (coordinator and officer): a second browser or a private window.\n");
        out.append("\nCtrl-C stops the console, the services and the broker.\n");
        System.out.println(out);
    }

    private static void token(StringBuilder out, String who, String token) {
        out.append("  ").append(who).append(":\n    ").append(token).append('\n');
    }

    private LocalStack() {
    }
}

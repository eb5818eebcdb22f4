package vn.phoihop.plan.agency;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import vn.phoihop.events.EventJson;
import vn.phoihop.testing.DevTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Demo directories and small throw-away provinces for the agency tests, entered through the API. */
final class DirectoryFixtures {
    static final String ADMIN = DevTokens.issue("DKN.UBND", "admin");

    /** The demo directory as written in testing/ (read from the checkout, so the newest version is tested). */
    static String demoFile(String name) {
        try {
            return Files.readString(Path.of("..", "testing", "src", "main", "resources", "demo", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode demo(String name) {
        try {
            return EventJson.MAPPER.readTree(demoFile(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports a demo directory as JSON; returns nothing, fails the test unless HTTP 200. */
    static void importDemo(String province, String file) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(demoFile(file))
                .post("/agency-directory/{p}/import", province).then().statusCode(200);
    }

    /** A province code no other test uses, e.g. "T3F9A1", so tests never see each other's agencies. */
    static String freshProvince() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
    }

    static void register(String code, String name, String symbol, String kind, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "symbol", symbol, "kind", kind));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/agencies").then().statusCode(201);
    }

    /** A small province: UBND tỉnh, Sở TT&TT with one division, Sở KH&CN, Sở VH-TT-DL, one district with a commune. */
    static void smallProvince(String p) {
        register(p + ".UBND", "Ủy ban nhân dân tỉnh Thử Nghiệm", "UBND", "PEOPLES_COMMITTEE", null);
        register(p + ".STTTT", "Sở Thông tin và Truyền thông tỉnh Thử Nghiệm", "STTTT", "DEPARTMENT", p + ".UBND");
        register(p + ".STTTT.TTBCXB", "Phòng Thông tin – Báo chí – Xuất bản", "TTBCXB", "OTHER", p + ".STTTT");
        register(p + ".SKHCN", "Sở Khoa học và Công nghệ tỉnh Thử Nghiệm", "SKHCN", "DEPARTMENT", p + ".UBND");
        register(p + ".SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thử Nghiệm", "SVHTTDL", "DEPARTMENT", p + ".UBND");
        register(p + ".HUYEN", "Ủy ban nhân dân huyện Đắk Thử", "UBND", "PEOPLES_COMMITTEE", p + ".UBND");
        register(p + ".HUYEN.XA", "Ủy ban nhân dân xã Ea Thử", "UBND", "PEOPLES_COMMITTEE", p + ".HUYEN");
    }

    private DirectoryFixtures() {
    }
}

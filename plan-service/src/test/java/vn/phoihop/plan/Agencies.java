package vn.phoihop.plan;

import io.restassured.RestAssured;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The agencies the tests use, entered through the API as an admin would. */
public final class Agencies {
    static final String ADMIN = DevTokens.issue("DKN.UBND", "admin");
    private static boolean demoLoaded;

    static void ensureDakNong() {
        ensure("DKN.UBND", "Ủy ban nhân dân tỉnh Đắk Nông", "UBND", "PEOPLES_COMMITTEE", null);
        ensure("DKN.STTTT", "Sở Thông tin và Truyền thông tỉnh Đắk Nông", "STTTT", "DEPARTMENT", "DKN.UBND");
        ensure("DKN.DAIPTTH", "Đài Phát thanh và Truyền hình tỉnh Đắk Nông", "ĐPTTH", "PRESS", "DKN.UBND");
        ensure("DKN.BAODAKNONG", "Báo Đắk Nông", "BĐN", "PRESS", "DKN.UBND");
        ensure("DKN.TAPCHINAMNUNG", "Tạp chí Năm Nung", "TCNN", "PRESS", "DKN.UBND");
        ensure("DKN.CAT", "Công an tỉnh Đắk Nông", "CAT", "POLICE", "DKN.UBND");
    }

    /** Every agency of the demo directories (Đắk Nông, Điện Biên, Lạng Sơn), as the local stack enters them. */
    public static synchronized void ensureDemoDirectories() {
        if (!demoLoaded) {
            DemoData.loadAgencies("http://localhost:" + RestAssured.port);
            demoLoaded = true;
        }
    }

    static void ensure(String code, String name, String symbol, String kind, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "symbol", symbol, "kind", kind));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        int status = given().auth().oauth2(ADMIN).contentType("application/json").body(body).post("/agencies").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("could not enter agency " + code + ": HTTP " + status);
        }
    }

    private Agencies() {
    }
}

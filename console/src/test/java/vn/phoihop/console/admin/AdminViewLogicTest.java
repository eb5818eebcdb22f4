package vn.phoihop.console.admin;

import org.junit.jupiter.api.Test;
import vn.phoihop.console.services.ServiceProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the admin pages make of the services' answers and of what the admin typed. */
class AdminViewLogicTest {

    @Test
    void importErrorsAreShownByTheLineOfTheFileAndTheColumn() {
        ServiceProblem refused = new ServiceProblem(400, "Invalid directory", "2 invalid field(s), nothing imported", List.of(
                new ServiceProblem.FieldError("rows[1].kind", "must be one of PEOPLES_COMMITTEE|DEPARTMENT"),
                new ServiceProblem.FieldError("rows[2].parentCode", "unknown agency DKN.KHONGCO, neither stored nor in the file"),
                new ServiceProblem.FieldError("province", "must not be blank")));

        List<ImportErrors.RowError> rows = ImportErrors.of(refused);

        assertEquals(3, rows.size());
        assertEquals(3, rows.get(0).line(), "rows[1] is the third line, after the header");
        assertEquals("kind", rows.get(0).column());
        assertEquals("Loại cơ quan", rows.get(0).columnLabel());
        assertEquals("Phải là một trong các giá trị: PEOPLES_COMMITTEE (Ủy ban nhân dân), DEPARTMENT (Sở, ban, ngành).",
                rows.get(0).message());
        assertEquals(4, rows.get(1).line());
        assertEquals("parentCode", rows.get(1).column());
        assertEquals("Không có cơ quan DKN.KHONGCO trong danh mục, cũng không có trong tệp.", rows.get(1).message());
        assertNull(rows.get(2).line(), "an error naming no row has no line");
        assertEquals("province", rows.get(2).column());
    }

    @Test
    void aRefusalNamingNoFieldIsStillShown() {
        List<ImportErrors.RowError> rows = ImportErrors.of(new ServiceProblem(403, "Forbidden",
                "a coordinator imports only the directory of its own province", List.of()));
        assertEquals(1, rows.size());
        assertEquals("Anh/chị không có quyền thực hiện việc này: Chuyên viên chỉ nhập được danh bạ của tỉnh mình.", rows.get(0).message());
    }

    @Test
    void theWebhookSecretIsNeverEchoedAndABlankOneKeepsTheStoredOne() {
        Map<String, Object> stored = Map.of("emails", List.of("toasoan@baodaknong.vn", "vanthu@baodaknong.vn"),
                "webhookUrl", "https://qlvb.baodaknong.vn/phoihop", "webhookSecretSet", true, "emailEnabled", true, "webhookEnabled", false);
        Map<String, String> form = AgencyAdminPage.contactForm(stored);
        assertEquals("toasoan@baodaknong.vn\nvanthu@baodaknong.vn", form.get("emails"));
        assertEquals("", form.get("webhookSecret"));
        assertEquals("on", form.get("webhookSecretSet"));
        assertEquals("", form.get("webhookEnabled"));

        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.put("emails", "toasoan@baodaknong.vn, vanthu@baodaknong.vn\n");
        typed.put("headName", "  Nguyễn Văn Đức ");
        Map<String, Object> body = AgencyAdminPage.contactBody(typed);
        assertEquals(List.of("toasoan@baodaknong.vn", "vanthu@baodaknong.vn"), body.get("emails"));
        assertEquals("Nguyễn Văn Đức", body.get("headName"));
        assertFalse(body.containsKey("webhookSecret"), "a blank secret is left out, so the stored one stays");
        assertEquals(true, body.get("emailEnabled"));
        assertEquals(false, body.get("webhookEnabled"));

        typed.put("webhookSecret", "mot-khoa-bi-mat-du-dai");
        assertEquals("mot-khoa-bi-mat-du-dai", AgencyAdminPage.contactBody(typed).get("webhookSecret"));
    }

    @Test
    void aNewAgencyGetsEmailOnByDefault() {
        Map<String, String> form = AgencyAdminPage.contactForm(Map.of());
        assertEquals("on", form.get("emailEnabled"));
        assertEquals("", form.get("webhookSecretSet"));
    }

    @Test
    void aReorganisationIsTheRequestPlanServiceReads() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kind", "MERGE");
        typed.put("effectiveOn", "2025-03-01");
        typed.put("decision", "Quyết định số 123/QĐ-UBND ngày 28/02/2025 của UBND tỉnh");
        typed.put("agencyCodes", "dkn.stttt");
        typed.put("successorCodes", "DKN.SKHCN,  DKN.SVHTTDL\nDKN.SKHCN2");
        typed.put("rename.name", "");
        Map<String, Object> body = ReorganisationPage.body(typed);
        assertEquals("MERGE", body.get("kind"));
        assertEquals(List.of("DKN.STTTT"), body.get("agencyCodes"));
        assertEquals(List.of("DKN.SKHCN", "DKN.SVHTTDL", "DKN.SKHCN2"), body.get("successorCodes"));
        assertFalse(body.containsKey("rename"));

        typed.put("kind", "RENAME");
        typed.put("successorCodes", "");
        typed.put("rename.name", " Sở Khoa học và Công nghệ tỉnh Đắk Nông ");
        body = ReorganisationPage.body(typed);
        assertEquals(List.of(), body.get("successorCodes"));
        assertEquals(Map.of("name", "Sở Khoa học và Công nghệ tỉnh Đắk Nông"), body.get("rename"));
    }

    @Test
    void theBrokersRefusalIsSaidPlainly() {
        String message = AgencyAdminPage.kafkaMessage(new ServiceProblem(503, "Kafka broker without an authorizer",
                "set authorizer.class.name", List.of()));
        assertTrue(message.contains("chưa bật phân quyền (authorizer)"), message);
        assertFalse(vn.phoihop.console.web.English.isIn(message), message);
        assertTrue(AgencyAdminPage.kafkaMessage(new ServiceProblem(503, "Something new", "x", List.of())).contains("không trả lời"));
        assertTrue(message.contains("Không có gì thay đổi"), message);
        assertTrue(AgencyAdminPage.kafkaMessage(new ServiceProblem(409, "Conflict", "revoked", List.of())).contains("thu hồi"));
    }
}

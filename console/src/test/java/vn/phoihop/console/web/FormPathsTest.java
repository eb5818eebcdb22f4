package vn.phoihop.console.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FormPathsTest {

    @Test
    void inputsNamedByJsonPathBecomeTheBody() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("subject", List.of("Thông tin, tuyên truyền phòng, chống mua bán người"));
        form.put("tasks[0].title", List.of("Báo Đắk Nông"));
        form.put("tasks[0].leadAgencyCode", List.of("DKN.BAODAKNONG"));
        form.put("tasks[0].cooperatingAgencyCodes[0]", List.of("DKN.DAIPTTH"));
        form.put("tasks[0].obligations[0].kind", List.of("PERIODIC"));
        form.put("tasks[0].obligations[1].kind", List.of(""));
        form.put("tasks[2].title", List.of("Công an tỉnh"));
        form.put("_q", List.of("bao dak"));
        form.put("place", List.of("  "));

        Map<String, Object> body = FormPaths.toJson(form);

        assertEquals(Map.of(
                "subject", "Thông tin, tuyên truyền phòng, chống mua bán người",
                "tasks", List.of(
                        Map.of("title", "Báo Đắk Nông", "leadAgencyCode", "DKN.BAODAKNONG",
                                "cooperatingAgencyCodes", List.of("DKN.DAIPTTH"),
                                "obligations", List.of(Map.of("kind", "PERIODIC"))),
                        Map.of("title", "Công an tỉnh"))), body);
    }

    @Test
    void datesTypedAsOfficesWriteThem() {
        assertEquals("2020-06-30", FormPaths.isoDate("30/06/2020"));
        assertEquals("2020-07-01", FormPaths.isoDate("1/7/2020"));
        assertEquals("31/02/2020", FormPaths.isoDate("31/02/2020"), "an impossible date stays for the service to refuse");
        assertEquals("2020-06-30", FormPaths.isoDate("2020-06-30"));
        assertEquals(Map.of("dataTo", "2020-06-30"), FormPaths.toJson(Map.of("dataTo", List.of("30/06/2020"))));
    }

    @Test
    void numbersTypedTheVietnameseWay() {
        assertEquals(new BigDecimal("1234.5"), FormPaths.number("1.234,5"));
        assertEquals(new BigDecimal("1234"), FormPaths.number("1.234"));
        assertEquals(new BigDecimal("12.5"), FormPaths.number("12.5"));
        assertNull(FormPaths.number("mười hai"));
    }
}

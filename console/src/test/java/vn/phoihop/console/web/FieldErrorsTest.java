package vn.phoihop.console.web;

import org.junit.jupiter.api.Test;
import vn.phoihop.console.services.ServiceProblem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldErrorsTest {

    @Test
    void eachMessageGoesToTheInputItNamesInVietnamese() {
        ServiceProblem p = new ServiceProblem(400, "Invalid request", "…", List.of(
                new ServiceProblem.FieldError("tasks[0].leadAgencyCode", "unknown agency DKN.KHONGCO"),
                new ServiceProblem.FieldError("tasks[0].obligations[0].dataTo", "the data window ends (01/04/2020) before it starts (30/06/2020)"),
                new ServiceProblem.FieldError("subject", "must not be blank")));
        FieldErrors errors = FieldErrors.of(p, List.of("subject", "tasks[0].leadAgencyCode", "tasks[0].obligations[0].dataTo"));

        assertEquals("Không có cơ quan DKN.KHONGCO trong danh mục.", errors.get("tasks[0].leadAgencyCode"));
        assertEquals("Ngày cuối lấy số liệu (01/04/2020) trước ngày bắt đầu (30/06/2020).", errors.at("tasks[0].obligations[0]", "dataTo"));
        assertEquals("Không được để trống.", errors.get("subject"));
        assertTrue(errors.general().isEmpty());
    }

    @Test
    void aFieldNotOnTheFormGoesToItsNearestParentOrOnTop() {
        ServiceProblem p = new ServiceProblem(400, null, null, List.of(
                new ServiceProblem.FieldError("tasks[0].cooperatingAgencyCodes[1]", "unknown agency X"),
                new ServiceProblem.FieldError("generalTask.title", "must not be blank")));
        FieldErrors errors = FieldErrors.of(p, List.of("tasks[0].cooperatingAgencyCodes"));

        assertEquals("Không có cơ quan X trong danh mục.", errors.get("tasks[0].cooperatingAgencyCodes"));
        assertEquals(List.of("generalTask › Tên: Không được để trống."), errors.general());
    }

    @Test
    void aProblemNamingNoFieldIsShownOnTop() {
        FieldErrors errors = FieldErrors.of(new ServiceProblem(409, "Conflict", "the plan is already issued", List.of()), List.of());
        assertTrue(errors.any());
        assertEquals(List.of("Không thực hiện được ở trạng thái hiện tại."), errors.general(), "no English reaches the page");
        assertFalse(errors.has("subject"));
    }

    @Test
    void fieldLabelsReadLikeTheForm() {
        assertEquals("Nhiệm vụ 1 › Đơn vị chủ trì", Messages.fieldLabel("tasks[0].leadAgencyCode"));
        assertEquals("Nhiệm vụ 2 › Chế độ báo cáo 1 › Số liệu đến ngày", Messages.fieldLabel("tasks[1].obligations[0].dataTo"));
    }

    @Test
    void warningsAreTranslatedToo() {
        assertEquals("01/05/2020 là ngày nghỉ lễ (Quốc tế Lao động), không phải ngày làm việc.",
                Messages.vi("01/05/2020 is a public holiday (Quốc tế Lao động), not a working day"));
        assertEquals("05/07/2020 là Chủ nhật, không phải ngày làm việc.", Messages.vi("05/07/2020 is a Sunday, not a working day"));
        assertEquals("Giá trị không hợp lệ.", Messages.vi("something odd"));
        assertEquals("Cần ghi ý kiến khi trả lại báo cáo.", Messages.vi("Cần ghi ý kiến khi trả lại báo cáo."));
        assertEquals("Phải là một số, ví dụ 12 hoặc 1.234,5.", Messages.vi(
                "Cannot deserialize value of type `java.math.BigDecimal` from String \"mười hai\": not a valid representation"));
    }
}

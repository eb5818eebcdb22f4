package vn.phoihop.console.coordinator;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReminderPolicyFormTest {

    @Test
    void reminderDaysTypedAsAList() {
        Map<String, Object> body = ReminderPolicyPage.body(Map.of("daysBefore", "7, 3 1", "onDueDay", "on", "overdueDaily", "",
                "escalateAfterWorkingDays", "3"));
        assertEquals(List.of(7, 3, 1), body.get("daysBefore"));
        assertEquals(true, body.get("onDueDay"));
        assertEquals(false, body.get("overdueDaily"));
        assertEquals(3, body.get("escalateAfterWorkingDays"));
    }

    @Test
    void aPolicyShownInTheForm() {
        Map<String, String> form = ReminderPolicyPage.form(Map.of("daysBefore", List.of(7, 3, 1), "onDueDay", true, "overdueDaily", false,
                "escalateAfterWorkingDays", 3));
        assertEquals("7, 3, 1", form.get("daysBefore"));
        assertEquals("on", form.get("onDueDay"));
        assertEquals("", form.get("overdueDaily"));
    }
}

package vn.phoihop.console.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelsTest {

    @Test
    void theFourBucketsInTheirOrderAndColours() {
        assertEquals(List.of("Đúng hạn", "Trễ hạn", "Chưa đến hạn", "Quá hạn"), List.copyOf(Labels.BUCKETS.values()));
        assertEquals("overdue", Labels.bucketClass("OVERDUE"));
        assertEquals("ontime", Labels.bucketClass("DONE_ON_TIME"));
        assertEquals("none", Labels.bucketClass(null));
        assertEquals("Quá hạn", Labels.bucket("OVERDUE"));
    }

    @Test
    void eventTypesAreNamedFromTheirCloudEventsType() {
        assertEquals("TaskAcknowledged", Labels.shortEventType("vn.phoihop.task.acknowledged.v1"));
        assertEquals("TaskStatusChanged", Labels.shortEventType("vn.phoihop.task.status-changed.v1"));
        assertEquals("NotificationReminderSent", Labels.shortEventType("vn.phoihop.notification.reminder-sent.v1"));
        assertEquals("Tiếp nhận nhiệm vụ", Labels.event("vn.phoihop.task.acknowledged.v1"));
        assertEquals("Gửi báo cáo", Labels.event("ReportSubmitted"));
        assertEquals("Văn bản đôn đốc", Labels.event("ESCALATION"));
    }

    @Test
    void unknownCodesShowAsThemselves() {
        assertEquals("SOMETHING_NEW", Labels.status("SOMETHING_NEW"));
        assertEquals("p/h (phối hợp)", Labels.purpose("COOPERATE"));
    }
}

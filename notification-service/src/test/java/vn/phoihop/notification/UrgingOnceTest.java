package vn.phoihop.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.notification.escalation.UrgingNotices;
import vn.phoihop.notification.notification.Notification;
import vn.phoihop.notification.reminder.Reminder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances escalate two late assignments of one agency from one issuer at the same moment (each its
 * own transaction, as two dispatchers would): one urging notice (công văn đôn đốc) is sent that day, not two.
 */
@QuarkusTest
class UrgingOnceTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Plays.directory();
    }

    static final String AGENCY = "DKN.DAKGLONG.PVHTT";

    @Inject
    UrgingNotices urging;

    @Test
    void twoInstancesEscalatingAtOnceSendOneUrgingNotice() {
        TaskAssigned first = Plays.assignment(AGENCY, "Huyện Đắk Glong: tuyên truyền trên hệ thống truyền thanh cơ sở",
                LocalDate.now().minusDays(10), "Quý I/2024");
        TaskAssigned second = Plays.assignment(AGENCY, "Huyện Đắk Glong: treo băng rôn, khẩu hiệu tuyên truyền",
                LocalDate.now().minusDays(10), "Quý I/2024");
        Plays.send(first);
        Plays.send(second);
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Assignment.findById(first.assignmentId()) != null && Assignment.findById(second.assignmentId()) != null));

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> instances = List.of(first, second).stream()
                .map(task -> CompletableFuture.runAsync(() -> {
                    awaitLatch(start);
                    QuarkusTransaction.requiringNew().run(() -> {
                        Reminder reminder = new Reminder();
                        reminder.id = UUID.randomUUID();
                        urging.escalate(reminder, Assignment.findById(task.assignmentId()));
                    });
                })).toList();
        start.countDown();
        instances.forEach(CompletableFuture::join);

        long notices = QuarkusTransaction.requiringNew().call(() ->
                Notification.count("agencyCode = ?1 and kind = ?2", AGENCY, Notification.Kind.ESCALATION));
        assertEquals(1, notices);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package vn.phoihop.e2e.browser;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.phoihop.console.web.English;
import vn.phoihop.e2e.RunningStack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console in real Chromium, through the UI only, as the people of the Đắk Nông 2020 plan would use
 * it: the department's coordinator drafts the press task with a quarterly report, sees the warnings and
 * issues it; Báo Đắk Nông's officer (in a second browser) finds it in its inbox, acknowledges it and
 * reports with indicator values and a PDF; the coordinator watches the event flow update without
 * reloading, sees the matrix cell change, returns the report with a comment; the officer reads the
 * comment and revises; the coordinator accepts and downloads the XLSX consolidation. The police's
 * officer never sees the assignment. The press task is drafted with Báo Đắk Nông as its lead, so that
 * its report goes to the department (a cooperating agency reports to the lead, who alone reviews it).
 * Screenshots of each page are saved under console/target/screenshots/.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleFlowBrowserTest {
    static final String TASK_TITLE = "Báo Đắk Nông: tuyên truyền phòng, chống mua bán người trên báo in và báo điện tử";
    static final String REPORT_SUMMARY = "Quý II/2020: Báo Đắk Nông đăng 12 tin, bài và 2 chuyên mục về phòng, chống mua bán người.";
    static final String RETURN_COMMENT = "Đề nghị bổ sung số liệu chuyên mục và tên các bài đã đăng.";
    static final Duration ASYNC = Duration.ofSeconds(60);

    static Browser coordinator;
    static Browser officer;
    static String planId;
    static String planNumber;
    static String assignmentId;

    @org.junit.jupiter.api.extension.RegisterExtension
    static final PageOnFailure failures = new PageOnFailure();

    @BeforeAll
    static void signIn() {
        ConsoleUnderTest.url();
        coordinator = ConsoleUnderTest.browser();
        officer = ConsoleUnderTest.browser();
        failures.watch("coordinator", coordinator);
        failures.watch("officer", officer);
        ConsoleUnderTest.signIn(coordinator, "DKN.STTTT", "coordinator");
        ConsoleUnderTest.signIn(officer, "DKN.BAODAKNONG", "officer");
    }

    @AfterAll
    static void close() {
        if (coordinator != null) {
            coordinator.close();
        }
        if (officer != null) {
            officer.close();
        }
    }

    @Test
    @Order(1)
    void aBadFormShowsTheErrorsAtTheFieldsKeepsTheTextAndCreatesNothing() {
        coordinator.go("/ke-hoach");
        int plansBefore = coordinator.all(By.cssSelector("a[href^='/ke-hoach/']")).size();
        // the province's addressee groups are offered in place of a lead (nhóm nơi nhận)
        io.restassured.RestAssured.given().baseUri(RunningStack.url("plan-service"))
                .auth().oauth2(vn.phoihop.testing.DevTokens.issue("DKN.UBND", "admin"))
                .contentType("application/json")
                .body(Map.of("provinceCode", "DKN", "name", "Các cơ quan báo chí trên địa bàn tỉnh", "kind", "PRESS"))
                .put("/addressee-groups/{code}", "DKN.BAOCHI")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        coordinator.go("/van-ban/moi");
        List<String> groups = new Select(coordinator.find(By.id("tasks-0-addresseeGroupCode"))).getOptions().stream()
                .map(WebElement::getText).toList();
        assertTrue(groups.stream().anyMatch(g -> g.matches("Các cơ quan báo chí trên địa bàn tỉnh \\([1-9]\\d* cơ quan\\)")),
                groups.toString());
        coordinator.type(By.id("subject"), "Kế hoạch thử: đơn vị không có trong danh mục");
        coordinator.type(By.id("period"), "2020");
        coordinator.type(By.id("tasks-0-title"), "Nhiệm vụ giao cho đơn vị không tồn tại");
        coordinator.type(By.id("tasks-0-leadAgencyCode"), "DKN.KHONGCO");
        new Select(coordinator.find(By.id("tasks-0-obligations-0-kind"))).selectByValue("ONCE");
        coordinator.type(By.id("tasks-0-obligations-0-title"), "Báo cáo kết quả");
        // dates as offices write them
        coordinator.type(By.id("tasks-0-obligations-0-deadline"), "05/07/2020");
        coordinator.type(By.id("tasks-0-obligations-0-dataFrom"), "30/06/2020");
        coordinator.type(By.id("tasks-0-obligations-0-dataTo"), "01/06/2020");
        coordinator.type(By.id("tasks-0-obligations-0-reportToCode"), "DKN.STTTT");
        coordinator.click(By.id("save-draft"));

        coordinator.find(By.id("form-errors"));
        WebElement leadError = coordinator.find(By.id("tasks-0-leadAgencyCode-error"));
        assertTrue(leadError.getText().contains("DKN.KHONGCO"), leadError.getText());
        WebElement windowError = coordinator.find(By.id("tasks-0-obligations-0-dataTo-error"));
        assertFalse(windowError.getText().isBlank());
        // every refusal is said in Vietnamese, none as the service wrote it in English
        for (WebElement error : coordinator.all(By.cssSelector(".field-error, #form-errors"))) {
            assertEquals(Set.of(), English.wordsIn(error.getText()), error.getText());
        }
        // what was typed is still there
        assertEquals("DKN.KHONGCO", coordinator.find(By.id("tasks-0-leadAgencyCode")).getAttribute("value"));
        assertEquals("Kế hoạch thử: đơn vị không có trong danh mục", coordinator.find(By.id("subject")).getAttribute("value"));
        assertEquals("01/06/2020", coordinator.find(By.id("tasks-0-obligations-0-dataTo")).getAttribute("value"));
        coordinator.screenshot("coordinator-draft-errors");
        // and nothing was created
        coordinator.go("/ke-hoach");
        assertEquals(plansBefore, coordinator.all(By.cssSelector("a[href^='/ke-hoach/']")).size());
        assertFalse(coordinator.bodyText().contains("Kế hoạch thử: đơn vị không có trong danh mục"));
    }

    @Test
    @Order(2)
    void theCoordinatorDraftsThePressTaskSeesTheWarningsAndIssuesIt() {
        coordinator.go("/van-ban/moi");
        coordinator.type(By.id("place"), "Đắk Nông");
        coordinator.type(By.id("period"), "2020");
        coordinator.type(By.id("subject"), "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020");
        coordinator.type(By.id("tasks-0-title"), TASK_TITLE);
        coordinator.type(By.id("tasks-0-description"), "Xây dựng chuyên trang, chuyên mục; tin, bài về phòng, chống mua bán người. "
                + "Định kỳ hàng quý báo cáo kết quả gửi Sở Thông tin và Truyền thông để tổng hợp.");
        coordinator.type(By.id("tasks-0-leadAgencyCode"), "DKN.BAODAKNONG");
        // a cooperating agency picked from the directory, searched without diacritics
        coordinator.type(By.id("tasks-0-cooperatingAgencyCodes-search"), "tap chi nam nung");
        coordinator.click(By.xpath("//ul[contains(@class,'picker-results')]//*[contains(normalize-space(.),'Năm Nung')]"));
        coordinator.until(d -> coordinator.bodyText().contains("Tạp chí Năm Nung"));
        new Select(coordinator.find(By.id("tasks-0-obligations-0-kind"))).selectByValue("PERIODIC");
        new Select(coordinator.find(By.id("tasks-0-obligations-0-frequency"))).selectByValue("QUARTERLY");
        coordinator.type(By.id("tasks-0-obligations-0-title"), "Báo cáo tình hình, kết quả thực hiện hàng quý");
        coordinator.type(By.id("tasks-0-obligations-0-reportToCode"), "DKN.STTTT");
        coordinator.screenshot("coordinator-draft-form");
        coordinator.click(By.id("save-draft"));

        // the draft is saved and its warnings are shown before issuing
        coordinator.until(d -> coordinator.currentPath().matches("/ke-hoach/[0-9a-f-]{36}.*"));
        planId = coordinator.currentPath().replaceAll("^/ke-hoach/([0-9a-f-]{36}).*$", "$1");
        WebElement warnings = coordinator.find(By.id("warnings"));
        assertFalse(warnings.findElements(By.tagName("li")).isEmpty(), "a draft without Nơi nhận or signer has warnings");
        assertEquals(Set.of(), English.wordsIn(warnings.getText()), warnings.getText());
        coordinator.screenshot("coordinator-draft-warnings");
        coordinator.click(By.id("issue"));
        coordinator.until(d -> "ISSUED".equals(coordinator.find(By.id("plan-status")).getAttribute("data-status")));
        Matcher number = Pattern.compile("số (\\d+/KH-STTTT)").matcher(coordinator.find(By.tagName("h1")).getText());
        assertTrue(number.find(), coordinator.find(By.tagName("h1")).getText());
        planNumber = number.group(1);
        coordinator.screenshot("coordinator-plan-issued");
    }

    @Test
    @Order(3)
    void theOfficerSeesItInItsInboxAndTheCoordinatorWatchesTheFlowLive() {
        // the coordinator keeps the event flow open from now on
        coordinator.go("/luong-su-kien");
        coordinator.until(d -> !coordinator.find(By.id("live-status")).getText().contains("Đang kết nối"));
        ((JavascriptExecutor) coordinator.driver()).executeScript("window.__notReloaded = true;");

        // Báo Đắk Nông's Quý II/2020 assignment arrives over Kafka: the inbox shows it once task-service has it
        officer.until(ASYNC, d -> {
            officer.go("/hop-viec");
            return officer.all(By.xpath("//tr[.//a[normalize-space(.)='" + TASK_TITLE + "']][contains(.,'" + planNumber + "')][contains(.,'Quý II/2020')]")).size() == 1;
        });
        officer.screenshot("officer-inbox");
        WebElement link = officer.find(By.xpath("//tr[contains(.,'" + planNumber + "')][contains(.,'Quý II/2020')]//a[normalize-space(.)='" + TASK_TITLE + "']"));
        assignmentId = link.getAttribute("id").substring("open-".length());
        link.click();
        officer.find(By.id("h-task"));
        assertTrue(officer.bodyText().contains("từ ngày 15/03/2020 đến ngày 14/06/2020"), officer.bodyText());
        assertTrue(officer.bodyText().contains("Sở Thông tin và Truyền thông"));
        officer.click(By.id("acknowledge"));
        officer.until(d -> "ACKNOWLEDGED".equals(officer.find(By.id("status")).getAttribute("data-status")));
        officer.screenshot("officer-assignment");

        // the acknowledgement appears in the coordinator's open page, which was not reloaded
        coordinator.until(ASYNC, d -> !coordinator.all(By.cssSelector("#flow-list li[data-kind='TaskAcknowledged'][data-agency='DKN.BAODAKNONG']")).isEmpty());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) coordinator.driver()).executeScript("return window.__notReloaded === true;"));
        coordinator.screenshot("coordinator-event-flow");
    }

    @Test
    @Order(4)
    void theOfficerReportsTheFlowAndMatrixChangeTheCoordinatorReturnsItWithAComment() throws IOException {
        // the matrix before the report: acknowledged, not submitted
        Browser matrixView = coordinator;
        matrixView.go("/ke-hoach/" + planId + "/bang-theo-doi");
        assertEquals("ACKNOWLEDGED", matrixView.find(By.id("cell-" + assignmentId)).getAttribute("data-status"));
        matrixView.go("/luong-su-kien");
        coordinator.until(d -> !coordinator.find(By.id("live-status")).getText().contains("Đang kết nối"));
        ((JavascriptExecutor) coordinator.driver()).executeScript("window.__notReloaded = true;");

        officer.go("/nhiem-vu/" + assignmentId);
        officer.type(By.id("summary"), REPORT_SUMMARY);
        List<WebElement> indicators = officer.all(By.cssSelector("input[id^='indicators-']"));
        assertFalse(indicators.isEmpty(), "the report form offers the typed indicators");
        fillIndicator(officer, indicators, "NEWS_ARTICLES", "12");
        fillIndicator(officer, indicators, "SPECIAL_COLUMNS", "2");
        officer.find(By.id("file")).sendKeys(pdf().toString());
        officer.screenshot("officer-report-form", By.id("report"));
        officer.click(By.id("submit-report"));
        officer.until(d -> "SUBMITTED".equals(officer.find(By.id("report-status")).getAttribute("data-status")));
        assertTrue(officer.all(By.cssSelector("a[id^='attachment-']")).stream().anyMatch(a -> a.getText().equals("bao-cao-quy-II-2020.pdf")));

        // live in the coordinator's flow, without reloading
        coordinator.until(ASYNC, d -> !coordinator.all(By.cssSelector("#flow-list li[data-kind='ReportSubmitted'][data-agency='DKN.BAODAKNONG']")).isEmpty());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) coordinator.driver()).executeScript("return window.__notReloaded === true;"));
        coordinator.screenshot("coordinator-event-flow-report");

        // the matrix cell changes once task-service has the ReportSubmitted event
        coordinator.until(ASYNC, d -> {
            coordinator.go("/ke-hoach/" + planId + "/bang-theo-doi");
            return "SUBMITTED".equals(coordinator.find(By.id("cell-" + assignmentId)).getAttribute("data-status"));
        });
        coordinator.screenshot("coordinator-matrix");

        // the department returns it with a comment
        coordinator.click(By.id("cell-" + assignmentId));
        coordinator.find(By.id("report-summary"));
        assertTrue(coordinator.find(By.id("report-summary")).getText().contains("12 tin, bài"));
        coordinator.type(By.id("comment"), RETURN_COMMENT);
        coordinator.screenshot("coordinator-review");
        coordinator.click(By.id("return-report"));
        coordinator.until(d -> "RETURNED".equals(coordinator.find(By.id("report-status")).getAttribute("data-status")));
    }

    @Test
    @Order(5)
    void theOfficerSeesTheCommentRevisesAndTheCoordinatorAcceptsAndDownloadsTheConsolidation() throws IOException {
        officer.until(ASYNC, d -> {
            officer.go("/nhiem-vu/" + assignmentId);
            return !officer.all(By.cssSelector("[id^='returned-comment-']")).isEmpty();
        });
        assertTrue(officer.find(By.cssSelector("[id^='returned-comment-']")).getText().contains(RETURN_COMMENT));
        officer.screenshot("officer-returned-comment", By.id("report"));
        officer.type(By.id("summary"), REPORT_SUMMARY + " Bổ sung: chuyên mục “Cảnh giác với mua bán người” số 1 và số 2.");
        List<WebElement> indicators = officer.all(By.cssSelector("input[id^='indicators-']"));
        fillIndicator(officer, indicators, "NEWS_ARTICLES", "14");
        fillIndicator(officer, indicators, "SPECIAL_COLUMNS", "2");
        officer.click(By.id("submit-report"));
        officer.until(d -> "SUBMITTED".equals(officer.find(By.id("report-status")).getAttribute("data-status")));

        coordinator.until(ASYNC, d -> {
            coordinator.go("/theo-doi/nhiem-vu/" + assignmentId);
            return coordinator.find(By.id("report-summary")).getText().contains("Bổ sung");
        });
        coordinator.click(By.id("accept-report"));
        coordinator.until(d -> "ACCEPTED".equals(coordinator.find(By.id("report-status")).getAttribute("data-status")));

        // the consolidation of Quý II/2020 counts the accepted report; the XLSX is downloaded and read
        coordinator.until(ASYNC, d -> {
            coordinator.go("/ke-hoach/" + planId + "/tong-hop?period=2020-Q2");
            return coordinator.bodyText().contains("Báo Đắk Nông") && !coordinator.all(By.id("download-xlsx")).isEmpty()
                    && coordinator.bodyText().contains("14");
        });
        coordinator.screenshot("coordinator-consolidation");
        // the console passes report-service's answer on as a file to save, named after the plan and period
        Map<String, String> headers = coordinator.headersOf(By.id("download-xlsx"));
        assertEquals("200", headers.get("status"), headers.toString());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", headers.get("content-type"));
        String disposition = headers.get("content-disposition");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename=\"tong-hop-2020-Q2.xlsx\"")
                && disposition.contains("filename*=UTF-8''T%E1%BB%95ng%20h%E1%BB%A3p%20"), disposition);
        // a click, as the coordinator does; the browser saves it under the name the server gave
        Path xlsx = coordinator.clickDownload(By.id("download-xlsx"), ".xlsx");
        assertTrue(xlsx.getFileName().toString().startsWith("Tổng hợp ") && xlsx.getFileName().toString().endsWith(" 2020-Q2.xlsx"),
                xlsx.getFileName().toString());
        String text = xlsxText(xlsx);
        assertTrue(text.contains("Báo Đắk Nông"), text);
        assertTrue(text.contains("14"), text);
    }

    @Test
    @Order(6)
    void anotherAgencysOfficerDoesNotSeeTheAssignmentAndGetsTheNotFoundPage() {
        try (Browser police = ConsoleUnderTest.browser()) {
            failures.watch("police", police);
            ConsoleUnderTest.signIn(police, "DKN.CAT", "officer");
            police.go("/hop-viec");
            assertFalse(police.bodyText().contains(TASK_TITLE));
            police.go("/thong-bao");
            assertFalse(police.bodyText().contains(TASK_TITLE));
            police.go("/nhiem-vu/" + assignmentId);
            WebElement page = police.find(By.cssSelector(".error-page"));
            assertEquals("404", page.getAttribute("data-status"));
            assertTrue(police.find(By.tagName("h1")).getText().contains("Không tìm thấy"));
            assertFalse(police.bodyText().contains(REPORT_SUMMARY));
            police.screenshot("officer-not-found");
        }
    }

    @Test
    @Order(7)
    void everyPageShownWeighsUnder200KbAndSaysHowLongTheConsoleTookToMakeIt() {
        ConsoleUnderTest.checkPagesShown();
    }

    /** Types {@code value} into the indicator {@code code} when the form offers it, else into the first empty one. */
    static void fillIndicator(Browser browser, List<WebElement> inputs, String code, String value) {
        WebElement input = inputs.stream().filter(i -> i.getAttribute("id").equals("indicators-" + code)).findFirst()
                .orElseGet(() -> inputs.stream().filter(i -> i.getAttribute("value").isBlank()).findFirst().orElseThrow());
        input.clear();
        input.sendKeys(value);
    }

    /** A small real PDF (one page saying what it is), as an agency would attach. */
    static Path pdf() throws IOException {
        String content = "BT /F1 18 Tf 72 720 Td (Bao cao quy II/2020 - Bao Dak Nong) Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        Path file = Files.createTempDirectory("phoihop-report-").resolve("bao-cao-quy-II-2020.pdf");
        Files.writeString(file, pdf, StandardCharsets.ISO_8859_1);
        return file;
    }

    /** Every cell of every sheet, as text, one row a line. */
    static String xlsxText(Path xlsx) throws IOException {
        StringBuilder out = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.append(format.formatCellValue(cell)).append('\t');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }
}

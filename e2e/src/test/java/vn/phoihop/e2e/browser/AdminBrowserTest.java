package vn.phoihop.e2e.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.phoihop.console.web.English;
import vn.phoihop.e2e.RunningStack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin's pages in real Chromium, through the UI only: the directory searched without diacritics,
 * a CSV import refused with each bad cell shown by line and column (the text kept, nothing stored) and
 * then accepted, the export downloaded, a rename recorded as a reorganisation, an agency's contact saved
 * after a refused address, its Kafka access refused plainly by a broker without an authorizer, and the
 * delivery log.
 */
@ExtendWith(RunningStack.class)
class AdminBrowserTest {
    static final String NEW_CODE = "DKN.TTVHTINH";
    static final String NEW_NAME = "Trung tâm Văn hóa tỉnh Đắk Nông";

    @org.junit.jupiter.api.extension.RegisterExtension
    final PageOnFailure failures = new PageOnFailure();

    @Test
    void anAdminKeepsTheDirectoryAndAnAgencysChannels() throws IOException {
        ConsoleUnderTest.url();
        try (Browser admin = ConsoleUnderTest.browser()) {
            failures.watch("admin", admin);
            ConsoleUnderTest.signIn(admin, "DKN.UBND", "admin");
            admin.go("/quan-tri");
            admin.type(By.id("q"), "bao dak nong");
            admin.click(By.id("search-agencies"));
            admin.find(By.cssSelector("#agencies tr[data-code='DKN.BAODAKNONG']"));
            assertTrue(admin.find(By.id("agencies")).getText().contains("Báo Đắk Nông"));
            admin.screenshot("admin-directory");

            // a file with two bad rows: refused whole, each error at its line and column, the text kept
            String bad = "code,name,shortName,symbol,kind,parentCode,provinceCode\n"
                    + NEW_CODE + "," + NEW_NAME + ",,TTVH,DEPARTMENT,DKN.UBND,DKN\n"
                    + "DKN.LOI1,Đơn vị sai loại,,LOI1,KHONG_CO_LOAI,DKN.UBND,DKN\n"
                    + "DKN.LOI2,Đơn vị sai cấp trên,,LOI2,DEPARTMENT,DKN.KHONGCO,DKN\n";
            admin.go("/quan-tri");
            admin.type(By.id("csv"), bad);
            admin.click(By.id("import-directory"));
            admin.find(By.id("import-error"));
            String rowErrors = admin.find(By.id("import-row-errors")).getText();
            assertTrue(rowErrors.contains("3") && rowErrors.contains("kind"), rowErrors);
            assertTrue(rowErrors.contains("4") && rowErrors.contains("parentCode"), rowErrors);
            // each refused cell said in Vietnamese: the kinds the column takes with their names, the unknown parent
            assertTrue(rowErrors.contains("Phải là một trong các giá trị: PEOPLES_COMMITTEE (Ủy ban nhân dân)"), rowErrors);
            assertTrue(rowErrors.contains("Không có cơ quan DKN.KHONGCO trong danh mục"), rowErrors);
            String importSection = admin.find(By.id("import")).getText();
            assertEquals(Set.of(), English.wordsIn(importSection), importSection);
            assertEquals(bad.strip(), admin.find(By.id("csv")).getAttribute("value").strip().replace("\r\n", "\n"));
            admin.screenshot("admin-import-errors", By.id("import"));
            admin.go("/quan-tri?q=" + NEW_CODE);
            assertTrue(admin.all(By.cssSelector("#agencies tr[data-code='" + NEW_CODE + "']")).isEmpty(), "nothing was imported");

            // the corrected file, uploaded as a file
            Path csv = Files.createTempDirectory("phoihop-directory-").resolve("danh-ba.csv");
            Files.writeString(csv, "\uFEFFcode,name,shortName,symbol,kind,parentCode,provinceCode\n"
                    + NEW_CODE + "," + NEW_NAME + ",,TTVH,DEPARTMENT,DKN.UBND,DKN\n", StandardCharsets.UTF_8);
            admin.find(By.id("file")).sendKeys(csv.toString());
            admin.click(By.id("import-directory"));
            assertTrue(admin.find(By.id("import-outcome")).getText().contains("1 cơ quan mới"), admin.find(By.id("import-outcome")).getText());
            admin.go("/quan-tri?q=trung tam van hoa tinh");
            admin.find(By.cssSelector("#agencies tr[data-code='" + NEW_CODE + "']"));

            // the export is the province's directory as Excel reads it (UTF-8 with a byte-order mark)
            admin.click(By.id("export-directory"));
            Path exported = admin.downloaded(".csv");
            String text = Files.readString(exported, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF"), "byte-order mark");
            assertTrue(text.contains("DKN.BAODAKNONG,\"Báo Đắk Nông\""), text.substring(0, Math.min(400, text.length())));
            assertTrue(text.contains(NEW_CODE + ",\"" + NEW_NAME + "\""));

            // a rename in force today (the services' clock) is applied at once
            admin.click(By.id("admin-reorganisations"));
            new Select(admin.find(By.id("kind"))).selectByValue("RENAME");
            admin.type(By.id("agencyCodes"), NEW_CODE);
            admin.type(By.id("rename-name"), "Trung tâm Văn hóa - Điện ảnh tỉnh Đắk Nông");
            admin.type(By.id("decision"), "Quyết định số 456/QĐ-UBND ngày 10/4/2020 của UBND tỉnh");
            ((org.openqa.selenium.JavascriptExecutor) admin.driver()).executeScript("arguments[0].value = '2020-04-10';", admin.find(By.id("effectiveOn")));
            admin.click(By.id("reorganise"));
            admin.find(By.id("done"));
            assertTrue(admin.find(By.id("reorganisations")).getText().contains("Đã áp dụng"), admin.find(By.id("reorganisations")).getText());
            admin.screenshot("admin-reorganisations");

            // contact and webhook of Báo Đắk Nông: a bad address is refused at its field, then a good one saved
            admin.go("/quan-tri/co-quan/DKN.BAODAKNONG");
            admin.type(By.id("emails"), "toasoan-khong-phai-dia-chi");
            admin.type(By.id("headName"), "Nguyễn Văn Đức");
            admin.click(By.id("save-contact"));
            WebElement error = admin.find(By.id("emails-error"));
            assertFalse(error.getText().isBlank());
            assertEquals("Nguyễn Văn Đức", admin.find(By.id("headName")).getAttribute("value"));
            admin.type(By.id("emails"), "toasoan@baodaknong.vn");
            admin.type(By.id("headTitle"), "Tổng Biên tập");
            admin.click(By.id("save-contact"));
            admin.find(By.id("contact-saved"));
            assertEquals("toasoan@baodaknong.vn", admin.find(By.id("emails")).getAttribute("value").strip());

            // the e2e broker has no authorizer: provisioning is refused plainly and nothing is shown as granted
            admin.click(By.id("kafka-provision"));
            WebElement kafkaError = admin.find(By.id("kafka-error"));
            assertTrue(kafkaError.getText().contains("Kafka"), kafkaError.getText());
            assertTrue(admin.all(By.id("kafka-password")).isEmpty());
            admin.screenshot("admin-agency", By.id("contact"));

            // the delivery log of the failed ones (none failed on this stack), and all sent
            admin.click(By.id("admin-deliveries"));
            admin.find(By.id("status"));
            new Select(admin.find(By.id("status"))).selectByValue("PENDING");
            admin.click(By.id("filter-deliveries"));
            List<WebElement> table = admin.all(By.id("deliveries"));
            assertTrue(!table.isEmpty() || !admin.all(By.id("no-deliveries")).isEmpty());
            admin.screenshot("admin-deliveries");
        }
        ConsoleUnderTest.checkPagesShown();
    }
}

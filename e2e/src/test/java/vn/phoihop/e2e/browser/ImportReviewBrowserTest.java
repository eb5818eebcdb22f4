package vn.phoihop.e2e.browser;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.phoihop.e2e.RunningStack;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.Stack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator reads each source document into a draft in real Chromium: pasted, as a DOCX and as a text
 * file; sees the document beside the proposed form with the words of each field marked; answers the
 * questions that need an agency; saves the draft and lands on it with its warnings.
 */
@ExtendWith(RunningStack.class)
class ImportReviewBrowserTest {
    static final Path SEEDS = Stack.repositoryRoot().resolve("plan-service/src/test/resources/seeds");
    static Browser browser;

    @BeforeAll
    static void start() {
        Stack stack = RunningStack.get();
        DemoData.loadAgencies(stack.url("plan-service"));
        String console = stack.startConsole(Map.of("QUARKUS_PROFILE", "local")).baseUrl();
        browser = Browser.open(console, Path.of("target/screenshots/import"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void pastedPlanOfTheDepartment() throws IOException {
        signIn("DBN.STTTT");
        browser.go("/van-ban/nhap");
        WebElement text = browser.find(By.id("text"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", text,
                Files.readString(SEEDS.resolve("000_5139f71748b5c36d.txt")));
        reviewAndSave("Thông tin tuyên truyền về Phòng, chống mại dâm năm 2022", "pasted-000");
    }

    @Test
    void docxOfTheProvincialProgramme() throws IOException {
        signIn("DBN.UBND");
        Path docx = Files.createTempFile("4256-", ".docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : Files.readString(SEEDS.resolve("002_58b7e47f5c4ddbfd.txt")).split("\n", -1)) {
                doc.createParagraph().createRun().setText(line.replace("**", ""));
            }
            doc.write(out);
        }
        browser.go("/van-ban/nhap");
        browser.find(By.id("file")).sendKeys(docx.toString());
        reviewAndSave("Thực hiện Chương trình phòng, chống mại dâm Trên địa bàn tỉnh Điện Biên, giai đoạn 2021-2025", "docx-002");
    }

    @Test
    void textFileOfTheDakNongPlan() throws IOException {
        signIn("DKN.STTTT");
        Path txt = Files.createTempFile("dak-nong-", ".txt");
        Files.writeString(txt, Files.readString(SEEDS.resolve("003_294adc736efcfdd5.txt")), StandardCharsets.UTF_8);
        browser.go("/van-ban/nhap");
        browser.find(By.id("file")).sendKeys(txt.toString());
        reviewAndSave("Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020", "txt-003");
    }

    private void signIn(String agency) {
        browser.driver().manage().deleteAllCookies();
        browser.go("/dang-nhap");
        new Select(browser.find(By.id("agency"))).selectByValue(agency);
        new Select(browser.find(By.id("role"))).selectByValue("coordinator");
        browser.click(By.id("sign-in"));
        browser.until(d -> !browser.currentPath().startsWith("/dang-nhap"));
    }

    private void reviewAndSave(String subject, String name) {
        browser.click(By.id("read-document"));
        browser.until(d -> !d.findElements(By.id("source-text")).isEmpty());
        assertTrue(browser.find(By.id("subject")).getAttribute("value").equals(subject),
                "subject proposed: " + browser.find(By.id("subject")).getAttribute("value"));
        List<WebElement> marks = browser.all(By.cssSelector("#source-text mark[data-field]"));
        assertFalse(marks.isEmpty(), "the source shows where the fields came from");
        // focusing the subject marks its words in the source
        browser.find(By.id("subject")).click();
        browser.until(d -> !d.findElements(By.cssSelector("#source-text mark.active[data-field='subject']")).isEmpty());
        // the questions that need an agency to lead: pick the first candidate
        for (WebElement select : browser.all(By.cssSelector("select[data-answer][data-kind='LEAD']"))) {
            new Select(select).selectByIndex(1);
            String field = select.getAttribute("data-answer");
            String chosen = new Select(select).getFirstSelectedOption().getAttribute("value");
            browser.until(d -> chosen.equals(d.findElement(By.name(field)).getAttribute("value")));
        }
        browser.screenshot(name + "-review");
        browser.click(By.id("save-draft"));
        browser.until(d -> browser.currentPath().startsWith("/ke-hoach/"));
        browser.seesText(subject);
        browser.screenshot(name + "-draft");
    }
}

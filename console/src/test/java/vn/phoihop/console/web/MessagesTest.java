package vn.phoihop.console.web;

import org.junit.jupiter.api.Test;
import vn.phoihop.console.services.ServiceProblem;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message a service answers that the console shows reads in Vietnamese; none reaches a page in English. */
class MessagesTest {

    /** The services' messages as they write them (problem+json errors[].message, details, warnings). */
    static final List<String> SERVICE_MESSAGES = List.of(
            // plan-service: the directory and its import
            "must be one of PEOPLES_COMMITTEE|DEPARTMENT|POLICE|BORDER_GUARD|COURT|PROCURACY|PRESS|DISTRICT_UNIT|COMMUNE_UNIT"
                    + "|MASS_ORGANISATION|ENTERPRISE|MINISTRY|PARTY_BOARD|STEERING_COMMITTEE|OTHER",
            "must be 2 to 64 upper-case ASCII letters, digits, '.', '_' or '-'",
            "unknown agency DKN.KHONGCO, neither stored nor in the file",
            "DKN.STTTT is already in rows[0]",
            "this is the directory of DKN, not of DBN",
            "DBN.UBND belongs to the directory of DBN, not of DKN",
            "DKN.X belongs to no province (a national body): only an admin changes it",
            "a coordinator adds only agencies of DKN (codes DKN.…); national bodies are added by an admin",
            "a coordinator imports only the directory of its own province",
            "the rows' parents form a cycle",
            "DKN.STTTT cannot sit below itself",
            "an agency cannot be its own parent",
            "missing column(s) kind, symbol; expected code,name,shortName,symbol,kind,parentCode,provinceCode",
            "unreadable CSV (line 7): unterminated quote",
            "size must be between 0 and 300",
            "at most 200 characters",
            "must not be blank",
            "must not be null",
            // reorganisations
            "a rename needs the new name", "a rename keeps the agency: no successors", "named twice",
            "DKN.SVHTTDL already ended on 2025-07-01", "DKN.SKHCN already exists",
            "unknown or ended agency DKN.X (describe a new successor in newAgencies)",
            "DKN.STTTT is one of the agencies that end", "a split names at least two successors",
            "name at least one successor: open assignments move to the first",
            // documents: the draft form, issue, amendment, warnings
            "unknown agency DKN.KHONGCO",
            "agency DKN.STTTT no longer exists since 2025-03-01; its successor is DKN.SKHCN",
            "the data window ends (31/03/2020) before it starts (01/04/2020)",
            "the period ends before it starts",
            "a one-off report needs its deadline",
            "the deadline 01/04/2020 is before the issue date 10/04/2020",
            "no issued document 6f1c2a9e-2d1b-4c1e-9a53-1e0b8e2f4c11",
            "an official letter is numbered n/<issuer>-<drafting unit>, e.g. 125/UBND-KGVX: name the drafting unit",
            "must be the drafting unit's symbol, e.g. KGVX",
            "must start with KT., TM., TL., TUQ. or Q.",
            "must be a year (2022) or a range of years (2021-2025)",
            "must be upper-case letters, digits and _, e.g. COMMUNES_REACHED",
            "a document issued on paper cannot be dated after today",
            "expected n/KH-UBND, e.g. 4256/KH-UBND",
            "the amendment changes nothing",
            "document 08/KH-STTTT is revoked, not in force",
            "04/01/2027 falls in 2027, whose days off are derived by the Labour Code and not yet confirmed by a Government decision",
            "01/05/2020 is a public holiday (Quốc tế Lao động), not a working day",
            "05/07/2020 is a Sunday, not a working day: by the Civil Code art. 148(5) it ends on 06/07/2020",
            "the report is due 05/07/2020, before its data window closes on 30/06/2020",
            "periodic report without a frequency (định kỳ): the document does not say how often",
            "periodic report without a submission deadline: neither the obligation nor the document's reporting rule sets one",
            // addressee groups, incoming documents
            "a task has either a lead (leadAgencyCode) or an addressee group, not both",
            "unknown addressee group DKN.KHONGCO", "the group DKN.BAOCHI has no member today",
            "must not be blank: name the lead (chủ trì) or an addressee group",
            "an amendment names its agencies; addressee groups are resolved when a document is issued",
            "must be the http(s) address of the published page, e.g. https://baodaknong.vn/tuyen-truyen-phong-chong-mua-ban-nguoi.html",
            "the document was sent to DKN.UBND for để báo cáo, để biết (b/c), not to publish (đăng tải)",
            // importing a document
            "not a readable DOCX document", "no text layer: a scanned PDF cannot be read", "unsupported type image/gif",
            // task-service, report-service
            "assignment 1b7e… is acknowledged, only an assigned task can be acknowledged",
            "assignment 1b7e… has already been reported on; send a revision to /reports/{id}/revisions",
            "report 9a0c… was accepted and is final",
            "report 9a0c… is RETURNED; only a submitted revision is reviewed",
            "must say what to change when a report is returned",
            "is not asked for by this obligation (asked: NEWS_ARTICLES, SPECIAL_COLUMNS)",
            "must be a whole number (a count)", "must be a percentage from 0 to 100", "is not a known indicator",
            "must be a PDF, JPEG or PNG file (read from its content)",
            "is larger than 10485760 bytes",
            "must be a period such as 2020-Q2, 2020-M03, 2020-H1, 2020 or ONCE",
            "only DKN.BAODAKNONG can act on its assignment",
            "name at least one agency other than the issuer",
            "must be today or later",
            // notification-service
            "must be an http(s) URL", "is refused: it names a loopback, private, link-local or unique-local address",
            "is required with a webhook URL", "must be a well-formed email address", "at most 20 addresses",
            "must be 32 to 200 characters (e.g. openssl rand -base64 32)",
            // the platform
            "The resource was changed at the same time by something else; read it again and retry",
            "Cannot deserialize value of type `java.time.LocalDate` from String \"31/02/2020\": Failed to deserialize");

    @Test
    void everyKnownServiceMessageReadsInVietnamese() {
        List<String> english = new ArrayList<>();
        for (String message : SERVICE_MESSAGES) {
            String vi = Messages.vi(message);
            if (English.isIn(vi) || vi.equals("Giá trị không hợp lệ.")) {
                english.add(message + " → " + vi + " " + English.wordsIn(vi));
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void anEnumeratedValueListsEachCodeWithItsVietnameseName() {
        assertEquals("Phải là một trong các giá trị: PRESS (Báo chí), POLICE (Công an), OTHER (Khác).",
                Messages.vi("must be one of PRESS|POLICE|OTHER"));
        assertEquals("Phải là một trong các giá trị: PENDING (Đang chờ gửi), SENT (Đã gửi), FAILED (Gửi thất bại).",
                Messages.vi("must be one of PENDING, SENT, FAILED"));
        assertEquals("Phải là một trong các giá trị: OVERDUE (Quá hạn), NOT_YET_DUE (Chưa đến hạn).",
                Messages.vi("must be one of [OVERDUE, NOT_YET_DUE]"));
    }

    @Test
    void theDraftsCalendarWarningsSayWhyInVietnamese() {
        assertEquals("04/01/2027 thuộc năm 2027, năm mà lịch nghỉ mới được suy ra theo Bộ luật Lao động, chưa có quyết định "
                        + "của Chính phủ: các ngày nghỉ có thể thay đổi.",
                Messages.vi("04/01/2027 falls in 2027, whose days off are derived by the Labour Code and not yet confirmed by a Government decision"));
        assertEquals("05/07/2020 là Chủ nhật, không phải ngày làm việc. Theo khoản 5 Điều 148 Bộ luật Dân sự, thời hạn kết thúc vào ngày 06/07/2020.",
                Messages.vi("05/07/2020 is a Sunday, not a working day: by the Civil Code art. 148(5) it ends on 06/07/2020"));
        assertEquals("05/07/2020 là Chủ nhật, không phải ngày làm việc.", Messages.vi("05/07/2020 is a Sunday, not a working day"));
    }

    @Test
    void anUnknownEnglishMessageIsSaidInGeneralWordsAndVietnameseIsKept() {
        assertEquals("Giá trị không hợp lệ.", Messages.vi("the moon is not aligned with this request"));
        assertEquals("Lịch năm 2027 được suy ra theo Bộ luật Lao động", Messages.vi("Lịch năm 2027 được suy ra theo Bộ luật Lao động"));
        assertEquals("DKN.BAODAKNONG", Messages.vi("DKN.BAODAKNONG"), "a code is not English");
    }

    @Test
    void aProblemsDetailIsTranslatedFieldByFieldOrLeftOut() {
        assertEquals("Dữ liệu chưa hợp lệ: Nhiệm vụ 1 › Đơn vị chủ trì: Không có cơ quan DKN.X trong danh mục.; Trích yếu: Không được để trống.",
                Messages.problem(new ServiceProblem(400, "Invalid request",
                        "tasks[0].leadAgencyCode: unknown agency DKN.X; subject: must not be blank", List.of())));
        assertEquals("Không thực hiện được ở trạng thái hiện tại: Báo cáo đã được chấp nhận, không sửa được nữa.",
                Messages.problem(new ServiceProblem(409, "Conflict", "report 9a0c was accepted and is final", List.of())));
        assertEquals("Không thực hiện được ở trạng thái hiện tại.",
                Messages.problem(new ServiceProblem(409, "Conflict", "the moon is not aligned", List.of())));
    }

    @Test
    void theFieldsTheServicesNameReadAsTheFormSaysThem() {
        assertEquals("Nhiệm vụ 1 › Chế độ báo cáo 1 › Hạn nộp báo cáo", Messages.fieldLabel("tasks[0].obligations[0].submissionRule"));
        assertEquals("Dòng 3 › Cơ quan cấp trên", Messages.fieldLabel("rows[2].parentCode"));
        assertEquals("Đơn vị soạn thảo", Messages.fieldLabel("draftingUnit"));
    }

    @Test
    void englishIsFoundInProseButNotInCodesOrVietnamese() {
        assertTrue(English.isIn("Phải là one of PRESS|POLICE"));
        assertTrue(English.isIn("The year was not changed"));
        assertFalse(English.isIn("Cơ quan DKN.BAODAKNONG (Báo Đắk Nông) thuộc loại PEOPLES_COMMITTEE, Công an tỉnh, chữ in hoa"));
        assertFalse(English.isIn("Máy chủ Kafka chưa bật phân quyền (authorizer); webhook https://qlvb.daknong.gov.vn/phoihop"));
    }
}

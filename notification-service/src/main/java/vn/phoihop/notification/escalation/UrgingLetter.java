package vn.phoihop.notification.escalation;

import vn.phoihop.platform.document.OfficialDocx;
import vn.phoihop.platform.document.OfficialHeading;

import java.util.ArrayList;
import java.util.List;

/**
 * The urging notice (công văn đôn đốc) part by part, as Decree 30/2020 lays out an official letter: the issuing
 * body's two-line heading, the number with the issuer's symbol and drafting unit left blank for the clerk
 * ({@code Số:        /STTTT-BCXB}), V/v, the motto, place and date ({@code Đắk Nông, ngày 04 tháng 5 năm 2024}),
 * Kính gửi, the body, Nơi nhận and the signature block. Kept with the notification as sent, and written from the
 * same parts as plain text (e-mail, REST) and as DOCX.
 */
public record UrgingLetter(String superior, String issuer, String numberLine, String subject, String dateLine,
                           String addressee, List<String> body, List<String> recipients, List<String> signature) {
    public static final String SUBJECT = "V/v đôn đốc thực hiện chế độ báo cáo";

    static UrgingLetter of(OfficialHeading heading, String draftingUnit, java.time.LocalDate date, String addressee,
                           List<String> body) {
        return new UrgingLetter(heading.superior(), heading.issuer(), heading.letterNumberLine(draftingUnit), SUBJECT,
                heading.dateLine(date), addressee, List.copyOf(body),
                List.of("- Như trên;", "- Lưu: VT" + (draftingUnit == null ? "" : ", " + draftingUnit) + "."),
                heading.signature());
    }

    /** The letter as plain text, the parts one under the other (an e-mail has no columns). */
    public String text() {
        List<String> lines = new ArrayList<>();
        if (!superior.isBlank()) {
            lines.add(superior);
        }
        lines.addAll(List.of(issuer, numberLine, subject, "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", dateLine, "", addressee, ""));
        lines.addAll(body);
        lines.add("");
        lines.add("Nơi nhận:");
        lines.addAll(recipients);
        lines.add("");
        lines.addAll(signature);
        return String.join("\n", lines) + "\n";
    }

    /** The letter as a Word document in the official layout, ready to be numbered, signed and sealed. */
    public byte[] docx() {
        OfficialDocx doc = OfficialDocx.a4()
                .heading(new OfficialHeading(superior, issuer, null, null, null, null), numberLine, dateLine, subject)
                .centred(addressee, 14, false, 240, 120);
        body.forEach(doc::body);
        return doc.keepWithNext().closing(recipients, signature).bytes();
    }
}

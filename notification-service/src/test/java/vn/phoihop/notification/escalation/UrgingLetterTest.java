package vn.phoihop.notification.escalation;

import org.junit.jupiter.api.Test;
import vn.phoihop.platform.document.OfficialHeading;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The urging notice chasing an official letter of the Sở, as its Phòng Báo chí - Xuất bản would draft it. */
class UrgingLetterTest {
    @Test
    void aLetterOfTheDraftingUnitIsChasedUnderItsSymbol() {
        OfficialHeading sttt = OfficialHeading.of("DKN.STTTT", "Sở Thông tin và Truyền thông tỉnh Đắk Nông", "STTTT",
                "Ủy ban nhân dân tỉnh Đắk Nông");
        UrgingLetter letter = UrgingLetter.of(sttt, "BCXB", LocalDate.of(2024, 2, 6),
                "Kính gửi: Tổng Biên tập Báo Đắk Nông.",
                List.of("Đến ngày 06/02/2024, Sở Thông tin và Truyền thông chưa nhận được báo cáo của Báo Đắk Nông."));
        assertEquals("""
                UBND TỈNH ĐẮK NÔNG
                SỞ THÔNG TIN VÀ TRUYỀN THÔNG
                Số:        /STTTT-BCXB
                V/v đôn đốc thực hiện chế độ báo cáo

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Đắk Nông, ngày 06 tháng 02 năm 2024

                Kính gửi: Tổng Biên tập Báo Đắk Nông.

                Đến ngày 06/02/2024, Sở Thông tin và Truyền thông chưa nhận được báo cáo của Báo Đắk Nông.

                Nơi nhận:
                - Như trên;
                - Lưu: VT, BCXB.

                KT. GIÁM ĐỐC
                PHÓ GIÁM ĐỐC
                """, letter.text());
    }
}

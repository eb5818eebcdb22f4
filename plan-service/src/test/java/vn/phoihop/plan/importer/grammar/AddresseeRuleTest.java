package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddresseeRuleTest {
    @Test
    void oneAddresseePerLineAndTheTextAfterThem() {
        AddresseeRule.Finding f = AddresseeRule.read(SourceText.of("""
                V/v báo cáo kết quả năm 2024
                Kính gửi:
                - UBND các huyện, thị xã, thành phố;
                - Công an tỉnh.
                Đề nghị các đơn vị báo cáo trước ngày 15/11/2024.
                Nơi nhận:
                - Như trên;
                """));
        assertEquals(List.of("UBND các huyện, thị xã, thành phố", "Công an tỉnh"), f.addressees().stream().map(Span::text).toList());
        assertEquals(List.of("Đề nghị các đơn vị báo cáo trước ngày 15/11/2024."), f.body().stream().map(Span::text).toList());
    }

    @Test
    void addresseesOnTheSameLine() {
        AddresseeRule.Finding f = AddresseeRule.read(SourceText.of("Kính gửi: Sở Y tế; Sở Tư pháp\nĐề nghị phối hợp."));
        assertEquals(List.of("Sở Y tế", "Sở Tư pháp"), f.addressees().stream().map(Span::text).toList());
    }
}

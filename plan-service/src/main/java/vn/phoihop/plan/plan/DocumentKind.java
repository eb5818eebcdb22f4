package vn.phoihop.plan.plan;

/**
 * Kinds of administrative documents (Decree 30/2020/NĐ-CP, appendix III) that carry tasks, with the symbol
 * used in their number. An official letter (công văn) has no kind symbol: its number is
 * {@code n/<issuer>-<drafting unit>}, e.g. {@code 125/UBND-KGVX}.
 */
public enum DocumentKind {
    PLAN("KH", "Kế hoạch"),
    OFFICIAL_LETTER("CV", "Công văn"),
    DECISION("QĐ", "Quyết định"),
    DIRECTIVE("CT", "Chỉ thị"),
    NOTICE("TB", "Thông báo"),
    GUIDANCE("HD", "Hướng dẫn"),
    PROGRAMME("CTr", "Chương trình");

    /** The symbol in the number (KH, QĐ …) and in events' documentKind; CV for letters, which show none. */
    public final String symbol;
    public final String label;

    DocumentKind(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    /** The number and symbol (số, ký hiệu) as written on the document. */
    public String number(int sequence, String issuerSymbol, String draftingUnit) {
        return this == OFFICIAL_LETTER
                ? sequence + "/" + issuerSymbol + "-" + draftingUnit
                : sequence + "/" + symbol + "-" + issuerSymbol;
    }
}

package vn.phoihop.plan.importer.grammar;

/** Where a value came from: offsets into the text the importer read (end exclusive) and the words quoted. */
public record Span(int start, int end, String text) {
    public static Span of(SourceText source, int start, int end) {
        return new Span(start, end, source.text().substring(start, end));
    }
}

package vn.phoihop.console.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English prose in a text meant for Vietnamese readers: lower-case words of the services' English messages
 * that are not also Vietnamese syllables written without diacritics ("an" of "Công an", "in" of "chữ in hoa",
 * "to", "can" are left out). Codes (DKN.BAODAKNONG, PEOPLES_COMMITTEE), column names in {@code <code>}
 * and loanwords (Kafka, webhook, email) are not prose and do not count.
 */
public final class English {
    private static final Set<String> WORDS = Set.copyOf(java.util.List.of(
            "the", "must", "be", "is", "are", "was", "were", "not", "and", "or", "of", "one", "only", "already", "exists",
            "unknown", "agency", "agencies", "report", "reports", "required", "between", "before", "after", "characters",
            "date", "document", "task", "period", "deadline", "working", "holiday", "saturday", "sunday", "falls",
            "whose", "days", "off", "derived", "labour", "confirmed", "government", "decision", "yet", "by", "civil",
            "ends", "starts", "it", "its", "with", "without", "frequency", "submission", "neither", "nor", "obligation",
            "sets", "valid", "value", "values", "empty", "null", "blank", "size", "greater", "less", "than", "equal",
            "match", "year", "years", "range", "letter", "numbered", "issuer", "drafting", "unit", "named", "twice",
            "cannot", "itself", "parent", "own", "row", "rows", "directory", "province", "belongs", "coordinator",
            "adds", "missing", "column", "expected", "unreadable", "line", "file", "larger", "bytes", "pages", "text",
            "layer", "scanned", "readable", "addresses", "at", "most", "least", "has", "have", "for", "from", "this",
            "that", "was", "found", "should", "when", "which", "where", "number", "whole", "percentage",
            "decimals", "digits", "letters", "upper", "case", "such", "as", "like", "future", "today", "later", "page",
            "past", "last", "possible", "more", "request", "requested", "nothing", "imported", "invalid", "field",
            "fields", "refused", "host", "resolved", "loopback", "private", "address", "broker",
            "unavailable", "could", "log", "needs", "feature", "lacks", "administer", "what", "change", "returned",
            "accepted", "final", "cancelled", "takes", "revision", "revisions", "reviewed", "submitted", "attachments",
            "attaches", "files", "receiver", "reviews", "send", "sent", "again", "retry", "changed", "same", "time",
            "something", "else", "read", "failed", "scheduled", "successor", "successors", "split", "merge", "rename",
            "new", "keeps", "exactly", "first", "open", "assignments", "move", "schedule", "given", "paper", "registered",
            "issued", "dated", "amendment", "changes", "revoked", "force", "token", "carries", "claim", "known",
            "window", "data", "due", "closes", "periodic", "how", "often", "rule", "sits", "below", "cycle", "form",
            "well", "formed", "type", "types", "accepted", "deserialize", "instance", "body", "unsupported", "supported", "list", "listed", "says", "does", "done", "there", "here", "any",
            "every", "each", "other", "another", "give", "into", "under", "over", "still", "yes", "but", "if",
            "we", "you", "your", "our", "they", "their", "please", "error", "errors", "warning", "warnings", "should"));
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_.,-])[a-z]+(?![\\p{L}\\p{N}_.-])");

    private English() {
    }

    /** The English words of {@code text} (lower-case prose only), in order of appearance. */
    public static Set<String> wordsIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        Matcher m = WORD.matcher(lowerProse(text));
        while (m.find()) {
            if (WORDS.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    public static boolean isIn(String text) {
        return !wordsIn(text).isEmpty();
    }

    /** Words written Capitalised (a sentence's first word) count; codes in capitals (PRESS, DKN.UBND) do not. */
    private static String lowerProse(String text) {
        Matcher m = Pattern.compile("\\b([A-Z])([a-z]+)\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).toLowerCase(java.util.Locale.ROOT) + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

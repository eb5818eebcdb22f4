package vn.phoihop.plan.importer.names;

/**
 * Does a name as written match a directory name? Words compare without case and diacritics; an abbreviation
 * stands for the initials of consecutive words ("tt" = "thông tin", "ptth" = "phát thanh [và] truyền hình",
 * "db" = "Điện Biên"); "và" in the directory name may be left out; the directory name may go on with its
 * province ("tỉnh Điện Biên") where the document leaves it implicit.
 */
final class NameMatch {
    private final String[] query;
    private final String[] name;
    private final String[] allowedTails;
    private final boolean prefixOnly;
    /** True when an abbreviation was needed. */
    boolean abbreviated;

    private NameMatch(String[] query, String[] name, String[] allowedTails, boolean prefixOnly) {
        this.query = query;
        this.name = name;
        this.allowedTails = allowedTails;
        this.prefixOnly = prefixOnly;
    }

    /** Whole-name match, allowing the given tails (folded, e.g. "tinh dien bien", "dien bien"). */
    static NameMatch full(String[] query, String[] name, String... tails) {
        NameMatch m = new NameMatch(query, name, tails, false);
        return m.match(0, 0) ? m : null;
    }

    /** The query is the start of the name: whatever follows is accepted. */
    static NameMatch prefix(String[] query, String[] name) {
        NameMatch m = new NameMatch(query, name, new String[0], true);
        return m.match(0, 0) ? m : null;
    }

    /** Index in the name where the prefix match ended, for the caller to look at what follows. */
    int prefixEnd = -1;

    private boolean match(int qi, int ni) {
        if (qi == query.length) {
            return tailOk(ni);
        }
        if (ni == name.length) {
            return false;
        }
        if (query[qi].equals(name[ni]) && match(qi + 1, ni + 1)) {
            return true;
        }
        if (name[ni].equals("va") && match(qi, ni + 1)) {
            return true;
        }
        String q = query[qi];
        if (q.length() >= 2 && q.chars().allMatch(Character::isLetter) && initials(qi, q, 0, ni)) {
            abbreviated = true;
            return true;
        }
        return false;
    }

    private boolean initials(int qi, String q, int pos, int ni) {
        if (pos == q.length()) {
            return pos >= 2 && match(qi + 1, ni);
        }
        if (ni == name.length) {
            return false;
        }
        if (name[ni].charAt(0) == q.charAt(pos) && initials(qi, q, pos + 1, ni + 1)) {
            return true;
        }
        return pos > 0 && name[ni].equals("va") && initials(qi, q, pos, ni + 1);
    }

    private boolean tailOk(int ni) {
        if (prefixOnly) {
            prefixEnd = ni;
            return true;
        }
        if (ni == name.length) {
            return true;
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(name, ni, name.length));
        for (String allowed : allowedTails) {
            if (tail.equals(allowed)) {
                return true;
            }
        }
        return false;
    }
}

package vn.phoihop.plan.importer.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves agency names as documents write them against the directory of the issuer's province (and the
 * national bodies): full names, short names and abbreviations (Sở TT&TT, UBND, Đài PT-TH, BCĐ 138), and plural
 * names ("UBND các huyện, thị xã, thành phố", "các cơ quan báo chí") to the set of agencies they stand for.
 */
public final class AgencyMatcher {
    private static final Set<String> LEVEL_WORDS = Set.of("huyen", "thi", "thanh", "tx", "tp", "xa", "phuong");
    private static final List<String> ROLE_PREFIXES = List.of("de nghi ", "tt ", "thuong truc ", "l d ", "lanh dao ");

    /** The outcome: one agency, a set (plural name), or candidates to choose from. */
    public record Resolution(List<AgencyEntry> agencies, boolean plural, double confidence, List<AgencyEntry> candidates) {
        public boolean resolved() {
            return !agencies.isEmpty();
        }

        public List<String> codes() {
            return agencies.stream().map(AgencyEntry::code).toList();
        }

        static Resolution none(List<AgencyEntry> candidates) {
            return new Resolution(List.of(), false, 0, candidates);
        }
    }

    /** A name found at the start of a text: the agency and where its words end. */
    public record Found(AgencyEntry agency, int start, int end) {
    }

    private final AgencyEntry issuer;
    private final String province;
    private final String provinceUbnd;
    private final String[] tails;
    private final List<AgencyEntry> scope;
    private final Map<String, AgencyEntry> byCode;
    private final Map<AgencyEntry, List<String[]>> aliases;

    public AgencyMatcher(Collection<AgencyEntry> directory, String issuerCode) {
        this.byCode = directory.stream().collect(Collectors.toMap(AgencyEntry::code, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        this.issuer = byCode.get(issuerCode);
        this.province = issuer == null ? null : issuer.provinceCode();
        this.provinceUbnd = province == null ? null : province + ".UBND";
        AgencyEntry ubnd = provinceUbnd == null ? null : byCode.get(provinceUbnd);
        String provinceName = ubnd == null ? "" : Folding.fold(ubnd.name().replaceFirst("(?i)^.*?tỉnh\\s+", ""));
        this.tails = provinceName.isEmpty() ? new String[0] : new String[]{"tinh " + provinceName, provinceName};
        this.scope = directory.stream()
                .filter(a -> a.provinceCode() == null || Objects.equals(a.provinceCode(), province)).toList();
        this.aliases = new java.util.HashMap<>();
        for (AgencyEntry a : scope) {
            Set<String> names = new LinkedHashSet<>();
            names.add(Folding.fold(a.name()));
            if (a.shortName() != null) {
                names.add(Folding.fold(a.shortName()));
            }
            int comma = a.name().indexOf(", Sở ");
            if (comma > 0) {
                names.add(Folding.fold(a.name().substring(0, comma)));
            }
            aliases.put(a, names.stream().filter(n -> !n.isEmpty()).map(n -> n.split(" ")).toList());
        }
    }

    public AgencyEntry issuer() {
        return issuer;
    }

    public String provinceName() {
        AgencyEntry ubnd = provinceUbnd == null ? null : byCode.get(provinceUbnd);
        return ubnd == null ? null : ubnd.name().replaceFirst("(?i)^.*?tỉnh\\s+", "");
    }

    public AgencyEntry byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** The issuer's own divisions (phòng, trung tâm thuộc Sở), not the bodies under it (sở, UBND huyện). */
    public List<AgencyEntry> issuerUnits() {
        return issuer == null ? List.of() : scope.stream()
                .filter(a -> issuer.code().equals(a.parentCode()) && "OTHER".equals(a.kind())).toList();
    }

    /** One agency named by the phrase; several matches come back as candidates. */
    public Resolution single(String phrase) {
        String[] q = Folding.words(stripRole(phrase));
        if (q.length == 0) {
            return Resolution.none(List.of());
        }
        List<AgencyEntry> exact = new ArrayList<>();
        List<AgencyEntry> loose = new ArrayList<>();
        for (AgencyEntry a : scope) {
            boolean isExact = false;
            boolean isLoose = false;
            for (String[] alias : aliases.get(a)) {
                NameMatch m = NameMatch.full(q, alias, tails);
                if (m != null) {
                    if (!m.abbreviated && (Arrays.equals(q, alias) || alias.length - q.length <= 3)) {
                        isExact = true;
                    } else {
                        isLoose = true;
                    }
                }
            }
            if (isExact) {
                exact.add(a);
            } else if (isLoose) {
                loose.add(a);
            }
        }
        if (exact.size() == 1) {
            return new Resolution(exact, false, 1.0, List.of());
        }
        if (exact.isEmpty() && loose.size() == 1) {
            return new Resolution(loose, false, 0.9, List.of());
        }
        List<AgencyEntry> all = new ArrayList<>(exact);
        all.addAll(loose);
        return Resolution.none(all);
    }

    /**
     * A plural name: the set it stands for in the issuer's province. {@code named} are the agencies the
     * document already gives work to (for "các sở, ngành khác" and "thành viên Ban Chỉ đạo").
     */
    public Resolution group(String phrase, Collection<String> named) {
        String f = " " + Folding.fold(stripRole(phrase)) + " ";
        List<AgencyEntry> set = List.of();
        if (f.contains(" khac ") && (f.contains(" so ") || f.contains(" nganh "))) {
            set = provincial().stream().filter(a -> "DEPARTMENT".equals(a.kind()) && !named.contains(a.code())).toList();
        } else if (f.contains(" thanh vien ") && (f.contains(" so ") || f.contains(" nganh "))) {
            set = named.stream().map(byCode::get).filter(Objects::nonNull)
                    .filter(a -> provinceUbnd.equals(a.parentCode()) && !"PEOPLES_COMMITTEE".equals(a.kind())).toList();
        } else if (f.contains(" co quan bao chi ") || f.contains(" cac bao ")) {
            set = provincial().stream().filter(a -> "PRESS".equals(a.kind())).toList();
        } else if (f.contains(" doanh nghiep ") && f.contains(" vien thong ")) {
            set = inProvince().stream().filter(a -> "ENTERPRISE".equals(a.kind())).toList();
        } else if (f.contains(" to chuc chinh tri xa hoi ") || f.contains(" to chuc ct xh ")) {
            set = inProvince().stream().filter(a -> "MASS_ORGANISATION".equals(a.kind()) && a.parentCode() != null
                    && byCode.containsKey(a.parentCode()) && "MASS_ORGANISATION".equals(byCode.get(a.parentCode()).kind())).toList();
        } else if ((f.contains(" phong chuyen mon ") || f.contains(" phong cm ")) && f.strip().endsWith(" so")) {
            set = issuerUnits();
        } else if (f.contains(" cac ")) {
            set = byLevel(f.strip());
        }
        return set.isEmpty() ? Resolution.none(List.of()) : new Resolution(set, true, 0.8, List.of());
    }

    /** Single name first, then plural. */
    public Resolution resolve(String phrase, Collection<String> named) {
        Resolution one = single(phrase);
        if (one.resolved()) {
            return one;
        }
        Resolution many = group(phrase, named);
        return many.resolved() ? many : one;
    }

    /** The agency whose name the text starts with (the longest such name), or null. */
    public Found scan(String text, int offset) {
        List<Folding.Token> tokens = Folding.tokens(text.substring(offset));
        for (int w = Math.min(16, tokens.size()); w >= 1; w--) {
            StringBuilder phrase = new StringBuilder();
            for (int i = 0; i < w; i++) {
                phrase.append(tokens.get(i).folded()).append(' ');
            }
            if (w == 1 && tokens.get(0).folded().length() < 3) {
                break;
            }
            Resolution r = single(phrase.toString());
            if (r.resolved()) {
                return new Found(r.agencies().get(0), offset + tokens.get(0).start(), offset + tokens.get(w - 1).end());
            }
        }
        return null;
    }

    /** Agencies whose name is close to the phrase, for a question. */
    public List<AgencyEntry> suggestions(String phrase, int max) {
        Set<String> words = new java.util.HashSet<>(Arrays.asList(Folding.words(phrase)));
        return scope.stream()
                .map(a -> Map.entry(a, overlap(words, Folding.words(a.name()))))
                .filter(e -> e.getValue() > 0)
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
                .limit(max).map(Map.Entry::getKey).toList();
    }

    private static int overlap(Set<String> words, String[] name) {
        int n = 0;
        for (String w : name) {
            if (words.contains(w) && w.length() > 2) {
                n++;
            }
        }
        return n;
    }

    private List<AgencyEntry> inProvince() {
        return scope.stream().filter(a -> Objects.equals(a.provinceCode(), province)).toList();
    }

    private List<AgencyEntry> provincial() {
        return inProvince().stream().filter(a -> Objects.equals(provinceUbnd, a.parentCode())).toList();
    }

    /** "<stem> các huyện, thị xã, thành phố": the agencies of each district whose name starts with the stem. */
    private List<AgencyEntry> byLevel(String folded) {
        int cac = (" " + folded + " ").indexOf(" cac ");
        String stem = folded.substring(0, Math.max(0, cac - 1)).strip();
        String[] levels = folded.substring(Math.min(folded.length(), cac + 4)).split(" ");
        if (stem.isEmpty() || levels.length == 0 || !LEVEL_WORDS.contains(levels[0])) {
            return List.of();
        }
        boolean communes = levels[0].equals("xa") || levels[0].equals("phuong");
        String[] q = stem.split(" ");
        List<AgencyEntry> out = new ArrayList<>();
        for (AgencyEntry a : inProvince()) {
            for (String[] alias : aliases.get(a)) {
                NameMatch m = NameMatch.prefix(q, alias);
                if (m != null && m.prefixEnd < alias.length) {
                    String next = alias[m.prefixEnd];
                    boolean district = next.equals("huyen") || next.equals("thi") && m.prefixEnd + 1 < alias.length
                            && alias[m.prefixEnd + 1].equals("xa") || next.equals("thanh") && m.prefixEnd + 1 < alias.length
                            && alias[m.prefixEnd + 1].equals("pho");
                    boolean commune = next.equals("xa") || next.equals("phuong") || next.equals("thi")
                            && m.prefixEnd + 1 < alias.length && alias[m.prefixEnd + 1].equals("tran");
                    if (communes ? commune : district) {
                        out.add(a);
                        break;
                    }
                }
            }
        }
        return out;
    }

    static String stripRole(String phrase) {
        String p = phrase.replaceAll("\\(.*?\\)", " ").strip();
        String f = Folding.fold(p) + " ";
        for (String role : ROLE_PREFIXES) {
            if (f.startsWith(role)) {
                // drop as many words as the role has
                int words = role.strip().split(" ").length;
                List<Folding.Token> tokens = Folding.tokens(p);
                if (tokens.size() > words) {
                    return p.substring(tokens.get(words).start());
                }
            }
        }
        return p;
    }
}

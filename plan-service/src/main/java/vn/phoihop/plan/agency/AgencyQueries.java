package vn.phoihop.plan.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

/** Listing, search and hierarchy of the directory. */
@ApplicationScoped
public class AgencyQueries {
    @Inject
    EntityManager em;

    /** Filters are optional; {@code text} matches code, name or short name ignoring case and diacritics (Đắk = dak). */
    public List<Agency> list(String province, String kind, String parent, Boolean active, String text) {
        StringBuilder sql = new StringBuilder("select * from agency where true");
        Map<String, Object> params = new HashMap<>();
        if (province != null) {
            sql.append(" and province_code = :province");
            params.put("province", province);
        }
        if (kind != null) {
            sql.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (parent != null) {
            sql.append(" and parent_code = :parent");
            params.put("parent", parent);
        }
        if (active != null) {
            sql.append(" and active = :active");
            params.put("active", active);
        }
        if (text != null && !text.isBlank()) {
            // unaccent folds Vietnamese diacritics, đ/Đ included; the pattern's own wildcards are escaped
            sql.append(" and (lower(unaccent(name)) like lower(unaccent(:text)) escape '\\'"
                    + " or lower(unaccent(coalesce(short_name, ''))) like lower(unaccent(:text)) escape '\\'"
                    + " or lower(code) like lower(:text) escape '\\')");
            params.put("text", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by code");
        Query query = em.createNativeQuery(sql.toString(), Agency.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Agency> result = query.getResultList();
        return result;
    }

    public List<Agency> children(String code, Boolean active) {
        return list(null, null, code, active, null);
    }

    /** Every agency below {@code code}, nearest first (the district's offices, then its communes' units). */
    public List<Agency> descendants(String code, Boolean active) {
        String sql = """
                with recursive below(code, depth) as (
                    select code, 1 from agency where parent_code = :code
                    union all
                    select a.code, b.depth + 1 from agency a join below b on a.parent_code = b.code where b.depth < 64
                )
                select a.* from agency a join below b on a.code = b.code
                where %s
                order by b.depth, a.code""".formatted(active == null ? "true" : active ? "a.active" : "not a.active");
        @SuppressWarnings("unchecked")
        List<Agency> result = em.createNativeQuery(sql, Agency.class).setParameter("code", code).getResultList();
        return result;
    }

    /** From the top of the hierarchy (UBND tỉnh, or a ministry) down to {@code agency} itself. */
    public List<Agency> path(Agency agency) {
        LinkedList<Agency> path = new LinkedList<>();
        List<String> seen = new ArrayList<>();
        for (Agency current = agency; current != null && !seen.contains(current.code); ) {
            path.addFirst(current);
            seen.add(current.code);
            current = current.parentCode == null ? null : Agency.findById(current.parentCode);
        }
        return path;
    }
}

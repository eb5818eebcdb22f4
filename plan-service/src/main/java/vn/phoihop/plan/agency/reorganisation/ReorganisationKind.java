package vn.phoihop.plan.agency.reorganisation;

import vn.phoihop.events.AgencyChange;

/** Sắp xếp tổ chức: what happens to the agencies named. */
public enum ReorganisationKind {
    /** Sáp nhập: the agencies end and their successors take over (e.g. Sở TT&TT into Sở KH&CN, 2025). */
    MERGE(AgencyChange.MERGED),
    /** Chia tách: one agency ends and two or more successors share its duties. */
    SPLIT(AgencyChange.SPLIT),
    /** Đổi tên: same agency and code, new name, short name or symbol. */
    RENAME(AgencyChange.RENAMED),
    /** Giải thể: the agencies end, e.g. the district level on 1 July 2025; successors take open work. */
    ABOLISH(AgencyChange.ABOLISHED);

    public final AgencyChange change;

    ReorganisationKind(AgencyChange change) {
        this.change = change;
    }
}

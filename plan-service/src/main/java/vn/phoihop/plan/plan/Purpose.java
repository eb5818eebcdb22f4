package vn.phoihop.plan.plan;

/** Why a recipient of the distribution list (Nơi nhận) gets the document, as the mark after its name says. */
public enum Purpose {
    /** (t/h) thực hiện: must carry it out */
    EXECUTE,
    /** (b/c) báo cáo: for the information of a superior */
    INFORMATION,
    /** (p/h) phối hợp: cooperates */
    COOPERATE,
    /** (đăng tải): publish on the portal */
    PUBLISH,
    /** Lưu: VT …: archive copies */
    ARCHIVE,
    /** Như trên: the addressees named above */
    AS_ABOVE
}

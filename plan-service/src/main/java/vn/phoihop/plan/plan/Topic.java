package vn.phoihop.plan.plan;

/** What a document is about (lĩnh vực), for search and statistics. */
public enum Topic {
    /** mại dâm */
    PROSTITUTION,
    /** mua bán người */
    HUMAN_TRAFFICKING,
    /** ma túy */
    DRUGS,
    /** tội phạm */
    CRIME,
    /** xâm hại trẻ em */
    CHILD_ABUSE,
    /** HIV/AIDS */
    HIV_AIDS,
    /** bạo lực gia đình, bạo lực trên cơ sở giới */
    DOMESTIC_VIOLENCE,
    /** tệ nạn xã hội (chung) */
    SOCIAL_EVILS,
    /** an ninh mạng, thông tin trên không gian mạng */
    CYBERSPACE
}

package vn.phoihop.plan.importer.names;

/** What the importer needs of an agency of the directory. */
public record AgencyEntry(String code, String name, String shortName, String symbol, String kind, String parentCode,
                          String provinceCode) {
}

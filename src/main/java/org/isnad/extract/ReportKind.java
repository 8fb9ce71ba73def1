package org.isnad.extract;

/** What kind of report a claim came through: the isnad:ReportKind individuals. */
public enum ReportKind {
    OFFICIAL_STATEMENT("OfficialStatement"),
    SOURCE_REPORT("SourceReport"),
    ANONYMOUS_SOURCES("AnonymousSources"),
    OUTLET_REPORTING("OutletReporting");

    private final String localName;

    ReportKind(String localName) { this.localName = localName; }

    /** The local name in the isnad: namespace, e.g. "OfficialStatement". */
    public String localName() { return localName; }

    /** The kind a lexicon value names, or null for none; an unknown name is an error of the reference data. */
    public static ReportKind ofLocalName(String name) {
        if (name == null) return null;
        for (ReportKind k : values()) if (k.localName.equals(name)) return k;
        throw new IllegalArgumentException("unknown isnad:ReportKind " + name);
    }
}

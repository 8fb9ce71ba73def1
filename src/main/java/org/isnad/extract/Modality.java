package org.isnad.extract;

/** How a claim holds an event: the isnad:Modality individuals the lexicon's cues point at. */
public enum Modality {
    ASSERTED("Asserted"),
    DENIED("Denied"),
    FOILED("Foiled"),
    ALLEGED("Alleged"),
    PLANNED("Planned");

    private final String localName;

    Modality(String localName) { this.localName = localName; }

    /** The local name in the isnad: namespace, e.g. "Foiled". */
    public String localName() { return localName; }

    /** The modality a lexicon value names, or null for none; an unknown name is an error of the reference data. */
    public static Modality ofLocalName(String name) {
        if (name == null) return null;
        for (Modality m : values()) if (m.localName.equals(name)) return m;
        throw new IllegalArgumentException("unknown isnad:Modality " + name);
    }
}

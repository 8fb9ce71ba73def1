package org.isnad.extract;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One resource of the reference data that can be mentioned in text: a place, an actor, an outlet, or a
 * lexicon entry (trigger, cue, date word). Its types and properties are read from the RDF as they stand.
 * A value, equal to another of the same three parts (as a record would be).
 *
 * <p>Not a record, for speed: every reader asks each mention "is it a Trigger, a Place, a SpeechVerb…?"
 * thousands of times an article, so the types are also kept as an array with their hash codes (a miss
 * costs a few int comparisons, not a set probe and string comparison), and the hash code of the whole,
 * which sets of mentions ask for, is worked out once.
 */
public final class Entry {

    private final String iri;
    private final Set<String> types;
    private final Map<String, String> props;
    private final String[] typeNames;
    private final int[] typeHashes;
    /** The names of the properties whose value is "true" (most entries have none): see {@link #flag}. */
    private final String[] flags;
    private final int hash;

    /**
     * @param iri   the resource
     * @param types local names of its isnad: classes (e.g. "Trigger", "ActionVerb", "Place")
     * @param props local name of an isnad: property (or "label") → its first value (IRI or lexical form)
     */
    public Entry(String iri, Set<String> types, Map<String, String> props) {
        this.iri = iri;
        this.types = types;
        this.props = props;
        this.typeNames = types.toArray(new String[0]);
        this.typeHashes = new int[typeNames.length];
        for (int i = 0; i < typeNames.length; i++) typeHashes[i] = typeNames[i].hashCode();
        this.flags = props.entrySet().stream().filter(p -> "true".equals(p.getValue())).map(Map.Entry::getKey).toArray(String[]::new);
        // as the record's hash was: sets and maps of entries keep the order they had
        this.hash = (31 * Objects.hashCode(iri) + Objects.hashCode(types)) * 31 + Objects.hashCode(props);
    }

    public String iri() { return iri; }

    public Set<String> types() { return types; }

    public Map<String, String> props() { return props; }

    /** The types as an array, and their hash codes: a mention of this entry alone shares them. */
    String[] typeNames() { return typeNames; }

    int[] typeHashes() { return typeHashes; }

    public boolean is(String type) {
        int h = type.hashCode();
        for (int i = 0; i < typeHashes.length; i++) {
            if (typeHashes[i] == h && typeNames[i].equals(type)) return true;
        }
        return false;
    }

    public String prop(String name) { return props.get(name); }

    /** The local name of an IRI-valued property ("isnad:Foiled" → "Foiled"), or null. */
    public String localProp(String name) {
        String v = props.get(name);
        return v == null ? null : v.substring(v.lastIndexOf('#') + 1);
    }

    /**
     * The property {@code name} is "true" ("isnad:needsAim true"). From a short array, not the property map:
     * the phrase matcher asks every entry it finds for its flags, and most have none.
     */
    public boolean flag(String name) {
        for (String f : flags) if (f.equals(name)) return true;
        return false;
    }

    public int intProp(String name, int dflt) {
        String v = props.get(name);
        return v == null ? dflt : Integer.parseInt(v);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Entry e && hash == e.hash && Objects.equals(iri, e.iri)
                && types.equals(e.types) && Objects.equals(props, e.props);
    }

    @Override
    public int hashCode() { return hash; }

    @Override
    public String toString() { return "Entry[iri=" + iri + ", types=" + types + ", props=" + props + "]"; }
}

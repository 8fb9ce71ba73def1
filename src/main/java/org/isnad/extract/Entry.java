package org.isnad.extract;

import java.util.Map;
import java.util.Set;

/**
 * One resource of the reference data that can be mentioned in text: a place, an actor, an outlet, or a
 * lexicon entry (trigger, cue, date word). Its types and properties are read from the RDF as they stand.
 *
 * @param iri   the resource
 * @param types local names of its isnad: classes (e.g. "Trigger", "ActionVerb", "Place")
 * @param props local name of an isnad: property (or "label") → its first value (IRI or lexical form)
 */
public record Entry(String iri, Set<String> types, Map<String, String> props) {

    public boolean is(String type) { return types.contains(type); }

    public String prop(String name) { return props.get(name); }

    /** The local name of an IRI-valued property ("isnad:Foiled" → "Foiled"), or null. */
    public String localProp(String name) {
        String v = props.get(name);
        return v == null ? null : v.substring(v.lastIndexOf('#') + 1);
    }

    public boolean flag(String name) { return "true".equals(props.get(name)); }

    public int intProp(String name, int dflt) {
        String v = props.get(name);
        return v == null ? dflt : Integer.parseInt(v);
    }
}

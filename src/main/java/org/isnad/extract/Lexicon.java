package org.isnad.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.isnad.BadInputException;
import org.isnad.morph.Morphologies;
import org.isnad.vocab.Iris;
import org.isnad.vocab.Vocab;

/**
 * The reference data the extractor reads: ontology, gazetteer, actors, outlets and lexicons, all RDF
 * under {@code ontology/}. Loaded once; every surface form goes into one {@link PhraseMatcher}.
 */
public final class Lexicon {

    private static final Set<String> NAME_TYPES = Set.of("Place", "Actor", "Outlet");

    private final Graph graph;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Set<String>> parents = new HashMap<>();
    // the areas of each place asked about, once: places are asked about many times an article (at most one
    // entry a place of the reference data)
    private final Map<String, Set<String>> ancestors = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> classLabels = new HashMap<>();
    private final Map<String, String> notations = new HashMap<>();
    private final Set<String> boilerplate = new HashSet<>();
    /** One-word place names by entry: true while every Arabic form of the name carries the article. */
    private final Map<String, Boolean> articleOnlyNames = new HashMap<>();
    private final PhraseMatcher matcher = new PhraseMatcher(Morphologies.configured());
    /** Names that name an actor only from a date on (isnad:datedAltLabel, isnad:aliasFrom): see DatedAliases. */
    private final PhraseMatcher datedNames = new PhraseMatcher(Morphologies.configured());
    private final String digest;

    private Lexicon(Graph graph, java.util.concurrent.CompletableFuture<String> digest) {
        this.graph = graph;
        index();
        this.digest = digest.join();
    }

    /** Loads every {@code *.ttl} of a directory, or single files, in a stable order. */
    public static Lexicon load(List<Path> dirsOrFiles) throws BadInputException {
        ReferenceFiles.Loaded loaded = ReferenceFiles.read(ReferenceFiles.list(dirsOrFiles));
        return new Lexicon(loaded.graph(), loaded.digest());
    }

    private void index() {
        Map<Node, Map<String, String>> props = new HashMap<>();
        Map<Node, Set<String>> types = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            if (!s.isURI()) return;
            String pred = p.getURI();
            if (p.equals(Vocab.rdfType) && o.isURI() && o.getURI().startsWith(Vocab.ISNAD)) {
                types.computeIfAbsent(s, k -> new TreeSet<>()).add(o.getURI().substring(Vocab.ISNAD.length()));
            }
            String key = null;
            if (pred.startsWith(Vocab.ISNAD)) key = pred.substring(Vocab.ISNAD.length());
            else if (p.equals(Vocab.wgsLat)) key = "lat";
            else if (p.equals(Vocab.wgsLong)) key = "long";
            else if (p.equals(Vocab.rdfsLabel) && o.isLiteral()) key = "ar".equals(o.getLiteralLanguage()) ? "labelAr"
                    : ("en".equals(o.getLiteralLanguage()) ? "labelEn" : "labelPlain");
            else if (p.equals(Vocab.skosNotation)) key = "notation";
            if (key == null || key.equals("form") || key.endsWith("Lemma")) return;
            String v = o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : null;
            if (v == null) return;
            // keep the smallest value: the index must not depend on the order the parser gave us
            props.computeIfAbsent(s, k -> new TreeMap<>()).merge(key, v, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            if (key.equals("within") && o.isURI()) parents.computeIfAbsent(s.getURI(), k -> new TreeSet<>()).add(v);
        });
        for (var e : types.entrySet()) {
            String iri = e.getKey().getURI();
            entries.put(iri, new Entry(iri, Set.copyOf(e.getValue()),
                    Map.copyOf(props.getOrDefault(e.getKey(), Map.of()))));
        }
        // class labels (ACLED sub-event types) and notations of individuals
        graph.find(Node.ANY, Vocab.rdfsLabel, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && "en".equals(t.getObject().getLiteralLanguage()))
                classLabels.merge(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        graph.find(Node.ANY, Vocab.skosNotation, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) notations.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
        });
        // surface forms, in a stable order
        List<Triple> forms = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (t.getSubject().isURI() && t.getObject().isLiteral()
                    && (p.getURI().equals(Vocab.ISNAD + "form") || p.equals(Vocab.rdfsLabel) || p.equals(Vocab.skosAltLabel)
                        || p.getURI().equals(Vocab.ISNAD + "verbLemma") || p.getURI().equals(Vocab.ISNAD + "datedAltLabel") || p.getURI().equals(Vocab.ISNAD + "nounLemma")))
                forms.add(t);
        });
        // each key made once, not twice a comparison (a stable sort either way: equal keys keep the graph's order)
        List<Map.Entry<String, Triple>> keyed = new ArrayList<>(forms.size());
        for (Triple t : forms) keyed.add(Map.entry(t.getSubject().getURI() + t.getObject().getLiteralLexicalForm(), t));
        keyed.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, Triple> k : keyed) {
            Triple t = k.getValue();
            Entry e = entries.get(t.getSubject().getURI());
            if (e == null) continue;
            String form = t.getObject().getLiteralLexicalForm();
            String lang = t.getObject().getLiteralLanguage();
            boolean isName = e.types().stream().anyMatch(NAME_TYPES::contains);
            boolean isForm = t.getPredicate().getURI().equals(Vocab.ISNAD + "form");
            String pred = t.getPredicate().getURI();
            if (pred.equals(Vocab.ISNAD + "datedAltLabel")) {
                datedNames.add(e, form, true);
            } else if (pred.equals(Vocab.ISNAD + "verbLemma")) {
                matcher.addVerbLemma(e, form);
            } else if (pred.equals(Vocab.ISNAD + "nounLemma")) {
                matcher.addNounLemma(e, form);
            } else if (e.is("BoilerplateLine")) {
                if (isForm) boilerplate.add(form.toLowerCase());
            } else if (isName && !isForm) {
                // names: Arabic labels and aliases; an outlet also by its Latin name ("SY24")
                if ("ar".equals(lang) || (e.is("Outlet") && !"en".equals(lang)) || (e.is("Outlet") && isLatin(form)))
                    matcher.add(e, form, true);
                if ("ar".equals(lang) && e.is("Place")) noteArticle(e.iri(), form);
            } else if (isForm) {
                matcher.add(e, form, false);
            }
        }
    }

    private void noteArticle(String iri, String form) {
        List<String> terms = ArabicAnalysis.terms(form);
        if (terms.size() == 1) articleOnlyNames.merge(iri, terms.get(0).startsWith("ال"), Boolean::logicalAnd);
    }

    /**
     * True for a one-word place name that is written with the article in every form the gazetteer has
     * ("الصور", "الباب"): the matcher finds names without regard to the article, so "صور" meets it too.
     */
    public boolean namedWithArticleOnly(String iri) {
        return articleOnlyNames.getOrDefault(iri, false);
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 0x250);
    }

    public PhraseMatcher matcher() { return matcher; }

    /** The names that hold only from their actor's isnad:aliasFrom date on (read by {@link DatedAliases}). */
    PhraseMatcher datedNames() { return datedNames; }

    /** The entries of an isnad: type ("Place", "Actor"…), in IRI order. */
    public List<Entry> entriesOf(String type) {
        return entries.values().stream().filter(e -> e.is(type)).sorted(java.util.Comparator.comparing(Entry::iri)).toList();
    }

    /** The isnad:nounLemma words of the entries of an isnad: type, sorted: "ريف" of isnad:CountrysideNoun. */
    public List<String> nounLemmasOf(String type) {
        return wordsOf(type, "nounLemma");
    }

    /** The words an isnad: property (local name) gives the entries of an isnad: type, sorted. */
    public List<String> wordsOf(String type, String property) {
        Node lemma = org.apache.jena.graph.NodeFactory.createURI(Vocab.ISNAD + property);
        List<String> out = new ArrayList<>();
        for (Entry e : entriesOf(type)) {
            graph.find(org.apache.jena.graph.NodeFactory.createURI(e.iri()), lemma, Node.ANY)
                    .forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        }
        Collections.sort(out);
        return out;
    }

    public Entry entry(String iri) { return entries.get(iri); }

    /** The kind of a place of the reference data ("Village", "Region", "Governorate" …), or null. */
    public String placeKind(String iri) {
        Entry e = entries.get(iri);
        return e == null ? null : e.localProp("placeKind");
    }

    /** Whole lines that are page furniture, lower case. */
    public Set<String> boilerplateLines() { return Collections.unmodifiableSet(boilerplate); }

    /** English label of a resource (class, place, actor), or its local name. */
    public String labelEn(String iri) {
        String l = classLabels.get(iri);
        if (l != null) return l;
        Entry e = entries.get(iri);
        if (e != null && e.prop("labelPlain") != null) return e.prop("labelPlain");
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** The skos:notation of an individual (e.g. "mid-month" for isnad:MidMonth). */
    public String notation(String iri) {
        String n = notations.get(iri);
        return n != null ? n : iri.substring(iri.lastIndexOf('#') + 1).toLowerCase();
    }

    /**
     * True for an event class under ACLED's violent event types (Battles, Explosions/Remote violence,
     * Violence against civilians), by rdfs:subClassOf in the ontology: a bare "Attack" may be any of these.
     */
    public boolean isViolent(String eventClass) {
        for (String root : new String[] {"Battles", "ExplosionsRemoteViolence", "ViolenceAgainstCivilians"}) {
            if (isSubClassOf(eventClass, Vocab.ISNAD + root)) return true;
        }
        return false;
    }

    private final Map<String, Boolean> armed = new java.util.concurrent.ConcurrentHashMap<>();

    /** True when the actor's category is marked isnad:armed (forces and militias, not civilians or sources). */
    public boolean isArmed(String actor) {
        return armed.computeIfAbsent(actor, a -> {
            Node yes = org.apache.jena.graph.NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);
            return graph.find(org.apache.jena.graph.NodeFactory.createURI(a), org.apache.jena.graph.NodeFactory.createURI(Vocab.ISNAD + "actorCategory"), Node.ANY)
                    .toList().stream()
                    .anyMatch(t -> graph.contains(t.getObject(), org.apache.jena.graph.NodeFactory.createURI(Vocab.ISNAD + "armed"), yes));
        });
    }

    /**
     * True for the Syrian state's forces (isnad:StateForces) and for forces that fight on their side
     * (isnad:fightsForState), and for their units (isnad:partOf): who regains territory for the government.
     */
    public boolean fightsForState(String actor) {
        String a = actor;
        for (int depth = 0; a != null && depth < 8; depth++) {
            Entry e = entries.get(a);
            if (e == null) return false;
            if ((Vocab.ISNAD + "StateForces").equals(e.prop("actorCategory")) || e.flag("fightsForState")) return true;
            a = e.prop("partOf");
        }
        return false;
    }

    /** True for an event class under ACLED's Protests or Riots. */
    public boolean isProtestOrRiot(String eventClass) {
        return isSubClassOf(eventClass, Vocab.ISNAD + "Protests") || isSubClassOf(eventClass, Vocab.ISNAD + "Riots");
    }

    /** Ancestor → class → whether the class is under it; keyed in two steps, so no key is built a call. */
    private final Map<String, Map<String, Boolean>> subClass = new java.util.concurrent.ConcurrentHashMap<>();

    /** Remembered: the ontology does not change, and every clause asks. */
    boolean isSubClassOf(String cls, String ancestor) {
        return subClass.computeIfAbsent(ancestor, k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(cls, k -> walksUpTo(cls, ancestor));
    }

    private boolean walksUpTo(String cls, String ancestor) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(cls));
        while (!todo.isEmpty()) {
            String c = todo.remove(todo.size() - 1);
            if (c.equals(ancestor)) return true;
            if (!seen.add(c)) continue;
            graph.find(org.apache.jena.graph.NodeFactory.createURI(c), Vocab.rdfsSubClassOf, Node.ANY)
                    .forEachRemaining(t -> { if (t.getObject().isURI()) todo.add(t.getObject().getURI()); });
        }
        return false;
    }

    /** The governorates {@code place} is or lies in, following isnad:within. */
    public Set<String> governoratesOf(String place) {
        Set<String> out = new TreeSet<>(), seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(place));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (!seen.add(p)) continue;
            Entry e = entries.get(p);
            if (e != null && "Governorate".equals(e.localProp("placeKind"))) out.add(p);
            todo.addAll(parents.getOrDefault(p, Set.of()));
        }
        return out;
    }

    /** True when {@code place} is {@code area} or lies within it, following isnad:within. */
    public boolean isWithin(String place, String area) {
        if (place.equals(area)) return true;
        if (!parents.containsKey(place)) return false;
        return ancestors.computeIfAbsent(place, this::ancestorsOf).contains(area);
    }

    /** Every area a place of the reference data lies in, however far up. */
    private Set<String> ancestorsOf(String place) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(place));
        while (!todo.isEmpty()) {
            for (String parent : parents.getOrDefault(todo.remove(todo.size() - 1), Set.of())) {
                if (out.add(parent)) todo.add(parent);
            }
        }
        return Set.copyOf(out);
    }

    private final Map<String, java.util.Optional<Entry>> outletsByName = new java.util.concurrent.ConcurrentHashMap<>();

    /** The outlet with that name (label or alias, any case), or null. */
    public Entry outletNamed(String name) {
        return outletsByName.computeIfAbsent(name, n -> java.util.Optional.ofNullable(findOutlet(n))).orElse(null);
    }

    private Entry findOutlet(String name) {
        Entry e = findOutletAsWritten(name);
        if (e != null) return e;
        // "Smart (carried by microsyria.com)", "Deir Ezzor 24" for "DeirEzzor 24": the name before a bracket,
        // compared by its letters and digits alone
        String bare = name.split("\\(", 2)[0].strip();
        if (bare.isEmpty()) return null;
        if (!bare.equals(name.strip()) && (e = findOutletAsWritten(bare)) != null) return e;
        String compact = compact(bare);
        for (Entry o : entries.values()) {
            if (!o.is("Outlet")) continue;
            var it = graph.find(org.apache.jena.graph.NodeFactory.createURI(o.iri()), Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Triple t = it.next();
                boolean named = t.getPredicate().equals(Vocab.rdfsLabel) || t.getPredicate().equals(Vocab.skosAltLabel);
                if (named && t.getObject().isLiteral() && !compact.isEmpty()
                        && compact(t.getObject().getLiteralLexicalForm()).equals(compact)) return o;
            }
        }
        return null;
    }

    private static String compact(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private Entry findOutletAsWritten(String name) {
        String wanted = normal(name);
        Entry found = null;
        for (Entry e : entries.values()) {
            if (!e.is("Outlet")) continue;
            for (String key : new String[] {"labelPlain", "labelEn", "labelAr"}) {
                if (e.prop(key) != null && normal(e.prop(key)).equals(wanted)) {
                    if (found == null || e.iri().compareTo(found.iri()) < 0) found = e;
                }
            }
        }
        if (found != null) return found;
        // aliases are only in the graph
        for (Entry e : entries.values()) {
            if (!e.is("Outlet")) continue;
            var it = graph.find(org.apache.jena.graph.NodeFactory.createURI(e.iri()), Vocab.skosAltLabel, Node.ANY);
            while (it.hasNext()) {
                if (normal(it.next().getObject().getLiteralLexicalForm()).equals(wanted)) return e;
            }
        }
        return null;
    }

    /** IRI of the outlet of that name: from the reference data when it knows the name, else minted from it. */
    public String outletIri(String name) {
        if (name == null) return Vocab.ID + "outlet/unknown";
        Entry e = outletNamed(name);
        return e != null ? e.iri() : Vocab.ID + "outlet/" + Iris.slug(name);
    }

    /**
     * Does {@code iri} name the outlet of that name: the outlet itself, or the actor it is as a source
     * (rdfs:seeAlso, "outlet:sohr" and "actor:sohr")?
     */
    public boolean isOutletItself(String outletName, String iri) {
        String own = outletIri(outletName);
        if (own.equals(iri)) return true;
        return graph.contains(org.apache.jena.graph.NodeFactory.createURI(own),
                org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
                org.apache.jena.graph.NodeFactory.createURI(iri));
    }

    /** English label of the outlet of that name, or the name as given. */
    public String outletLabel(String name) {
        if (name == null) return "Unknown outlet";
        Entry e = outletNamed(name);
        return e != null ? labelEn(e.iri()) : name;
    }

    private static String normal(String s) {
        return String.join(" ", ArabicAnalysis.terms(s));
    }

    /** The reference data as one graph (the store loads it next to the claims). */
    public Graph graph() { return graph; }

    /** SHA-256 of the reference data in a canonical form: names the lexicon version in the provenance. */
    public String digest() { return digest; }
}

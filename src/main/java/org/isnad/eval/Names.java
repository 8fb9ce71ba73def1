package org.isnad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.isnad.extract.ArabicAnalysis;
import org.isnad.extract.Lexicon;
import org.isnad.vocab.Vocab;

/**
 * Names of the reference data as the evaluator compares them: a place's Arabic and English labels and
 * aliases ({@code rdfs:label}, {@code skos:altLabel}), an actor's English label. Read from the lexicon's
 * graph, cached per IRI.
 */
public final class Names {

    private final Lexicon lexicon;
    private final Map<String, List<List<String>>> arabic = new HashMap<>();
    private final Map<String, List<String>> english = new HashMap<>();

    public Names(Lexicon lexicon) { this.lexicon = lexicon; }

    /** English label of a speaker or other resource, or null for a null IRI. */
    public String labelEn(String iri) { return iri == null ? null : lexicon.labelEn(iri); }

    /** English labels of every class under isnad:Event (the ACLED event and sub-event types). */
    public Set<String> eventTypeLabels() {
        Set<String> out = new TreeSet<>();
        List<Node> todo = new ArrayList<>(List.of(NodeFactory.createURI(Vocab.ISNAD + "Event")));
        Set<Node> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (!seen.add(c)) continue;
            lexicon.graph().find(Node.ANY, Vocab.rdfsSubClassOf, c).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    out.add(lexicon.labelEn(t.getSubject().getURI()));
                    todo.add(t.getSubject());
                }
            });
        }
        return out;
    }

    /** Words as normalised terms without clitics, as place names are compared. */
    public static List<String> form(String text) {
        return ArabicAnalysis.terms(text).stream().map(Names::stem).toList();
    }

    /** The place's Arabic labels and aliases, each as normalised terms without clitics. */
    public List<List<String>> arabicForms(String iri) {
        return arabic.computeIfAbsent(iri, k -> {
            List<List<String>> out = new ArrayList<>();
            for (String form : literals(k, "ar")) {
                List<String> terms = ArabicAnalysis.terms(form).stream().map(Names::stem).toList();
                if (!terms.isEmpty() && !out.contains(terms)) out.add(terms);
            }
            return out;
        });
    }

    /** The place's English labels and aliases (the JSON label first). */
    public List<String> englishForms(String iri, String jsonLabel) {
        List<String> forms = new ArrayList<>();
        if (jsonLabel != null) forms.add(jsonLabel);
        for (String f : english.computeIfAbsent(iri, k -> List.copyOf(literals(k, "en")))) if (!forms.contains(f)) forms.add(f);
        return forms;
    }

    private TreeSet<String> literals(String iri, String lang) {
        TreeSet<String> out = new TreeSet<>();
        if (iri == null) return out;
        Node s = NodeFactory.createURI(iri);
        // isnad:form: a name matched only as written, article and all ("البادية")
        for (Node p : new Node[] {Vocab.rdfsLabel, Vocab.skosAltLabel, NodeFactory.createURI(Vocab.ISNAD + "form")}) {
            lexicon.graph().find(s, p, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isLiteral() && lang.equals(o.getLiteralLanguage())) out.add(o.getLiteralLexicalForm());
            });
        }
        return out;
    }

    /** A label word as compared: normalised, without the article ("الزور" → "زور"). */
    static String stem(String t) {
        return t.length() > 3 && t.startsWith("ال") ? t.substring(2) : t;
    }

    /**
     * What a word of the text may be under its proclitics, each without the article: و/ف, then ب/ل/ك, then
     * ال (ل + ال written لل). "وبدير" → {وبدير, بدير, دير}; "للميادين" → {…, ميادين}.
     */
    static Set<String> forms(String t) {
        Set<String> out = new LinkedHashSet<>();
        List<String> bases = new ArrayList<>(List.of(t));
        if (t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')) bases.add(t.substring(1));
        for (String b : bases) {
            out.add(b);
            if (b.length() > 3 && "بلك".indexOf(b.charAt(0)) >= 0) {
                out.add(b.substring(1));
                if (b.startsWith("لل")) out.add("ا" + b.substring(1));
            }
        }
        Set<String> all = new LinkedHashSet<>();
        for (String f : out) all.add(stem(f));
        return all;
    }

    /** For each word of an Arabic phrase, the forms it may be under its clitics. */
    static List<Set<String>> textForms(String phrase) {
        return ArabicAnalysis.terms(phrase).stream().map(Names::forms).toList();
    }

    /** True when the label's words stand, in order and together, among the text's words. */
    static boolean contains(List<Set<String>> text, List<String> label) {
        if (label.isEmpty()) return false;
        outer:
        for (int i = 0; i + label.size() <= text.size(); i++) {
            for (int j = 0; j < label.size(); j++) if (!text.get(i + j).contains(label.get(j))) continue outer;
            return true;
        }
        return false;
    }
}

package org.isnad.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.isnad.ingest.Article;

/**
 * Deterministic IRIs: a function of the input alone, so the same article gives the same IRIs on every run
 * and a reload replaces nothing and adds nothing. See ontology/README.md for the scheme.
 */
public final class Iris {
    private Iris() {}

    // one digest a thread: looking the algorithm up cost as much as hashing a claim's key
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** First {@code hexDigits} hex digits (at most 64) of SHA-256 over the UTF-8 bytes of {@code s}. */
    public static String hash(String s, int hexDigits) {
        byte[] d = SHA_256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, (hexDigits + 1) / 2).substring(0, hexDigits);
    }

    /**
     * The article key K: from its URL when it has one (the same story re-saved keeps its IRIs), else its text
     * and outlet (one text from two outlets is two articles, each with its one outlet).
     */
    public static String articleKey(Article a) {
        if (a.url() != null) return hash("url:" + a.url().strip(), 16);
        return hash(a.outlet() == null ? "text:" + a.text() : "text@" + slug(a.outlet()) + ":" + a.text(), 16);
    }

    /**
     * The claim key H, within an article: from what the claim is (its kind, "EVENT", "STATEMENT" or
     * "CASUALTIES", and its event class, or null) and where its first evidence starts.
     */
    public static String claimKey(String articleKey, String kind, String eventClass, int anchorOffset) {
        String cls = eventClass == null ? "" : eventClass;
        return hash(articleKey + "|" + kind + "|" + cls + "|" + anchorOffset, 12);
    }

    /**
     * A place the reference data lacks, named by its words and the area it lies in: the same words within
     * the same area are one node, whichever article names them.
     */
    public static String unresolvedPlace(String text, String within) {
        return Vocab.ID + "place/unresolved/" + hash(text.strip() + "|" + (within == null ? "" : within), 16);
    }

    /** An unresolved actor: the claim's own, from its words, so unrelated "مسلحون" of two claims are two nodes. */
    public static String unresolvedActor(String claim, String text) {
        return Vocab.ID + "actor/unresolved/" + hash(claim + "|" + text.strip(), 16);
    }

    public static String article(String k) { return Vocab.ID + "article/" + k; }
    public static String provenanceGraph(String k) { return Vocab.ID + "article/" + k + "/provenance"; }
    public static String claim(String k, String h) { return Vocab.ID + "claim/" + k + "-" + h; }
    public static String event(String k, String h) { return Vocab.ID + "event/" + k + "-" + h; }
    public static String statement(String k, String h) { return Vocab.ID + "statement/" + k + "-" + h; }
    public static String casualties(String k, String h) { return Vocab.ID + "casualties/" + k + "-" + h; }
    public static String evidence(String claimIri, int n) { return claimIri + "/evidence/" + n; }
    public static String source(String k, String slug) { return Vocab.ID + "source/" + k + "-" + slug; }
    public static String extraction(String version, String lexiconDigest) {
        return Vocab.ID + "extraction/" + version + "-" + lexiconDigest.substring(0, 12);
    }
    /**
     * The extraction by a method other than the rules (a model): the rules' extraction IRI, the method's name
     * and a hash of its settings (model and prompt version), so two models never share an activity.
     */
    public static String extraction(String version, String lexiconDigest, String method, String settings) {
        return extraction(version, lexiconDigest) + "-" + slug(method) + "-" + hash(settings, 8);
    }
    /** A lower-case ASCII slug; a name with no Latin letters gets a short hash instead. */
    public static String slug(String name) {
        String s = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" + hash(name, 8) : s;
    }

    public static final String AGENT = Vocab.ID + "agent/isnad";
}

package org.isnad.store;

import java.util.ArrayList;
import java.util.List;

import org.isnad.vocab.Vocab;

/**
 * Which IRIs the server resolves, and where: {@code http://HOST:PORT/id/REST} answers for the IRI
 * {@code BASE + REST}. The base is {@value Vocab#ID} unless {@code isnad serve --base} names another
 * (a project that publishes under its own domain and forwards {@code BASE*} to {@code /id/*}). With
 * another base, IRIs still minted under the default base (the reference data in {@code ontology/})
 * resolve at the same path when the configured base has nothing there.
 */
final class IriMapping {
    /** The path the linked-data handler is mounted at, below the server root. */
    static final String PATH = "/id/";

    private final String base;

    IriMapping(String base) {
        if (base == null || base.isBlank()) base = Vocab.ID;
        if (!base.startsWith("http://") && !base.startsWith("https://"))
            throw new IllegalArgumentException("the base must be an http or https IRI: " + base);
        if (!base.endsWith("/") && !base.endsWith("#"))
            throw new IllegalArgumentException("the base must end with '/': " + base);
        this.base = base;
    }

    String base() { return base; }

    /** The IRIs a request for {@code /id/REST} may mean, the configured base first. */
    List<String> candidates(String rest) {
        List<String> c = new ArrayList<>();
        c.add(base + rest);
        if (!base.equals(Vocab.ID)) c.add(Vocab.ID + rest);
        return c;
    }

    /** The server-relative path that resolves {@code iri}, or {@code null} when this server does not. */
    String pathOf(String iri) {
        if (iri.startsWith(base)) return PATH + iri.substring(base.length());
        if (iri.startsWith(Vocab.ID)) return PATH + iri.substring(Vocab.ID.length());
        return null;
    }

    /** A link target for {@code iri}: the local page when this server resolves it, else the IRI itself. */
    String href(String iri) {
        String p = pathOf(iri);
        return p != null ? p : iri;
    }
}

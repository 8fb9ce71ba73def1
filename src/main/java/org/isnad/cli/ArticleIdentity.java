package org.isnad.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.Article;

/**
 * What makes two articles of a run the same article: the same URL, or the same text up to white space from
 * the same outlet. Each is kept as a 16-byte hash (the first half of a SHA-256), computed on the worker
 * threads; only the comparison, in reading order, is left to the writer.
 *
 * @param url  the canonical URL's hash, or null for an article without a URL
 * @param text the hash of the outlet and the text up to white space
 */
record ArticleIdentity(Hash url, Hash text) {

    /** 128 bits: a collision among a billion articles has odds of about 1 in 10^20. */
    record Hash(long high, long low) {}

    static ArticleIdentity of(Article a, Lexicon lexicon) {
        return of(a.url(), lexicon.outletIri(a.outlet()), a.text());
    }

    static ArticleIdentity of(String url, String outletIri, String text) {
        Hash urlHash = url == null ? null : hash(Conversion.canonicalUrl(url));
        // one text from two outlets is two reports of it ("which outlets relayed it?"); from one, a copy
        return new ArticleIdentity(urlHash, hash(outletIri + " " + normalisedText(text)));
    }

    /** The text with every run of white space (and the invisible marks that pass for it) as one space. */
    static String normalisedText(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    /** Regex {@code \\s}, the no-break space, the zero-width marks and the BOM. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u200B' && c <= '\u200F') || c == '\uFEFF';
    }

    // one digest a thread: looking SHA-256 up among the security providers for every article cost half as much as hashing it
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static Hash hash(String s) {
        // digest() resets the digest for the next article
        ByteBuffer d = ByteBuffer.wrap(SHA_256.get().digest(s.getBytes(StandardCharsets.UTF_8)));
        return new Hash(d.getLong(), d.getLong());
    }
}

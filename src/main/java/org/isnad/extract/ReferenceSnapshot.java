package org.isnad.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The reference data's triples, prefixes and digest as one binary file, so that a start needs no Turtle
 * parse (about a second of CPU at every convert: issue 12). It is named by the SHA-256 of the files' names and
 * bytes, so an ontology file changed, added or removed gives another name: a snapshot is never stale, only
 * unused. It holds the triples in the parser's order and the prefix declarations in theirs, so the graph
 * built from it is the one the files give. Anything wrong with it (missing, truncated, unwritable cache)
 * only means the files are parsed as before.
 */
final class ReferenceSnapshot {

    /** Bumped whenever the layout below changes: the name then changes too. */
    private static final int FORMAT = 1;
    private static final long MAGIC = 0x49534e4144524546L; // "ISNADREF"
    private static final long END = 0x454e44454e44454eL;
    /** Snapshots not rewritten for this long are removed when a new one is written (old ontology versions). */
    private static final Duration KEEP = Duration.ofDays(7);

    private static final byte URI = 1, BLANK = 2, TYPED = 3, LANG = 4;

    /** What the files gave: prefix declarations ({prefix, iri}) and triples, each in the parser's order. */
    record Content(List<String[]> prefixes, List<Triple> triples, String digest) {}

    private ReferenceSnapshot() {}

    /**
     * Where snapshots are kept: {@code -Disnad.cache=DIR}, else {@code $XDG_CACHE_HOME/isnad}, else
     * {@code ~/.cache/isnad}; null (no snapshot) for {@code -Disnad.cache=off}.
     */
    static Path cacheDir() {
        String set = System.getProperty("isnad.cache");
        if ("off".equals(set)) return null;
        if (set != null && !set.isEmpty()) return Path.of(set);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) return Path.of(xdg, "isnad");
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "isnad");
    }

    /** The snapshot's file for these reference files, named by their digest. */
    static Path fileFor(Path dir, List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("isnad reference snapshot " + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                md.update((f.getFileName() + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                md.update(bytes);
            }
            return dir.resolve("reference-" + HexFormat.of().formatHex(md.digest()) + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content kept in {@code file}, or null when there is none or it cannot be read whole. */
    static Content read(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readLong() != MAGIC || in.readInt() != FORMAT) return null;
            String digest = str(in);
            List<String[]> prefixes = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) prefixes.add(new String[] {str(in), str(in)});
            // counts are bounded by the file's size before anything is allocated: a damaged count must not
            // exhaust the heap (an OutOfMemoryError would end every run until the cache is cleared)
            long size = Files.size(file);
            Node[] terms = new Node[count(in, size)];
            for (int i = 0; i < terms.length; i++) terms[i] = term(in);
            int n = count(in, size);
            List<Triple> triples = new ArrayList<>(n);
            for (int i = 0; i < n; i++)
                triples.add(Triple.create(terms[in.readInt()], terms[in.readInt()], terms[in.readInt()]));
            return in.readLong() == END ? new Content(prefixes, triples, digest) : null;
        } catch (IOException | RuntimeException e) {
            return null;   // truncated or damaged: parse the files, and write it again
        }
    }

    /** Whether {@code file} could be written (its directory made if need be): else nothing is prepared for it. */
    static boolean writable(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.isWritable(file.getParent());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes {@code content} to {@code file} under a temporary name, then moves it into place, so a reader
     * never sees half a snapshot. Returns false (and writes nothing) when a term cannot be kept or the
     * directory cannot be written.
     */
    static boolean write(Path file, Content content) {
        Map<Node, Integer> index = new HashMap<>();
        List<Node> terms = new ArrayList<>();
        for (Triple t : content.triples()) {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (!keepable(n)) return false;
                index.computeIfAbsent(n, k -> { terms.add(k); return terms.size() - 1; });
            }
        }
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), ".reference-", ".part");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                writeBody(out, content, terms, index);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            pruneOld(file);
            return true;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
            return false;
        }
    }

    private static void writeBody(DataOutputStream out, Content content, List<Node> terms, Map<Node, Integer> index)
            throws IOException {
        out.writeLong(MAGIC);
        out.writeInt(FORMAT);
        str(out, content.digest());
        out.writeInt(content.prefixes().size());
        for (String[] p : content.prefixes()) { str(out, p[0]); str(out, p[1]); }
        out.writeInt(terms.size());
        for (Node n : terms) term(out, n);
        out.writeInt(content.triples().size());
        for (Triple t : content.triples()) {
            out.writeInt(index.get(t.getSubject()));
            out.writeInt(index.get(t.getPredicate()));
            out.writeInt(index.get(t.getObject()));
        }
        out.writeLong(END);
    }

    /** Terms a Turtle file of reference data holds; anything else (a triple term, a text direction) is not kept. */
    private static boolean keepable(Node n) {
        if (n.isURI() || n.isBlank()) return true;
        return n.isLiteral() && n.getLiteralBaseDirection() == Node.noTextDirection;
    }

    private static void term(DataOutputStream out, Node n) throws IOException {
        if (n.isURI()) { out.writeByte(URI); str(out, n.getURI()); }
        else if (n.isBlank()) { out.writeByte(BLANK); str(out, n.getBlankNodeLabel()); }
        else if (!n.getLiteralLanguage().isEmpty()) {
            out.writeByte(LANG); str(out, n.getLiteralLexicalForm()); str(out, n.getLiteralLanguage());
        } else { out.writeByte(TYPED); str(out, n.getLiteralLexicalForm()); str(out, n.getLiteralDatatypeURI()); }
    }

    private static Node term(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case URI -> NodeFactory.createURI(str(in));
            case BLANK -> NodeFactory.createBlankNode(str(in));
            case LANG -> NodeFactory.createLiteralLang(str(in), str(in));
            case TYPED -> NodeFactory.createLiteralDT(str(in), TypeMapper.getInstance().getSafeTypeByName(str(in)));
            default -> throw new IOException("unknown term kind " + kind);
        };
    }

    /** Length-prefixed UTF-8 (DataOutput's writeUTF stops at 64 KB). */
    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len < 0 || len > 1 << 26) throw new IOException("bad string length " + len);
        return new String(in.readNBytes(len), StandardCharsets.UTF_8);
    }

    /** A count read from the snapshot, at most the file's size (each record takes a byte at least). */
    private static int count(DataInputStream in, long size) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > size) throw new IOException("bad count " + n);
        return n;
    }

    /** Removes snapshots of earlier reference data (not written again for a week) beside {@code kept}. */
    private static void pruneOld(Path kept) {
        FileTime before = FileTime.from(Instant.now().minus(KEEP));
        // (and the parts of a write a run ended during: ".reference-*.part")
        try (DirectoryStream<Path> old = Files.newDirectoryStream(kept.getParent(), "{reference-*.bin,.reference-*.part}")) {
            for (Path p : old) {
                if (!p.equals(kept) && Files.getLastModifiedTime(p).compareTo(before) < 0) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException ignored) {
            // an old snapshot left behind costs disk space, nothing else
        }
    }
}

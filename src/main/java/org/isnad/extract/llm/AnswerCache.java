package org.isnad.extract.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.isnad.extract.ExtractionException;

/**
 * The model's answers on disk ({@code ISNAD_LLM_CACHE}), one file an article: {@code <sha-256>.json}, the digest
 * of the model's name, the prompt's version and the whole prompt (which holds the article and the type list).
 * A rerun, or {@code isnad eval}, then reads the same answers and costs no call. Only answers that parse are
 * kept, so a passing glitch of the server is not frozen. Written to a temporary file, then moved into place,
 * so parallel workers never read half an answer.
 */
final class AnswerCache {

    private final Path dir;

    /** No cache when {@code dir} is null. */
    AnswerCache(Path dir) { this.dir = dir; }

    static String key(String model, String promptVersion, String prompt) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {model, promptVersion, prompt}) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);    // every JDK has SHA-256
        }
    }

    Path file(String key) { return dir == null ? null : dir.resolve(key + ".json"); }

    /** The answer kept under that key, or null. */
    String get(String key) {
        Path f = file(key);
        if (f == null || !Files.isRegularFile(f)) return null;
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the cached answer " + f + ": " + e.getMessage(), e);
        }
    }

    void put(String key, String answer) {
        if (dir == null) return;
        Path f = file(key);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.writeString(tmp, answer, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot write the answer cache " + dir + " (" + LlmConfig.CACHE + "): " + e.getMessage(), e);
        }
    }
}

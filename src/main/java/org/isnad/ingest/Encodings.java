package org.isnad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.BadInputException;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text. The order of trust: a byte-order mark, then the encoding the user declared
 * ({@code --encoding}), then the document's own declaration (HTTP header, HTML meta charset), then UTF-8.
 * Undeclared bytes that are not UTF-8 are refused with the likely encoding named, unless the user asked
 * for a guess ({@code --encoding auto}): a wrong guess silently corrupts every claim of the article.
 */
public final class Encodings {
    private Encodings() {}

    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    /** The user's choice: a charset, {@link #auto()} to guess, or null to trust only declarations and UTF-8. */
    public record Choice(Charset charset, boolean guess) {
        public static final Choice DEFAULT = new Choice(null, false);
        public static Choice auto() { return new Choice(null, true); }

        /** Parses a {@code --encoding} value: a charset name or "auto". */
        public static Choice parse(String name) {
            if (name == null || name.isBlank()) return DEFAULT;
            if (name.equalsIgnoreCase("auto")) return auto();
            try {
                return new Choice(Charset.forName(name.strip()), false);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("unknown encoding '" + name + "' (try UTF-8, UTF-16, windows-1256, ISO-8859-6 or auto)");
            }
        }
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    /** The charset an HTML page declares in its first 4 KB ({@code <meta charset>} or http-equiv), or null. */
    public static Charset htmlDeclared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charsetOrNull(m.group(1)) : null;
    }

    /** The charset a Content-Type header value names, or null. */
    public static Charset fromContentType(String contentType) {
        if (contentType == null) return null;
        Matcher m = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
        return m.find() ? charsetOrNull(m.group(1)) : null;
    }

    static Charset charsetOrNull(String name) {
        try {
            // pages that say iso-8859-1 mean windows-1252, as browsers read them; Arabic pages that say
            // iso-8859-6 sometimes mean windows-1256, which the strict decode below catches
            Charset c = Charset.forName(name);
            return c.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252") : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Decodes {@code bytes}. {@code documentDeclared}: what the document itself says (meta charset, HTTP
     * header), or null. The result has no byte-order mark.
     */
    public static String decode(String name, byte[] bytes, Choice choice, Charset documentDeclared) throws BadInputException {
        if (bytes.length == 0) throw new BadInputException(name, "is empty");
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            String s = strict(name, bytes, bom, "starts with a " + bom.name() + " byte-order mark but is not valid " + bom.name());
            int start = 0;
            while (start < s.length() && s.charAt(start) == '\uFEFF') start++;   // a mark saved twice is still only a mark
            return s.substring(start);
        }
        if (looksUtf16WithoutBom(bytes))
            throw new BadInputException(name, "looks like UTF-16 without a byte-order mark; give --encoding UTF-16LE or UTF-16BE");
        for (byte b : bytes)
            if (b == 0) throw new BadInputException(name, "is binary (contains NUL bytes), not an article");
        if (choice.charset() != null) {
            Charset c = choice.charset();
            if (!isUtf8Family(c) && hasNonAscii(bytes) && isValidUtf8(bytes))
                throw new BadInputException(name, "is declared " + c.name() + " (--encoding) but its bytes are UTF-8; "
                        + "drop --encoding or give the right one");
            return strict(name, bytes, c, "is not valid " + c.name() + " text (declared with --encoding)");
        }
        if (documentDeclared != null && !isUtf8Family(documentDeclared) && !(hasNonAscii(bytes) && isValidUtf8(bytes)))
            return strict(name, bytes, documentDeclared, "is not valid " + documentDeclared.name() + " text, which the page declares");
        int bad = firstInvalid(bytes, StandardCharsets.UTF_8);
        if (bad < 0) return new String(bytes, StandardCharsets.UTF_8);
        String fault = utf8Fault(bytes, bad);
        if (fault != null) throw new BadInputException(name, "is not valid UTF-8 text (invalid UTF-8 at byte " + bad + ": " + fault + ")");
        Charset guess = guess(bytes);
        if (guess != null && (isUtf8Family(guess) || firstInvalid(bytes, guess) >= 0)) guess = null;   // a hint must work
        if (choice.guess() && guess != null) return strict(name, bytes, guess, "is not valid " + guess.name() + " text");
        throw new BadInputException(name, "is not valid UTF-8 text and declares no encoding (invalid UTF-8 at byte " + bad + ")"
                + (guess != null ? "; it looks like " + guess.name() + ": give --encoding " + guess.name() + " (or --encoding auto)"
                                 : "; no other encoding isnad knows reads it as Arabic text either: give its encoding with --encoding if you know it"));
    }

    /**
     * What is wrong at {@code bad} when it is a UTF-8 mistake that no --encoding mends, or null: a file cut
     * inside a character, or UTF-16 surrogates encoded one by one (CESU-8, Java's modified UTF-8).
     */
    private static String utf8Fault(byte[] b, int bad) {
        int lead = b[bad] & 0xFF;
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
        if (length > 0 && b.length - bad < length) {
            boolean continues = true;
            for (int i = bad + 1; i < b.length; i++) continues &= (b[i] & 0xC0) == 0x80;
            if (continues) return "the file ends inside a character, so it was cut short; save or download it again";
        }
        if (lead == 0xED && bad + 1 < b.length && (b[bad + 1] & 0xFF) >= 0xA0 && (b[bad + 1] & 0xFF) <= 0xBF)
            return "an encoded UTF-16 surrogate, as CESU-8 or Java's modified UTF-8 write them; convert the file to standard UTF-8";
        return null;
    }

    /** The offset of the first byte that {@code c} cannot decode, or -1 when all decode. */
    static int firstInvalid(byte[] bytes, Charset c) {
        java.nio.charset.CharsetDecoder d = c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = in.hasRemaining() ? d.decode(in, out, true) : d.flush(out);
            if (r.isError()) return in.position();
            if (r.isOverflow()) { out.clear(); continue; }
            if (!in.hasRemaining() && r.isUnderflow()) {
                if (d.flush(out).isOverflow()) { out.clear(); continue; }
                return -1;
            }
        }
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Every other byte NUL in the first bytes: UTF-16 text that lost its mark (not binary garbage). */
    private static boolean looksUtf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 200) & ~1;
        if (n < 8) return false;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        // ASCII, spaces and digits have a zero high byte; Arabic letters have 0x06 there, so not every pair does
        return (evenZero > pairs * 0.3 && oddZero == 0) || (oddZero > pairs * 0.3 && evenZero == 0);
    }

    private static boolean isUtf8Family(Charset c) {
        return c.equals(StandardCharsets.UTF_8) || c.name().equalsIgnoreCase("US-ASCII");
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) if (x < 0) return true;
        return false;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strict(String name, byte[] bytes, Charset c, String problem) throws BadInputException {
        try {
            return c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name, problem + " (invalid " + c.name() + " at byte " + firstInvalid(bytes, c) + ")");
        }
    }

    /**
     * The likely encoding of bytes that are not UTF-8. The Arabic single-byte encodings first (the
     * detector library does not know them): whichever decodes strictly into more Arabic letters; then
     * the detector's guess for everything else; null when nothing fits.
     */
    static Charset guess(byte[] bytes) {
        double w = arabicShare(bytes, WINDOWS_1256), i = arabicShare(bytes, ISO_8859_6);
        if (Math.max(w, i) > 0.6) return i > w ? ISO_8859_6 : WINDOWS_1256;
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 1 << 16));
        d.dataEnd();
        String cs = d.getDetectedCharset();
        return cs == null ? null : charsetOrNull(cs);
    }

    /** Share of Arabic letters among the non-ASCII characters, or -1 when the bytes do not decode strictly. */
    private static double arabicShare(byte[] bytes, Charset c) {
        String s;
        try {
            s = c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return -1;
        }
        int nonAscii = 0, arabic = 0;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch < 0x80) continue;
            nonAscii++;
            if (ch >= 0x0621 && ch <= 0x064A) arabic++;
        }
        return nonAscii == 0 ? 0 : (double) arabic / nonAscii;
    }

    static String lower(Charset c) { return c.name().toLowerCase(Locale.ROOT); }
}

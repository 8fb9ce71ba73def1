package org.isnad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.BadInputException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One gold file: an analyst's reading of one article, in YAML (the format is described in the header of
 * the seed gold file and in the README). Only what the evaluator scores is kept; other keys (actor, target,
 * note, says …) are allowed and ignored, so annotators can write down more than is measured.
 *
 * <p>Read with SnakeYAML's {@link SafeConstructor} (no arbitrary classes) and duplicate keys refused, since
 * a repeated key in hand-written YAML is nearly always a mistake that would silently drop an annotation.
 *
 * @param path      where it was read from (for messages)
 * @param file      {@code article.file}: the name of the input file the gold belongs to
 * @param outlet    {@code article.outlet}, or null
 * @param published {@code article.published} when it is an ISO date, else null
 * @param claims    the claims, in file order
 */
public record GoldFile(Path path, String file, String outlet, LocalDate published, List<GoldClaim> claims) {

    static final Set<String> MODALITIES = Set.of("asserted", "foiled", "denied", "alleged", "planned");
    private static final Pattern CLAIM_ID = Pattern.compile("\\b([ES]\\d+)\\b");

    public List<GoldClaim> events() { return claims.stream().filter(GoldClaim::isEvent).toList(); }

    public List<GoldClaim> statements() { return claims.stream().filter(c -> !c.isEvent()).toList(); }

    /** Reads and checks one gold file; any problem is reported naming the file and where in it. */
    public static GoldFile load(Path path) throws BadInputException {
        String name = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, "no such gold file");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read as UTF-8 text (" + e.getMessage() + ")", e);
        }
        return parse(path, text);
    }

    static GoldFile parse(Path path, String text) throws BadInputException {
        String name = path.toString();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object root;
        try {
            DumperOptions dump = new DumperOptions();
            root = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, new NoTimestamps()).load(text);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            String where = m == null ? "" : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
            throw new BadInputException(name, "is not valid YAML" + where + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new BadInputException(name, "is not valid YAML: " + e.getMessage());
        }
        return new Reader(name).file(path, root);
    }

    /**
     * YAML 1.1 reads an unquoted 2022-13-40 as a timestamp and rolls it over to a real day; dates stay text
     * here, so a wrong one is reported instead of silently moved.
     */
    private static final class NoTimestamps extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) super.addImplicitResolver(tag, regexp, first, limit);
        }
    }

    /** Walks the YAML tree, keeping a path ("claims[3] (E4).date") for error messages. */
    private static final class Reader {
        private final String name;

        Reader(String name) { this.name = name; }

        GoldFile file(Path path, Object root) throws BadInputException {
            if (!(root instanceof Map<?, ?> top)) throw fail("the document", "must be a mapping with 'article' and 'claims'");
            Map<?, ?> article = map(top.get("article"), "article");
            if (article == null) throw fail("article", "is missing (it names the input file: article.file)");
            String file = string(article.get("file"), "article.file");
            if (file == null || file.isBlank()) throw fail("article.file", "is missing: it names the input file this gold belongs to");
            String outlet = string(article.get("outlet"), "article.outlet");
            LocalDate published = null;
            Object pub = article.get("published");
            if (pub instanceof Date || (pub instanceof String s && !s.equalsIgnoreCase("unknown") && !s.isBlank())) {
                published = isoDate(pub, "article.published");
            }
            Object claimsNode = top.get("claims");
            if (!(claimsNode instanceof List<?> list)) throw fail("claims", claimsNode == null ? "is missing" : "must be a list");

            // first pass: ids and raw maps, so dates can refer to claims written later
            Map<String, Map<?, ?>> raw = new LinkedHashMap<>();
            List<String> where = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "claims[" + (i + 1) + "]";
                Map<?, ?> c = map(list.get(i), at);
                if (c == null) throw fail(at, "is empty");
                String id = string(c.get("id"), at + ".id");
                if (id == null || id.isBlank()) throw fail(at, "has no id");
                if (raw.containsKey(id)) throw fail(at, "repeats the id " + id);
                raw.put(id, c);
                where.add(at + " (" + id + ")");
            }
            Map<String, GoldDate> dates = new HashMap<>();
            List<GoldClaim> claims = new ArrayList<>();
            int i = 0;
            for (var e : raw.entrySet()) {
                claims.add(claim(e.getKey(), e.getValue(), where.get(i++), raw, dates));
            }
            return new GoldFile(path, Path.of(file).getFileName().toString(), outlet, published, List.copyOf(claims));
        }

        private GoldClaim claim(String id, Map<?, ?> c, String at, Map<String, Map<?, ?>> raw,
                                Map<String, GoldDate> dates) throws BadInputException {
            String kind = string(c.get("kind"), at + ".kind");
            if (!"event".equals(kind) && !"statement".equals(kind))
                throw fail(at + ".kind", "must be 'event' or 'statement', not " + quote(kind));
            String modality = string(c.get("modality"), at + ".modality");
            if (modality == null) modality = "asserted";
            if (!MODALITIES.contains(modality))
                throw fail(at + ".modality", "must be one of asserted, foiled, denied, alleged, planned, not " + quote(modality));
            String same = string(c.get("same_event_as"), at + ".same_event_as");
            if (same != null && !raw.containsKey(same)) throw fail(at + ".same_event_as", "names " + same + ", which is not a claim of this file");
            List<String> reportedBy = strings(c.get("reported_by"), at + ".reported_by");
            List<String> evidence = strings(c.get("evidence"), at + ".evidence");
            if (kind.equals("statement")) {
                return new GoldClaim(id, kind, null, List.of(), null, reportedBy, modality, same, evidence);
            }
            String type = string(c.get("event_type"), at + ".event_type");
            if (type == null || type.isBlank()) throw fail(at, "is an event without an event_type");
            List<GoldClaim.GoldPlace> places = new ArrayList<>();
            Object p = c.get("place");
            if (p != null && !(p instanceof List<?>)) throw fail(at + ".place", "must be a list of {ar, en} (empty: [])");
            if (p instanceof List<?> pl) {
                for (int k = 0; k < pl.size(); k++) {
                    String pat = at + ".place[" + (k + 1) + "]";
                    Map<?, ?> pm = map(pl.get(k), pat);
                    if (pm == null) throw fail(pat, "must be {ar: …, en: …}");
                    String ar = string(pm.get("ar"), pat + ".ar"), en = string(pm.get("en"), pat + ".en");
                    if ((ar == null || ar.isBlank()) && (en == null || en.isBlank())) throw fail(pat, "has neither ar nor en");
                    places.add(new GoldClaim.GoldPlace(ar == null ? "" : ar, en == null ? "" : en));
                }
            }
            GoldDate date = date(id, raw, dates, new ArrayList<>());
            return new GoldClaim(id, kind, type, List.copyOf(places), date, reportedBy, modality, same, evidence);
        }

        /**
         * The resolved date of claim {@code id}. A phrase that names exactly one claim and says "same" ("same
         * period as E4", "same day as E2") takes that claim's date; any other phrase is not checked.
         */
        private GoldDate date(String id, Map<String, Map<?, ?>> raw, Map<String, GoldDate> done, List<String> chain)
                throws BadInputException {
            GoldDate known = done.get(id);
            if (known != null) return known;
            String at = "claim " + id + ".date";
            if (chain.contains(id)) throw fail(at, "refers to itself through " + String.join(" → ", chain));
            Map<?, ?> d = map(raw.get(id).get("date"), at);
            if (d == null) throw fail(at, "is missing (write {ar: …, resolved: unknown} when the text gives none)");
            Object r = d.get("resolved");
            if (r == null) throw fail(at + ".resolved", "is missing (an ISO date, \"A/B\", \"unknown\" or a phrase)");
            GoldDate out;
            if (r instanceof Date) {
                LocalDate day = isoDate(r, at + ".resolved");
                out = GoldDate.range(day.toString(), day, day);
            } else if (!(r instanceof String s)) {
                throw fail(at + ".resolved", "must be text, not " + r);
            } else if (s.strip().equalsIgnoreCase("unknown")) {
                out = GoldDate.unknown(s);
            } else if (s.strip().matches("\\d{4}-\\d{2}-\\d{2}(/\\d{4}-\\d{2}-\\d{2})?")) {
                String[] ab = s.strip().split("/");
                LocalDate a = isoDate(ab[0], at + ".resolved"), b = ab.length > 1 ? isoDate(ab[1], at + ".resolved") : a;
                if (b.isBefore(a)) throw fail(at + ".resolved", "range " + s + " ends before it starts");
                out = GoldDate.range(s, a, b);
            } else if (s.strip().matches("\\d{4}-.*")) {
                throw fail(at + ".resolved", quote(s) + " is neither YYYY-MM-DD nor YYYY-MM-DD/YYYY-MM-DD");
            } else {
                Matcher m = CLAIM_ID.matcher(s);
                List<String> ids = new ArrayList<>();
                while (m.find()) ids.add(m.group(1));
                for (String ref : ids) {
                    if (!raw.containsKey(ref)) throw fail(at + ".resolved", quote(s) + " names " + ref + ", which is not a claim of this file");
                }
                if (ids.size() == 1 && s.toLowerCase().contains("same")) {
                    List<String> next = new ArrayList<>(chain);
                    next.add(id);
                    GoldDate ref = date(ids.get(0), raw, done, next);
                    out = new GoldDate(s, ref.status(), ref.start(), ref.end());
                } else {
                    out = GoldDate.unchecked(s);
                }
            }
            done.put(id, out);
            return out;
        }

        private LocalDate isoDate(Object v, String at) throws BadInputException {
            if (v instanceof Date d) return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();  // unquoted YAML date
            try {
                return LocalDate.parse(String.valueOf(v).strip());
            } catch (DateTimeParseException e) {
                throw fail(at, quote(String.valueOf(v)) + " is not an ISO date (YYYY-MM-DD)");
            }
        }

        private Map<?, ?> map(Object v, String at) throws BadInputException {
            if (v == null) return null;
            if (v instanceof Map<?, ?> m) return m;
            throw fail(at, "must be a mapping (key: value), not " + quote(String.valueOf(v)));
        }

        private String string(Object v, String at) throws BadInputException {
            if (v == null) return null;
            if (v instanceof String s) return s;
            if (v instanceof Number || v instanceof Boolean) return String.valueOf(v);
            if (v instanceof Date) return isoDate(v, at).toString();
            throw fail(at, "must be text, not a " + (v instanceof List ? "list" : "mapping"));
        }

        private List<String> strings(Object v, String at) throws BadInputException {
            if (v == null) return List.of();
            if (v instanceof String s) return List.of(s);
            if (!(v instanceof List<?> l)) throw fail(at, "must be a list of text");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                String s = string(l.get(i), at + "[" + (i + 1) + "]");
                if (s != null && !s.isBlank()) out.add(s);
            }
            return List.copyOf(out);
        }

        private BadInputException fail(String at, String problem) {
            return new BadInputException(name, at + " " + problem);
        }

        private static String quote(String s) { return s == null ? "nothing" : "'" + s + "'"; }
    }
}

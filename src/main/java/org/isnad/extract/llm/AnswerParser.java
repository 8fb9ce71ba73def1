package org.isnad.extract.llm;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.isnad.extract.ToldEvent;

/**
 * Reads the model's answer: {@code {"events": [...]}} (or a bare list), each event an object with the fields the
 * prompt asks for. Models often wrap JSON in a markdown fence; that is taken off. Anything else is malformed:
 * {@link MalformedAnswer}, with what was wrong.
 */
final class AnswerParser {

    private AnswerParser() {}

    /** An answer that is not the JSON asked for. */
    static final class MalformedAnswer extends Exception {
        MalformedAnswer(String message) { super(message); }
    }

    static List<ToldEvent> parse(String answer) throws MalformedAnswer {
        String json = unfenced(answer);
        JsonValue v;
        try {
            v = JSON.parseAny(json);
        } catch (RuntimeException e) {
            throw new MalformedAnswer("not JSON (" + firstLine(e.getMessage()) + ")");
        }
        JsonArray events;
        if (v.isArray()) events = v.getAsArray();
        else if (v.isObject() && v.getAsObject().hasKey("events") && v.getAsObject().get("events").isArray())
            events = v.getAsObject().get("events").getAsArray();
        else throw new MalformedAnswer("neither {\"events\": [...]} nor a list");
        List<ToldEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!events.get(i).isObject()) throw new MalformedAnswer("event " + (i + 1) + " is not an object");
            out.add(event(events.get(i).getAsObject(), i + 1));
        }
        return out;
    }

    private static ToldEvent event(JsonObject o, int n) throws MalformedAnswer {
        return new ToldEvent(text(o, "type", n), text(o, "evidence", n), text(o, "place", n), text(o, "date", n),
                text(o, "actor", n), text(o, "target", n), text(o, "reported_by", n), text(o, "modality", n),
                count(o, "killed", n), count(o, "wounded", n));
    }

    /** A string field; missing or null is ""; a list of strings is joined ("place": ["قرية …", "ريف …"]). */
    private static String text(JsonObject o, String key, int n) throws MalformedAnswer {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return "";
        if (v.isString()) return v.getAsString().value();
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonValue x : v.getAsArray()) {
                if (!x.isString()) throw new MalformedAnswer("event " + n + ": \"" + key + "\" is not text");
                parts.add(x.getAsString().value());
            }
            return String.join(" ", parts);
        }
        throw new MalformedAnswer("event " + n + ": \"" + key + "\" is not text");
    }

    /** A count: a whole number, or a string of digits; missing, null or "" is none. */
    private static Integer count(JsonObject o, String key, int n) throws MalformedAnswer {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) {
            java.math.BigDecimal d = new java.math.BigDecimal(v.getAsNumber().value().toString());
            try {
                int x = d.intValueExact();
                if (x >= 0) return x;
            } catch (ArithmeticException e) {
                // falls through to the error
            }
        } else if (v.isString()) {
            String s = v.getAsString().value().strip();
            if (s.isEmpty()) return null;
            if (s.matches("\\d{1,6}")) return Integer.parseInt(s);
        }
        throw new MalformedAnswer("event " + n + ": \"" + key + "\" is not a count");
    }

    /** The JSON inside a ```json … ``` fence, or the answer itself. */
    static String unfenced(String answer) {
        String s = answer.strip();
        if (!s.startsWith("```")) return s;
        int open = s.indexOf('\n');
        int close = s.lastIndexOf("```");
        return open < 0 || close <= open ? s : s.substring(open + 1, close).strip();
    }

    private static String firstLine(String s) {
        if (s == null) return "no detail";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

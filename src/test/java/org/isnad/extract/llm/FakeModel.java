package org.isnad.extract.llm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * An OpenAI-compatible chat endpoint on 127.0.0.1 (an ephemeral port) for the tests: it answers every
 * {@code POST /v1/chat/completions} with what {@code answer} makes of the request body, as {@code choices[0]
 * .message.content}, or with the status {@link #status} when that is not 200. It records what it was sent.
 */
public final class FakeModel implements AutoCloseable {

    final HttpServer server;
    final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    volatile int status = 200;
    volatile Function<String, String> answer;

    public FakeModel(Function<String, String> answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            authorizations.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
            byte[] out = (status == 200 ? completion(this.answer.apply(body)) : "{\"error\":\"model not loaded\"}")
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(status, out.length);
            x.getResponseBody().write(out);
            x.close();
        });
        server.start();
    }

    /** The base URL, as ISNAD_LLM_ENDPOINT takes it. */
    public String endpoint() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1"; }

    public int calls() { return bodies.size(); }

    static String completion(String content) {
        JsonObject message = new JsonObject();
        message.put("role", "assistant");
        message.put("content", content);
        JsonObject choice = new JsonObject();
        choice.put("index", 0);
        choice.put("message", message);
        JsonArray choices = new JsonArray();
        choices.add(choice);
        JsonObject o = new JsonObject();
        o.put("choices", choices);
        return o.toString();
    }

    /** One event of an answer, as the prompt asks for it. */
    public static JsonObject event(String type, String evidence, String place, String date, String actor, String reportedBy,
                            String modality, Integer killed, Integer wounded) {
        JsonObject e = new JsonObject();
        e.put("type", type);
        e.put("evidence", evidence);
        e.put("place", place);
        e.put("date", date);
        e.put("actor", actor);
        e.put("target", "");
        e.put("reported_by", reportedBy);
        e.put("modality", modality);
        if (killed != null) e.put("killed", killed);
        if (wounded != null) e.put("wounded", wounded);
        return e;
    }

    public static String answer(JsonObject... events) {
        JsonArray a = new JsonArray();
        for (JsonObject e : events) a.add(e);
        JsonObject o = new JsonObject();
        o.put("events", a);
        return o.toString();
    }

    @Override
    public void close() { server.stop(0); }
}

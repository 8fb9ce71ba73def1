package org.isnad.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update, refusing with 400 an update that would read from elsewhere (LOAD, SERVICE; see
 * {@link LocalOnly}) before any of it runs. The request is read whole to be checked, then handed on as it
 * came; one that does not parse is left to Fuseki, which says where it fails.
 */
final class LocalUpdate extends SPARQL_Update {

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        List<String> why = refusals(new String(body, StandardCharsets.UTF_8));
        if (!why.isEmpty()) ServletOps.errorBadRequest(String.join("\n", why));
        super.execute(action, new ByteArrayInputStream(body));
    }

    private static List<String> refusals(String update) {
        UpdateRequest parsed;
        try {
            // as Fuseki parses it (ARQ syntax, a placeholder base), so what one parses the other does
            parsed = UpdateFactory.create(update, "http://server/unset-base/", Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return List.of();
        }
        return LocalOnly.refusals(parsed);
    }
}

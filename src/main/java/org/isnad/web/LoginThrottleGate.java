package org.isnad.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of the password check: a request that carries credentials from an address {@link LoginThrottle}
 * has shut out is answered 429 with {@code Retry-After}, before Jetty looks at the password. Requests
 * without credentials (queries, pages) pass whatever the address did.
 */
public final class LoginThrottleGate extends Handler.Wrapper {
    private final LoginThrottle throttle;

    public LoginThrottleGate(LoginThrottle throttle, Handler next) {
        super(next);
        this.throttle = throttle;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getHeaders().contains(HttpHeader.AUTHORIZATION)) {
            long wait = throttle.retryAfterSeconds(Request.getRemoteAddr(request));
            if (wait > 0) {
                response.setStatus(429);
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(wait));
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                // the request body is left unread, so the connection cannot carry another request
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                String message = "Too many wrong passwords from " + Request.getRemoteAddr(request)
                        + ": try again in " + wait + " s.\n";
                response.write(true, ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        }
        return super.handle(request, response, callback);
    }
}

package org.isnad.web;

import java.util.function.Function;

import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.component.ContainerLifeCycle;

/**
 * A login service that tells {@link LoginThrottle} how each password check of an address went, and checks
 * none while the address is shut out (so even a request that slipped past {@link LoginThrottleGate} cannot
 * guess). The wrapped service is managed here, so it starts and stops with this one.
 */
public final class ThrottledLoginService extends ContainerLifeCycle implements LoginService {
    private final LoginService delegate;
    private final LoginThrottle throttle;

    public ThrottledLoginService(LoginService delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
        addBean(delegate, true);
    }

    @Override
    public UserIdentity login(String user, Object credentials, Request request, Function<Boolean, Session> session) {
        String address = request == null ? null : Request.getRemoteAddr(request);
        if (address != null && throttle.retryAfterSeconds(address) > 0) return null;
        UserIdentity identity = delegate.login(user, credentials, request, session);
        if (address != null) {
            if (identity == null) throttle.failed(address);
            else throttle.succeeded(address);
        }
        return identity;
    }

    @Override public String getName() { return delegate.getName(); }
    @Override public boolean validate(UserIdentity user) { return delegate.validate(user); }
    @Override public IdentityService getIdentityService() { return delegate.getIdentityService(); }
    @Override public void setIdentityService(IdentityService service) { delegate.setIdentityService(service); }
    @Override public void logout(UserIdentity user) { delegate.logout(user); }
}

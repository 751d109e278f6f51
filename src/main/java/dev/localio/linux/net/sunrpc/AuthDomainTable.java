package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.Kernel;
import java.util.HashMap;
import java.util.Map;

/**
 * One kernel's table of auth domains, keyed by name. Finding a name returns the live domain with
 * a new reference, or a new domain; the last {@code auth_domain_put()} removes it.
 *
 * <p>Models net/sunrpc/svcauth.c and svcauth_unix.c: {@code auth_domain_table},
 * {@code auth_domain_lookup()}, {@code auth_domain_find()}, {@code unix_domain_find()}.
 */
public final class AuthDomainTable {

    private final Kernel kernel;
    private final Map<String, AuthDomain> authDomainTable = new HashMap<>();

    public AuthDomainTable(Kernel kernel) {
        this.kernel = kernel;
    }

    /**
     * {@code unix_domain_find()}: the domain called {@code name}, with a reference for the caller;
     * created if it does not exist.
     */
    public AuthDomain unixDomainFind(String name) {
        synchronized (authDomainTable) {
            AuthDomain dom = authDomainTable.get(name);
            if (dom != null && dom.ref().krefGetUnlessZero()) {
                return dom;
            }
            AuthDomain created = new AuthDomain(kernel, name, RpcAuthFlavor.RPC_AUTH_UNIX, this::unhash);
            authDomainTable.put(name, created);
            return created;
        }
    }

    /** {@code auth_domain_find()}: the live domain called {@code name} with a reference, or null. */
    public AuthDomain authDomainFind(String name) {
        synchronized (authDomainTable) {
            AuthDomain dom = authDomainTable.get(name);
            return dom != null && dom.ref().krefGetUnlessZero() ? dom : null;
        }
    }

    private void unhash(AuthDomain dom) {
        synchronized (authDomainTable) {
            authDomainTable.remove(dom.name(), dom);
        }
    }
}

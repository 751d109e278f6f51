package dev.localio.linux.net.sunrpc;

import java.util.Objects;

/**
 * A named set of clients that exports are granted to (an {@code /etc/exports} client such as
 * {@code 127.0.0.1} or {@code *.example.com}). The server's program hook puts the caller's domain into
 * {@link SvcRqst#setRqClient}; LOCALIO keeps a reference to the domain captured during UUID_IS_LOCAL and
 * uses it for every later local open.
 *
 * <p>The domain is reference counted: {@link #authDomainGet()} takes a reference, {@link #authDomainPut()}
 * drops one, and the last put releases it. Using it after release is a bug and fails fast.
 *
 * <p>Models include/linux/sunrpc/svcauth.h: {@code struct auth_domain} ({@code ref}, {@code name},
 * {@code flavour}); net/sunrpc/svcauth.c: {@code auth_domain_put()}.
 */
public final class AuthDomain {

    private final String name;
    private final RpcAuthFlavor flavour;
    // Guarded by this.
    private int ref = 1;

    /** A new domain holding one reference, the creator's. */
    public AuthDomain(String name, RpcAuthFlavor flavour) {
        this.name = Objects.requireNonNull(name, "name");
        this.flavour = Objects.requireNonNull(flavour, "flavour");
    }

    /** The domain's name. */
    public String name() {
        return name;
    }

    /** The flavor of domain: AUTH_UNIX for IP-address based clients, a GSS flavor for principals. */
    public RpcAuthFlavor flavour() {
        return flavour;
    }

    /**
     * Takes one more reference. Models {@code kref_get(&dom->ref)}.
     *
     * @throws IllegalStateException if the domain was released (refcount_t: addition on 0; use-after-free)
     */
    public synchronized AuthDomain authDomainGet() {
        if (ref == 0) {
            throw new IllegalStateException("refcount_t: addition on 0; use-after-free of auth_domain " + name);
        }
        ref++;
        return this;
    }

    /**
     * Drops one reference; the last one releases the domain. Models {@code auth_domain_put()}.
     *
     * @throws IllegalStateException on a put without a reference (refcount_t: underflow)
     */
    public synchronized void authDomainPut() {
        if (ref == 0) {
            throw new IllegalStateException("refcount_t: underflow; use-after-free of auth_domain " + name);
        }
        ref--;
    }

    /** References held now. */
    public synchronized int refcount() {
        return ref;
    }

    /** Whether the last reference was dropped. */
    public synchronized boolean isReleased() {
        return ref == 0;
    }

    @Override
    public String toString() {
        return "auth_domain(" + name + ")";
    }
}

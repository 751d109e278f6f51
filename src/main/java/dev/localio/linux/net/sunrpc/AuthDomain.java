package dev.localio.linux.net.sunrpc;

import dev.localio.linux.kernel.KasanObject;
import dev.localio.linux.kernel.Kernel;
import dev.localio.linux.kernel.Kref;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The server's name for a set of clients (an exports(5) client specification such as {@code *}
 * or {@code 127.0.0.1}): what a request's {@code rq_client} points to and what exports are keyed
 * by. A program's authorisation hook puts the caller's domain into {@link SvcRqst#setRqClient};
 * LOCALIO keeps a reference to the domain captured during UUID_IS_LOCAL and uses it for every
 * later local open.
 *
 * <p>Reference counted with the kernel's {@link Kref}: {@code kref_get(&dom->ref)} is
 * {@code ref().krefGet()}, {@link #authDomainPut()} drops one, and the last put unhashes the
 * domain from its table and frees it. KASAN-tracked: touching a freed domain is a use-after-free
 * report, a get on zero or a put below zero is refcount_t's WARN.
 *
 * <p>Models include/linux/sunrpc/svcauth.h and net/sunrpc/svcauth.c: {@code struct auth_domain}
 * ({@code ref}, {@code name}, {@code flavour}), {@code auth_domain_put()}.
 */
public final class AuthDomain extends KasanObject {

    private final String name;
    private final RpcAuthFlavor flavour;
    private final Kref ref;
    private final Consumer<AuthDomain> release;

    /**
     * A domain with one reference, owned by the caller; {@code release} unhashes it from the table
     * that made it ({@link AuthDomainTable}).
     */
    AuthDomain(Kernel kernel, String name, RpcAuthFlavor flavour, Consumer<AuthDomain> release) {
        super(kernel, "struct auth_domain \"" + name + "\"");
        this.name = Objects.requireNonNull(name, "name");
        this.flavour = Objects.requireNonNull(flavour, "flavour");
        this.ref = new Kref(kernel, "auth_domain " + name);
        this.release = release;
    }

    /** {@code dom->name}. */
    public String name() {
        kasanCheck("dom->name");
        return name;
    }

    /**
     * {@code dom->flavour}: AUTH_UNIX for the address-based domains of exports(5), a GSS flavor for
     * principals.
     */
    public RpcAuthFlavor flavour() {
        kasanCheck("dom->flavour");
        return flavour;
    }

    /** {@code dom->ref}: take a reference with {@code kref_get(&dom->ref)}. */
    public Kref ref() {
        kasanCheck("dom->ref");
        return ref;
    }

    /** {@code kref_read(&dom->ref)}: references held now. */
    public int refcount() {
        return ref().krefRead();
    }

    /** {@code auth_domain_put()}: drops a reference; the last one unhashes and frees the domain. */
    public void authDomainPut() {
        ref().krefPut(this, d -> {
            release.accept(d);
            d.kfree();
        });
    }

    @Override
    public String toString() {
        return "auth_domain " + name + (isFreed() ? " (freed)" : "");
    }
}

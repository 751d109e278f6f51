package dev.localio.linux;

import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.kernel.ErrPtr;
import dev.localio.linux.kernel.Errno;
import dev.localio.linux.net.Net;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions in LOCALIO's terms: {@code assertThat(open).failsWith(ENXIO)},
 * {@code assertThat(uuid).isLocalTo(net)}. One entry point, as AssertJ's own {@code Assertions}.
 */
public final class LocalioAssertions {

    private LocalioAssertions() {
    }

    public static ErrPtrAssert assertThat(ErrPtr<?> actual) {
        return new ErrPtrAssert(actual);
    }

    public static NfsUuidAssert assertThat(NfsUuid actual) {
        return new NfsUuidAssert(actual);
    }

    /** Assertions on a kernel-style pointer-or-error result. */
    public static final class ErrPtrAssert extends AbstractAssert<ErrPtrAssert, ErrPtr<?>> {

        ErrPtrAssert(ErrPtr<?> actual) {
            super(actual, ErrPtrAssert.class);
        }

        /** The result is {@code ERR_PTR(-errno)}. */
        public ErrPtrAssert failsWith(Errno errno) {
            isNotNull();
            if (!actual.isErr()) {
                failWithMessage("expected ERR_PTR(-%s) but got the pointer %s", errno, actual.value());
            } else if (actual.errno() != errno) {
                failWithMessage("expected ERR_PTR(-%s) but got ERR_PTR(-%s)", errno, actual.errno());
            }
            return this;
        }

        /** The result is a valid pointer. */
        public ErrPtrAssert succeeds() {
            isNotNull();
            if (actual.isErr()) {
                failWithMessage("expected a pointer but got ERR_PTR(-%s)", actual.errno());
            }
            return this;
        }
    }

    /** Assertions on a client's LOCALIO state. */
    public static final class NfsUuidAssert extends AbstractAssert<NfsUuidAssert, NfsUuid> {

        NfsUuidAssert(NfsUuid actual) {
            super(actual, NfsUuidAssert.class);
        }

        /** The server of {@code net} confirmed the client: net and dom are set. */
        public NfsUuidAssert isLocalTo(Net net) {
            isNotNull();
            if (actual.netAccess() != net) {
                failWithMessage("expected the client to be local to %s but its net is %s", net,
                        actual.netAccess());
            }
            if (actual.dom() == null) {
                failWithMessage("expected the client to hold an auth_domain");
            }
            return this;
        }

        /** No server holds the client: net is NULL and it is on no list. */
        public NfsUuidAssert isNotLocal() {
            isNotNull();
            if (actual.netAccess() != null || actual.onList() != null) {
                failWithMessage("expected the client not to be local but net=%s, list=%s",
                        actual.netAccess(), actual.onList());
            }
            return this;
        }
    }
}

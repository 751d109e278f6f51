package dev.localio.linux.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the kernel symbol an element of the model models, and the file of the v6.12 tree it lives
 * in: {@code @KernelSymbol(value = "nfs_uuid_begin()", file = "fs/nfs_common/nfslocalio.c")} on
 * {@code NfsUuid.nfsUuidBegin()}. {@link KernelSymbols} collects them from the classes, so the list of
 * what the model covers is read from the code and never kept by hand.
 *
 * <p>{@link #value()} is the symbol as a reader of the kernel writes it: a function with {@code ()}
 * ({@code nfsd_serv_try_get()}), a type ({@code struct nfsd_net}, {@code nfs_uuid_t}), a field as
 * reached ({@code nn->nfsd_serv}) or bare ({@code cl_uuid}), a constant ({@code UUID_SIZE},
 * {@code -ENXIO}), a Kconfig symbol ({@code CONFIG_NFS_LOCALIO}) or a module parameter
 * ({@code nfs.localio_enabled}). One symbol has one Java home; an element may model several
 * spellings of it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
@Repeatable(KernelSymbol.List.class)
public @interface KernelSymbol {

    /** The symbol as the kernel's reader writes it. */
    String value();

    /** Where it lives, relative to the root of the kernel tree at v6.12 ({@code fs/nfsd/netns.h}). */
    String file();

    /** The container of a repeated {@link KernelSymbol}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
    @interface List {
        KernelSymbol[] value();
    }
}

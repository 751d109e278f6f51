package dev.localio.steps;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.localio.check.PageDefaults;
import dev.localio.linux.Host;
import dev.localio.linux.fs.nfs_common.NfsUuid;
import dev.localio.linux.fs.nfsd.ExportOptions;
import dev.localio.linux.kernel.Kconfig;
import dev.localio.linux.kernel.KernelSymbols;
import dev.localio.linux.net.sunrpc.RpcAuth;
import dev.localio.linux.net.sunrpc.SvcVersion;
import dev.localio.linux.net.sunrpc.xdr.Nfs;

/**
 * The values the page's prose states as facts ({@code fact:NAME[VALUE]}), by name, each read from the
 * model (or, for the page's own defaults, from the harness's {@link PageDefaults}) and never written
 * here as a literal: a changed constant in the model shows up as a wrong fact on the page.
 *
 * <p>Values that only a running kernel knows (the length of nfsd's LOCALIO procedure table, the NFS
 * module's parameters as it loads) come from one host the model boots, once per JVM, and closes.
 * A fact whose page value is a word ("one real procedure") is compared as the number it names.
 */
final class ModelFacts {

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private static volatile Map<String, String> facts;

    private ModelFacts() {
    }

    /** Every fact name, with the model's value as the page should read it. */
    static Map<String, String> all() {
        Map<String, String> known = facts;
        if (known == null) {
            synchronized (ModelFacts.class) {
                known = facts;
                if (known == null) {
                    known = read();
                    facts = known;
                }
            }
        }
        return known;
    }

    private static Map<String, String> read() {
        Map<String, String> f = new TreeMap<>();
        f.put("localio.program", String.valueOf(Nfs.NFS_LOCALIO_PROGRAM));
        f.put("localio.version", String.valueOf(Nfs.LOCALIO_V1));
        f.put("localio.proc.null", String.valueOf(Nfs.LOCALIOPROC_NULL));
        f.put("localio.proc.uuid_is_local", String.valueOf(Nfs.LOCALIOPROC_UUID_IS_LOCAL));
        f.put("uuid.size", String.valueOf(NfsUuid.UUID_SIZE));
        f.put("fh.max", String.valueOf(Nfs.NFS4_FHSIZE));
        f.put("auth_unix.max_groups", String.valueOf(RpcAuth.UNX_NGROUPS));
        f.put("export.anonuid", String.valueOf(ExportOptions.defaults().anonUid()));
        f.put("page.export_options", String.join(", ", PageDefaults.EXPORT_OPTIONS.split(",")));
        f.put("page.alice.uid", String.valueOf(PageDefaults.ALICE.fsuid()));
        f.put("page.carol.uid", String.valueOf(PageDefaults.CAROL.fsuid()));
        f.put("page.carol.groups", String.valueOf(PageDefaults.CAROL.groups().size()));
        try (Host host = Host.builder("facts").kconfig(Kconfig.LOCALIO).build()) {
            SvcVersion v1 = host.subsystems().nfsd().localio().localioVersion1(host.subsystems().netns().initNet());
            f.put("localio.version1.procedures", String.valueOf(v1.vsNproc()));
            // NULL, the ping every RPC program has, is not one of the program's own.
            f.put("localio.real_procedures", String.valueOf(v1.vsNproc() - 1));
            f.put("nfs.localio_enabled.default", host.subsystems().nfs().localioEnabled() ? "Y" : "N");
        }
        return Collections.unmodifiableMap(f);
    }

    /**
     * Null if the page's {@code value} for {@code name} is the model's, else why not, as the page's
     * reader should read it.
     *
     * @throws IllegalArgumentException for a name the model has no fact for, with the closest names
     */
    static String check(String name, String value) {
        String model = all().get(name);
        if (model == null) {
            throw new IllegalArgumentException("no fact " + name + " in the model; did you mean "
                    + String.join(", ", KernelSymbols.closest(name, all().keySet(), 3)) + "?");
        }
        return normal(value).equals(normal(model)) ? null : "the page says " + value + ", the model has " + model;
    }

    /** A small number written as a word reads as its digits; lists compare item by item. */
    private static String normal(String text) {
        int word = WORDS.indexOf(text.strip().toLowerCase(Locale.ROOT));
        if (word >= 0) {
            return String.valueOf(word);
        }
        return Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.joining(","));
    }
}

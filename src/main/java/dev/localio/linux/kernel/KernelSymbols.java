package dev.localio.linux.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.regex.Pattern;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The index from kernel symbols to the elements of the model that model them, read from the
 * {@link KernelSymbol} annotations of every class under {@value #ROOT} on the class path: nothing
 * here is kept by hand, so a method that loses its annotation leaves the index with it.
 *
 * <p>A symbol claimed by two elements is a conflict: the index refuses it, naming both, since a
 * reader following the symbol must land in one place.
 */
public final class KernelSymbols {

    /** The model's root package: every class below it is read. */
    public static final String ROOT = "dev.localio.linux";

    /** A path in the kernel tree: a top-level directory of linux.git, then a path inside it. */
    public static final Pattern KERNEL_PATH = Pattern.compile(
            "(Documentation|arch|block|crypto|drivers|fs|include|init|ipc|kernel|lib|mm|net|security|sound|virt)"
                    + "(/[A-Za-z0-9_.+-]+)*/?");

    /**
     * One symbol and its Java home.
     *
     * @param symbol  as the kernel's reader writes it
     * @param file    its file in the v6.12 tree
     * @param element the Java element, as {@code fs.nfs_common.NfsUuid.nfsUuidBegin()} (relative to {@value #ROOT})
     * @param type    the class that declares it, for a link to its source
     */
    public record Entry(String symbol, String file, String element, Class<?> type) {
    }

    private static volatile KernelSymbols model;

    private final Map<String, Entry> bySymbol;

    private KernelSymbols(Map<String, Entry> bySymbol) {
        this.bySymbol = Collections.unmodifiableMap(bySymbol);
    }

    /** The index of the model as compiled, read once. */
    public static KernelSymbols model() {
        KernelSymbols index = model;
        if (index == null) {
            synchronized (KernelSymbols.class) {
                index = model;
                if (index == null) {
                    index = of(modelClasses());
                    model = index;
                }
            }
        }
        return index;
    }

    /**
     * The index of {@code classes} (their members and nested classes' are read too, if listed).
     *
     * @throws IllegalStateException if two elements claim one symbol
     */
    public static KernelSymbols of(List<Class<?>> classes) {
        Map<String, Entry> index = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Class<?> type : classes) {
            add(index, conflicts, type, type, "");
            for (Field f : type.getDeclaredFields()) {
                add(index, conflicts, f, type, "." + f.getName());
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                add(index, conflicts, c, type, ".<init>()");
            }
            for (Method m : type.getDeclaredMethods()) {
                add(index, conflicts, m, type, "." + m.getName() + "()");
            }
        }
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("kernel symbols with two Java homes: " + String.join("; ", conflicts));
        }
        return new KernelSymbols(index);
    }

    private static void add(Map<String, Entry> index, List<String> conflicts, AnnotatedElement element, Class<?> type,
                            String member) {
        if (element instanceof Member m && m.isSynthetic()) {
            return;
        }
        for (KernelSymbol symbol : element.getAnnotationsByType(KernelSymbol.class)) {
            Entry entry = new Entry(symbol.value(), symbol.file(), javaName(type) + member, type);
            Entry earlier = index.putIfAbsent(symbol.value(), entry);
            if (earlier != null) {
                conflicts.add(symbol.value() + " is modelled by " + earlier.element() + " (" + earlier.file() + ") and by "
                        + entry.element() + " (" + entry.file() + ")");
            }
        }
    }

    /** A class's name below {@value #ROOT}, nested classes joined by dots. */
    private static String javaName(Class<?> type) {
        String name = type.getName().replace('$', '.');
        return name.startsWith(ROOT + ".") ? name.substring(ROOT.length() + 1) : name;
    }

    /** Every entry, by file, then symbol. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(bySymbol.values());
        all.sort(Comparator.comparing(Entry::file).thenComparing(Entry::symbol));
        return all;
    }

    /** What models {@code symbol}, written exactly as its annotation writes it. */
    public Optional<Entry> find(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    /** Up to {@code n} known symbols closest to {@code symbol} by edit distance, closest first. */
    public List<String> closest(String symbol, int n) {
        return closest(symbol, bySymbol.keySet(), n);
    }

    /** Up to {@code n} of {@code names} closest to {@code name} by edit distance, closest first, then by name. */
    public static List<String> closest(String name, java.util.Collection<String> names, int n) {
        return names.stream()
                .sorted(Comparator.comparingInt((String k) -> distance(name, k)).thenComparing(k -> k))
                .limit(n).toList();
    }

    /** Levenshtein's distance: insertions, deletions and substitutions of one character each cost one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Every class under {@value #ROOT} in the class-path entry this class was loaded from, a directory
     * or a jar: the model's own classes, not tests that share its packages.
     */
    static List<Class<?>> modelClasses() {
        String path = ROOT.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Path home = Path.of(KernelSymbols.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(home)) {
                Path dir = home.resolve(path);
                try (Stream<Path> files = Files.walk(dir)) {
                    files.map(p -> home.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                            .filter(p -> p.endsWith(".class"))
                            .forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(home.toFile())) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        if (e.getName().startsWith(path + "/") && e.getName().endsWith(".class")) {
                            names.add(e.getName());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the model's classes", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the model's classes", e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            String binary = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            if (binary.endsWith("package-info") || binary.endsWith("module-info")) {
                continue;
            }
            try {
                classes.add(Class.forName(binary, false, KernelSymbols.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load the model's class " + binary, e);
            }
        }
        return classes;
    }
}

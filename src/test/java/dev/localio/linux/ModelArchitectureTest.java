package dev.localio.linux;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The model's dependency arrows, as the kernel's linkage has them: primitives below, nfs_common
 * between client and server, nfs_common never reaching nfsd except through {@code nfs_to}, and
 * no documentation toolchain anywhere in the model. In the machine layer the arrows run from owner
 * to owned only.
 */
class ModelArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.localio.linux");

    @Test
    void the_model_imports_no_cucumber_asciidoctor_or_toolchain() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.cucumber..", "org.asciidoctor..", "dev.livingdocs..")
                .check(MODEL);
    }

    @Test
    void kernel_primitives_depend_on_nothing_else_of_the_model() {
        noClasses().that().resideInAnyPackage("dev.localio.linux.kernel..", "dev.localio.linux.lib..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.localio.linux.net..",
                        "dev.localio.linux.fs..")
                .check(MODEL);
    }

    @Test
    void nfs_common_reaches_nfsd_only_through_the_operations_table() {
        noClasses().that().resideInAPackage("dev.localio.linux.fs.nfs_common..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.localio.linux.fs.nfsd..",
                        "dev.localio.linux.fs.nfs")
                .check(MODEL);
    }

    @Test
    void the_nfs_client_reaches_nfsd_only_through_nfs_common_and_knows_no_host() {
        noClasses().that().resideInAPackage("dev.localio.linux.fs.nfs")
                .should().dependOnClassesThat().resideInAnyPackage("dev.localio.linux.fs.nfsd..",
                        "dev.localio.linux")
                .check(MODEL);
    }

    @Test
    void nfsd_does_not_know_the_host_or_the_client() {
        noClasses().that().resideInAPackage("dev.localio.linux.fs.nfsd..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.localio.linux",
                        "dev.localio.linux.fs.nfs")
                .check(MODEL);
    }

    @Test
    void the_network_layer_does_not_know_the_filesystems() {
        noClasses().that().resideInAnyPackage("dev.localio.linux.net..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.localio.linux.fs..")
                .check(MODEL);
    }

    /**
     * In the machine layer (the classes of {@code dev.localio.linux} itself) a class that makes another
     * owns it, and so does whatever owns the maker: a host owns its containers, a container its nfsd, an
     * nfsd its mountd. An owned class is handed what it needs; it never reaches back up to an owner.
     */
    @Test
    void no_machine_class_depends_on_a_class_that_owns_it() {
        Map<String, Set<String>> owners = owners(machineLayer());
        List<String> violations = new ArrayList<>();
        for (JavaClass c : machineLayer()) {
            Set<String> ownersOfC = owners.getOrDefault(topLevel(c).getName(), Set.of());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = topLevel(d.getTargetClass()).getName();
                if (ownersOfC.contains(target)) {
                    violations.add(topLevel(c).getSimpleName() + " depends on " + topLevel(d.getTargetClass()).getSimpleName()
                            + ", which owns it: " + d.getDescription());
                }
            }
        }
        assertThat(violations).as("machine classes that reach back up to an owner").isEmpty();
    }

    /** Guards the rule above against passing for want of owners: the ownership it sees is the real one. */
    @Test
    void the_machine_layer_owners_are_found_from_who_makes_whom() {
        Map<String, Set<String>> owners = owners(machineLayer());
        assertThat(owners.get(Mountd.class.getName())).containsExactlyInAnyOrder(NfsdInstance.class.getName(),
                Container.class.getName(), Host.class.getName());
        assertThat(owners.get(Container.class.getName())).containsExactly(Host.class.getName());
        assertThat(owners.get(Subsystems.class.getName())).containsExactly(Host.class.getName());
        assertThat(owners).doesNotContainKeys(Host.class.getName(), Network.class.getName());
    }

    private static List<JavaClass> machineLayer() {
        return MODEL.stream().filter(c -> c.getPackageName().equals("dev.localio.linux")).toList();
    }

    /**
     * Every machine class's owners, by name: who calls its constructor, and their owners in turn. Nested,
     * local and anonymous classes count as their top-level class.
     */
    private static Map<String, Set<String>> owners(List<JavaClass> layer) {
        Map<String, Set<String>> makers = new TreeMap<>();
        for (JavaClass c : layer) {
            for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                JavaClass made = topLevel(call.getTargetOwner());
                JavaClass maker = topLevel(c);
                if (made.getPackageName().equals("dev.localio.linux") && !made.equals(maker)) {
                    makers.computeIfAbsent(made.getName(), k -> new TreeSet<>()).add(maker.getName());
                }
            }
        }
        Map<String, Set<String>> owners = new TreeMap<>();
        for (String owned : makers.keySet()) {
            Set<String> all = new TreeSet<>();
            List<String> todo = new ArrayList<>(makers.get(owned));
            while (!todo.isEmpty()) {
                String o = todo.remove(todo.size() - 1);
                if (!o.equals(owned) && all.add(o)) {
                    todo.addAll(makers.getOrDefault(o, Set.of()));
                }
            }
            owners.put(owned, all);
        }
        return owners;
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}

package dev.localio.linux.net.sunrpc;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The RPC layer knows no NFS, and Grizzly stays behind the socket glue. */
class SunrpcLayeringTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        // Only this package is checked: resolving every library class it touches takes seconds for nothing.
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.localio.linux.net.sunrpc");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void the_rpc_core_does_not_depend_on_the_nfs_wire_types() {
        noClasses().that().resideInAPackage("dev.localio.linux.net.sunrpc")
                .should().dependOnClassesThat().resideInAPackage("dev.localio.linux.net.sunrpc.xdr..")
                .check(main);
    }

    @Test
    void only_the_socket_glue_touches_grizzly() {
        noClasses().that().resideInAPackage("dev.localio.linux.net.sunrpc..")
                .and().haveNameNotMatching(".*\\.SvcSock(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("org.glassfish.grizzly..")
                .check(main);
    }
}

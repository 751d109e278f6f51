package dev.localio.linux;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The model's dependency arrows, as the kernel's linkage has them: primitives below, nfs_common
 * between client and server, nfs_common never reaching nfsd except through {@code nfs_to}, and
 * no documentation toolchain anywhere in the model.
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
}

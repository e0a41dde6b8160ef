package dev.annals.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.annals");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("dev.annals.model..")
                .layer("logic").definedBy("dev.annals.logic..")
                .layer("persistence").definedBy("dev.annals.persistence..")
                .layer("ui").definedBy("dev.annals.ui..")
                .layer("cli").definedBy("dev.annals.cli..")
                .layer("app").definedBy("dev.annals.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("app")
                .whereLayer("logic").mayOnlyBeAccessedByLayers("persistence", "ui", "cli", "app")
                .check(classes);
    }

    @Test
    void modelIsPureJava() {
        noClasses().that().resideInAPackage("dev.annals.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.annals.model..", "java..")
                .check(classes);
    }

    @Test
    void logicUsesNeitherJavaFxNorJdbc() {
        noClasses().that().resideInAPackage("dev.annals.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..", "org.fxmisc..", "atlantafx..")
                .check(classes);
    }

    @Test
    void onlyPersistenceUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("dev.annals.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses().that().resideInAnyPackage("dev.annals.model..", "dev.annals.logic..", "dev.annals.persistence..", "dev.annals.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("dev.annals.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void viewModelsTakeNarrowServicesNotStoresOrTheWholeSession() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.annals.logic.LibrarySession")
                .check(classes);
    }

    @Test
    void theUiHearsOfChangesOnlyThroughTheFxThreadAdapter() {
        noClasses().that().resideInAPackage("dev.annals.ui..").and().doNotHaveSimpleName("FxLibraryChanges")
                .should().callMethod("dev.annals.logic.changes.LibraryChanges", "subscribe", "java.util.function.Consumer")
                .check(classes);
    }

    @Test
    void benchmarkAndHeadlessTestToolsAreNotPartOfTheProduct() {
        assertThat(classes.stream().map(c -> c.getPackageName())).noneMatch(p -> p.startsWith("dev.annals.bench"));
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.annals.bench..", "org.testfx..", "com.sun.glass.ui.monocle..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.annals.(**)").should().beFreeOfCycles().check(classes);
    }
}

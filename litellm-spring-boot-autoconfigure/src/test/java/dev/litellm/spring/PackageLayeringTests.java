package dev.litellm.spring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Tests that the packages keep their layers: the auto-configuration on the key API, the key API on the shared
 * transport, the transport on the observation types and the exceptions, and never the other way round.
 */
class PackageLayeringTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.litellm.spring");

	@Test
	void noPackageUsesOneAboveIt() {
		ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Auto-configuration").definedBy("dev.litellm.spring.autoconfigure..")
			.layer("Keys").definedBy("dev.litellm.spring.keys..")
			.layer("Transport").definedBy("dev.litellm.spring.internal..")
			.layer("Observation").definedBy("dev.litellm.spring.observation..")
			.layer("Exceptions").definedBy("dev.litellm.spring")
			.whereLayer("Auto-configuration").mayNotBeAccessedByAnyLayer()
			.whereLayer("Keys").mayOnlyBeAccessedByLayers("Auto-configuration")
			.whereLayer("Transport").mayOnlyBeAccessedByLayers("Auto-configuration", "Keys")
			.whereLayer("Observation").mayOnlyBeAccessedByLayers("Auto-configuration", "Keys", "Transport")
			.whereLayer("Exceptions").mayOnlyBeAccessedByLayers("Auto-configuration", "Keys", "Transport");
		layers.check(MAIN_CLASSES);
	}

	@Test
	void theTransportKnowsNothingOfKeys() {
		noClasses().that()
			.resideInAPackage("dev.litellm.spring.internal..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.litellm.spring.keys..")
			.check(MAIN_CLASSES);
	}

	@Test
	void theKeyApiLeavesTheHttpStackToTheTransport() {
		noClasses().that()
			.resideInAPackage("dev.litellm.spring.keys..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("reactor.netty..", "io.netty..")
			.check(MAIN_CLASSES);
	}

}

package net.it;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The module rules of DESIGN.md, checked on the compiled classes of every module: net.api knows
 * no implementation; implementations know net.api only, never each other; only net.unix and the
 * native resolver touch JNR; only the pure resolver touches dnsjava; no module reaches into
 * another's internal packages; the poller serves only the transports, the configuration-file
 * reader and the domain-name checks only net.api and the resolvers; libraries log through
 * SLF4J only.
 */
@AnalyzeClasses(packages = "net", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The modules users embed; the command and the benchmarks may print and may use everything. */
    private static final String[] LIBRARIES = {
        "net.api..", "net.tcp..", "net.udp..", "net.unix..", "net.resolver..",
    };

    @ArchTest
    static final ArchRule api_knows_no_implementation = noClasses()
            .that().resideInAPackage("net.api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "net.tcp..", "net.udp..", "net.unix..", "net.resolver..", "net.cli..", "net.bench..");

    @ArchTest
    static final ArchRule implementations_do_not_know_each_other = slices()
            .matching("net.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAnyPackage("net.api.."))
            .ignoreDependency(resideInAnyPackage("net.cli..", "net.bench.."), alwaysTrue());

    @ArchTest
    static final ArchRule resolvers_do_not_know_each_other = slices()
            .matching("net.resolver.(*)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_unix_and_native_resolver_touch_jnr = noClasses()
            .that().resideOutsideOfPackages("net.unix..", "net.resolver.libc..")
            .should().dependOnClassesThat().resideInAnyPackage("jnr..", "com.kenai..");

    @ArchTest
    static final ArchRule only_pure_resolver_touches_dnsjava = noClasses()
            .that().resideOutsideOfPackage("net.resolver.go..")
            .should().dependOnClassesThat().resideInAPackage("org.xbill..");

    @ArchTest
    static final ArchRule no_module_uses_another_modules_internals = slices()
            .matching("net.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAnyPackage("net.api", "net.api.spi", "net.api.poll", "net.api.sysconf", "net.api.dnsname"))
            .ignoreDependency(resideInAnyPackage("net.cli..", "net.bench.."), resideInAnyPackage("net.tcp", "net.udp", "net.unix"))
            .as("no module uses another module's internal packages")
            .because("internal packages are not exported, or only to the modules that module-info names");

    @ArchTest
    static final ArchRule only_transports_use_the_poller = noClasses()
            .that().resideOutsideOfPackages("net.api..", "net.tcp..", "net.udp..", "net.unix..")
            .should().dependOnClassesThat().resideInAPackage("net.api.poll..");

    @ArchTest
    static final ArchRule only_resolvers_share_net_apis_resolver_helpers = noClasses()
            .that().resideOutsideOfPackages("net.api..", "net.resolver..")
            .should().dependOnClassesThat().resideInAnyPackage("net.api.sysconf..", "net.api.dnsname..");

    @ArchTest
    static final ArchRule libraries_log_through_slf4j_only = noClasses()
            .that().resideInAnyPackage(LIBRARIES)
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class, System.LoggerFinder.class)
            .because("logging goes through SLF4J only");

    @ArchTest
    static final ArchRule libraries_do_not_print = noClasses()
            .that().resideInAnyPackage(LIBRARIES)
            .and().doNotHaveFullyQualifiedName("net.api.internal.DnsDebugLog")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("a library reports through exceptions and SLF4J, never on standard streams"
                    + " (but for the netdns debug lines the user asked for, on standard error as Go's,"
                    + " when SLF4J has no provider)");
}

package io.github.articlenorm.formats.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.NetworkChannel;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module boundaries, checked on the compiled main classes of core and formats (tests excluded):
 *
 * <ul>
 *   <li>core ({@code io.github.articlenorm}, {@code .spi}, {@code .internal}) uses nothing but {@code java.*};</li>
 *   <li>no main class opens a network connection: {@code URL#openConnection}/{@code openStream},
 *       {@code URLConnection}, {@code java.net.http}, sockets, {@code Jsoup.connect} — URLs are data;</li>
 *   <li>formats reach core only through its public API ({@code io.github.articlenorm}), its SPI
 *       ({@code io.github.articlenorm.spi}) and {@code io.github.articlenorm.internal}. The last is core's shared
 *       normalization machinery, which core's {@code module-info} exports to {@code io.github.articlenorm.formats}
 *       alone, by design (STYLE: "internal is exported to io.github.articlenorm.formats alone"). Any other core
 *       package that appears later is off limits until core's module descriptor exports it.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final String CORE = "io.github.articlenorm";
    private static final String[] CORE_PACKAGES = {CORE, CORE + ".spi", CORE + ".internal"};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // In a reactor build core arrives as a jar, its tests as a "-tests" jar; this module's tests as test-classes.
        ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        main = new ClassFileImporter().withImportOption(mainOnly).importPackages(CORE);
    }

    @Test
    void importsTheMainClassesOfBothModules() {
        assertTrue(main.contain(CORE + ".ArticleNormalizer"));
        assertTrue(main.contain(CORE + ".formats.json.ArticleJson"));
        assertTrue(main.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "test classes were imported");
    }

    @Test
    void coreDependsOnNothingButTheJdk() {
        classes().that().resideInAnyPackage(CORE_PACKAGES)
                .should().onlyDependOnClassesThat(resideInAnyPackage(CORE_PACKAGES).or(resideInAPackage("java..")))
                .because("articlenorm-core has no third-party runtime dependency")
                .check(main);
    }

    private static final ArchRule NO_NETWORK = noClasses().should().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openConnection", java.net.Proxy.class)
            .orShould().callMethod(URL.class, "openStream")
            .orShould().callMethod(URL.class, "getContent")
            .orShould().dependOnClassesThat().areAssignableTo(URLConnection.class)
            .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
            .orShould().dependOnClassesThat().areAssignableTo(Socket.class)
            .orShould().dependOnClassesThat().areAssignableTo(ServerSocket.class)
            .orShould().dependOnClassesThat().areAssignableTo(DatagramSocket.class)
            .orShould().dependOnClassesThat().areAssignableTo(NetworkChannel.class)
            .orShould().callMethodWhere(DescribedPredicate.describe("Jsoup.connect",
                    call -> call.getTarget().getOwner().getFullName().equals("org.jsoup.Jsoup")
                            && call.getTarget().getName().equals("connect")))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jsoup.Connection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jsoup.helper.HttpConnection")
            .because("nothing is ever fetched: URLs in documents are data");


    @Test
    void noMainCodeOpensNetworkConnections() {
        NO_NETWORK.check(main);
    }

    /** Never run: it only gives the network rule something to find. */
    static final class Fetcher {
        static Object fetch(URL url) throws java.io.IOException {
            return url.openStream();
        }

        static Object connect() {
            return org.jsoup.Jsoup.connect("https://example.com/");
        }
    }

    @Test
    void theNetworkRuleFindsAnOpenStreamAndAJsoupConnect() {
        JavaClasses fetcher = new ClassFileImporter().importClasses(Fetcher.class);
        String report = NO_NETWORK.evaluate(fetcher).getFailureReport().toString();
        assertTrue(report.contains("openStream"), report);
        assertTrue(report.contains("Jsoup.connect"), report);
    }

    @Test
    void formatsReachCoreOnlyThroughItsApiSpiAndExportedInternals() {
        noClasses().that().resideInAPackage(CORE + ".formats..")
                .should().dependOnClassesThat(resideInAPackage(CORE + "..")
                        .and(not(resideInAnyPackage(CORE_PACKAGES)))
                        .and(not(resideInAPackage(CORE + ".formats.."))))
                .because("core's module descriptor exports only these packages to the formats")
                .check(main);
    }
}

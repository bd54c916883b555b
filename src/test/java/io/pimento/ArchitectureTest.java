package io.pimento;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package boundaries of docs/architecture.md, checked on the compiled main classes. Plain
 * JUnit tests rather than ArchUnit's own engine, so Surefire's {@code -Dtest=} filter runs them.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pimento");
    }

    @Test
    void catalogShouldKnowNothingOfTheFeaturesBuiltOnIt() {
        CATALOG_KNOWS_NOTHING_OF_THE_FEATURES_BUILT_ON_IT.check(classes);
    }

    @Test
    void commonShouldDependOnNoFeature() {
        COMMON_DEPENDS_ON_NO_FEATURE.check(classes);
    }

    @Test
    void jobsShouldKnowNothingOfTheJobsThatUseIt() {
        JOBS_KNOW_NOTHING_OF_THE_JOBS_THAT_USE_IT.check(classes);
    }

    @Test
    void mediaShouldKnowNothingOfWhatUsesIt() {
        MEDIA_KNOWS_NOTHING_OF_WHAT_USES_IT.check(classes);
    }

    @Test
    void conditionLanguageShouldBePlainJava() {
        CONDITION_LANGUAGE_IS_PLAIN_JAVA.check(classes);
    }

    @Test
    void ruleEngineShouldBePlainJava() {
        RULE_ENGINE_IS_PLAIN_JAVA.check(classes);
    }

    @Test
    void securityShouldKnowNothingOfTheFeaturesItProtects() {
        SECURITY_KNOWS_NOTHING_OF_THE_FEATURES_IT_PROTECTS.check(classes);
    }

    @Test
    void feedValueResolutionAndRateLimitMathShouldBePlainJava() {
        PURE_FEED_AND_RATE_LIMIT_LOGIC.check(classes);
    }

    @Test
    void targetingShouldKnowNothingOfTheFeedsThatServeIt() {
        TARGETING_KNOWS_NOTHING_OF_FEEDS.check(classes);
    }

    @Test
    void placementAdaptersShouldGoThroughThePlacementService() {
        PLACEMENT_ADAPTERS_ARE_THIN.check(classes);
    }

    @Test
    void rankerShouldBePlainJava() {
        RANKER_IS_PLAIN_JAVA.check(classes);
    }

    @Test
    void eventsShouldKnowProductsOnlyAsIdentifiers() {
        EVENTS_KNOW_PRODUCTS_ONLY_AS_IDENTIFIERS.check(classes);
    }

    @Test
    void personalizationShouldKnowNothingOfFeeds() {
        PERSONALIZATION_KNOWS_NOTHING_OF_FEEDS.check(classes);
    }

    @Test
    void exportsShouldNotReachIntoImports() {
        EXPORTS_KNOW_NOTHING_OF_IMPORTS.check(classes);
    }

    @Test
    void topLevelPackagesShouldBeFreeOfCycles() {
        TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES.check(classes);
    }

    @Test
    void entitiesShouldNeverLeaveThroughTheApi() {
        ENTITIES_NEVER_LEAVE_THROUGH_THE_API.check(classes);
    }

    static final ArchRule CATALOG_KNOWS_NOTHING_OF_THE_FEATURES_BUILT_ON_IT = noClasses()
            .that().resideInAPackage("io.pimento.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.pimento.search..", "io.pimento.imports..", "io.pimento.exports..",
                    "io.pimento.demo..", "io.pimento.web..", "io.pimento.feeds..", "io.pimento.targeting..", "io.pimento.akeneo..")
            .because("catalog fires CDI events (StructureChanged, ProductsChanged) that the other features observe");

    static final ArchRule COMMON_DEPENDS_ON_NO_FEATURE = noClasses()
            .that().resideInAPackage("io.pimento.common..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.pimento.catalog..", "io.pimento.history..", "io.pimento.search..", "io.pimento.security..",
                    "io.pimento.imports..", "io.pimento.exports..", "io.pimento.demo..", "io.pimento.web..",
                    "io.pimento.feeds..", "io.pimento.ops..", "io.pimento.targeting..", "io.pimento.akeneo..")
            .because("every feature uses common, so common using a feature would tie them all together");

    static final ArchRule JOBS_KNOW_NOTHING_OF_THE_JOBS_THAT_USE_IT = noClasses()
            .that().resideInAPackage("io.pimento.jobs..")
            .should().dependOnClassesThat(resideInAPackage("io.pimento..")
                    .and(not(resideInAnyPackage("io.pimento.jobs..", "io.pimento.common.."))))
            .because("imports and bulk actions share the job machinery (records, worker thread, orphan sweep); "
                    + "each kind keeps its own table, statuses and API, so the machinery names none of them");

    static final ArchRule MEDIA_KNOWS_NOTHING_OF_WHAT_USES_IT = noClasses()
            .that().resideInAPackage("io.pimento.media..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.pimento.catalog..", "io.pimento.imports..", "io.pimento.exports..", "io.pimento.akeneo..",
                    "io.pimento.feeds..", "io.pimento.web..", "io.pimento.demo..", "io.pimento.search..")
            .because("values only hold media keys: imports, feeds, the web UI and Akeneo's media-files use the store, "
                    + "never the other way round");

    static final ArchRule CONDITION_LANGUAGE_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("io.pimento.targeting.condition..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax..", "io.quarkus..", "io.smallrye..", "io.vertx..", "org.hibernate..", "org.jboss..")
            .orShould().dependOnClassesThat(resideInAPackage("io.pimento..")
                    .and(not(resideInAnyPackage("io.pimento.targeting.condition..", "io.pimento.common.."))))
            .because("the segment condition language is a pure function of (condition, context, counts), "
                    + "unit-tested without a framework (docs/segments.md)");

    static final ArchRule RULE_ENGINE_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("io.pimento.targeting.rules.engine..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "io.pimento.targeting.rules.engine..")
            .because("the merchandising rules are pure functions of (candidates, rules), unit-tested without a framework");

    static final ArchRule SECURITY_KNOWS_NOTHING_OF_THE_FEATURES_IT_PROTECTS = noClasses()
            .that().resideInAPackage("io.pimento.security..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.pimento.catalog..", "io.pimento.search..", "io.pimento.imports..", "io.pimento.exports..",
                    "io.pimento.demo..", "io.pimento.web..", "io.pimento.feeds..", "io.pimento.targeting..", "io.pimento.akeneo..")
            .because("other kinds of bearer tokens (channel tokens) plug in with their own identity provider, "
                    + "and rate limits take a key and a limit, so security stays reusable by every feature");

    static final ArchRule PURE_FEED_AND_RATE_LIMIT_LOGIC = noClasses()
            .that().haveFullyQualifiedName("io.pimento.feeds.FeedValues")
            .or().haveFullyQualifiedName("io.pimento.feeds.FeedTarget")
            .or().haveFullyQualifiedName("io.pimento.security.ratelimit.RateLimit")
            .or().haveFullyQualifiedName("io.pimento.feeds.merchant.GoogleFields")
            .or().haveFullyQualifiedName("io.pimento.feeds.merchant.GoogleSources")
            .or().haveFullyQualifiedName("io.pimento.feeds.merchant.SchemaOrg")
            .or().resideInAPackage("io.pimento.feeds.merchant").and().haveSimpleNameStartingWith("GoogleFeedFormat")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..", "io.vertx..")
            .because("pure functions, tested with plain table-driven unit tests");

    static final ArchRule TARGETING_KNOWS_NOTHING_OF_FEEDS = noClasses()
            .that().resideInAPackage("io.pimento.targeting..")
            .should().dependOnClassesThat().resideInAPackage("io.pimento.feeds..")
            .because("feeds serve placements with segments and rules; the other way round would be a cycle");

    static final ArchRule PLACEMENT_ADAPTERS_ARE_THIN = noClasses()
            .that().resideInAPackage("io.pimento.feeds..").and().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().resideInAnyPackage("io.pimento.catalog.product..", "io.pimento.catalog.category..",
                    "io.pimento.catalog.channel..", "io.pimento.catalog.family..", "io.pimento.catalog.attribute..",
                    "io.pimento.search..", "io.pimento.targeting.rules..", "io.pimento.targeting.segment..")
            .because("REST (and GraphQL) adapters call the one feed or placement service, which owns the pipeline "
                    + "(catalog.support's HTTP conventions, such as If-Match, are shared by every resource)");

    static final ArchRule EVENTS_KNOW_PRODUCTS_ONLY_AS_IDENTIFIERS = noClasses()
            .that().resideInAPackage("io.pimento.events..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pimento.catalog..", "io.pimento.search..", "io.pimento.feeds..",
                    "io.pimento.targeting..", "io.pimento.personalization..", "io.pimento.ranking..")
            .because("events name products and categories by code; whoever reads them (placements, the ranker) joins them "
                    + "to the catalog, so the events store is the bottom of the personalization stack");

    static final ArchRule PERSONALIZATION_KNOWS_NOTHING_OF_FEEDS = noClasses()
            .that().resideInAPackage("io.pimento.personalization..")
            .should().dependOnClassesThat().resideInAPackage("io.pimento.feeds..")
            .because("placements (feeds) call the personalized ranking stage; the other way round would be a cycle");

    static final ArchRule RANKER_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("io.pimento.ranking..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax..", "io.quarkus..", "io.smallrye..", "io.vertx..", "org.hibernate..", "org.jboss..")
            .orShould().dependOnClassesThat(resideInAPackage("io.pimento..")
                    .and(not(resideInAPackage("io.pimento.ranking.."))))
            .because("the ranker learns from and ranks plain click logs, unit-tested and evaluated offline "
                    + "without a framework; the placement and the events store adapt to it (docs/ranking.md)");

    static final ArchRule EXPORTS_KNOW_NOTHING_OF_IMPORTS = noClasses()
            .that().resideInAPackage("io.pimento.exports..")
            .should().dependOnClassesThat().resideInAPackage("io.pimento.imports..")
            .because("both speak Akeneo's CSV dialect, which lives in io.pimento.csv (file kinds, columns, cells); "
                    + "an export must not break when the import's internals change");

    static final ArchRule TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("io.pimento.(*)..")
            .should().beFreeOfCycles()
            .because("a feature package builds on the ones below it; a cycle means neither can change, be tested or be understood alone");

    static final ArchRule ENTITIES_NEVER_LEAVE_THROUGH_THE_API = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .or().areDeclaredInClassesThat().areAnnotatedWith(GraphQLApi.class)
            .and().arePublic()
            .should(neitherTakeNorReturnEntities())
            .because("REST and GraphQL payloads are records; entities stay behind the services");

    private static ArchCondition<JavaMethod> neitherTakeNorReturnEntities() {
        return new ArchCondition<>("neither take nor return JPA entities") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Stream.concat(Stream.of(method.getReturnType()), method.getParameterTypes().stream())
                        .map(JavaType::getAllInvolvedRawTypes)
                        .flatMap(Set::stream)
                        .filter(type -> type.isAnnotatedWith(Entity.class))
                        .map(JavaClass::getName)
                        .distinct()
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                "%s uses the entity %s".formatted(method.getFullName(), entity))));
            }
        };
    }
}

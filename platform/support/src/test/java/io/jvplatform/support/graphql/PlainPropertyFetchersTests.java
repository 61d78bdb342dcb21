package io.jvplatform.support.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.schema.model.AdaptTo;
import io.smallrye.graphql.schema.model.AdaptWith;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Transformation;

/**
 * Plain properties of our records are read straight from their accessors (a renamed field by its
 * Java accessor); a field SmallRye formats or adapts keeps SmallRye's own fetcher.
 */
class PlainPropertyFetchersTests {

    /** As a service's API type: a record whose {@code name} the schema calls {@code displayName}. */
    public record PartnerView(String id, String name, boolean archived) {
    }

    private static final PartnerView NSCALE = new PartnerView("p1", "Nscale", true);
    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> null;

    @Test
    void aRecordComponentIsReadByItsAccessorEvenWhenTheSchemaRenamesIt() throws Exception {
        assertThat(fetcherOf(field("name", "displayName")).get(null, NSCALE, NO_ENVIRONMENT)).isEqualTo("Nscale");
        assertThat(fetcherOf(field("id", "id")).get(null, NSCALE, NO_ENVIRONMENT)).isEqualTo("p1");
        assertThat(fetcherOf(field("archived", "archived")).get(null, NSCALE, NO_ENVIRONMENT)).isEqualTo(true);
    }

    @Test
    void aNullSourceGivesNull() throws Exception {
        assertThat(fetcherOf(field("name", "displayName")).get(null, null, NO_ENVIRONMENT)).isNull();
    }

    @Test
    void aFormattedFieldKeepsSmallRyesFetcher() {
        Field formatted = field("name", "displayName");
        formatted.setTransformation(new Transformation(Transformation.Type.NUMBER, "#.00", null, false));

        assertThat(new PlainPropertyFetchers().getFieldDataFetcher(formatted, null, owner())).isNull();
    }

    @Test
    void itRanksAheadOfQuarkusOwnService() {
        assertThat(new PlainPropertyFetchers().getPriority()).isLessThan(1);
    }

    /** A class with a getter and a public field, as some API types still are. */
    public static final class SiteBean {
        public final String country;
        private final String name;

        public SiteBean(String name, String country) {
            this.name = name;
            this.country = country;
        }

        public String getName() {
            return name;
        }

        public String getBroken() {
            throw new IllegalStateException("broken getter");
        }
    }

    private static final SiteBean NARVIK = new SiteBean("Narvik", "NO");

    @Test
    void aGetterIsCalledByItsMethodName() throws Exception {
        assertThat(fetcherOf(new Field("getName", "name", "name", new Reference()), SiteBean.class).get(null, NARVIK, NO_ENVIRONMENT))
                .isEqualTo("Narvik");
    }

    @Test
    void aPublicFieldWithoutAnAccessorIsReadAsAField() throws Exception {
        assertThat(fetcherOf(new Field(null, "country", "country", new Reference()), SiteBean.class).get(null, NARVIK, NO_ENVIRONMENT))
                .isEqualTo("NO");
    }

    @Test
    void throughGraphQlJavasOwnEntryTheSourceComesFromTheEnvironment() throws Exception {
        DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(NSCALE).build();

        assertThat(fetcherOf(field("name", "displayName")).get(environment)).isEqualTo("Nscale");
        assertThat(fetcherOf(field("name", "displayName")).get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment().build())).isNull();
    }

    @Test
    void theFetcherReadsManyRowsAndTellsGraphQlJavaItIsTrivial() throws Exception {
        LightDataFetcher<Object> fetcher = fetcherOf(field("name", "displayName"));

        assertThat(fetcher).isInstanceOf(TrivialDataFetcher.class);
        assertThat(fetcher.get(null, NSCALE, NO_ENVIRONMENT)).isEqualTo("Nscale");
        assertThat(fetcher.get(null, new PartnerView("p2", "Aker", false), NO_ENVIRONMENT)).isEqualTo("Aker");
    }

    @Test
    void whatAnAccessorThrowsReachesGraphQlJavaAsItIs() {
        LightDataFetcher<Object> fetcher = fetcherOf(new Field("getBroken", "broken", "broken", new Reference()), SiteBean.class);

        assertThatThrownBy(() -> fetcher.get(null, NARVIK, NO_ENVIRONMENT))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("broken getter");
    }

    @Test
    void anAccessorThatDoesNotExistIsAGraphQlError() {
        LightDataFetcher<Object> fetcher = fetcherOf(new Field("missing", "missing", "missing", new Reference()), SiteBean.class);

        assertThatThrownBy(() -> fetcher.get(null, NARVIK, NO_ENVIRONMENT)).isInstanceOf(GraphQLException.class)
                .hasCauseInstanceOf(NoSuchMethodException.class);
    }

    @Test
    void aFieldAdaptedToAnotherTypeOrWithAnAdapterKeepsSmallRyesFetcher() {
        Field adaptedTo = field("name", "displayName");
        AdaptTo to = new AdaptTo();
        to.setReference(new Reference());
        adaptedTo.setAdaptTo(to);
        Field adaptedWith = field("name", "displayName");
        adaptedWith.setAdaptWith(new AdaptWith("adapter", "from", "to"));

        assertThat(adaptedTo.isAdaptingTo()).isTrue();
        assertThat(new PlainPropertyFetchers().getFieldDataFetcher(adaptedTo, null, owner())).isNull();
        assertThat(new PlainPropertyFetchers().getFieldDataFetcher(adaptedWith, null, owner())).isNull();
        assertThat(new PlainPropertyFetchers().getFieldDataFetcher(field("name", "displayName"), null, owner())).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static LightDataFetcher<Object> fetcherOf(Field field, Class<?> ownerClass) {
        Reference owner = new Reference();
        owner.setClassName(ownerClass.getName());
        owner.setName(ownerClass.getSimpleName());
        return (LightDataFetcher<Object>) new PlainPropertyFetchers().getFieldDataFetcher(field, null, owner);
    }

    @SuppressWarnings("unchecked")
    private static LightDataFetcher<Object> fetcherOf(Field field) {
        return (LightDataFetcher<Object>) new PlainPropertyFetchers().getFieldDataFetcher(field, null, owner());
    }

    private static Field field(String accessor, String name) {
        return new Field(accessor, accessor, name, new Reference());
    }

    private static Reference owner() {
        Reference owner = new Reference();
        owner.setClassName(PartnerView.class.getName());
        owner.setName("Partner");
        return owner;
    }
}

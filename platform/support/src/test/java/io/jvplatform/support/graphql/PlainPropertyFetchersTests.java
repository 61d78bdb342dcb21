package io.jvplatform.support.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.LightDataFetcher;
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

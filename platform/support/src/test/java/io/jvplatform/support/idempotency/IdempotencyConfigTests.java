package io.jvplatform.support.idempotency;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How long a key is kept: a day unless the service says otherwise. */
class IdempotencyConfigTests {

    @Test
    void aKeyIsKeptADayByDefault() {
        assertThat(config(Map.of()).retention()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theServiceCanSetTheRetention() {
        assertThat(config(Map.of("jv.idempotency.retention", "PT2H")).retention()).isEqualTo(Duration.ofHours(2));
        assertThat(config(Map.of("jv.idempotency.retention", "P7D")).retention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aRetentionThatIsNotADurationStopsTheStart() {
        assertThatThrownBy(() -> config(Map.of("jv.idempotency.retention", "a day")))
                .hasMessageContaining("jv.idempotency.retention");
    }

    private static IdempotencyConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new MapBackedConfigSource("test", properties) {
                })
                .withMapping(IdempotencyConfig.class)
                .build();
        return config.getConfigMapping(IdempotencyConfig.class);
    }
}

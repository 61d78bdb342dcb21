package io.jvplatform.ventures.agreement.model;

import io.jvplatform.ventures.agreement.AgreementStatus;
import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.api.model.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

@Description("A capacity agreement between partners that is not a joint venture (e.g. an AI lab buying a provider's capacity)")
public record CapacityAgreement(@NonNull @Id String id, @NonNull String name,
                                @Description("A brand that groups agreements and ventures, e.g. Stargate") String program,
                                @NonNull AgreementStatus status,
                                @Description("Capacity in MW, 3 decimals; null where the sources give none") BigDecimal capacityMw,
                                @Description("The agreement's value; null where the sources give none") Money value,
                                LocalDate announcedDate, LocalDate startDate, LocalDate endDate, String description,
                                @Description("At least one BUYER and one PROVIDER, each partner once") @NonNull List<@NonNull AgreementParty> parties,
                                @NonNull List<@NonNull Source> sources,
                                @Description("The expectedVersion of updateAgreement") int version) {

    /** By id alone, as {@link io.jvplatform.ventures.api.model.Venture#hashCode()} and for its reason. */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

package io.jvplatform.ventures.mapping;

import io.jvplatform.ventures.api.model.Energy;
import io.jvplatform.ventures.api.model.Participant;
import io.jvplatform.ventures.api.model.Partner;
import io.jvplatform.ventures.api.model.Site;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.api.model.VentureInput;
import io.jvplatform.support.text.Countries;
import io.jvplatform.ventures.domain.Percentage;
import io.jvplatform.ventures.domain.Text;
import io.jvplatform.ventures.persistence.ParticipantEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;

import java.util.Comparator;
import java.util.List;

/** Venture entity to API type, and checked client input onto the entity. */
public final class VentureMapper {

    private VentureMapper() {
    }

    public static Venture toApi(VentureEntity venture) {
        Site site = venture.siteName == null && venture.siteRegion == null && venture.siteCountry == null ? null
                : new Site(venture.siteName, venture.siteRegion, venture.siteCountry);
        Energy energy = venture.renewableShare == null && venture.energySource == null ? null
                : new Energy(venture.renewableShare, venture.energySource);
        List<Participant> participants = venture.participants.stream()
                .sorted(Comparator.comparing(ParticipantEmbeddable::role).thenComparing(p -> p.partnerId().toString()))
                .map(p -> new Participant(new Partner(p.partnerId().toString()), p.role()))
                .toList();
        return new Venture(venture.id.toString(), venture.name, venture.legalName, venture.jurisdiction, site,
                venture.program, venture.status, venture.announcedDate, energy, venture.cooling, venture.description,
                venture.version, venture.ledgerVersion, SourceMapper.toApi(venture.sources), participants,
                LedgerMapper.toHead(venture));
    }

    /** Checks {@code input} (errors name input.*) and copies it onto {@code venture}. */
    public static void apply(VentureInput input, VentureEntity venture) {
        venture.name = Text.required(input.name(), "input.name", 200);
        venture.legalName = Text.optional(input.legalName(), "input.legalName", 200);
        venture.jurisdiction = Countries.required(input.jurisdiction(), "input.jurisdiction");
        Site site = input.site();
        venture.siteName = site == null ? null : Text.optional(site.name(), "input.site.name", 200);
        venture.siteRegion = site == null ? null : Text.optional(site.region(), "input.site.region", 200);
        venture.siteCountry = site == null ? null : Countries.optional(site.country(), "input.site.country");
        venture.program = Text.optional(input.program(), "input.program", 100);
        venture.status = input.status();
        venture.announcedDate = input.announcedDate();
        Energy energy = input.energy();
        venture.renewableShare = energy == null || energy.renewableSharePercent() == null ? null
                : Percentage.share(energy.renewableSharePercent(), "input.energy.renewableSharePercent");
        venture.energySource = energy == null ? null : Text.optional(energy.source(), "input.energy.source", 200);
        venture.cooling = Text.optional(input.cooling(), "input.cooling", 500);
        venture.description = Text.optional(input.description(), "input.description", 5000, true);
        var sources = SourceMapper.toEmbeddables(input.sources(), "input.sources");
        venture.sources.clear();
        venture.sources.addAll(sources);
    }
}

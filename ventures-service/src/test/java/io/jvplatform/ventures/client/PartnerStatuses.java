package io.jvplatform.ventures.client;


import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * partners-service as a unit test needs it: a directory that knows the given partners' statuses
 * (any other is UNKNOWN) and keeps what it was asked, without a peer to call.
 */
public final class PartnerStatuses extends PartnerDirectory {

    private final Map<UUID, PartnerStatus> statuses;
    public final List<List<UUID>> asked = new ArrayList<>();

    private PartnerStatuses(Map<UUID, PartnerStatus> statuses) {
        super(null, null);
        this.statuses = statuses;
    }

    public static PartnerStatuses knowing(Map<UUID, PartnerStatus> statuses) {
        return new PartnerStatuses(Map.copyOf(statuses));
    }

    @Override
    public Map<UUID, PartnerStatus> statusOf(Collection<UUID> ids) {
        asked.add(List.copyOf(ids));
        Map<UUID, PartnerStatus> answer = new LinkedHashMap<>();
        ids.forEach(id -> answer.put(id, statuses.getOrDefault(id, PartnerStatus.UNKNOWN)));
        return answer;
    }
}

package io.jvplatform.support.security;

import java.util.Collection;
import java.util.Set;

/**
 * The realm roles of Keycloak realm {@code jv} and who may do what (docs/design.md, "Access
 * control"). Keycloak expands composites (an admin's token also says editor and viewer), but an
 * annotation names every role that may, so that it reads as the rule.
 */
public final class Roles {

    /** Reads everything. */
    public static final String VIEWER = "viewer";
    /** Reads partners, and only the ventures in which the token's {@code partner_id} holds a stake or a role. */
    public static final String PARTNER = "partner";
    /** Viewer, and creates and updates ventures, participants, funding phases and partners. */
    public static final String EDITOR = "editor";
    /** Editor, and edits ownership and archives or restores partners. */
    public static final String ADMIN = "admin";

    /** The token claim naming a partner user's company (copied by Keycloak from the user attribute). */
    public static final String PARTNER_ID_CLAIM = "partner_id";

    private static final Set<String> UNSCOPED_READERS = Set.of(VIEWER, EDITOR, ADMIN);

    private Roles() {
    }

    /**
     * Whether a caller with these roles reads every venture. Only a partner user (role
     * {@value #PARTNER} and none of the others) is confined to its own partner's ventures; the one
     * place this rule is written, for the gateway and the services alike.
     */
    public static boolean readEveryVenture(Collection<String> roles) {
        return roles.stream().anyMatch(UNSCOPED_READERS::contains);
    }
}

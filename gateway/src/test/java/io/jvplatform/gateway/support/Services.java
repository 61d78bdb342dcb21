package io.jvplatform.gateway.support;

/**
 * The services' own addresses, for tests that bypass the gateway. System properties, because
 * the test resource and the tests may live in different class loaders of the Quarkus test run.
 */
public final class Services {

    private static final String VENTURES = "jv.test.ventures-service.url";
    private static final String PARTNERS = "jv.test.partners-service.url";

    private Services() {
    }

    static void remember(String venturesUrl, String partnersUrl) {
        System.setProperty(VENTURES, venturesUrl);
        System.setProperty(PARTNERS, partnersUrl);
    }

    public static String ventures() {
        return System.getProperty(VENTURES);
    }

    public static String partners() {
        return System.getProperty(PARTNERS);
    }
}

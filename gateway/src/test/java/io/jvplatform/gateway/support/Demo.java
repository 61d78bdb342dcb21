package io.jvplatform.gateway.support;

/** The demo data the platform is seeded with (docs/design.md, "Demo data"), as tests refer to it. */
public final class Demo {

    public static final String STARGATE_NORWAY = "Stargate Norway";
    public static final String STARGATE_US = "Stargate";
    public static final String STARGATE_UAE = "Stargate UAE";
    public static final String PROGRAM = "Stargate";
    public static final String NSCALE = "Nscale";
    public static final String AKER = "Aker";
    public static final String OPENAI = "OpenAI";
    public static final String SOFTBANK = "SoftBank";
    public static final String PHASE_1 = "Phase 1";
    public static final String EXPANSION = "Expansion";
    public static final String ORACLE = "Oracle";
    public static final String COREWEAVE = "CoreWeave";
    public static final String ORACLE_AGREEMENT = "OpenAI–Oracle capacity agreement";
    public static final String COREWEAVE_AGREEMENT = "OpenAI–CoreWeave agreement";

    private Demo() {
    }
}

package io.jvplatform.ventures.agreement;

/** A party's side of a capacity agreement. */
public enum AgreementRole {
    /** takes the capacity (e.g. an AI lab) */
    BUYER,
    /** provides it (e.g. a cloud or data-centre operator) */
    PROVIDER
}

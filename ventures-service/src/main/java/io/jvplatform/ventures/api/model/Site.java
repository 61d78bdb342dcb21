package io.jvplatform.ventures.api.model;

/** Where a venture builds; also the input type SiteInput. */
public record Site(String name, String region, String country) {
}

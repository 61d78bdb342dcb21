package io.jvplatform.gateway.model.input;

import org.eclipse.microprofile.graphql.Input;

@Input("SiteInput")
public record SiteInput(String name, String region, String country) {
}

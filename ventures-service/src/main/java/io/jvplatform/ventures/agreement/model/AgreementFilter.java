package io.jvplatform.ventures.agreement.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("AgreementFilter")
public record AgreementFilter(String program, @Description("a party to the agreement") @Id String partnerId) {
}

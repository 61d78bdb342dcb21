package io.jvplatform.gateway.model;

public record Site(String name, String region, String country) {
}

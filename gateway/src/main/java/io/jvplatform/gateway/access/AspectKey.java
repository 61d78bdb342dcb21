package io.jvplatform.gateway.access;

import java.time.LocalDate;

/** One aspect of one venture; {@code asOf} only for {@link Aspect#OWNERSHIP} (null = today). */
public record AspectKey(String ventureId, Aspect aspect, LocalDate asOf) {
}

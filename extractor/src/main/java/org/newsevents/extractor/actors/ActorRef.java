package org.newsevents.extractor.actors;

/**
 * An actor as an event names it: {@code code} is ISO 3166-1 alpha-3 for states, UN, UNSC, EU ...
 * for bodies, OTHER for non-state actors, or null when unknown; {@code name} is as the text says it.
 */
public record ActorRef(String code, String name) {
}

package io.tierdesk.demo;

import java.util.List;

/** One of the demo's people: a token subject, its roles, the team it belongs to (a key of the cast) and its part. */
record Person(String subject, List<String> roles, String team, boolean lead, String part) {}

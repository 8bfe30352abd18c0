package io.tierdesk.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's people, from {@code dev/demo/people.tsv} (which {@code bin/token --list} prints too). A suffix keeps
 * several worlds apart on one database (the test suite's), by appending it to every subject.
 */
final class Cast {

    private final Map<String, Person> people = new LinkedHashMap<>();

    private Cast() {}

    static Cast read(Path file, String suffix) {
        Cast cast = new Cast();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                cast.people.put(
                        f[0],
                        new Person(f[0] + suffix, Arrays.asList(f[1].split(",")), f[2], "LEAD".equals(f[3]), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cast;
    }

    /** The person of this subject as the file names it (without the suffix). */
    Person get(String subject) {
        Person person = people.get(subject);
        if (person == null) {
            throw new IllegalArgumentException("no " + subject + " in the cast");
        }
        return person;
    }

    List<Person> team(String key) {
        return people.values().stream().filter(p -> p.team().equals(key)).toList();
    }
}

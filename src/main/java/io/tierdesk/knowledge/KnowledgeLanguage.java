package io.tierdesk.knowledge;

/** The language an article is written in; stored as the PostgreSQL text-search configuration it selects. */
public enum KnowledgeLanguage {
    ENGLISH("english"),
    SPANISH("spanish");

    private final String textSearchConfiguration;

    KnowledgeLanguage(String textSearchConfiguration) {
        this.textSearchConfiguration = textSearchConfiguration;
    }

    String textSearchConfiguration() {
        return textSearchConfiguration;
    }

    static KnowledgeLanguage ofTextSearchConfiguration(String configuration) {
        for (KnowledgeLanguage language : values()) {
            if (language.textSearchConfiguration.equals(configuration)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown text-search configuration: " + configuration);
    }
}

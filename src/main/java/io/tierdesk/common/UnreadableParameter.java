package io.tierdesk.common;

/** A path or query value a converter cannot read; the value lets the answer name the parameter that held it. */
final class UnreadableParameter extends IllegalArgumentException {

    private final String value;

    UnreadableParameter(String value, String message, Throwable cause) {
        super(message, cause);
        this.value = value;
    }

    String value() {
        return value;
    }
}

package io.tierdesk.common;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Path and query parameters typed by a contract enum: an unknown value is a 400 that names the values it accepts,
 * as the contract spells them (the generated enums print their contract value). {@link ProblemMappers} renders it
 * and names the parameter, which the converter is not told.
 */
@Provider
public class ContractEnumParamConverter implements ParamConverterProvider {

    private static final String CONTRACT_PACKAGE = "io.tierdesk.api.model";

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() || !CONTRACT_PACKAGE.equals(rawType.getPackageName())) {
            return null;
        }
        return new ByContractValue<>(rawType);
    }

    /** The value is not one of the enum's; JAX-RS wraps it in a 404, which {@link ProblemMappers} makes a 400. */
    public static final class UnknownValue extends IllegalArgumentException {

        private final String value;
        private final String allowed;

        UnknownValue(String value, String allowed) {
            super("'" + value + "' is not one of " + allowed, null);
            this.value = value;
            this.allowed = allowed;
        }

        public String value() {
            return value;
        }

        public String allowed() {
            return allowed;
        }
    }

    private static final class ByContractValue<T> implements ParamConverter<T> {

        private final List<T> values;

        ByContractValue(Class<T> type) {
            this.values = List.of(type.getEnumConstants());
        }

        @Override
        public T fromString(String text) {
            if (text == null) {
                return null;
            }
            for (T value : values) {
                if (value.toString().equals(text)) {
                    return value;
                }
            }
            throw new UnknownValue(text, values.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}

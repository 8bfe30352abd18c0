package io.tierdesk.common;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Boolean parameters accept only {@code true} and {@code false}; JAX-RS would read anything else as false. */
@Provider
public class StrictBooleanParamConverter implements ParamConverterProvider {

    private static final ParamConverter<Boolean> STRICT = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if ("true".equalsIgnoreCase(value)) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(value)) {
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException("not a boolean: " + value);
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class ? (ParamConverter<T>) STRICT : null;
    }
}

package io.tierdesk.common;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Timestamp and date parameters as RFC 3339 spells them, within {@link TimeRange}: anything else is a 400 (JAX-RS
 * reports a failed conversion as a 404, which {@link ProblemMappers} turns into the 400 it is).
 */
@Provider
public class TimestampParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new InRange<>(OffsetDateTime::parse, OffsetDateTime::getYear);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new InRange<>(LocalDate::parse, LocalDate::getYear);
        }
        return null;
    }

    private record InRange<T>(Function<String, T> parse, ToIntFunction<T> year) implements ParamConverter<T> {

        @Override
        public T fromString(String text) {
            if (text == null) {
                return null;
            }
            try {
                T value = parse.apply(text);
                if (!TimeRange.contains(year.applyAsInt(value))) {
                    throw new UnreadableParameter(text, TimeRange.MESSAGE, null);
                }
                return value;
            } catch (DateTimeParseException e) {
                throw new UnreadableParameter(text, TimeRange.MESSAGE, e);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}

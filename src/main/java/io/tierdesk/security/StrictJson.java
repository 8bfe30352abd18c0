package io.tierdesk.security;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UUIDDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tierdesk.api.model.EscalationLevelDto;
import io.tierdesk.api.model.ExternalRefDto;
import io.tierdesk.api.model.TeamEscalationPolicyChoiceDto;
import io.tierdesk.common.TimeRange;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Request bodies are read as the contract types them: a string is not a number, a number is not a string, a
 * boolean is neither, an integer has no fraction, a timestamp is an RFC 3339 string, and {@code null} is refused
 * unless the contract marks the property {@code nullable}. Jackson would otherwise coerce all of these silently.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    /** Last, so its timestamp reader replaces the one the Java time module registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        for (CoercionInputShape scalar : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(scalar, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum).setCoercion(scalar, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

        mapper.setDefaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL));
        mapper.addMixIn(EscalationLevelDto.class, NullableEscalationLevel.class);
        mapper.addMixIn(ExternalRefDto.class, NullableExternalRef.class);
        mapper.addMixIn(TeamEscalationPolicyChoiceDto.class, NullableTeamEscalationPolicyChoice.class);

        mapper.registerModule(new SimpleModule("strict-timestamps")
                .addDeserializer(OffsetDateTime.class, new TimestampOnlyFromString())
                .addDeserializer(LocalDate.class, new DateInRange())
                .addDeserializer(UUID.class, new UuidAsWritten())
                .addDeserializer(String.class, new TextWithoutNul()));
    }

    /** The contract's nullable request properties; every other property refuses {@code null}. */
    @RegisterForReflection
    abstract static class NullableEscalationLevel {
        @JsonSetter(nulls = Nulls.SET)
        abstract void setRotationId(UUID rotationId);

        @JsonSetter(nulls = Nulls.SET)
        abstract void setSubject(String subject);
    }

    @RegisterForReflection
    abstract static class NullableExternalRef {
        @JsonSetter(nulls = Nulls.SET)
        abstract void setLastSyncedAt(OffsetDateTime lastSyncedAt);
    }

    @RegisterForReflection
    abstract static class NullableTeamEscalationPolicyChoice {
        @JsonSetter(nulls = Nulls.SET)
        abstract void setId(UUID id);
    }

    /** Jackson reads a bare number as seconds since the epoch; the contract's date-time is a string. */
    static final class TimestampOnlyFromString extends StdDeserializer<OffsetDateTime> {

        TimestampOnlyFromString() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            refuseControlCharacters(parser, OffsetDateTime.class);
            OffsetDateTime value = InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
            if (value != null && !TimeRange.contains(value.getYear())) {
                throw InvalidFormatException.from(parser, TimeRange.MESSAGE, parser.getText(), OffsetDateTime.class);
            }
            return value;
        }
    }

    /** Jackson trims formatted values, so "2026-01-05" followed by a NUL would otherwise pass as that date. */
    static void refuseControlCharacters(JsonParser parser, Class<?> target) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getText().chars().anyMatch(Character::isISOControl)) {
            throw InvalidFormatException.from(parser, "must not contain control characters", parser.getText(), target);
        }
    }

    /** Ids exactly as written: no surrounding control characters trimmed away. */
    static final class UuidAsWritten extends StdDeserializer<UUID> {

        private static final UUIDDeserializer UUIDS = new UUIDDeserializer();

        UuidAsWritten() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            refuseControlCharacters(parser, UUID.class);
            return UUIDS.deserialize(parser, context);
        }
    }

    /** Dates with a year of four digits, as RFC 3339's full-date has them. */
    static final class DateInRange extends StdDeserializer<LocalDate> {

        DateInRange() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            refuseControlCharacters(parser, LocalDate.class);
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (value != null && !TimeRange.contains(value.getYear())) {
                throw InvalidFormatException.from(parser, TimeRange.MESSAGE, parser.getText(), LocalDate.class);
            }
            return value;
        }
    }

    /** PostgreSQL cannot store a NUL character in text, and no field of the contract has a use for one. */
    static final class TextWithoutNul extends StdDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "must not contain a NUL character", value, String.class);
            }
            return value;
        }
    }
}

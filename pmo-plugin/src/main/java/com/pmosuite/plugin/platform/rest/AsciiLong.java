package com.pmosuite.plugin.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.pmosuite.shared.WholeNumbers;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * Reads a long (an id such as a project's) that a client sent as a JSON string the way a number literal is read:
 * ASCII digits only, as {@link AsciiInteger} does for ints; Jackson's own conversion would take "١٠٠٠٢" as 10002.
 */
final class AsciiLong extends StdScalarDeserializer<Long> {
    private final NumberDeserializers.LongDeserializer standard;

    AsciiLong(Class<Long> type) {
        super(type);
        this.standard = new NumberDeserializers.LongDeserializer(type, type.isPrimitive() ? 0L : null);
    }

    @Override
    public Long getNullValue(DeserializationContext context) throws JsonMappingException {
        return standard.getNullValue(context);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return standard.getNullAccessPattern();
    }

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return standard.deserialize(parser, context);
        }
        String text = parser.getText().strip();
        if (text.isEmpty()) {
            return standard.deserialize(parser, context);
        }
        OptionalLong value = WholeNumbers.parseLong(text);
        if (value.isEmpty()) {
            return (Long) context.handleWeirdStringValue(Long.class, text, "not a whole number in ASCII digits");
        }
        return value.getAsLong();
    }
}

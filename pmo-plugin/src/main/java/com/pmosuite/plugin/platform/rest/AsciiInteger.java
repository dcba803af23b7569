package com.pmosuite.plugin.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.pmosuite.shared.WholeNumbers;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * Reads a whole number that a client sent as a JSON string (\"3\") the way a number literal is read: ASCII digits
 * only. Jackson's own conversion ends in {@link Integer#parseInt}, which also takes Arabic-Indic and fullwidth
 * digits; literals and everything else go to Jackson's deserializer unchanged.
 */
final class AsciiInteger extends StdScalarDeserializer<Integer> {
    private final NumberDeserializers.IntegerDeserializer standard;

    AsciiInteger(Class<Integer> type) {
        super(type);
        this.standard = new NumberDeserializers.IntegerDeserializer(type, type.isPrimitive() ? 0 : null);
    }

    // A JSON null for an int must still fail as FAIL_ON_NULL_FOR_PRIMITIVES says; the standard one knows how.
    @Override
    public Integer getNullValue(DeserializationContext context) throws JsonMappingException {
        return standard.getNullValue(context);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return standard.getNullAccessPattern();
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return standard.deserialize(parser, context);
        }
        String text = parser.getText().strip();
        if (text.isEmpty()) {
            return standard.deserialize(parser, context);
        }
        OptionalInt value = WholeNumbers.parseInt(text);
        if (value.isEmpty()) {
            return (Integer) context.handleWeirdStringValue(Integer.class, text, "not a whole number in ASCII digits");
        }
        return value.getAsInt();
    }
}

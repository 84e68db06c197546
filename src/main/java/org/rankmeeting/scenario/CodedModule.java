package org.rankmeeting.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jackson support for {@link Coded} enums.
 * <ul>
 *   <li>Reading: values and map keys are matched after {@link Coded#normalise}, so {@code sub-i}, {@code SUB_I} and
 *       {@code Sub I} are all {@code SUB_I}; when that finds nothing, separators are ignored too ({@code j-1} is
 *       {@code J1}). An unknown value fails with the accepted values in kebab form and a "did you mean".</li>
 *   <li>Writing: values and map keys are written as {@link Coded#code()}.</li>
 * </ul>
 */
public final class CodedModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public CodedModule() {
        super("rank-meeting-coded-enums");
        setDeserializerModifier(new Modifier());
        addSerializer(Coded.class, new CodedSerializer());
        addKeySerializer(Coded.class, new CodedKeySerializer());
    }

    /**
     * The constant of {@code type} that {@code text} names, in any case, with hyphens, underscores or spaces.
     */
    public static <E extends Enum<E> & Coded> Optional<E> lookup(Class<E> type, String text) {
        return Optional.ofNullable(type.cast(find(type, text)));
    }

    /** The accepted spellings of {@code type}, in kebab form and declaration order. */
    public static List<String> codes(Class<?> type) {
        List<String> codes = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            codes.add(((Coded) constant).code());
        }
        return codes;
    }

    static Object find(Class<?> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = Coded.normalise(text);
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(wanted)) {
                return constant;
            }
        }
        String bare = wanted.replace("_", "");
        Object match = null;
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().replace("_", "").equals(bare)) {
                if (match != null) {
                    return null; // ambiguous without separators
                }
                match = constant;
            }
        }
        return match;
    }

    /** {@code expected one of 'a', 'b', got 'x'; did you mean 'a'?} */
    static String unknownValueMessage(Class<?> type, String got, String gotDescription) {
        List<String> codes = codes(type);
        return "expected one of " + Suggestions.list(codes) + ", got " + gotDescription
                + Suggestions.didYouMean(got, codes);
    }

    /**
     * A bad input whose message is already written for the user; the reader uses its original message as it is
     * and adds the file, line, column and field path.
     */
    static final class FriendlyInputException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        FriendlyInputException(JsonParser p, String message, Class<?> targetType) {
            super(p, message, targetType);
        }
    }

    private static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return Coded.class.isAssignableFrom(type.getRawClass()) ? new CodedDeserializer(type.getRawClass()) : deserializer;
        }

        @Override
        public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
            return type.isEnumType() && Coded.class.isAssignableFrom(type.getRawClass())
                    ? new CodedKeyDeserializer(type.getRawClass()) : deserializer;
        }
    }

    private static final class CodedDeserializer extends StdScalarDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        CodedDeserializer(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            String text = token != null && token.isScalarValue() ? p.getText() : null;
            Object found = find(handledType(), text);
            if (found != null) {
                return found;
            }
            throw new FriendlyInputException(p, unknownValueMessage(handledType(), text, Messages.describeToken(p)),
                    handledType());
        }
    }

    private static final class CodedKeyDeserializer extends KeyDeserializer {
        private final Class<?> type;

        CodedKeyDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            Object found = find(type, key);
            if (found != null) {
                return found;
            }
            throw new FriendlyInputException(ctxt.getParser(), unknownValueMessage(type, key, Messages.quote(key)), type);
        }
    }

    private static final class CodedSerializer extends StdSerializer<Coded> {
        private static final long serialVersionUID = 1L;

        CodedSerializer() {
            super(Coded.class);
        }

        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.code());
        }
    }

    private static final class CodedKeySerializer extends StdSerializer<Coded> {
        private static final long serialVersionUID = 1L;

        CodedKeySerializer() {
            super(Coded.class);
        }

        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName(value.code());
        }
    }
}

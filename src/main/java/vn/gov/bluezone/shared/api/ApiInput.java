package vn.gov.bluezone.shared.api;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads what a client sends: strictly, as its messages promise (decision 0015). A
 * number is a JSON integer ({@code "4000"}, {@code 2500.9} and {@code 2.0} are refused, not
 * converted or cut); a date is the string {@code yyyy-MM-dd} and nothing else (no time, no offset,
 * no array); true and false are JSON booleans; a text is a JSON string; a property the API does not
 * know, or one sent twice, is refused rather than ignored; {@code null} means "not given". These
 * settings are the API's own: the application's shared JSON mapper, used elsewhere, is unchanged.
 */
public final class ApiInput {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new SimpleModule("api-dates").addDeserializer(LocalDate.class, new IsoDate()))
            .build();

    private ApiInput() {
    }

    /**
     * The body as {@code type}; a body that is not such a JSON object fails with a
     * {@link JacksonException}, whose field {@link #fieldOf} names.
     */
    public static <T> T read(byte[] body, Class<T> type) {
        T value = STRICT.readValue(body, type);
        if (value == null) {
            throw MismatchedInputException.from((JsonParser) null, type, "The body is JSON null");
        }
        return value;
    }

    /** A date as the API writes it, {@code yyyy-MM-dd}; anything else fails. */
    private static LocalDate date(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            throw new DateTimeParseException("Not yyyy-MM-dd", text == null ? "" : text, 0);
        }
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /**
     * The field at fault in a body that could not be read, as {@code {"name": message key}}: the
     * JSON name of the property ({@code work.HOUSEHOLDS} inside an object) and what it must be. Empty
     * when the body as a whole is unreadable.
     */
    public static Map<String, String> fieldOf(JacksonException failure) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return Map.of(unknown.getPropertyName(), "api.error.field.unknown");
        }
        if (failure instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            StringJoiner name = new StringJoiner(".");
            mapping.getPath().forEach(step -> name.add(step.getPropertyName() != null ? step.getPropertyName()
                    : String.valueOf(step.getIndex())));
            Class<?> target = failure instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            return Map.of(name.toString(), fieldKey(target));
        }
        if (failure instanceof StreamReadException reading && reading.processor() instanceof JsonParser parser
                && parser.currentName() != null) {
            if (failure instanceof InputCoercionException coercion) {
                return Map.of(parser.currentName(), fieldKey(coercion.getTargetType()));
            }
            if (failure.getOriginalMessage() != null && failure.getOriginalMessage().startsWith("Duplicate")) {
                return Map.of(parser.currentName(), "api.error.field.duplicate");
            }
        }
        return Map.of();
    }

    /** The message key saying what a value of {@code type} must look like. */
    public static String fieldKey(Class<?> type) {
        if (type == null) {
            return "api.error.field.invalid";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "api.error.field.integer";
        }
        if (type == LocalDate.class) {
            return "api.error.field.date";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "api.error.field.boolean";
        }
        if (type == String.class) {
            return "api.error.field.text";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "api.error.field.object";
        }
        return "api.error.field.invalid";
    }

    /** Only the string {@code yyyy-MM-dd}: Jackson's own reader also takes a date-time or an array. */
    private static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            try {
                return date(text);
            } catch (DateTimeParseException notADate) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not yyyy-MM-dd");
            }
        }
    }
}

package dev.litellm.spring.keys;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the datetimes the proxy writes, {@code 2026-03-10T09:15:42.318Z} and
 * {@code 2026-03-10T09:15:42.318000+00:00} (§9 of the API notes), by their fixed layout; anything else goes to
 * Jackson's own {@code OffsetDateTime} deserializer, with its result or error.
 * <p>
 * Jackson parses each datetime through {@code DateTimeFormatter}, which is a third of the time it takes to decode a
 * {@code /key/info} answer and its nine datetimes; read by layout, they take almost none. The result is the one
 * Jackson gives: the instant, at offset UTC.
 */
final class ProxyDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

	private static final int[] SCALE = { 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1 };

	private final ValueDeserializer<?> standard;

	private ProxyDateTimeDeserializer(ValueDeserializer<?> standard) {
		super(OffsetDateTime.class);
		this.standard = standard;
	}

	/**
	 * The module that installs this deserializer.
	 * @return a module for the client's mapper
	 */
	static SimpleModule module() {
		return new SimpleModule("litellm-datetimes").addDeserializer(OffsetDateTime.class,
				new ProxyDateTimeDeserializer(InstantDeserializer.OFFSET_DATE_TIME));
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
		ValueDeserializer<?> contextual = this.standard.createContextual(context, property);
		// A property with its own format or leniency keeps Jackson's deserializer as it configured it.
		return (contextual == this.standard) ? this : contextual;
	}

	@Override
	public @Nullable OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			// The parser's own buffer: no String is made for a datetime of the proxy's layout.
			OffsetDateTime dateTime = parseUtc(parser.getStringCharacters(), parser.getStringOffset(),
					parser.getStringLength());
			if (dateTime != null) {
				return dateTime;
			}
		}
		return (OffsetDateTime) this.standard.deserialize(parser, context);
	}

	/**
	 * {@code yyyy-MM-ddTHH:mm:ss}, then a fraction of 1 to 9 digits or none, then {@code Z} or {@code +00:00}.
	 * @return the datetime, or {@code null} when the text has another layout or is not a valid datetime
	 */
	static @Nullable OffsetDateTime parseUtc(String text) {
		return parseUtc(text.toCharArray(), 0, text.length());
	}

	/**
	 * {@link #parseUtc(String)} of the characters {@code start} to {@code start + length} of {@code text}.
	 */
	private static @Nullable OffsetDateTime parseUtc(char[] text, int start, int length) {
		int end;
		if (length >= 20 && text[start + length - 1] == 'Z') {
			end = length - 1;
		}
		else if (length >= 25 && isUtcOffset(text, start + length - 6)) {
			end = length - 6;
		}
		else {
			return null;
		}
		if (text[start + 4] != '-' || text[start + 7] != '-' || text[start + 10] != 'T' || text[start + 13] != ':'
				|| text[start + 16] != ':') {
			return null;
		}
		int nanos = 0;
		if (end > 19) {
			int digits = end - 20;
			if (text[start + 19] != '.' || digits < 1 || digits > 9) {
				return null;
			}
			int fraction = digits(text, start + 20, digits);
			if (fraction < 0) {
				return null;
			}
			nanos = fraction * SCALE[digits - 1];
		}
		else if (end != 19) {
			return null;
		}
		int year = digits(text, start, 4);
		int month = digits(text, start + 5, 2);
		int day = digits(text, start + 8, 2);
		int hour = digits(text, start + 11, 2);
		int minute = digits(text, start + 14, 2);
		int second = digits(text, start + 17, 2);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		try {
			return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean isUtcOffset(char[] text, int at) {
		return text[at] == '+' && text[at + 1] == '0' && text[at + 2] == '0' && text[at + 3] == ':'
				&& text[at + 4] == '0' && text[at + 5] == '0';
	}

	/** The decimal number in {@code count} characters from {@code start}, or -1 if one is not a digit. */
	private static int digits(char[] text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			int digit = text[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

}

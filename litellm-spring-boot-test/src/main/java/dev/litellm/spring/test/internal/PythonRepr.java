package dev.litellm.spring.test.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The string forms the real proxy produces with Python: {@code repr()} of strings and dicts, {@code str()} of floats,
 * and the two datetime serializations (pydantic's and {@code isoformat()}).
 */
final class PythonRepr {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private PythonRepr() {
	}

	/**
	 * Python's {@code repr()} of a string: single quotes unless the text holds a single quote and no double quote.
	 *
	 * @param text the string
	 * @return its Python literal
	 */
	static String repr(String text) {
		char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
		StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
		text.codePoints().forEach(c -> {
			if (c == quote || c == '\\') {
				out.append('\\').appendCodePoint(c);
			}
			else if (c == '\n') {
				out.append("\\n");
			}
			else if (c == '\r') {
				out.append("\\r");
			}
			else if (c == '\t') {
				out.append("\\t");
			}
			else if (c < 0x20 || c == 0x7f) {
				out.append(String.format("\\x%02x", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.append(quote).toString();
	}

	/**
	 * {@code str({"error": message})}, the message FastAPI handlers produce from {@code HTTPException(detail={...})}.
	 *
	 * @param message the error text
	 * @return the dict's Python repr
	 */
	static String errorDict(String message) {
		return "{'error': " + repr(message) + "}";
	}

	/**
	 * Python's {@code repr()} of a list of strings.
	 *
	 * @param items the strings
	 * @return e.g. {@code ['a', 'b']}
	 */
	static String listRepr(List<String> items) {
		return items.stream().map(PythonRepr::repr).collect(Collectors.joining(", ", "[", "]"));
	}

	/**
	 * Python's {@code str()} of a float: {@code -10.0}, {@code 0.5}, {@code 1e-07}, {@code 1e+16}.
	 *
	 * @param value the number
	 * @return its Python text
	 */
	static String floatStr(double value) {
		if (Double.isNaN(value)) {
			return "nan";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "inf" : "-inf";
		}
		String sign = value < 0 || (value == 0 && 1 / value < 0) ? "-" : "";
		double abs = Math.abs(value);
		if (abs == 0) {
			return sign + "0.0";
		}
		BigDecimal decimal = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
		String digits = decimal.unscaledValue().toString();
		int exponent = digits.length() - 1 - decimal.scale();
		if (exponent < -4 || exponent >= 16) {
			String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
			String exp = String.format("%02d", Math.abs(exponent));
			return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
		}
		if (exponent < 0) {
			return sign + "0." + "0".repeat(-exponent - 1) + digits;
		}
		if (exponent >= digits.length() - 1) {
			return sign + digits + "0".repeat(exponent - digits.length() + 1) + ".0";
		}
		return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
	}

	/**
	 * pydantic v2's JSON form of an aware UTC datetime: {@code 2026-03-10T09:15:42.318Z}, trailing zeros of the
	 * fraction trimmed, no fraction when it is zero.
	 *
	 * @param instant the time
	 * @return the text
	 */
	static String pydantic(Instant instant) {
		int micros = instant.getNano() / 1000;
		String base = SECONDS.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
		if (micros == 0) {
			return base + "Z";
		}
		String fraction = String.format("%06d", micros).replaceAll("0+$", "");
		return base + "." + fraction + "Z";
	}

	/**
	 * Python's {@code datetime.isoformat()} of an aware UTC datetime: {@code 2026-03-10T09:15:42.318000+00:00}, a
	 * six-digit fraction or none.
	 *
	 * @param instant the time
	 * @return the text
	 */
	static String isoformat(Instant instant) {
		return isoformat(instant, 'T');
	}

	/**
	 * Python's {@code str()} of an aware UTC datetime: like {@link #isoformat(Instant)} with a space separator.
	 *
	 * @param instant the time
	 * @return the text
	 */
	static String str(Instant instant) {
		return isoformat(instant, ' ');
	}

	private static String isoformat(Instant instant, char separator) {
		int micros = instant.getNano() / 1000;
		String base = SECONDS.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)).replace('T', separator);
		return base + (micros == 0 ? "" : String.format(".%06d", micros)) + "+00:00";
	}

}

package dev.litellm.spring.keys;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

import org.springframework.core.NativeDetector;

/**
 * The JSON mapper the client reads and writes the proxy's bodies with: Jackson's defaults, the proxy's datetimes
 * read by their layout, and Jackson's Blackbird module, which calls the response records' constructors and
 * accessors through generated lambdas instead of reflection (nearly a fifth off decoding a key record). A native image
 * cannot generate classes at run time, so there the mapper does without Blackbird.
 */
final class KeyJson {

	private KeyJson() {
	}

	/**
	 * A new mapper for one client.
	 * @return the mapper
	 */
	static JsonMapper newMapper() {
		JsonMapper.Builder builder = JsonMapper.builder().addModule(ProxyDateTimeDeserializer.module());
		if (!NativeDetector.inNativeImage()) {
			builder.addModule(new BlackbirdModule());
		}
		return builder.build();
	}

}

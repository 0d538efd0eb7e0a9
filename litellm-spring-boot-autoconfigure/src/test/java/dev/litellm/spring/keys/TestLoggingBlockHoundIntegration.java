package dev.litellm.spring.keys;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Lets the tests' Logback appenders write on Reactor threads. The console appender's write to standard output
 * (and its lock) would otherwise count as a blocking call whenever the client or Reactor Netty logs from an event
 * loop; how an application's appenders write is the application's choice (typically asynchronous), not the
 * client's.
 */
public final class TestLoggingBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("ch.qos.logback.core.UnsynchronizedAppenderBase", "doAppend");
	}

}
